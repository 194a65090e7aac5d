import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-check/report.ts';
import { checkIntegrity, type EntryFacts } from '../../src/schemas/integrity.ts';
import { locales } from '../../src/i18n/locales.ts';

const area = (id: string, data: EntryFacts['data'] = {}): EntryFacts => ({
  collection: 'areas',
  id,
  data,
});
/** One entry in every language of the site: English with `en`, the others with `da`. */
const pair = (fileId: string, da: EntryFacts['data'], en: EntryFacts['data'] = da) =>
  locales.map((lang) => area(`${lang}/${fileId}`, lang === 'en' ? en : da));
const contact = (lang: string, teams: string[]): EntryFacts => ({
  collection: 'contact',
  id: `${lang}/embassy`,
  data: { teams: teams.map((id) => ({ id })) },
});

describe('The cross-file checks of content-integrity', () => {
  it('finds nothing wrong with twins that agree and unique slugs and orders', () => {
    const entries = [
      ...pair('a', { slug: 'a', order: 1 }),
      ...pair('b', { slug: 'b', order: 2, related: ['a'] }),
    ];
    expect(checkIntegrity(entries)).toEqual([]);
  });

  it('stops an entry missing in any of the languages, a third one included, naming the missing file', () => {
    const problems = checkIntegrity([area('da/a'), area('en/a'), area('zh/b')], [], ['da', 'en', 'zh']);
    expect(problems.map((p) => `${p.file}: ${p.message.split(' (')[0]}`)).toEqual([
      'content/areas/da/a.mdx: has no Chinese version: create content/areas/zh/a.mdx',
      'content/areas/en/a.mdx: has no Chinese version: create content/areas/zh/a.mdx',
      'content/areas/zh/b.mdx: has no Danish version: create content/areas/da/b.mdx',
      'content/areas/zh/b.mdx: has no English version: create content/areas/en/b.mdx',
    ]);
  });

  it('names the missing twin in both directions', () => {
    const problems = checkIntegrity([area('da/only-danish'), area('en/only-english')]);
    expect(problems).toHaveLength(4);
    expect(problems.filter((p) => p.message.includes('has no Chinese version'))).toEqual([
      expect.objectContaining({ file: 'content/areas/da/only-danish.mdx', message: expect.stringContaining('create content/areas/zh/only-danish.mdx') }),
      expect.objectContaining({ file: 'content/areas/en/only-english.mdx', message: expect.stringContaining('create content/areas/zh/only-english.mdx') }),
    ]);
    expect(problems.filter((p) => !p.message.includes('has no Chinese version'))).toEqual([
      expect.objectContaining({
        file: 'content/areas/da/only-danish.mdx',
        message: expect.stringContaining(
          'has no English version: create content/areas/en/only-danish.mdx',
        ),
      }),
      expect.objectContaining({
        file: 'content/areas/en/only-english.mdx',
        message: expect.stringContaining(
          'has no Danish version: create content/areas/da/only-english.mdx',
        ),
      }),
    ]);
  });

  it('refuses a file outside the language folders', () => {
    const [problem] = checkIntegrity([area('loose')]);
    expect(problem).toMatchObject({
      file: 'content/areas/loose.mdx',
      message: expect.stringContaining('content/areas/da/ or content/areas/en/'),
    });
  });

  it('reports a duplicate slug or order on every file that uses it', () => {
    const entries = [
      ...pair('a', { slug: 'same', order: 1 }),
      ...pair('b', { slug: 'same', order: 1 }),
    ];
    const problems = checkIntegrity(entries).filter((p) => p.file.includes('/da/'));
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/areas/da/a.mdx order',
      'content/areas/da/a.mdx slug',
      'content/areas/da/b.mdx order',
      'content/areas/da/b.mdx slug',
    ]);
    expect(problems.find((p) => p.file.endsWith('a.mdx') && p.field === 'slug')?.message).toContain(
      '"same" is also used by content/areas/da/b.mdx',
    );
  });

  it('refuses related areas that do not exist or are the entry itself', () => {
    const problems = checkIntegrity(pair('a', { related: ['a', 'nowhere'] }));
    expect(
      problems.filter((p) => p.file.includes('/da/')).map((p) => [p.field, p.message.slice(0, 30)]),
    ).toEqual([
      ['related[0]', 'an entry cannot be related to '],
      ['related[1]', '"nowhere" is not a file in con'],
    ]);
  });

  it('reads the teams of each language from its contact entry', () => {
    const entries = [
      ...pair('a', { team: 'energy' }),
      contact('da', ['energy']),
      contact('en', ['water']),
      contact('zh', ['energy']),
    ];
    const problems = checkIntegrity(entries);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/areas/en/a.mdx',
      field: 'team',
      message: expect.stringContaining('use one of water'),
    });
  });

  it('falls back to the given team ids when no contact entry is passed', () => {
    expect(checkIntegrity(pair('a', { team: 'energy' }), ['energy'])).toEqual([]);
    expect(checkIntegrity(pair('a', { team: 'energy' }))[0]?.message).toContain(
      'no teams are listed there yet',
    );
  });

  it('refuses two teams with one id', () => {
    const problems = checkIntegrity([
      contact('da', ['energy', 'energy']),
      contact('en', ['energy']),
      contact('zh', ['energy']),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/contact/da/embassy.mdx', field: 'teams[1].id' }),
    ]);
  });

  it('refuses a second file in a collection that holds one page per language', () => {
    const entries = [
      ...locales.map((lang) => contact(lang, [])),
      ...locales.map((lang) => ({ collection: 'contact', id: `${lang}/second`, data: {} })),
    ];
    const problems = checkIntegrity(entries);
    expect(problems.map((p) => p.file).sort()).toEqual(
      locales.flatMap((lang) => [`content/contact/${lang}/embassy.mdx`, `content/contact/${lang}/second.mdx`]),
    );
    expect(problems.find((p) => p.file === 'content/contact/da/second.mdx')?.message).toBe(
      'content/contact/da/ must hold exactly one file, but content/contact/da/embassy.mdx is there too: keep one and delete or merge the other',
    );
  });

  it('reports an English area that disagrees with its Danish twin, unless the field is already reported', () => {
    const differ = checkIntegrity(
      pair(
        'a',
        { order: 1, status: 'current', period: { start: 2017, end: 2020 } },
        { order: 1, status: 'concluded', period: { start: 2017 } },
      ),
    );
    expect(differ.map((p) => [p.file, p.field, p.message])).toEqual([
      [
        'content/areas/en/a.mdx',
        'status',
        'is concluded here but current in the Danish version content/areas/da/a.mdx: every language must have the same status',
      ],
      [
        'content/areas/en/a.mdx',
        'period',
        'is 2017– here but 2017–2020 in the Danish version content/areas/da/a.mdx: every language must have the same period',
      ],
    ]);
    const unread: EntryFacts = { ...area('da/a'), unread: true };
    expect(checkIntegrity([unread, area('en/a', { order: 3 }), area('zh/a', { order: 3 })])).toEqual([]);
    const invalid: EntryFacts = { ...area('da/a'), invalid: ['order'] };
    expect(checkIntegrity([invalid, area('en/a', { order: 3 }), area('zh/a', { order: 3 })])).toEqual([]);
  });

  it('formats problems grouped by file, in line order, with line and field first', () => {
    const text = formatProblems([
      { file: 'content/b.mdx', message: 'whole file' },
      { file: 'content/a.mdx', line: 9, field: 'order', message: 'second' },
      { file: 'content/a.mdx', line: 2, field: 'titel', message: 'first' },
    ]);
    expect(text).toBe(
      [
        '3 problems in 2 files of the content:',
        '',
        '  content/a.mdx',
        '    - line 2, titel: first',
        '    - line 9, order: second',
        '',
        '  content/b.mdx',
        '    - whole file',
      ].join('\n'),
    );
  });
});
