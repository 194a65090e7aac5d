import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy } from 'unpdf';
import { renderProgramme } from '../../src/lib/pdf/programme-document';
import { programmeSource, squash } from './pdf-content';
import { drawWord, fontsOf, withFile } from './pdf-poppler';
import { nodes, structTree, type StructNode } from './pdf-structure';
import { emptyMarkedContent } from './pdf-marked-content';
import { expectDescribedLinks, linkAnnotations } from './pdf-annotations';

const budget = 300 * 1024;

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return squash((await extractText(pdf, { mergePages: true })).text);
}
const treeOf = (bytes: Uint8Array): StructNode => withFile(bytes, structTree);
const byRole = (tree: StructNode, role: string) => nodes(tree).filter((n) => n.role === role);

/** The programme with one area, whose text is `body`: what the tree holds comes from it alone. */
function withBody(body: string, lang: 'da' | 'en' = 'da') {
  const source = programmeSource(lang);
  source.areas = [{ ...source.areas[0]!, body }];
  return source;
}

describe('the PDF shows the Markdown as the page does', () => {
  test('a wrapped line that starts with "3. maj 2017" stays in its paragraph, not a numbered list', async () => {
    const tree = treeOf((await renderProgramme(withBody('Programmet blev lanceret den\n3. maj 2017 i Beijing.\n'))).bytes);
    expect(byRole(tree, 'P').map((n) => n.text)).toContain('Programmet blev lanceret den 3. maj 2017 i Beijing.');
    expect(byRole(tree, 'L')).toEqual([]);
  });

  test('straight quotes and hyphens come out as the curly quotes and dashes the page shows', async () => {
    const { bytes } = await renderProgramme(withBody(`Han sagde "ja" -- og 'nej' --- det er FN's mål.\n`));
    expect(await textOf(bytes)).toContain('Han sagde “ja” – og ‘nej’ — det er FN’s mål.');
  });

  test('a list item continued on an indented line is one list item', async () => {
    const tree = treeOf((await renderProgramme(withBody('- første punkt\n  fortsat på næste linje\n- andet punkt\n'))).bytes);
    const items = byRole(tree, 'LI');
    expect(items.map((li) => li.children.map((c) => [c.role, c.text]))).toEqual([
      [['Lbl', '•'], ['LBody', 'første punkt fortsat på næste linje']],
      [['Lbl', '•'], ['LBody', 'andet punkt']],
    ]);
  });

  test('capital and small æ ø å, dashes, quotes and € come out of the PDF as they went in', async () => {
    const sample = 'ÆBLE ØRESUND ÅRHUS æble ørn å – — ‘enkelte’ “dobbelte” „nedre“ 5 €';
    expect(await textOf((await renderProgramme(withBody(sample))).bytes)).toContain(sample);
  });

  test('a text with every supported construct comes out whole and tagged, links with their address', async () => {
    const { bytes } = await renderProgramme(withBody(readFileSync('tests/fixtures/pdf/every-supported-construct.md', 'utf8')));
    // Without white space: extraction puts a space where a line breaks, as after a hyphen.
    const text = (await textOf(bytes)).replace(/\s/g, '');
    for (const expected of [
      'Et afsnit med fed tekst, kursiv, også kursiv og et navn på kinesisk: Li Keqiang.',
      'et link til Energistyrelsen (https://ens.dk/) og en snake_case-stavning.',
      'En overskrift i teksten',
      '• første punkt med fed tekst',
      '• andet punkt, der fortsætter på næste linje',
      '1. et nummereret punkt',
      '2. endnu et',
      'En mindre overskrift',
      'Tegn, der skal med: 5 * 3, A&B, 10\u00a0%, – og en [klamme].',
    ]) {
      expect(text).toContain(expected.replace(/\s/g, ''));
    }
    const tree = treeOf(bytes);
    // The area is an H3; its ## and ### headings are H4 and H5.
    expect(byRole(tree, 'H4').map((n) => n.text)).toContain('En overskrift i teksten');
    expect(byRole(tree, 'H5').map((n) => n.text)).toContain('En mindre overskrift');
    expect(byRole(tree, 'Link').map((n) => n.text)).toContain('Energistyrelsen (https://ens.dk/)');
    expect(byRole(tree, 'L').map((l) => l.children.map((li) => li.children[0]!.text))).toEqual([['•', '•'], ['1.', '2.']]);
  });

  test('a table is a Table of TR rows with TH column headers and TD cells; a picture is a Figure with its text alternative', async () => {
    // An SVG picture is drawn; a JPEG one is named by its text alternative.
    const body = '| Sektor | År |\n| --- | --- |\n| Energi | 2017 |\n\n![Vindmøller ud for kysten](/favicon.svg)\n\n![Et foto](../../files/foto.jpg)\n';
    const { bytes } = await renderProgramme(withBody(body));
    const tree = treeOf(bytes);
    const [table] = byRole(tree, 'Table');
    expect(table!.children.map((row) => [row.role, ...row.children.map((c) => `${c.role} ${c.text}`)])).toEqual([
      ['TR', 'TH Sektor', 'TH År'],
      ['TR', 'TD Energi', 'TD 2017'],
    ]);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const figures: { alt?: string }[] = [];
    const walk = (n: { role?: string; alt?: string; children?: unknown[] }) => {
      if (n.role === 'Figure') figures.push(n);
      (n.children as (typeof n)[] | undefined)?.forEach(walk);
    };
    for (let i = 1; i <= pdf.numPages; i++) walk((await (await pdf.getPage(i)).getStructTree()) as never);
    expect(figures.map((f) => f.alt)).toEqual(['Vindmøller ud for kysten', 'Et foto']);
    expect(await textOf(bytes)).toContain('Billede: Et foto');
    expect(await textOf(bytes)).not.toContain('Vindmøller ud for kysten');
  });

  test('a picture whose file is missing stops the PDF with the content file and the picture', async () => {
    const source = withBody('![Vindmøller](../../files/findes-ikke.svg)\n');
    await expect(renderProgramme(source)).rejects.toThrow(`${source.areas[0]!.file}: the picture ../../files/findes-ikke.svg does not exist`);
  });

  test('a block quote is a BlockQuote', async () => {
    const tree = treeOf((await renderProgramme(withBody('> Et citat fra aftalen.\n'))).bytes);
    expect(byRole(tree, 'BlockQuote').map((n) => n.text)).toEqual(['Et citat fra aftalen.']);
  });

  test('a web address longer than a line is cut to fit the measure, never run off the page', async () => {
    const long = `https://example.org/${'a-very-long-path-segment/'.repeat(8)}end`;
    const { bytes } = await renderProgramme(withBody(`See [${long}](${long}) and [this page](${long}) for more.`, 'en'));
    const { items } = await extractTextItems(new Uint8Array(bytes));
    const outside = items.flat().filter((it) => it.str.trim() && (it.x < 71.5 || it.x + it.width > 595.28 - 71.5));
    expect(outside).toEqual([]);
    expect((await textOf(bytes)).replace(/ /g, '')).toContain(long);
  });

  test('paragraphs and list items that meet the foot of a page leave no empty piece of themselves on it', async () => {
    // Paragraphs of 1 to 7 lines and list items, so that page after page some start just above the bottom margin.
    const sentence = 'Samarbejdet om vedvarende energi fortsatte gennem hele perioden med faste møder. ';
    const body = Array.from({ length: 60 }, (_, i) => (i % 5 === 4 ? `- ${sentence}\n- ${sentence}` : sentence.repeat(1 + ((i * 7) % 9)))).join('\n\n');
    const { bytes, pages } = await renderProgramme(withBody(body));
    expect(pages).toBeGreaterThan(8);
    expect(await emptyMarkedContent(bytes)).toEqual([]);
  });

  test('a link over a page break, and links in a table cell, each get annotations where their text is, with /Contents', async () => {
    // Long links after paragraphs of growing length: some link runs from the foot of one page onto the next.
    const link = `[${'Energistyrelsens side om vedvarende energi og fjernvarme '.repeat(5).trim()}](https://ens.dk/)`;
    const filler = 'Samarbejdet fortsatte gennem hele perioden med faste møder. ';
    const paragraphs = Array.from({ length: 30 }, (_, i) => `${filler.repeat(1 + (i % 6))}\n\nSe ${link} for mere.`);
    const table = '| Kilde | Note |\n| --- | --- |\n| [Ministeriet](https://um.dk/) | 北京 og [skriv](mailto:pekamb@um.dk) |\n';
    const { bytes } = await renderProgramme(withBody([table, ...paragraphs].join('\n\n')));
    const annotations = await withFile(bytes, linkAnnotations);
    expectDescribedLinks(annotations);
    const ens = annotations.filter((a) => a.url === 'https://ens.dk/');
    // The annotations of at least one of the 30 links lie on two pages.
    const spread = nodes(treeOf(bytes)).filter((n) => n.role === 'Link' && n.text.startsWith('Energistyrelsens'));
    expect(spread.length).toBe(30);
    const onPages = spread.map((n) => new Set(n.own.filter((o) => o.startsWith('Object ')).map((o) => ens.find((a) => a.object === o)!.page)));
    expect(onPages.some((pages) => pages.size === 2)).toBe(true);
    expect(byRole(treeOf(bytes), 'TD').flatMap((td) => td.children.filter((c) => c.role === 'Link').map((c) => c.text))).toEqual([
      'Ministeriet (https://um.dk/)',
      'skriv (pekamb@um.dk)',
    ]);
  });

  test('a character no font has stops the PDF with the file and field it came from', async () => {
    const source = programmeSource('da');
    const area = source.areas[1]!;
    source.areas[1] = { ...area, data: { ...area.data, title: '北京 에너지 energi' } };
    await expect(renderProgramme(source)).rejects.toThrow(`${area.file}: title: the PDF of the work programme cannot show the character "에" (U+C5D0)`);
  });

  test('MDX code in an area stops the build with the file and line', async () => {
    const source = withBody('A paragraph.\n\n{1 + 1}\n', 'en');
    await expect(renderProgramme(source)).rejects.toThrow(`${source.areas[0]!.file}: the PDF of the work programme cannot show line 3: an MDX expression in { } is code`);
  });
});

