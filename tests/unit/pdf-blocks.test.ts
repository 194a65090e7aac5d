import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownBlocks, plainText, UnshowableMarkdown, type Block } from '../../src/lib/pdf/blocks';

const fixture = readFileSync('tests/fixtures/pdf/every-supported-construct.md', 'utf8');
type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;
/** The text of a list item, its blocks read one after another. */
const itemText = (item: Block[]) => item.map((b) => ('runs' in b ? plainText(b.runs) : '')).join(' ');

describe('the PDF reads Markdown from the syntax tree the page is built from', () => {
  test('paragraphs, headings, lists, bold, italic, links and language spans become blocks of styled runs', () => {
    const blocks = markdownBlocks(fixture);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list', 'list', 'heading', 'paragraph']);
    const [first, h2, bullets, numbers, h3, last] = blocks as [Of<'paragraph'>, Of<'heading'>, Of<'list'>, Of<'list'>, Of<'heading'>, Of<'paragraph'>];
    expect(plainText(first.runs)).toBe(
      'Et afsnit med fed tekst, kursiv, også kursiv og et navn på kinesisk: Li Keqiang. ' +
        'Linjen fortsætter i samme afsnit, med et link til Energistyrelsen og en snake_case-stavning.',
    );
    expect(first.runs).toContainEqual({ text: 'fed tekst', bold: true });
    expect(first.runs).toContainEqual({ text: 'kursiv', italic: true });
    expect(first.runs).toContainEqual({ text: 'også kursiv', italic: true });
    // An editor's <span lang="zh"> names a site language: the PDF tags it as the pages do, zh-Hans.
    expect(first.runs).toContainEqual({ text: 'Li Keqiang', lang: 'zh-Hans' });
    expect(first.runs).toContainEqual({ text: 'Energistyrelsen', href: 'https://ens.dk/' });
    expect(h2).toMatchObject({ level: 2, runs: [{ text: 'En overskrift i teksten' }] });
    expect(bullets.ordered).toBe(false);
    expect(bullets.items.map(itemText)).toEqual(['første punkt med fed tekst', 'andet punkt, der fortsætter på næste linje']);
    expect(numbers).toMatchObject({ ordered: true, start: 1 });
    expect(numbers.items.map(itemText)).toEqual(['et nummereret punkt', 'endnu et']);
    expect(h3.level).toBe(3);
    expect(plainText(last.runs)).toBe('Tegn, der skal med: 5 * 3, A&B, 10\u00a0%, – og en [klamme].');
  });

  // The cases where the PDF's own parser disagreed with the page (issue 16).
  test('a wrapped line that starts with "3. maj 2017" stays in its paragraph, as on the page', () => {
    const blocks = markdownBlocks('Programmet blev lanceret den\n3. maj 2017 i Beijing.\n');
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Programmet blev lanceret den 3. maj 2017 i Beijing.' }] }]);
  });

  test('straight quotes and double and triple hyphens come out curly and as dashes, as the page shows them', () => {
    const [p] = markdownBlocks(`Han sagde "ja" -- og 'nej' --- det er FN's mål.\n`) as [Of<'paragraph'>];
    expect(plainText(p.runs)).toBe('Han sagde “ja” – og ‘nej’ — det er FN’s mål.');
  });

  test('a list item continued on an indented line is one item, not an error', () => {
    const [list] = markdownBlocks('- første punkt\n  fortsat på næste linje\n- andet punkt\n') as [Of<'list'>];
    expect(list.items.map(itemText)).toEqual(['første punkt fortsat på næste linje', 'andet punkt']);
  });

  test('tables, block quotes, code, nested lists, footnotes, pictures and reference links are shown, comments left out', () => {
    const blocks = markdownBlocks(
      [
        '| Sektor | År |',
        '| --- | :-: |',
        '| Energi | [2017][ref] |',
        '',
        '> Et citat',
        '',
        '```',
        'kode',
        '```',
        '',
        '- punkt',
        '  - underpunkt',
        '',
        '![Et billede af en vindmølle](../../files/x.svg)',
        '',
        '{/* en kommentar */}',
        '',
        'Tekst med note[^1].',
        '',
        '[^1]: Noten.',
        '',
        '[ref]: https://example.org/',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'table', header: [[{ text: 'Sektor' }], [{ text: 'År' }]], rows: [[[{ text: 'Energi' }], [{ text: '2017', href: 'https://example.org/' }]]] },
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'Et citat' }] }] },
      { kind: 'code', text: 'kode' },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [[{ kind: 'paragraph', runs: [{ text: 'punkt' }] }, { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', runs: [{ text: 'underpunkt' }] }]] }]],
      },
      { kind: 'figure', alt: 'Et billede af en vindmølle', src: '../../files/x.svg' },
      { kind: 'paragraph', runs: [{ text: 'Tekst med note' }, { text: '[1]' }, { text: '.' }] },
      { kind: 'paragraph', runs: [{ text: '[1] ' }, { text: 'Noten.' }] },
    ]);
  });

  test.each([
    ['Tekst\n\n{1 + 1}', 3, 'an MDX expression in { } is code'],
    ['Et {udtryk} i teksten', 1, 'an MDX expression in { } is code'],
    ["import X from './x.astro'\n\nTekst", 1, 'an MDX import or export line is code'],
    ['Tekst\n\n<Figure src="x" />', 3, 'the component <Figure>'],
    ['Et <abbr title="x">ord</abbr>', 1, 'only <span lang="…"> may mark text in another language'],
  ])('%j is refused on line %i: %s', (body, line, reason) => {
    let error: unknown;
    try {
      markdownBlocks(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnshowableMarkdown);
    expect((error as UnshowableMarkdown).line).toBe(line);
    expect((error as UnshowableMarkdown).reason).toContain(reason);
  });
});
