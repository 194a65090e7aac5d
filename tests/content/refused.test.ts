import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatReport, type CheckResult, type Problem } from '../../src/lib/content-check/index.ts';
import { contentCopy, fixtureNames, npmRun, projectCopy, refusedBuildCopy, removeCopy, repoRoot } from './project.ts';

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
  /** Further problems the same mistake causes in other files (a duplicate is named on each file). */
  also?: { file: string; where: string | null; says: string }[];
  /** For a mistake repeated in one fixture (every placeholder of a template): how many, each saying `says`. */
  count?: number;
}

/** The day every case is judged on (tests never depend on the clock). */
const today = '2026-11-29';

const da = 'content/areas/da/energy-efficiency.mdx';
const en = 'content/areas/en/energy-efficiency.mdx';
const zh = 'content/areas/zh/energy-efficiency.mdx';
/** The areas of the real content, read from its Danish folder. */
const areaFiles = readdirSync(join(repoRoot, 'content/areas/da')).filter((name) => name.endsWith('.mdx'));

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
    says: '"2026-02-30" is not a possible date: month 2 of 2026 has no day 30',
  },
  {
    name: 'impossible-month-unquoted',
    file: da,
    where: 'line 15, updated',
    says: '"2026-13-01" is not a possible date: there is no month 13',
  },
  {
    name: 'impossible-day-unquoted',
    file: da,
    where: 'line 15, updated',
    says: '"2026-02-30" is not a possible date: month 2 of 2026 has no day 30',
  },
  {
    name: 'date-year-out-of-range',
    file: da,
    where: 'line 15, updated',
    says: '"0026-11-28" is not a possible date: the year must be from 1900 to 2100',
  },
  {
    // Shown as "Senest opdateret: 1. januar 2031": a last-checked day cannot be after the day the content is checked.
    name: 'updated-in-the-future',
    file: da,
    where: 'line 15, updated',
    says: '"2031-01-01" lies in the future (the content is checked on 2026-11-29): "updated" is the day the text was last checked',
  },
  {
    name: 'milestone-in-the-future',
    file: 'content/partnership/en/partnership.mdx',
    where: 'line 75, milestones[9].date',
    says: '"2032-08-18" lies in the future (the content is checked on 2026-11-29): the timeline shows what has happened',
  },
  {
    name: 'unknown-field-unlike-any',
    file: da,
    where: 'line 15, zebra',
    says: 'unknown field: remove it, or use one of the fields allowed here: title, slug,',
  },
  { name: 'missing-sources', file: da, where: 'sources', says: 'is missing: add it' },
  {
    // An English file is given an English example, not the Danish one.
    name: 'english-summary-missing',
    file: en,
    where: 'summary',
    says: 'is missing: add it, e.g. summary: Denmark and China cooperate on …',
  },
  {
    // Every "- …" line deleted: YAML reads the empty setting as null, which an editor knows as empty.
    name: 'sources-emptied',
    file: da,
    where: 'line 19, sources',
    says: 'is empty: name at least one source for the facts on this page, one "- source" a line, e.g. - "Xinhua, 18. august 2023"',
  },
  {
    name: 'unknown-unconfirmed-field',
    file: da,
    where: 'line 20, unconfirmed[0]',
    says: '"partners" is not a field of this entry',
  },
  {
    name: 'expired-status',
    file: da,
    where: 'line 17, status',
    says: 'is "current", but the period ended on 2020-12-31 (period.end: 2020), before 2026-11-29',
    also: [
      { file: en, where: 'line 17, status', says: 'is "current", but the period ended on 2020-12-31' },
      { file: zh, where: 'line 17, status', says: 'is "current", but the period ended on 2020-12-31' },
    ],
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
    // title, slug, summary, sector, keywords[0], sources[0] and the text, in each of the three languages.
    count: 21,
  },
  // Pairing and identity
  {
    name: 'danish-without-english',
    file: 'content/areas/da/maritime-cooperation.mdx',
    where: null,
    says: 'has no English version: create content/areas/en/maritime-cooperation.mdx',
    // The Chinese twin lacks the same English file.
    also: [{ file: 'content/areas/zh/maritime-cooperation.mdx', where: null, says: 'has no English version: create content/areas/en/maritime-cooperation.mdx' }],
  },
  {
    name: 'english-without-danish',
    file: 'content/areas/en/maritime-cooperation.mdx',
    where: null,
    says: 'has no Danish version: create content/areas/da/maritime-cooperation.mdx',
    also: [{ file: 'content/areas/zh/maritime-cooperation.mdx', where: null, says: 'has no Danish version: create content/areas/da/maritime-cooperation.mdx' }],
  },
  {
    name: 'chinese-missing',
    file: 'content/areas/da/maritime-cooperation.mdx',
    where: null,
    says: 'has no Chinese version: create content/areas/zh/maritime-cooperation.mdx',
    also: [{ file: 'content/areas/en/maritime-cooperation.mdx', where: null, says: 'has no Chinese version: create content/areas/zh/maritime-cooperation.mdx' }],
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
    also: [
      { file: 'content/contact/da/embassy.mdx', where: null, says: 'but content/contact/da/embassy-copy.mdx is there too' },
      { file: 'content/contact/en/embassy-copy.mdx', where: null, says: 'but content/contact/en/embassy.mdx is there too' },
      { file: 'content/contact/en/embassy.mdx', where: null, says: 'but content/contact/en/embassy-copy.mdx is there too' },
      { file: 'content/contact/zh/embassy-copy.mdx', where: null, says: 'but content/contact/zh/embassy.mdx is there too' },
      { file: 'content/contact/zh/embassy.mdx', where: null, says: 'but content/contact/zh/embassy-copy.mdx is there too' },
    ],
  },
  {
    name: 'duplicate-slug',
    file: da,
    where: 'line 3, slug',
    says: '"vedvarende-energi" is also used by content/areas/da/renewable-energy.mdx',
    also: [{ file: 'content/areas/da/renewable-energy.mdx', where: 'line 3, slug', says: 'is also used by content/areas/da/energy-efficiency.mdx' }],
  },
  {
    name: 'duplicate-order',
    file: da,
    where: 'line 14, order',
    says: '1 is also used by content/areas/da/renewable-energy.mdx',
    also: [{ file: 'content/areas/da/renewable-energy.mdx', where: 'line 15, order', says: '1 is also used by content/areas/da/energy-efficiency.mdx' }],
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
    says: 'is planned here but concluded in the Danish version',
  },
  // Body
  {
    name: 'mdx-unclosed-tag',
    file: en,
    where: 'line 26',
    says: 'the tag <span> is opened but never closed: close it with </span>',
  },
  {
    name: 'html-comment',
    file: en,
    where: 'line 26',
    says: 'HTML comments <!-- … --> cannot be used',
  },
  { name: 'curly-braces', file: da, where: 'line 26', says: '{2017-2020} is code' },
  {
    name: 'broken-internal-link',
    file: da,
    where: 'line 26',
    says: 'the link /da/kontakt-os/ leads to no page of the site',
  },
  {
    name: 'character-the-pdf-cannot-show',
    file: da,
    where: 'line 26',
    says: 'the PDF of the work programme cannot show "🌱" (U+1F331)',
  },
  {
    name: 'broken-pdf-link',
    file: da,
    where: 'line 26',
    says: 'the link /da/joint-work-programme-2017-2020.pdf leads to no page of the site',
  },
  {
    name: 'link-to-content-file',
    file: da,
    where: 'line 26',
    says: 'write /da/arbejdsprogram/vedvarende-energi/',
  },
  {
    name: 'javascript-link',
    file: en,
    where: 'line 26',
    says: 'the link javascript:alert(1) would run code',
  },
  {
    name: 'malformed-url',
    file: en,
    where: 'line 26',
    says: 'the link htps://um.dk/ has an address the site cannot open',
  },
  {
    name: 'malformed-web-address',
    file: en,
    where: 'line 26',
    says: 'the link https://um-dk/ is not a valid web address',
  },
  {
    name: 'image-without-alt',
    file: da,
    where: 'line 26',
    says: 'has no text alternative (alt text)',
  },
  {
    name: 'image-missing-file',
    file: da,
    where: 'line 26',
    says: 'the image ../../files/vindmoeller.jpg does not exist',
  },
  { name: 'remote-image', file: da, where: 'line 26', says: 'is on another site' },
  { name: 'script-element', file: en, where: 'line 26', says: '<script> runs code' },
  {
    name: 'inline-event-handler',
    file: en,
    where: 'line 26',
    says: 'has onMouseOver="…", which would run code',
  },
  { name: 'style-attribute', file: en, where: 'line 26', says: 'has style="…"' },
  {
    name: 'unknown-component',
    file: en,
    where: 'line 26',
    says: '<Chart> is not a component editors can use',
  },
  {
    // WCAG 2.1 SC 3.1.2: a part in another language needs a valid BCP 47 tag; "cn" is China's country code.
    name: 'invalid-language-tag',
    file: 'content/areas/da/groundwater-partnership.mdx',
    where: 'line 35',
    says: '<span> has lang="cn", which is not a language tag browsers and screen readers know ("cn" is the code of the country China, not of a language): write the language\'s BCP 47 code, as the site does: da (Danish), en (English), zh-Hans (Chinese); here probably lang="zh-Hans"',
    also: [{ file: 'content/areas/da/groundwater-partnership.mdx', where: 'line 37', says: '"kinesisk" is the language\'s name, not its code' }],
  },
  {
    name: 'link-on-second-line',
    file: da,
    where: 'line 24',
    says: 'the link /da/kontakt-os/ leads to no page of the site',
  },
  {
    name: 'bare-web-address',
    file: da,
    where: 'line 24',
    says: 'the link http://www.um-dk is not a valid web address',
  },
  {
    name: 'missing-fragment-same-page',
    file: da,
    where: 'line 23',
    says: 'the link #findes-ikke leads to no heading or part of this page (#findes-ikke does not exist)',
  },
  {
    name: 'missing-fragment-other-page',
    file: da,
    where: 'line 23',
    says: 'the link /da/kontakt/#findes-ikke leads to no heading or part of /da/kontakt/ (#findes-ikke does not exist)',
  },
  { name: 'import-statement', file: en, where: 'line 22', says: 'imports code' },
  {
    // A heading over a list emptied of its items: the page would show the heading over nothing.
    name: 'empty-heading',
    file: da,
    where: 'line 28',
    says: 'the heading "Ambassadens sektorteams" has no text under it at the end of the page: write the text, or delete the heading',
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
  // Content the site cannot do without (src/schemas/required.ts): refused per folder, or once when every language lacks it
  {
    name: 'areas-folder-missing',
    file: 'content/areas/',
    where: null,
    says: 'there are no areas in any language: the site needs at least 1 in each language (da, en, zh), because the work programme page lists the areas',
  },
  {
    // Every file deleted, the language folders left empty.
    name: 'every-area-deleted',
    file: 'content/areas/',
    where: null,
    says: 'there are no areas in any language: the site needs at least 1 in each language (da, en, zh)',
  },
  {
    name: 'no-chinese-areas',
    file: 'content/areas/zh/',
    where: null,
    says: `there are no Chinese areas, but content/areas/da/ has ${areaFiles.length}: the Chinese site needs at least 1, because the work programme page lists the areas`,
    // Each Danish and English area still lacks its Chinese twin, and says which file to create.
    also: ['da', 'en'].flatMap((lang) =>
      areaFiles.map((name) => ({ file: `content/areas/${lang}/${name}`, where: null, says: `has no Chinese version: create content/areas/zh/${name}` })),
    ),
  },
  {
    name: 'english-partnership-missing',
    file: 'content/partnership/en/',
    where: null,
    says: 'partnership.mdx is missing: the English site cannot be built without it, because every page links to the partnership page in its menu',
    also: ['da', 'zh'].map((lang) => ({
      file: `content/partnership/${lang}/partnership.mdx`,
      where: null,
      says: 'has no English version: create content/partnership/en/partnership.mdx',
    })),
  },
  {
    // Renamed in every language: exactly one file per language, but the pages link to the contact page by its name.
    name: 'contact-renamed',
    file: 'content/contact/',
    where: null,
    says: 'embassy.mdx is missing in every language: the site cannot be built without it, because every page links to the contact page in its menu and footer',
  },
  {
    name: 'accessibility-statement-missing',
    file: 'content/pages/',
    where: null,
    says: 'accessibility.mdx is missing in every language: the site cannot be built without it, because every page links to the accessibility statement in its footer',
  },
  // A broken or missing file is reported at itself alone: links to its page are not called broken as well.
  {
    name: 'contact-settings-broken',
    file: 'content/contact/da/embassy.mdx',
    where: 'line 4',
    says: 'the settings are not valid YAML: a value contains a colon followed by a space',
  },
  {
    // The contact page's text cannot be read, so its headings are unknown: a link to one of them is judged once it is fixed.
    name: 'contact-text-broken',
    file: 'content/contact/da/embassy.mdx',
    where: 'line 39',
    says: 'the tag <span> is opened but never closed',
  },
  {
    name: 'chinese-contact-missing',
    file: 'content/contact/zh/',
    where: null,
    says: 'embassy.mdx is missing: the Chinese site cannot be built without it',
    also: ['da', 'en'].map((lang) => ({
      file: `content/contact/${lang}/embassy.mdx`,
      where: null,
      says: 'has no Chinese version: create content/contact/zh/embassy.mdx',
    })),
  },
  // Files
  { name: 'not-utf8', file: da, where: 'line 4', says: 'the file is not saved as UTF-8' },
  { name: 'empty-file', file: da, where: null, says: 'the file is empty' },
];

