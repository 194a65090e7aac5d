import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { contentCopy, fixtureNames, npmRun, projectCopy, removeCopy } from './project.ts';

/**
 * Every mistake an editor can make in content/, as a fixture laid over a clean copy of the
 * content. Each must be refused with a report that names the file, the line and/or field
 * ("where", exactly as the report writes it before the message) and says what is wrong.
 * "where" is null for problems that concern the whole file (it is missing a twin, empty, in the
 * wrong folder): the file itself is the place to look.
 */
interface RefusedCase {
  name: string;
  file: string;
  where: string | null;
  says: string;
}

const da = 'content/areas/da/energy-efficiency.mdx';
const en = 'content/areas/en/energy-efficiency.mdx';

const cases: RefusedCase[] = [
  // Frontmatter
  { name: 'missing-title', file: da, where: 'title', says: 'is missing: add it, e.g. title:' },
  { name: 'empty-summary', file: da, where: 'line 4, summary', says: 'is empty' },
  {
    name: 'misspelt-titel',
    file: da,
    where: 'line 2, titel',
    says: 'unknown field; did you mean "title"?',
  },
  {
    name: 'misspelt-summery',
    file: en,
    where: 'line 4, summery',
    says: 'unknown field; did you mean "summary"?',
  },
  { name: 'order-not-a-number', file: da, where: 'line 14, order', says: 'must be a whole number' },
  { name: 'keywords-not-a-list', file: da, where: 'line 6, keywords', says: 'must be a list' },
  { name: 'summary-too-long', file: da, where: 'line 4, summary', says: 'is 211 characters long' },
  {
    name: 'unknown-sector',
    file: da,
    where: 'line 5, sector',
    says: '"energi" is not a sector: use one of energy, urban, water, maritime, environment; did you mean "energy"?',
  },
  {
    name: 'unknown-status',
    file: da,
    where: 'line 17, status',
    says: '"finished" is not a status: use one of planned, current, concluded, superseded',
  },
  {
    name: 'malformed-date',
    file: da,
    where: 'line 15, updated',
    says: 'is not a date written "YYYY-MM-DD"',
  },
  {
    name: 'date-without-quotes',
    file: da,
    where: 'line 15, updated',
    says: 'must be in double quotes: write "2026-11-28"',
  },
  {
    name: 'impossible-date',
    file: da,
    where: 'line 15, updated',
    says: '"2026-02-30" is not a real calendar date',
  },
  {
    name: 'malformed-email',
    file: 'content/contact/da/embassy.mdx',
    where: 'line 12, email',
    says: 'is not an e-mail address',
  },
  {
    name: 'malformed-phone',
    file: 'content/contact/en/embassy.mdx',
    where: 'line 8, phone.dial',
    says: 'cannot be dialled',
  },
  {
    name: 'slug-with-danish-letters',
    file: da,
    where: 'line 3, slug',
    says: 'cannot be part of a web address',
  },
  {
    name: 'period-end-before-start',
    file: da,
    where: 'line 16, period.end',
    says: 'end must not come before start',
  },
  {
    name: 'invalid-yaml',
    file: da,
    where: 'line 4',
    says: 'not valid YAML: a value contains a colon followed by a space: put the whole value in double quotes',
  },
  { name: 'yaml-tab-indent', file: da, where: 'line 8', says: 'indent with spaces only' },
  { name: 'duplicate-field', file: da, where: 'line 3', says: 'this field is written twice' },
  {
    name: 'no-frontmatter',
    file: da,
    where: 'line 1',
    says: 'the file must start with its settings',
  },
  {
    name: 'unclosed-frontmatter',
    file: da,
    where: 'line 1',
    says: 'never end: add a line with three dashes',
  },
  {
    name: 'curly-quotes-date',
    file: da,
    where: 'line 15, updated',
    says: 'use straight double quotes',
  },
  {
    name: 'template-not-filled-in',
    file: 'content/areas/da/offshore-wind.mdx',
    where: 'line 4, title',
    says: 'still holds the placeholder "TODO"',
  },
  // Pairing and identity
  {
    name: 'danish-without-english',
    file: 'content/areas/da/maritime-cooperation.mdx',
    where: null,
    says: 'has no English version: create content/areas/en/maritime-cooperation.mdx',
  },
  {
    name: 'english-without-danish',
    file: 'content/areas/en/maritime-cooperation.mdx',
    where: null,
    says: 'has no Danish version: create content/areas/da/maritime-cooperation.mdx',
  },
  {
    name: 'chinese-missing',
    file: 'content/areas/da/maritime-cooperation.mdx',
    where: null,
    says: 'has no Chinese version: create content/areas/zh/maritime-cooperation.mdx',
  },
  {
    name: 'outside-language-folder',
    file: 'content/areas/maritimt-samarbejde.mdx',
    where: null,
    says: 'is not in a language folder',
  },
  {
    name: 'unknown-folder',
    file: 'content/nyheder/da/maritimt-samarbejde.mdx',
    where: null,
    says: 'is not in one of the content folders',
  },
  {
    name: 'md-instead-of-mdx',
    file: 'content/pages/da/privatliv.md',
    where: null,
    says: 'rename it to privatliv.mdx',
  },
  {
    name: 'second-contact-page',
    file: 'content/contact/da/embassy-copy.mdx',
    where: null,
    says: 'content/contact/da/ must hold exactly one file, but content/contact/da/embassy.mdx is there too',
  },
  {
    name: 'duplicate-slug',
    file: da,
    where: 'line 3, slug',
    says: '"vedvarende-energi" is also used by content/areas/da/renewable-energy.mdx',
  },
  {
    name: 'duplicate-order',
    file: da,
    where: 'line 14, order',
    says: '1 is also used by content/areas/da/renewable-energy.mdx',
  },
  {
    name: 'unknown-related',
    file: da,
    where: 'line 18, related[0]',
    says: '"solar-power" is not a file in content/areas/da/',
  },
  {
    name: 'unknown-team',
    file: da,
    where: 'line 18, team',
    says: '"energy-team" is not a team in content/contact/da/',
  },
  {
    name: 'twins-disagree',
    file: en,
    where: 'line 17, status',
    says: 'is current here but concluded in the Danish version',
  },
  // Body
  {
    name: 'mdx-unclosed-tag',
    file: en,
    where: 'line 25',
    says: 'the tag <span> is opened but never closed: close it with </span>',
  },
  {
    name: 'html-comment',
    file: en,
    where: 'line 25',
    says: 'HTML comments <!-- … --> cannot be used',
  },
  { name: 'curly-braces', file: da, where: 'line 25', says: '{2017-2020} is code' },
  {
    name: 'broken-internal-link',
    file: da,
    where: 'line 25',
    says: 'the link /da/kontakt-os/ leads to no page of the site',
  },
  {
    name: 'character-the-pdf-cannot-show',
    file: da,
    where: 'line 25',
    says: 'the PDF of the work programme cannot show "🌱" (U+1F331)',
  },
  {
    name: 'broken-pdf-link',
    file: da,
    where: 'line 25',
    says: 'the link /da/joint-work-programme-2017-2020.pdf leads to no page of the site',
  },
  {
    name: 'link-to-content-file',
    file: da,
    where: 'line 25',
    says: 'write /da/arbejdsprogram/vedvarende-energi/',
  },
  {
    name: 'javascript-link',
    file: en,
    where: 'line 25',
    says: 'the link javascript:alert(1) would run code',
  },
  {
    name: 'malformed-url',
    file: en,
    where: 'line 25',
    says: 'the link htps://um.dk/ has an address the site cannot open',
  },
  {
    name: 'malformed-web-address',
    file: en,
    where: 'line 25',
    says: 'the link https://um-dk/ is not a valid web address',
  },
  {
    name: 'image-without-alt',
    file: da,
    where: 'line 25',
    says: 'has no text alternative (alt text)',
  },
  {
    name: 'image-missing-file',
    file: da,
    where: 'line 25',
    says: 'the image ../../files/vindmoeller.jpg does not exist',
  },
  { name: 'remote-image', file: da, where: 'line 25', says: 'is on another site' },
  { name: 'script-element', file: en, where: 'line 25', says: '<script> runs code' },
  {
    name: 'inline-event-handler',
    file: en,
    where: 'line 25',
    says: 'has onMouseOver="…", which would run code',
  },
  { name: 'style-attribute', file: en, where: 'line 25', says: 'has style="…"' },
  {
    name: 'unknown-component',
    file: en,
    where: 'line 25',
    says: '<Chart> is not a component editors can use',
  },
  { name: 'import-statement', file: en, where: 'line 21', says: 'imports code' },
  {
    name: 'block-quote-in-area',
    file: da,
    where: 'line 25',
    says: 'the PDF of the work programme cannot show this line: block quotes are not supported in the PDF; write a plain paragraph',
  },
  {
    name: 'official-pdf-missing',
    file: 'content/partnership/en/partnership.mdx',
    where: 'line 18, programmes[0].officialPdf',
    says: 'the PDF content/files/jwp-2017-2020.pdf does not exist',
  },
  {
    name: 'official-pdf-not-a-pdf',
    file: 'content/partnership/en/partnership.mdx',
    where: 'line 18, programmes[0].officialPdf',
    says: 'is not a PDF file',
  },
  // Files
  { name: 'not-utf8', file: da, where: 'line 4', says: 'the file is not saved as UTF-8' },
  { name: 'empty-file', file: da, where: null, says: 'the file is empty' },
];

