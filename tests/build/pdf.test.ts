import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { languageTags, locales } from '../../src/i18n/locales';
import { foreignParts } from '../support/foreign-parts';
import { useTranslations } from '../../src/i18n';
import { formatBytes, formatPeriod } from '../../src/lib/format';
import { pathFor } from '../../src/lib/routes';
import { renderProgramme } from '../../src/lib/pdf/programme-document';
import { serveDist, type StaticSite } from '../support/static-server';
import { downloadBlock, mainProgramme, programmeSource, squash } from './pdf-content';
import { drawWord, fontsOf } from './pdf-poppler';
import { emptyMarkedContent } from './pdf-marked-content';
import { expectDescribedLinks, linkAnnotations } from './pdf-annotations';
import { acceptedDist } from '../support/crawl';
import { contentParts, nodes, structTree, type StructNode } from './pdf-structure';
import { nonEmpty } from '../support/non-empty';

const budget = 300 * 1024;
/** The text frame of an A4 page in points: 72 pt margins left and right, footer above 40 pt. */
const frame = { left: 72, right: 595.28 - 72, bottom: 40, top: 841.89 - 40 };

/** Text items that stick out of the page's text frame. */
async function outside(bytes: Uint8Array): Promise<string[]> {
  const { items } = await extractTextItems(new Uint8Array(bytes));
  return items.flatMap((page, i) =>
    page
      .filter((it) => it.str.trim() && (it.x < frame.left - 0.5 || it.x + it.width > frame.right + 0.5 || it.y < frame.bottom || it.y > frame.top))
      .map((it) => `page ${i + 1}: "${it.str}" at x ${it.x.toFixed(1)}–${(it.x + it.width).toFixed(1)}, y ${it.y.toFixed(1)}`),
  );
}

async function open(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages = (await extractText(pdf, { mergePages: false })).text;
  return { pdf, pages, text: squash(pages.join(' ')) };
}

