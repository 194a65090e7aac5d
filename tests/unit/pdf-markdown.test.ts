import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownToBlocks, plainText, UnsupportedMarkdown, type Block } from '../../src/lib/pdf/markdown';

const fixture = readFileSync('tests/fixtures/pdf/every-supported-construct.md', 'utf8');

describe('Markdown for the PDF', () => {
  test('paragraphs, headings, lists, bold, italic, links and language spans become blocks of styled runs', () => {
    const blocks = markdownToBlocks(fixture);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list', 'list', 'heading', 'paragraph']);
    const [first, h2, bullets, numbers, h3, last] = blocks as [
      Extract<Block, { kind: 'paragraph' }>,
      Extract<Block, { kind: 'heading' }>,
      Extract<Block, { kind: 'list' }>,
      Extract<Block, { kind: 'list' }>,
      Extract<Block, { kind: 'heading' }>,
      Extract<Block, { kind: 'paragraph' }>,
    ];
    expect(plainText(first.runs)).toBe(
      'Et afsnit med fed tekst, kursiv, også kursiv og et navn på kinesisk: Li Keqiang. ' +
        'Linjen fortsætter i samme afsnit, med et link til Energistyrelsen og en snake_case-stavning.',
    );
    expect(first.runs).toContainEqual({ text: 'fed tekst', bold: true });
    expect(first.runs).toContainEqual({ text: 'kursiv', italic: true });
    expect(first.runs).toContainEqual({ text: 'også kursiv', italic: true });
    expect(first.runs).toContainEqual({ text: 'Energistyrelsen', href: 'https://ens.dk/' });
    expect(h2).toMatchObject({ level: 2, runs: [{ text: 'En overskrift i teksten' }] });
    expect(bullets.ordered).toBe(false);
    expect(bullets.items.map(plainText)).toEqual(['første punkt med fed tekst', 'andet punkt, der fortsætter på næste linje']);
    expect(numbers).toMatchObject({ ordered: true, start: 1 });
    expect(numbers.items.map(plainText)).toEqual(['et nummereret punkt', 'endnu et']);
    expect(h3.level).toBe(3);
    expect(plainText(last.runs)).toBe('Tegn, der skal med: 5 * 3, A&B, 10\u00a0%, – og en [klamme].');
  });

  test.each([
    ['| a | b |', 1, 'starts with "|" but is not part of a table'],
    ['| a | b |\n| --- |\n| 1 | 2 |', 1, 'starts with "|" but is not part of a table'],
    ['| a | b |\n| - | - |\n| 1 | 2 | 3 |', 3, 'this table row has 3 cells but the table has 2 columns'],
    ['Tekst\n\n![](x.png)', 3, 'an image needs a text alternative'],
    ['{/* en\nlang kommentar */}\n\n> citat', 4, 'block quotes are not supported'],
    ['[ref]: /da/\n\n```\nkode\n```', 3, 'code blocks are not supported'],
    ['Tekst\n\n> citat', 3, 'block quotes are not supported'],
    ['```\nkode\n```', 1, 'code blocks are not supported'],
    ['<Figure src="x" />', 1, 'HTML or components are not supported'],
    ["import X from './x.astro'", 1, 'MDX import/export'],
    ['- punkt\n  - underpunkt', 2, 'nested lists are not supported'],
    ['# Titel', 1, 'a # heading would compete with the page title'],
    ['Overskrift\n---', 2, 'underlined headings are not supported'],
    ['Se `kode` her', 1, 'code (`…`) is not supported'],
    ['Et {udtryk}', 1, 'MDX expressions in { }'],
    ['Et <abbr title="x">ord</abbr>', 1, '<abbr> is not supported'],
    ['Et &hearts; hjerte', 1, 'the entity &hearts; is not supported'],
    ['***', 1, 'horizontal rules are not supported'],
  ])('%j is refused on line %i: %s', (body, line, reason) => {
    let error: unknown;
    try {
      markdownToBlocks(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedMarkdown);
    expect((error as UnsupportedMarkdown).line).toBe(line);
    expect((error as UnsupportedMarkdown).message).toContain(reason);
  });

  const only = (body: string) => {
    const blocks = markdownToBlocks(body);
    expect(blocks).toHaveLength(1);
    return blocks[0]!;
  };
  const texts = (body: string) => markdownToBlocks(body).map((b) => (b.kind === 'list' ? b.items.map(plainText) : plainText(b.runs)));

  test('MDX comments on one line or several are not content and are left out', () => {
    expect(texts('Før {/* skjult */} efter.\n\n{/* en kommentar\nover to linjer */}\n\nSidst.')).toEqual(['Før  efter.', 'Sidst.']);
    // An escaped brace is text, not the start of a comment.
    expect(texts('Tegnene \\{/* og \\}')).toEqual(['Tegnene {/* og }']);
  });

  test('a picture is shown by its text alternative, as a block of its own', () => {
    expect(only('![Vindmøller ved kysten](../../files/vind.svg "Havvind")')).toEqual({
      kind: 'image',
      runs: [{ text: 'Vindmøller ved kysten', image: true }],
    });
    const blocks = markdownToBlocks('Før ![Et *kort*](kort.svg) efter.');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Før' }] },
      { kind: 'image', runs: [{ text: 'Et kort', image: true }] },
      { kind: 'paragraph', runs: [{ text: 'efter.' }] },
    ]);
  });

  test('a picture by reference, in a link or in a list item keeps its text alternative in place', () => {
    expect(only('![Kort][k]\n\n[k]: kort.svg')).toMatchObject({ kind: 'image', runs: [{ text: 'Kort', image: true }] });
    expect(only('[![Logo](logo.svg)](https://um.dk/)')).toMatchObject({
      kind: 'image',
      runs: [{ text: 'Logo', image: true, href: 'https://um.dk/' }],
    });
    expect(only('- Et punkt med ![et ikon](i.svg)')).toMatchObject({
      kind: 'list',
      items: [[{ text: 'Et punkt med ' }, { text: 'et ikon', image: true }]],
    });
    // Without an address it is no picture, on the web either: the text stays.
    expect(texts('Se ![dette] her')).toEqual(['Se ![dette] her']);
  });

  test('each body row of a table becomes a paragraph naming its columns, inline formatting kept', () => {
    const blocks = markdownToBlocks('Indledning\n| Sektor | *År* |\n|:---|---:|\n| **Energi** | 2017 |\n| Vand | |\nvarme | 2019 \\| 2020\n\nSlut.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.runs) : ''))).toEqual([
      'Indledning',
      'Sektor: Energi · År: 2017',
      'Sektor: Vand',
      'Sektor: varme · År: 2019 | 2020',
      'Slut.',
    ]);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Sektor', bold: true }, { text: ': ' }, { text: 'Energi', bold: true }, { text: ' · ' }, { text: 'År', bold: true, italic: true }, { text: ': 2017' }],
    });
    expect(texts('a | b\n--|--')).toEqual(['a · b']);
  });

  test('reference links are resolved without regard to case, and their definitions are not text', () => {
    const body = 'Se [kontakt][Kontakt  Os], [kontakt os][] og [Kontakt os].\n\n[kontakt os]: /da/kontakt/ "Kontakt"\n[kontakt os]: /ignored/\n[ministeriet]: <https://um.dk/>\n\nOg [ministeriet], men [ukendt][x] og [ukendt] står som tekst.';
    const blocks = markdownToBlocks(body);
    expect(blocks).toHaveLength(2);
    const [first, second] = blocks as Extract<Block, { kind: 'paragraph' }>[];
    expect(first!.runs).toEqual([
      { text: 'Se ' },
      { text: 'kontakt', href: '/da/kontakt/' },
      { text: ', ' },
      { text: 'kontakt os', href: '/da/kontakt/' },
      { text: ' og ' },
      { text: 'Kontakt os', href: '/da/kontakt/' },
      { text: '.' },
    ]);
    expect(second!.runs).toContainEqual({ text: 'ministeriet', href: 'https://um.dk/' });
    expect(plainText(second!.runs)).toBe('Og ministeriet, men [ukendt][x] og [ukendt] står som tekst.');
    // Inside a paragraph a definition cannot start: the line is text, as on the web.
    expect(texts('Tekst\n[a]: /b/')).toEqual(['Tekst [a]: /b/']);
  });

  test('escaped characters show as themselves, and "<" before a space or a digit is text', () => {
    expect(texts('\\{ \\} \\* \\_ \\[ \\] \\\\ \\< \\> \\# \\| \\` og 3 < 5, a <2.')).toEqual([
      '{ } * _ [ ] \\ < > # | ` og 3 < 5, a <2.',
    ]);
    expect(texts('Linje med skift\\\nnæste linje')).toEqual(['Linje med skift næste linje']);
  });
});
