import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { locales, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n';
import { formatBytes } from '../../src/lib/format';
import { pathFor } from '../../src/lib/routes';
import { markdownToBlocks, plainText } from '../../src/lib/pdf/markdown';
import { renderProgramme } from '../../src/lib/pdf/programme-document';
import { serveDist, type StaticSite } from '../support/static-server';
import { downloadBlock, mainProgramme, programmeSource, squash } from './pdf-content';
import { drawWord, fontsOf, withFile, type PdfFont } from './pdf-poppler';

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
const pageName: Record<Locale, string> = { da: 'sider', en: 'pages', zh: '页' };
const languageName: Record<Locale, string> = { da: 'dansk', en: 'English', zh: '中文' };
/** Chinese lists the facts with the full-width comma. */
const comma: Record<Locale, string> = { da: ', ', en: ', ', zh: '，' };
/** The BCP 47 tag of each language, as hreflang carries it. */
const tag: Record<Locale, string> = { da: 'da', en: 'en', zh: 'zh-Hans' };
/** The weights of the Chinese font each PDF needs: the Chinese PDF has Chinese headings, which are bold. */
const chineseWeights: Record<Locale, string[]> = { da: ['Regular'], en: ['Regular'], zh: ['Bold', 'Regular'] };
/**
 * Text as read back, for comparing with the content: Chinese is written without spaces, so the line breaks
 * the reader turns into spaces are dropped between Chinese characters (and digits next to them).
 */
const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const unbroken = (text: string) =>
  squash(text).replace(new RegExp(`(?<=[${cjk}]) (?=[${cjk}\\d])|(?<=\\d) (?=[${cjk}])`, 'gu'), '');
const expectedFileName: Record<Locale, string> = {
  da: 'faelles-arbejdsprogram-2017-2020.pdf',
  en: 'joint-work-programme-2017-2020.pdf',
  zh: 'zhongdan-lianhe-gongzuo-fangan-2017-2020.pdf',
};

async function open(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages = (await extractText(pdf, { mergePages: false })).text;
  return { pdf, pages, text: squash(pages.join(' ')) };
}

describe.each(locales)('the joint work programme PDF in %s', (lang) => {
  const source = programmeSource(lang);
  const main = mainProgramme(source);
  const fileName = `${main.pdfName}.pdf`;
  const file = `dist/${lang}/${fileName}`;
  const t = useTranslations(lang);
  const bytes = () => new Uint8Array(readFileSync(file));

  test('the work-programme page and the home page link it with its title, "PDF", page count, size and language', async () => {
    const { pdf } = await open(bytes());
    const facts = ['PDF', `${pdf.numPages} ${pageName[lang]}`, formatBytes(statSync(file).size, lang), languageName[lang]].join(comma[lang]);
    for (const page of [pathFor({ kind: 'programme', lang }), pathFor({ kind: 'home', lang })]) {
      const block = downloadBlock(readFileSync(`dist${page}index.html`, 'utf8'));
      expect(block.href).toBe(`/${lang}/${fileName}`);
      expect(block.type).toBe('application/pdf');
      expect(block.hreflang).toBe(tag[lang]);
      expect(block.linkText).toBe(`${main.name} ${facts}`);
      expect(block.text).toContain(t('pdf.generated'));
    }
  });

  test('its file name says what it is', () => {
    expect(fileName).toBe(expectedFileName[lang]);
  });

  test('the size on the link is the size of the file, which stays under 300 KB', () => {
    const size = statSync(file).size;
    const block = downloadBlock(readFileSync(`dist${pathFor({ kind: 'programme', lang })}index.html`, 'utf8'));
    expect(block.linkText).toContain(`${comma[lang]}${formatBytes(size, lang)}${comma[lang]}`);
    expect(size).toBeLessThan(budget);
  });

  test('it opens in a real PDF parser with the page count the site shows, A4 pages and a footer on each', async () => {
    const { pdf, pages } = await open(bytes());
    const block = downloadBlock(readFileSync(`dist${pathFor({ kind: 'programme', lang })}index.html`, 'utf8'));
    const shown = Number(/PDF[,，] ?(\d+) /.exec(block.linkText)?.[1]);
    expect(pdf.numPages).toBe(shown);
    expect(pdf.numPages).toBeGreaterThan(1);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
      expect(squash(pages[n - 1]!)).toContain(t('pdf.pageOf', { n, total: pdf.numPages }));
    }
  });

  test('its text holds the title block, every area title and summary, and the contact details, letters intact', async () => {
    const { text } = await open(bytes());
    expect(text).toContain(main.name);
    expect(text).toContain(source.contact.data.name);
    expect(text).toContain(source.contact.data.email);
    expect(text).toContain(source.contact.data.phone.display);
    for (const area of source.areas) {
      expect(unbroken(text)).toContain(unbroken(area.data.title));
      expect(unbroken(text)).toContain(unbroken(area.data.summary));
    }
    if (lang === 'da') {
      for (const word of ['Miljøbeskyttelse', 'Bæredygtig byudvikling og fjernvarme', 'Samarbejdsområderne', '2017–2020']) {
        expect(text).toContain(word);
      }
    }
    expect(text).not.toContain('\ufffd');
  });

  test('its contact section gives the embassy\'s address in Chinese, as text a reader can copy', async () => {
    const chinese = source.contact.data.address?.chinese;
    expect(chinese).toBeTruthy();
    const { pages } = await open(bytes());
    expect(squash(pages.at(-1)!)).toContain(`${t('contact.addressChinese')} ${chinese}`);
  });

  test('its Chinese text is set in an embedded subset of Noto Sans Hans, which poppler draws without complaint', () => {
    const chinese = source.contact.data.address!.chinese!;
    const embedded = fontsOf(file).filter((f) => f.embedded);
    expect(embedded.map((f) => f.name.replace(/^[A-Z]{6}\+NotoSansHans-/, '')).sort()).toEqual(chineseWeights[lang]);
    for (const font of embedded) {
      expect(summary(font)).toEqual({ name: expect.stringMatching(subsetName('(Regular|Bold)')), type: 'CID Type 0C', subset: true, unicode: true });
    }
    const drawn = drawWord(file, chinese.slice(0, 3));
    expect(drawn.complaints).toBe('');
    expect(drawn.ink).toBeGreaterThan(0.05);
  });

  test('its table of contents and bookmarks lead to the page where each numbered area starts', async () => {
    const { pdf, pages } = await open(bytes());
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual([t('pdf.purpose'), t('programme.phases'), t('pdf.areas'), t('pdf.contact')]);
    const areaMarks = outline[2]!.items.map((item) => item.title);
    expect(areaMarks).toEqual(source.areas.map((a, i) => `${i + 1}. ${a.data.title}`));
    const first = squash(pages[0]!);
    for (const heading of areaMarks) {
      const listed = new RegExp(`${heading.replace(/[.()]/g, '\\$&')} (\\d+)`).exec(first);
      expect(listed, heading).not.toBeNull();
      expect(squash(pages[Number(listed![1]) - 1]!)).toContain(heading);
    }
  });

  test('no text runs outside the margins of its A4 pages', async () => {
    expect(await outside(bytes())).toEqual([]);
  });

  test('every paragraph and list item of every area text is in it', async () => {
    // Without the footers, so that a paragraph that goes on over a page break reads as one.
    const { pages } = await open(bytes());
    const text = squash(pages.map((page, i) => squash(page).replace(`${main.name} ${t('pdf.pageOf', { n: i + 1, total: pages.length })}`, '')).join(' '));
    for (const area of source.areas) {
      for (const block of markdownToBlocks(area.body)) {
        const parts = block.kind === 'list' ? block.items : [block.runs];
        for (const runs of parts) expect(unbroken(text), area.file).toContain(unbroken(plainText(runs)));
      }
    }
  });

  test('its metadata gives the title, the embassy as author, the language and the date of the content', async () => {
    const { pdf } = await open(bytes());
    const { info } = await getMeta(pdf);
    const updated = [source.partnership.data.updated, source.contact.data.updated, ...source.areas.map((a) => a.data.updated)].sort().at(-1)!;
    expect(info['Title']).toBe(main.name);
    expect(info['Author']).toBe(source.contact.data.name);
    expect(info['Subject']).toBe(main.summary);
    expect(info['Language']).toBe(lang);
    expect(info['CreationDate']).toMatch(new RegExp(`^D:${updated.replaceAll('-', '')}000000`));
    expect(info['ModDate']).toBe(info['CreationDate']);
  });

  test('the built file is the content rendered again, byte for byte: builds are deterministic', async () => {
    const again = await renderProgramme(programmeSource(lang));
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes()))).toBe(true);
  });
});