/** A problem as the report writes it under its file: "    - line 3, title: message". */
const reported = (p: Problem) => {
  const where = [p.line !== undefined ? `line ${p.line}` : undefined, p.field].filter(Boolean).join(', ');
  return `    - ${where ? `${where}: ` : ''}${p.message}`;
};
const prefixOf = (where: string | null) => (where === null ? '    - ' : `    - ${where}: `);
const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/** What check:content finds in a fixture, computed once: both suites below judge against the same result. */
const checked = new Map<string, Promise<CheckResult>>();
function checkFixture(name: string): Promise<CheckResult> {
  let result = checked.get(name);
  if (!result) {
    const root = contentCopy('refused', name);
    result = checkContent(root, { today }).finally(() => removeCopy(root));
    checked.set(name, result);
  }
  return result;
}

describe('Every bad content file is refused with its own problem alone, the file, the place and the fix named', () => {
  it('has at least 25 fixtures, and every fixture folder is in the table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.map((c) => c.name).sort()).toEqual(fixtureNames('refused'));
  });

  it.each(cases)('refuses $name and names $file', async ({ name, file, where, says, also = [], count }) => {
    const result = await checkFixture(name);
    const report = formatReport(result);
    const problems = result.problems.toSorted(byPlace);
    expect(problems.length, report).toBe(count ?? 1 + also.length);
    const main = problems.find((p) => p.file === file && reported(p).startsWith(prefixOf(where)));
    expect(main && reported(main), `expected "${prefixOf(where)}…${says}…" under ${file} in:\n${report}`).toContain(says);
    for (const other of also) {
      const hit = problems.find((p) => p !== main && p.file === other.file && reported(p).startsWith(prefixOf(other.where)));
      expect(hit && reported(hit), report).toContain(other.says);
    }
    if (count) for (const p of problems) expect(p.message, report).toContain(says);
  });
});