describe('the PDF sets Chinese text', () => {
  const chineseParagraph = '丹麦与中国在能源领域的合作始于二零零五年，双方在风能、区域供热和能源效率方面开展了广泛的交流与合作。'.repeat(3);

  /** The Danish programme with a Chinese title and Chinese text in its first area. */
  function withChinese() {
    const source = programmeSource('da');
    const area = source.areas[0]!;
    const title = 'Grøn omstilling – 绿色转型';
    const body = `Søer og kyster: æ ø å. Kinesisk tekst: <span lang="zh">中国国家可再生能源中心</span> og 北京市朝阳区。\n\n${chineseParagraph}\n`;
    source.areas[0] = { ...area, data: { ...area.data, title }, body };
    return { source, title };
  }

  test('a Chinese title and text are drawn, listed in the bookmarks, tagged with their language, and come out as they went in', async () => {
    const { source, title } = withChinese();
    const { bytes } = await renderProgramme(source);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect((await pdf.getOutline())[2]!.items[0]!.title).toBe(`1. ${title}`);
    const text = await textOf(bytes);
    expect(text).toContain(`1. ${title}`);
    expect(text).toContain('Kinesisk tekst: 中国国家可再生能源中心 og 北京市朝阳区。');
    // The paragraph runs over several lines, broken between characters; extraction puts a space at each break.
    expect(text.replace(/ /g, '')).toContain(chineseParagraph);
    expect(byRole(treeOf(bytes), 'Span').map((n) => n.text)).toContain('中国国家可再生能源中心');
  });

  test('each weight of the Chinese font is embedded only when text in that weight needs it, and poppler draws both', async () => {
    const { source } = withChinese();
    const { bytes } = await renderProgramme(source);
    withFile(bytes, (file) => {
      const names = fontsOf(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      expect(names.filter((n) => n.startsWith('NotoSansSC')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
      for (const word of ['绿色转型', '北京市朝阳区。']) {
        const drawn = drawWord(file, word);
        expect(drawn.complaints, word).toBe('');
        expect(drawn.ink, word).toBeGreaterThan(0.05);
      }
    });
    expect(bytes.length).toBeLessThan(budget);
  });

  test('a document in Latin letters only embeds no Chinese font, and stays small', async () => {
    const source = programmeSource('en');
    const { chinese: _, ...address } = source.contact.data.address!;
    source.contact = { ...source.contact, data: { ...source.contact.data, address } };
    const { bytes } = await renderProgramme(source);
    withFile(bytes, (file) => {
      for (const font of fontsOf(file)) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+OpenSans(-|$)/), embedded: true });
    });
    expect(bytes.length).toBeLessThan(80 * 1024);
  });
});