/** pdf.js's structure tree of every page (it gives /Lang and /Alt, which poppler does not print). */
type JsNode = { role?: string; lang?: string; alt?: string; children?: JsNode[] };
async function jsStructNodes(bytes: Uint8Array): Promise<JsNode[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const all: JsNode[] = [];
  const walk = (node: JsNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  for (let n = 1; n <= pdf.numPages; n++) walk((await (await pdf.getPage(n)).getStructTree()) as JsNode);
  return all;
}

const byRole = (tree: StructNode, role: string) => nodes(tree).filter((n) => n.role === role);

describe.each(nonEmpty(locales, 'locales'))('the work programme summary PDF in %s', (lang) => {
  const source = programmeSource(lang);
  const main = mainProgramme(source);
  const t = useTranslations(lang);
  /** How the language lists facts: ", " in Danish and English, the full-width "，" in Chinese. */
  const sep = t('pdf.factSeparator');
  const title = t('pdf.summaryTitle', { name: main.name });
  const fileName = `${main.pdfName}.pdf`;
  const file = `dist/${lang}/${fileName}`;
  const bytes = () => new Uint8Array(readFileSync(file));
  const pages = [pathFor({ kind: 'programme', lang }), pathFor({ kind: 'home', lang })];
  const html = (page: string) => readFileSync(`dist${page}index.html`, 'utf8');

  test('the work-programme page and the home page name the programme, say the file is a summary, and give its pages, size and language', async () => {
    const { pdf } = await open(bytes());
    const facts = ['PDF', `${pdf.numPages} ${t('pdf.pages')}`, formatBytes(statSync(file).size, lang), t('pdf.language')].join(sep);
    for (const page of pages) {
      const block = downloadBlock(html(page));
      // Which programme the file and the areas belong to, from the partnership entry.
      expect(block.text).toContain(main.name);
      expect(block.text).toContain(formatPeriod(main.period));
      expect(block.text).toContain(t(`status.${main.status}`));
      expect(block.text).toContain(t('pdf.belongs', { count: source.areas.length }));
      // No official PDF in the content: the summary is the one file offered.
      expect(block.links).toEqual([{ href: `/${lang}/${fileName}`, type: 'application/pdf', hreflang: languageTags[lang], text: `${title} ${facts}`, note: t('pdf.generated') }]);
    }
  });

  test('the file is under 300 KB, the size the link gives', () => {
    const size = statSync(file).size;
    expect(downloadBlock(html(pages[0]!)).links[0]!.text).toContain(`${sep}${formatBytes(size, lang)}${sep}`);
    expect(size).toBeLessThan(budget);
  });

  test('it has A4 pages, the page count the site shows, and a footer on each', async () => {
    const { pdf, pages: texts } = await open(bytes());
    expect(downloadBlock(html(pages[0]!)).links[0]!.text).toContain(`PDF${sep}${pdf.numPages} `);
    expect(pdf.numPages).toBeGreaterThan(1);
    for (let n = 1; n <= pdf.numPages; n++) {
      const [, , width, height] = (await pdf.getPage(n)).view;
      expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
      expect(squash(texts[n - 1]!)).toContain(`${title} ${t('pdf.pageOf', { n, total: pdf.numPages })}`);
    }
  });

  test('it is tagged, in the language of its locale, shows its title in the window, and names itself a summary', async () => {
    const { pdf, pages: texts } = await open(bytes());
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    expect(await pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    const { info, metadata } = await getMeta(pdf);
    // The BCP 47 tag of the pages' <html lang> ("zh-Hans"), as the hreflang of the download link.
    expect(info['Language']).toBe(languageTags[lang]);
    expect(info['Title']).toBe(title);
    expect(metadata?.get('dc:title')).toBe(title);
    expect(squash(texts[0]!)).toContain(t('pdf.summaryNote', { site: new URL(source.urls.site).host }));
    const updated = [source.partnership.data.updated, source.contact.data.updated, ...source.areas.map((a) => a.data.updated)].sort().at(-1)!;
    expect(info['Author']).toBe(source.contact.data.name);
    expect(info['CreationDate']).toMatch(new RegExp(`^D:${updated.replaceAll('-', '')}000000`));
    expect(info['ModDate']).toBe(info['CreationDate']);
  });

  test('its structure tree has a Document root, the title as H1, the sections as H2 and the areas as H3, in order', () => {
    const tree = structTree(file);
    expect(tree.children.map((n) => n.role)).toEqual(['Document']);
    expect(byRole(tree, 'H1').map((n) => n.text)).toEqual([title]);
    expect(byRole(tree, 'H2').map((n) => n.text)).toEqual([t('pdf.contents'), t('pdf.purpose'), t('programme.phases'), t('pdf.areas'), t('pdf.contact')]);
    const areaHeadings = source.areas.map((a, i) => `${i + 1}. ${squash(a.data.title)}`);
    expect(byRole(tree, 'H3').map((n) => n.text)).toEqual([...source.partnership.data.programmes.map((p) => squash(p.name)), ...areaHeadings]);
  });

  test('the title on the first page breaks between words, never inside one (word boundaries of Intl.Segmenter)', () => {
    // The lines of the first page as poppler reads them; the title is the first run of lines that spells it.
    const lines = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim());
    const wanted = squash(title);
    /** Where the title breaks (offsets into it) if the lines from the i-th on spell it, else undefined. */
    const breaksFrom = (i: number): number[] | undefined => {
      const breaks: number[] = [];
      let at = 0;
      for (const next of lines.slice(i)) {
        if (!next || !wanted.startsWith(next, at)) return undefined;
        at += next.length;
        if (at === wanted.length) return breaks;
        while (wanted[at] === ' ') at++;
        breaks.push(at);
      }
      return undefined;
    };
    let breaks: number[] | undefined;
    for (let i = 0; i < lines.length && !breaks; i++) breaks = breaksFrom(i);
    if (!breaks) throw new Error(`The title "${wanted}" is not in the lines of page 1:\n${lines.join('\n')}`);
    // ICU's word boundaries for the document's language (a dictionary for Chinese): 内容 is one word.
    const words = new Set([...new Intl.Segmenter(languageTags[lang], { granularity: 'word' }).segment(wanted)].map((s) => s.index));
    for (const at of breaks) expect(words.has(at), `the title breaks inside a word: ${wanted.slice(0, at)} | ${wanted.slice(at)}`).toBe(true);
  });

  test('every heading, paragraph, list item and link of every area text is an element of its kind in the structure tree', () => {
    const tree = structTree(file);
    const paragraphs = byRole(tree, 'P').map((n) => n.text);
    const items = byRole(tree, 'LI');
    const links = byRole(tree, 'Link');
    const headings = ['H4', 'H5', 'H6'].flatMap((role) => byRole(tree, role).map((n) => n.text));
    let listItems = 0;
    for (const area of source.areas) {
      expect(paragraphs, area.file).toContain(squash(area.data.summary));
      const parts = contentParts(area.body);
      for (const heading of parts.headings) expect(headings, area.file).toContain(heading);
      for (const pieces of parts.paragraphs) {
        const found = paragraphs.find((p) => {
          let at = 0;
          return pieces.every((piece) => (at = p.indexOf(piece, at)) >= 0);
        });
        expect(found, `${area.file}: ${pieces.join(' ')}`).toBeDefined();
      }
      for (const item of parts.listItems) {
        const li = items.find((n) => n.children.find((c) => c.role === 'LBody')?.text === item);
        expect(li, `${area.file}: ${item}`).toBeDefined();
        expect(li!.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
        listItems++;
      }
      for (const link of parts.links) {
        const element = links.find((n) => n.text.startsWith(link));
        expect(element, `${area.file}: ${link}`).toBeDefined();
        expect(element!.own.some((s) => s.startsWith('Object '))).toBe(true);
      }
    }
    // The content has a list today; the loop above must not pass on none.
    expect(listItems).toBeGreaterThan(0);
    // The contact details' phone numbers and e-mail address are links, each with its annotation.
    for (const text of [source.contact.data.phone.display, source.contact.data.email]) {
      expect(links.find((n) => n.text === text)?.own.some((s) => s.startsWith('Object '))).toBe(true);
    }
  });

  test('every link annotation is a part of its Link element and describes where it leads (/Contents, PDF/UA-1 7.18.5)', async () => {
    expectDescribedLinks(await linkAnnotations(file));
  });

  test('running footers are artifacts: on every page, but not in the structure tree', async () => {
    const { pdf } = await open(bytes());
    const tagged = nodes(structTree(file)).map((n) => n.own.join(''));
    for (let n = 1; n <= pdf.numPages; n++) {
      expect(tagged.some((s) => s.includes(t('pdf.pageOf', { n, total: pdf.numPages })))).toBe(false);
    }
  });

  test('no piece of marked content in the structure tree is empty: a paragraph at the foot of a page starts on the next', async () => {
    // A piece with nothing in it is an element a screen reader announces and finds empty (PDF/UA-1 7.1).
    expect(await emptyMarkedContent(bytes())).toEqual([]);
  });

  test('the Chinese address is a Span in the language the contact page gives it, drawn by poppler in an embedded subset', async () => {
    const chinese = source.contact.data.address!.chinese!;
    const pageLang = /<dd lang="([^"]+)">([^<]+)/.exec(html(pathFor({ kind: 'contact', lang, slug: source.contact.data.slug })))!;
    expect(squash(pageLang[2]!)).toBe(chinese);
    const spans = (await jsStructNodes(bytes())).filter((n) => n.role === 'Span');
    expect(spans.map((n) => n.lang)).toContain(pageLang[1]);
    expect(byRole(structTree(file), 'Span').map((n) => n.text)).toContain(chinese);
    const drawn = drawWord(file, chinese.slice(0, 3));
    expect(drawn.complaints).toBe('');
    expect(drawn.ink).toBeGreaterThan(0.05);
  });

  test('every font is embedded as a subset with Unicode mappings: Open Sans, and Noto Sans SC for the Chinese', () => {
    const fonts = fontsOf(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      // Open Sans Regular's PostScript name is plain "OpenSans".
      expect(font.name).toMatch(/^[A-Z]{6}\+(OpenSans|NotoSansSC)(-|$)/);
    }
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('NotoSansSC-Regular');
  });

  test('its bookmarks hold every section and every area, and the contents list each on the page where it starts', async () => {
    const { pdf, pages: texts } = await open(bytes());
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual([t('pdf.purpose'), t('programme.phases'), t('pdf.areas'), t('pdf.contact')]);
    const areaMarks = outline[2]!.items.map((item) => item.title);
    expect(areaMarks).toEqual(source.areas.map((a, i) => `${i + 1}. ${squash(a.data.title)}`));
    const first = squash(texts[0]!);
    for (const item of [...outline, ...outline[2]!.items]) {
      const listed = new RegExp(`${item.title.replace(/[.()]/g, '\\$&')} (\\d+)`).exec(first);
      expect(listed, item.title).not.toBeNull();
      expect(squash(texts[Number(listed![1]) - 1]!)).toContain(item.title);
      // The bookmark leads to that page too.
      const dest = item.dest as unknown[];
      expect(await pdf.getPageIndex(dest[0] as never)).toBe(Number(listed![1]) - 1);
    }
  });

  test('its text reads in the order of the content: title, contents, purpose, phases, the areas in order, contact', async () => {
    // Without white space: extraction puts a space where a line breaks, as after a dash.
    const text = (await open(bytes())).text.replace(/\s/g, '');
    const order = [
      title,
      t('pdf.contents'),
      squash(main.text),
      ...source.partnership.data.programmes.map((p) => squash(p.name)),
      ...source.areas.flatMap((a, i) => [`${i + 1}. ${squash(a.data.title)}`, squash(a.data.summary)]),
      source.contact.data.address!.chinese!,
    ];
    // After the table of contents, each comes after the one before.
    let at = text.indexOf(order[2]!.replace(/\s/g, ''));
    for (const piece of order.slice(3)) {
      const next = text.indexOf(piece.replace(/\s/g, ''), at);
      expect(next, piece).toBeGreaterThanOrEqual(at);
      at = next;
    }
    expect(text.indexOf(title.replace(/\s/g, ''))).toBeLessThan(text.indexOf(t('pdf.contents').replace(/\s/g, '')));
    expect(text).not.toContain('\ufffd');
  });

  test('no text runs outside the margins of its A4 pages', async () => {
    expect(await outside(bytes())).toEqual([]);
  });

  test('the built file is the content rendered again, byte for byte: builds are deterministic', async () => {
    const again = await renderProgramme(programmeSource(lang));
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes()))).toBe(true);
  });
});

