import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { acceptedDist } from '../support/crawl.ts';
import { contentCopy, fixtureNames, removeCopy } from './project.ts';

/**
 * Files that look unusual but are correct must never be refused. Each fixture adds a new area in
 * every language (slug "test-<fixture>", heading as below), so the build shows it made it through.
 */
const cases = [
  { name: 'windows-line-endings', da: 'Linjeskift fra Windows', en: 'Windows line endings', zh: 'Windows 换行符' },
  { name: 'byte-order-mark', da: 'Byte-order mark', en: 'Byte order mark', zh: '字节顺序标记' },
  { name: 'trailing-spaces', da: 'Mellemrum sidst på linjen', en: 'Spaces at the end of lines', zh: '行尾空格' },
  {
    name: 'danish-and-chinese-text',
    da: 'Grøn omstilling på tværs af sektorer – 绿色转型',
    en: 'Green transition – 绿色转型',
    zh: '绿色转型 – Grøn omstilling',
  },
  {
    name: 'no-optional-fields',
    da: 'Område uden valgfrie felter',
    en: 'Area without optional fields',
    zh: '无可选字段的领域',
  },
  { name: 'links-images-and-comments', da: 'Henvisninger og billeder', en: 'Links and pictures', zh: '链接和图片' },
];
/** Fixtures that add no area: `official-pdf` gives the Danish main programme a signed PDF (tests/build/pdf-official.test.ts). */
const otherFixtures = ['official-pdf'];

describe('Correct files are accepted as they are', () => {
  it('lists every accepted fixture', () => {
    expect([...cases.map((c) => c.name), ...otherFixtures].sort()).toEqual(fixtureNames('accepted'));
  });

  it('finds no problem in the real content', async () => {
    const result = await checkContent(join(import.meta.dirname, '../..'));
    expect(formatReport(result)).toMatch(/^The content is fine/);
  });

  it.each([...cases.map((c) => c.name), ...otherFixtures])('accepts %s', async (name) => {
    const root = contentCopy('accepted', name);
    try {
      const result = await checkContent(root);
      expect(result.problems, formatReport(result)).toEqual([]);
    } finally {
      removeCopy(root);
    }
  });
});

/**
 * The global setup (tests/support/build-once.ts) has built the site with every accepted fixture laid over it, with
 * `npm run build` as a person runs it, into tests/.output/accepted-fixtures/; a failed build fails the setup, so no
 * test runs. These read what that build published instead of building the same sources a second time.
 */
describe('A real build of all accepted fixtures together', () => {
  it('succeeds and publishes each fixture page in every language', () => {
    const page = (path: string) => readFileSync(join(acceptedDist, path, 'index.html'), 'utf8');
    for (const { name, da, en, zh } of cases) {
      expect(page(`da/arbejdsprogram/test-${name}`)).toContain(`>${da}</h1>`);
      expect(page(`en/work-programme/test-${name}`)).toContain(`>${en}</h1>`);
      expect(page(`zh/gongzuo-fangan/test-${name}`)).toContain(`>${zh}</h1>`);
    }
    expect(page('da/arbejdsprogram/test-windows-line-endings')).toMatch(
      /<p>Andet afsnit med en <a href="\/da\/kontakt\/">henvisning<\/a>.<\/p>/,
    );
    expect(page('da/arbejdsprogram/test-danish-and-chinese-text')).toContain(
      '<span lang="zh">中国国家可再生能源中心</span>',
    );
    expect(page('da/arbejdsprogram/test-links-images-and-comments')).toContain(
      'alt="Testbillede af et ikon"',
    );
    expect(page('da/arbejdsprogram/test-links-images-and-comments')).not.toContain('En kommentar');
  });

  it('sets the picture, the table and the reference link in the PDF, without the comment', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(acceptedDist, 'da/faelles-arbejdsprogram-2017-2020.pdf'))));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
    // The picture is drawn (tests/build/pdf.test.ts checks its Figure and /Alt), not named in the text.
    expect(text).not.toContain('Testbillede af et ikon');
    expect(text).toContain('Krøllede parenteser som tekst: { og }, og 3 < 5.');
    // The table is a table in the PDF too: header row, then the row.
    expect(text).toContain('Sektor År Energi 2017');
    expect(text).toMatch(/Kontakt via reference \(https?:\/\/[^ ]+\/da\/kontakt\/\)/);
    expect(text).not.toContain('En kommentar');
    expect(text).not.toContain('[ref]');
  });
});
