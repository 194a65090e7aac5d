import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { acceptedDist, distDir, distFiles, htmlFiles, readDist } from '../support/crawl';
import { nonEmpty } from '../support/non-empty';

/**
 * The project's .htmlvalidate.json: html-validate's recommended rules. One is told about the site's CSS:
 * tel-non-breaking accepts links of class "tel", which the stylesheet keeps on one line, so the number's
 * text stays as the editors wrote it (tested below). One is off: void-style, a matter of taste HTML leaves
 * open (`<br>` and `<br/>` are the same element), because Astro's renderer writes a void element from
 * Markdown as `<br/>` (a hard line break in the accepted fixtures) while its templates write `<br>`.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('the html-validate set-up', () => {
  test('the configuration is the recommended set: it rejects a style attribute and a long title', async () => {
    const bad = `<!doctype html><html lang="en"><head><title>${'x'.repeat(71)}</title></head><body><p style="color:red">x</p></body></html>`;
    const report = await validator.validateString(bad, 'dist/probe.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-inline-style', 'long-title']));
  });

  test('the class that tel-non-breaking trusts really keeps numbers on one line', () => {
    const css = distFiles()
      .filter((f) => f.endsWith('.css'))
      .map((f) => readDist(f))
      .join('\n');
    expect(css).toMatch(/\.tel\{white-space:nowrap\}/);
    expect(htmlFiles().some((f) => readDist(f).includes('<a class="tel" href="tel:'))).toBe(true);
  });
});

/** The site, and the site with the accepted content fixtures (the build with a picture, a table and odd links). */
describe.each([
  { name: 'dist/', root: distDir, picture: false },
  { name: 'the accepted fixtures build', root: acceptedDist, picture: true },
])('html-validate over $name', ({ root, picture }) => {
  const files = htmlFiles(root);

  test(`validates ${picture ? 'pages with a picture and a table among them' : 'every page'}`, () => {
    expect(files.length).toBeGreaterThan(30);
    if (picture)
      expect(
        files.some((f) => /<img /.test(readDist(f, root)) && /<table/.test(readDist(f, root))),
      ).toBe(true);
  });

  test.for(nonEmpty(files, 'HTML files'))(
    '%s has no html-validate error under the recommended rules',
    async (file) => {
      const report = await validator.validateString(readDist(file, root), `dist/${file}`);
      const problems = report.results.flatMap((r) =>
        r.messages.map(
          (m) =>
            `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
        ),
      );
      expect(problems).toEqual([]);
    },
  );
});