describe.each(nonEmpty(locales, 'locales'))('the %s summary PDF of the accepted fixtures (links in the text of an area)', (lang) => {
  test('every link annotation is a part of its Link element and describes where it leads', async () => {
    const annotations = await linkAnnotations(`${acceptedDist}/${lang}/${mainProgramme(programmeSource(lang)).pdfName}.pdf`);
    // The fixture's paragraph links to two pages of the site and to the ministry, between words.
    expect(annotations.filter((a) => a.url?.startsWith('https://um.dk/')).length).toBeGreaterThan(0);
    expectDescribedLinks(annotations);
  });
});

describe.each(nonEmpty(locales, 'locales'))('the picture of the accepted fixtures in the %s summary PDF', (lang) => {
  const fixture = `tests/fixtures/content/accepted/links-images-and-comments/content/areas/${lang}/fixture-links-images-and-comments.mdx`;
  const [, alt, src] = /!\[([^\]]*)\]\(([^)]*)\)/.exec(readFileSync(fixture, 'utf8'))!;

  test('is drawn, in a Figure with its text alternative as /Alt and its box', async () => {
    expect(src).toMatch(/\.svg$/);
    const file = `${acceptedDist}/${lang}/${mainProgramme(programmeSource(lang)).pdfName}.pdf`;
    const figures = (await jsStructNodes(new Uint8Array(readFileSync(file)))).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toEqual([alt]);
    // poppler lists the pictures the pages draw (a PNG with transparency adds its mask as an "smask" row).
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((row) => /^\s*\d+\s+\d+\s+image\s/.test(row));
    expect(images).toHaveLength(1);
    const [figure] = byRole(structTree(file), 'Figure');
    expect(figure!.attributes['BBox']).toMatch(/^\[[\d. ]+\]$/);
  });
});

