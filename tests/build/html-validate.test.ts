import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles, readDist } from '../support/crawl';

// The project's .htmlvalidate.json: html-validate's recommended rules, none switched off.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over dist/', () => {
  const files = htmlFiles();

  test('the build has HTML files to validate', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test('the configuration is the recommended set: it rejects a style attribute and a long title', async () => {
    const bad = `<!doctype html><html lang="en"><head><title>${'x'.repeat(71)}</title></head><body><p style="color:red">x</p></body></html>`;
    const report = await validator.validateString(bad, 'dist/probe.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-inline-style', 'long-title']));
  });

  test.for(files)('%s has no html-validate error under the recommended rules', async (file) => {
    const report = await validator.validateString(readDist(file), `dist/${file}`);
    const problems = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  });
});