/** The lines of the report under one file's heading. */
function sectionOf(report: string, file: string): string[] {
  const lines = report.split('\n');
  const start = lines.indexOf(`  ${file}`);
  if (start === -1) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('    - '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('Every bad content file is refused with the file, the place and the fix named', () => {
  it('has at least 25 fixtures, and every fixture folder is in the table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.map((c) => c.name).sort()).toEqual(fixtureNames('refused'));
  });

  it.each(cases)('refuses $name and names $file', async ({ name, file, where, says }) => {
    const root = contentCopy('refused', name);
    try {
      const result = await checkContent(root);
      const report = formatReport(result);
      const section = sectionOf(report, file);
      expect(section.length, `no problem reported for ${file}:\n${report}`).toBeGreaterThan(0);
      const prefix = where === null ? '    - ' : `    - ${where}: `;
      const hit = section.find((line) => line.startsWith(prefix) && line.includes(says));
      expect(hit, `expected "${prefix}…${says}…" under ${file} in:\n${report}`).toBeDefined();
    } finally {
      removeCopy(root);
    }
  });
});

describe('A real build with bad content stops and leaves no dist/', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeCopy));

  const builds = [
    {
      name: 'misspelt-titel',
      shows: [`  ${da}`, '    - line 2, titel: unknown field; did you mean "title"?'],
    },
    {
      name: 'mdx-unclosed-tag',
      shows: [`  ${en}`, '    - line 25: the tag <span> is opened but never closed'],
    },
    {
      name: 'danish-without-english',
      shows: ['  content/areas/da/maritime-cooperation.mdx', 'has no English version'],
    },
    {
      name: 'chinese-missing',
      shows: ['  content/areas/en/maritime-cooperation.mdx', 'has no Chinese version: create content/areas/zh/maritime-cooperation.mdx'],
    },
    { name: 'not-utf8', shows: [`  ${da}`, '    - line 4: the file is not saved as UTF-8'] },
  ];

  it.each(builds)(
    'npm run build fails on $name with the report, and removes the old dist/',
    ({ name, shows }) => {
      const root = projectCopy('refused', name);
      copies.push(root);
      // A dist/ from an earlier good build must not survive to be deployed by mistake.
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>old</title>');
      const { status, output } = npmRun(root, 'build');
      expect(status).not.toBe(0);
      expect(output).toContain('The site was not built because of problems in content/.');
      for (const text of shows) expect(output).toContain(text);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    },
    240_000,
  );
});