describe('the table of the accepted fixtures in the Danish summary PDF', () => {
  const fixture = 'tests/fixtures/content/accepted/links-images-and-comments/content/areas/da/fixture-links-images-and-comments.mdx';
  /** The rows of the fixture's Markdown table, cell by cell, without the delimiter row. */
  const rows = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s:|-]+$/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

  test('its header cells are TH with /Scope /Column, and no cell names itself, or any but a TH, in /Headers', () => {
    const tree = structTree(`${acceptedDist}/da/${mainProgramme(programmeSource('da')).pdfName}.pdf`);
    const tables = byRole(tree, 'Table');
    expect(tables).toHaveLength(1);
    const [header, ...body] = nonEmpty(rows, 'rows of the fixture table');
    expect(tables[0]!.children.map((tr) => [tr.role, ...tr.children.map((c) => `${c.role} ${c.text}`)])).toEqual([
      ['TR', ...header!.map((text) => `TH ${text}`)],
      ...body.map((row) => ['TR', ...row.map((text) => `TD ${text}`)]),
    ]);
    const cells = nodes(tables[0]!).filter((n) => n.role === 'TH' || n.role === 'TD');
    const headerIds = cells.filter((c) => c.role === 'TH').map((c) => c.id);
    for (const cell of cells) {
      if (cell.role === 'TH') expect(cell.attributes['Scope'], cell.text).toBe('/Column');
      // PDF 1.7, 14.8.5.7: /Headers lists the header cells of a cell: other cells, and only TH.
      const named = [...(cell.attributes['Headers'] ?? '').matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
      for (const id of named) {
        expect(id, `${cell.role} ${cell.text} names itself in /Headers`).not.toBe(cell.id);
        expect(headerIds, `${cell.role} ${cell.text} names ${id} in /Headers`).toContain(id);
      }
    }
  });
});

