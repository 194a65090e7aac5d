import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/lib/content-check/frontmatter.ts';
import { linkMessage, type BodyContext } from '../../src/schemas/body-rules.ts';
import { checkIntegrity, type EntryFacts } from '../../src/schemas/integrity.ts';
import { unaddressedPages, type AddressedEntry } from '../../src/lib/content-check/site-paths.ts';

describe('a link to a part of a page that does not exist', () => {
  const contact = '/da/kontakt/';
  const context = (headings: string[]): BodyContext => ({
    root: '.',
    file: 'content/pages/da/accessibility.mdx',
    pagePath: '/da/tilgaengelighed/',
    site: {
      paths: new Set([contact, '/da/tilgaengelighed/']),
      files: new Set(),
      pageOfFile: new Map(),
      // What the template adds (#content, #header-search-q, #teams) still counts as a target.
      anchors: new Map([[contact, new Set(['content', 'header-search-q', 'teams', ...headings])]]),
      headings: new Map([[contact, headings]]),
    },
  });

  test("lists only the headings of the page's own text, and #top", () => {
    const message = linkMessage('/da/kontakt/#findes-ikke', context(['adresse', 'aabningstider']));
    expect(message).toBe(
      'the link /da/kontakt/#findes-ikke leads to no heading or part of /da/kontakt/ (#findes-ikke does not exist): the headings there are #adresse, #aabningstider, and #top leads to the top of the page',
    );
  });

  test('says #top works when the page text has no headings', () => {
    expect(linkMessage('/da/kontakt/#findes-ikke', context([]))).toMatch(/: its text has no headings; #top leads to the top of the page$/);
  });

  test("suggests a heading, never a template's id", () => {
    expect(linkMessage('/da/kontakt/#adrese', context(['adresse']))).toMatch(/; did you mean #adresse\?$/);
    expect(linkMessage('/da/kontakt/#conten', context(['adresse']))).not.toContain('#content');
  });

  test("the template's ids and #top are still accepted", () => {
    for (const url of ['/da/kontakt/#teams', '/da/kontakt/#top', '/da/kontakt/#adresse'])
      expect(linkMessage(url, context(['adresse'])), url).toBeUndefined();
  });
});

describe('a link to no page of the site', () => {
  const context = (paths: string[], unaddressed: BodyContext['site']['unaddressed'] = []): BodyContext => ({
    root: '.',
    file: 'content/pages/da/accessibility.mdx',
    pagePath: '/da/tilgaengelighed/',
    lang: 'da',
    site: { paths: new Set(paths), files: new Set(), pageOfFile: new Map(), anchors: new Map(), unaddressed },
  });

  test('is offered the nearest page of its own language, never one in another language', () => {
    const paths = ['/da/', '/da/tilgaengelighed/', '/da/kontakt/', '/en/', '/en/contact/', '/zh/lianxi/'];
    expect(linkMessage('/da/kontakkt/', context(paths))).toMatch(/; did you mean \/da\/kontakt\/\?$/);
    // The Danish contact page unknown: the English one, nearer by letters, is another page to a Danish reader.
    const message = linkMessage('/da/kontakt/', context(paths.filter((p) => p !== '/da/kontakt/')));
    expect(message).toContain('leads to no page of the site');
    expect(message).not.toContain('/en/');
    // A link written in another language on purpose is matched in that language.
    expect(linkMessage('/en/contakt/', context(paths))).toMatch(/; did you mean \/en\/contact\/\?$/);
  });

  test("is not reported where it may lead to a page whose file failed or is missing in the link's language", () => {
    const paths = ['/da/', '/da/tilgaengelighed/', '/en/contact/'];
    expect(linkMessage('/da/kontakt/', context(paths, [{ kind: 'contact', lang: 'da' }]))).toBeUndefined();
    // Another language's, or another kind's, unknown page excuses nothing.
    expect(linkMessage('/da/kontakt/', context(paths, [{ kind: 'contact', lang: 'zh' }]))).toContain('leads to no page');
    expect(linkMessage('/da/kontakt/', context(paths, [{ kind: 'area', lang: 'da' }]))).toContain('leads to no page');
  });
});

describe('a field written twice', () => {
  test('names the field and the line where it was first written', () => {
    const { problems } = splitFile('---\ntitle: A\nslug: a\naddress:\n  street: X\n  street: Y\ntitle: B\n---\nText\n');
    expect(problems).toEqual([
      { line: 6, message: expect.stringContaining('this field is written twice: "address.street" is already written on line 5; keep only one of them') },
      { line: 7, message: expect.stringContaining('this field is written twice: "title" is already written on line 2; keep only one of them') },
    ]);
  });
});

describe('an area missing in one language', () => {
  const area = (id: string, related?: string[]): EntryFacts => ({ collection: 'areas', id, data: related ? { related } : {} });

  test('is reported once, not again by every area that names it in related', () => {
    const entries = ['da', 'en', 'zh'].flatMap((lang) => [area(`${lang}/a`, ['b']), ...(lang === 'zh' ? [] : [area(`${lang}/b`)])]);
    expect(checkIntegrity(entries, [], ['da', 'en', 'zh']).map((p) => `${p.file}: ${p.field ?? ''} ${p.message.split(' (')[0]}`)).toEqual([
      'content/areas/da/b.mdx:  has no Chinese version: create content/areas/zh/b.mdx',
      'content/areas/en/b.mdx:  has no Chinese version: create content/areas/zh/b.mdx',
    ]);
  });

  test('a name that is no file in any language is still reported', () => {
    const entries = ['da', 'en', 'zh'].map((lang) => area(`${lang}/a`, ['nowhere']));
    expect(checkIntegrity(entries, [], ['da', 'en', 'zh'])).toHaveLength(3);
  });
});

describe("an area's team", () => {
  const area: EntryFacts = { collection: 'areas', id: 'da/a', data: { team: 'energy' } };
  const contact = (facts: Partial<EntryFacts>): EntryFacts => ({ collection: 'contact', id: 'da/embassy', data: {}, ...facts });
  const teamProblems = (entries: EntryFacts[]) => checkIntegrity(entries, [], ['da']).filter((p) => p.field === 'team');

  test('is refused when the readable contact page lists no such team', () => {
    expect(teamProblems([area, contact({ data: { teams: [{ id: 'water' }] } })])).toHaveLength(1);
  });

  test("is not refused while the contact page's settings or teams cannot be read (that file's problem is reported)", () => {
    expect(teamProblems([area, contact({ unread: true })])).toEqual([]);
    expect(teamProblems([area, contact({ invalid: ['teams'] })])).toEqual([]);
  });
});

describe('pages whose address the content does not tell', () => {
  const entry = (collection: AddressedEntry['collection'], lang: string, name: string, slug: string | undefined = name): AddressedEntry => ({
    file: `content/${collection}/${lang}/${name}.mdx`, collection, lang, slug,
  });
  const required = ['da', 'en', 'zh'].flatMap((lang) => [
    entry('partnership', lang, 'partnership'), entry('contact', lang, 'embassy'), entry('pages', lang, 'accessibility'), entry('areas', lang, 'a'),
  ]);
  const shown = (entries: AddressedEntry[]) => unaddressedPages(entries).map((u) => `${u.kind} ${u.lang}`);

  test('are none when every file is there with its slug', () => {
    expect(shown(required)).toEqual([]);
  });

  test("are the page of a file without a slug, a file missing in one language, a required file or folder's files missing", () => {
    expect(shown(required.map((e) => (e.file === 'content/contact/da/embassy.mdx' ? { ...e, slug: undefined } : e)))).toEqual(['contact da']);
    expect(shown(required.filter((e) => e.file !== 'content/contact/zh/embassy.mdx'))).toEqual(['contact zh']);
    expect(shown(required.filter((e) => e.collection !== 'pages'))).toEqual(['page da', 'page en', 'page zh']);
    expect(shown(required.filter((e) => e.collection !== 'areas'))).toEqual(['area da', 'area en', 'area zh']);
  });
});