describe('the PDFs on the built site', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(() => site.close());

  test.each(locales)('the %s download link serves a PDF', async (lang) => {
    const block = downloadBlock(readFileSync(`dist${pathFor({ kind: 'home', lang })}index.html`, 'utf8'));
    const res = await fetch(new URL(block.href, site.url));
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

describe('the typesetting of Danish text', () => {
  test('capital and small æ ø å, dashes, quotes and € come out of the PDF as they went in', async () => {
    const source = programmeSource('da');
    const sample = 'ÆBLE ØRESUND ÅRHUS æble ørn å – — ‘enkelte’ “dobbelte” „nedre“ 5 €';
    source.areas[0] = { ...source.areas[0]!, data: { ...source.areas[0]!.data, title: 'Særlige tegn' }, body: sample };
    const { text } = await open((await renderProgramme(source)).bytes);
    expect(text).toContain(sample);
  });

  test('a text with every supported Markdown construct comes out whole, links with their address', async () => {
    const source = programmeSource('da');
    source.areas[0] = { ...source.areas[0]!, body: readFileSync('tests/fixtures/pdf/every-supported-construct.md', 'utf8') };
    const { text } = await open((await renderProgramme(source)).bytes);
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
      expect(text).toContain(squash(expected));
    }
  });

  test('a web address longer than a line is cut to fit the measure, never run off the page', async () => {
    const source = programmeSource('en');
    const long = `https://example.org/${'a-very-long-path-segment/'.repeat(8)}end`;
    source.areas[0] = { ...source.areas[0]!, body: `See <${long}> and [this page](${long}) for more.` };
    const bytes = (await renderProgramme(source)).bytes;
    expect(await outside(bytes)).toEqual([]);
    expect((await open(bytes)).text.replace(/ /g, '')).toContain(long);
  });

  test('a character neither font can show stops the PDF with the file and field it came from', async () => {
    const source = programmeSource('da');
    const area = source.areas[1]!;
    source.areas[1] = { ...area, data: { ...area.data, title: '北京 에너지 energi' } };
    await expect(renderProgramme(source)).rejects.toThrow(`${area.file}: title: the PDF of the work programme cannot show the character "에" (U+C5D0)`);
  });

  test('Markdown the PDF cannot show stops the build with the file and line', async () => {
    const source = programmeSource('en');
    const area = source.areas[2]!;
    source.areas[2] = { ...area, body: 'A paragraph.\n\n> A quotation.\n' };
    await expect(renderProgramme(source)).rejects.toThrow(`${area.file}: the PDF of the work programme cannot show line 3 of the body ("> A quotation."): block quotes are not supported`);
  });
});

/** A PDF font without its object number, which says nothing about the document. */
const summary = (f: PdfFont) => ({ name: f.name, type: f.type, subset: f.subset, unicode: f.unicode });
/** "ABCDEF+NotoSansHans-Bold": six capitals name the subset, as PDF names subsets. */
const subsetName = (weight: string) => new RegExp(`^[A-Z]{6}\\+NotoSansHans-${weight}$`);

describe('the typesetting of Chinese text', () => {
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

  test('a Chinese title and text are drawn, listed in the contents and bookmarks, and come out as they went in', async () => {
    const { source, title } = withChinese();
    const rendered = await renderProgramme(source);
    const { pdf, pages, text } = await open(rendered.bytes);
    expect(text).toContain(`1. ${title}`);
    expect(squash(pages[0]!)).toMatch(new RegExp(`1\\. ${title} \\d+`));
    expect((await pdf.getOutline())[2]!.items[0]!.title).toBe(`1. ${title}`);
    expect(text).toContain('Kinesisk tekst: 中国国家可再生能源中心 og 北京市朝阳区。');
    // The paragraph runs over several lines, broken between characters; extraction puts a space at each break.
    expect(text.replace(/ /g, '')).toContain(chineseParagraph);
    expect(text).not.toContain('\ufffd');
    expect(await outside(rendered.bytes)).toEqual([]);
  });

  test('each weight of the Chinese font is embedded only when text in that weight needs it, and poppler draws both', async () => {
    const { source } = withChinese();
    const rendered = await renderProgramme(source);
    withFile(rendered.bytes, (file) => {
      const embedded = fontsOf(file).filter((f) => f.embedded);
      expect(embedded.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansHans-Bold', 'NotoSansHans-Regular']);
      for (const font of embedded) expect(font.name).toMatch(subsetName('(Regular|Bold)'));
      for (const word of ['绿色转型', '北京市朝阳区。']) {
        const drawn = drawWord(file, word);
        expect(drawn.complaints, word).toBe('');
        expect(drawn.ink, word).toBeGreaterThan(0.05);
      }
    });
    expect(rendered.bytes.length).toBeLessThan(budget);
  });

  test('a document in Latin letters only embeds no font: it stays in Helvetica, and small', async () => {
    const source = programmeSource('en');
    const { chinese: _, ...address } = source.contact.data.address!;
    source.contact = { ...source.contact, data: { ...source.contact.data, address } };
    const rendered = await renderProgramme(source);
    withFile(rendered.bytes, (file) => {
      const fonts = fontsOf(file);
      expect(fonts.filter((f) => f.embedded)).toEqual([]);
      for (const font of fonts) expect(font.name).toMatch(/^Helvetica/);
    });
    expect(rendered.bytes.length).toBeLessThan(20 * 1024);
  });
});