describe('parts of UI strings in another language, in the PDFs', () => {
  test.each(nonEmpty(foreignParts, 'marked parts of the UI dictionaries'))(
    'the $inLocale PDF tags "$text" as a Span in $lang (WCAG 3.1.2)',
    async ({ inLocale, lang, text }) => {
      const file = `dist/${inLocale}/${mainProgramme(programmeSource(inLocale)).pdfName}.pdf`;
      const spans = byRole(structTree(file), 'Span').filter((n) => squash(n.text) === text);
      expect(spans.length, `a Span holding "${text}"`).toBeGreaterThan(0);
      const langs = (await jsStructNodes(new Uint8Array(readFileSync(file)))).filter((n) => n.role === 'Span').map((n) => n.lang);
      expect(langs).toContain(languageTags[lang]);
    },
  );
});

describe('the PDFs on the built site', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(() => site.close());

  test.each(nonEmpty(locales, 'locales'))('the %s download link serves a PDF', async (lang) => {
    const block = downloadBlock(readFileSync(`dist${pathFor({ kind: 'home', lang })}index.html`, 'utf8'));
    const res = await fetch(new URL(block.links[0]!.href, site.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(body.subarray(0, 5))).toBe('%PDF-');
  });

  test('no PDF is committed to the repository: they come from the build', () => {
    const tracked = execFileSync('git', ['ls-files', '--', '*.pdf', ':!tests/fixtures/**'], { encoding: 'utf8' }).trim();
    expect(tracked).toBe('');
  });
});
