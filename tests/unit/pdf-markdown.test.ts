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
    ['| a | b |', 1, 'tables are not supported'],
    ['Tekst\n\n> citat', 3, 'block quotes are not supported'],
    ['```\nkode\n```', 1, 'code blocks are not supported'],
    ['![billede](x.png)', 1, 'images are not supported'],
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
});
