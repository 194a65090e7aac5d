import { describe, expect, it } from 'vitest';
import { missingContent } from '../../src/schemas/required.ts';

/**
 * The smallest site the templates can be built from, in every language: one area, and the pages they find by
 * name (MainNav and HomeView: partnership/partnership; MainNav, Footer and the PDF: contact/embassy; Footer:
 * pages/accessibility).
 */
const langs = ['da', 'en', 'zh'];
const smallest = langs.flatMap((lang) => [
  { collection: 'areas', id: `${lang}/renewable-energy` },
  { collection: 'partnership', id: `${lang}/partnership` },
  { collection: 'contact', id: `${lang}/embassy` },
  { collection: 'pages', id: `${lang}/accessibility` },
]);
const without = (drop: (e: { collection: string; id: string }) => boolean) => smallest.filter((e) => !drop(e));

describe('Content the site cannot do without', () => {
  it('accepts the smallest site: one area and the named pages in every language', () => {
    expect(missingContent(smallest, langs)).toEqual([]);
  });

  it('accepts other pages and more areas beside the required ones', () => {
    const more = [...smallest, ...langs.map((l) => ({ collection: 'areas', id: `${l}/energy-efficiency` })), ...langs.map((l) => ({ collection: 'pages', id: `${l}/privacy` }))];
    expect(missingContent(more, langs)).toEqual([]);
  });

  const cases = [
    { lacking: 'every area', entries: without((e) => e.collection === 'areas'), folders: ['content/areas/'] },
    { lacking: 'the Chinese areas', entries: without((e) => e.id === 'zh/renewable-energy'), folders: ['content/areas/zh/'] },
    {
      lacking: 'the Danish and English areas',
      entries: without((e) => e.collection === 'areas' && !e.id.startsWith('zh/')),
      folders: ['content/areas/da/', 'content/areas/en/'],
    },
    { lacking: 'every partnership page', entries: without((e) => e.collection === 'partnership'), folders: ['content/partnership/'] },
    { lacking: 'the English partnership page', entries: without((e) => e.id === 'en/partnership'), folders: ['content/partnership/en/'] },
    {
      lacking: 'contact pages renamed in every language',
      entries: [...without((e) => e.collection === 'contact'), ...langs.map((l) => ({ collection: 'contact', id: `${l}/kontakt` }))],
      folders: ['content/contact/'],
    },
    { lacking: 'the accessibility statement', entries: without((e) => e.collection === 'pages'), folders: ['content/pages/'] },
    { lacking: 'everything', entries: [], folders: ['content/areas/', 'content/partnership/', 'content/contact/', 'content/pages/'] },
  ];

  it('has cases to check', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('refuses a site lacking $lacking, on $folders', ({ entries, folders }) => {
    const problems = missingContent(entries, langs);
    expect(problems.map((p) => p.file).sort()).toEqual([...folders].sort());
    for (const p of problems) {
      // Where the editor should act and why, never a line or a field: the problem is a file that is not there.
      expect(p.line).toBeUndefined();
      expect(p.field).toBeUndefined();
      expect(p.message).toMatch(/: .+ because .+\. (Add|Create) /);
    }
  });

  it('names the language and the count found elsewhere when one language has no areas', () => {
    const [problem] = missingContent(without((e) => e.id === 'zh/renewable-energy'), langs);
    expect(problem?.message).toMatch(/^there are no Chinese areas, but content\/areas\/da\/ has 1: the Chinese site needs at least 1/);
  });

  it('names the file to create, in each language, when the pages need it by name', () => {
    const [problem] = missingContent(without((e) => e.collection === 'contact'), langs);
    expect(problem?.message).toContain(
      'Create content/contact/da/embassy.mdx, content/contact/en/embassy.mdx, and content/contact/zh/embassy.mdx',
    );
  });
});
