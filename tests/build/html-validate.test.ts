import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distFiles, htmlFiles, readDist } from '../support/crawl';
import { nonEmpty } from '../support/non-empty';

/**
 * The project's .htmlvalidate.json: html-validate's recommended rules, none switched off. One is told about
 * the site's CSS: tel-non-breaking accepts links of class "tel", which the stylesheet keeps on one line, so
 * the number's text stays as the editors wrote it (tested below).
 */
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

  test('the class that tel-non-breaking trusts really keeps numbers on one line', () => {
    const css = distFiles().filter((f) => f.endsWith('.css')).map((f) => readDist(f)).join('\n');
    expect(css).toMatch(/\.tel\{white-space:nowrap\}/);
    expect(htmlFiles().some((f) => readDist(f).includes('<a class="tel" href="tel:'))).toBe(true);
  });

  test.for(nonEmpty(files, 'HTML files'))('%s has no html-validate error under the recommended rules', async (file) => {
    const report = await validator.validateString(readDist(file), `dist/${file}`);
    const problems = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  });
});