/** The report lines a refused build printed, or the check printed: each file heading and problem line. */
const reportLines = (text: string) => text.split('\n').filter((l) => /^ {2}content\/|^ {4}- /.test(l));

describe('A real Astro build refuses every bad fixture with the same report, line for line, as check:content', () => {
  const previous = process.env['CONTENT_DATE'];
  beforeAll(() => {
    process.env['CONTENT_DATE'] = today;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env['CONTENT_DATE'];
    else process.env['CONTENT_DATE'] = previous;
  });

  it.each(cases)('builds $name and stops with the check\'s lines', async ({ name }) => {
    const expected = reportLines(formatReport(await checkFixture(name)));
    const root = refusedBuildCopy(name);
    try {
      expect(expected.length).toBeGreaterThan(1);
      let message = '';
      try {
        await build({ root, logLevel: 'silent', mode: 'production' });
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toMatch(/^The build stopped because \d+ problems? (was|were) found in the content/);
      expect(reportLines(message)).toEqual(expected);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      removeCopy(root);
    }
  });
});

describe('npm run build with bad content stops and leaves no dist/', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeCopy));

  it('fails on a misspelt field with a calm report, not a crash, and removes the old dist/', () => {
    const root = projectCopy('refused', 'misspelt-titel');
    copies.push(root);
    // A dist/ from an earlier good build must not survive to be deployed by mistake.
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>old</title>');
    const { status, output } = npmRun(root, 'build');
    expect(status).not.toBe(0);
    // What an editor reads: why the build stopped, the report, what to do; nothing that looks like a crash.
    const first = output.split('\n').find((l) => l.startsWith('The build stopped')) ?? '';
    expect(first, output).toBe('The build stopped because 1 problem was found in the content (nothing was built).');
    expect(output.slice(output.indexOf(first))).toContain(
      `\n  ${da}\n    - line 2, titel: unknown field; did you mean "title"?\n\nWhat to do: `,
    );
    expect(output).toContain('run "npm run check:content"');
    expect(output).not.toMatch(/unhandled error/i);
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 240_000);

  it('fails on an official PDF that is not a PDF, naming file, line and field, with nothing from the PDF reader', () => {
    const root = projectCopy('refused', 'official-pdf-not-a-pdf');
    copies.push(root);
    const { status, output } = npmRun(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('  content/partnership/en/partnership.mdx\n    - line 18, programmes[0].officialPdf: ');
    expect(output).toContain('is not a PDF file');
    // pdf.js, reading a file that is not a PDF, once printed warnings about browser APIs into the report.
    expect(output).not.toContain('Browser APIs');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 240_000);
});
