import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { readOfficialPdf } from '../../src/lib/pdf/official-pdf';
import { pathFor } from '../../src/lib/routes';
import { downloadBlock } from './pdf-content';
import { acceptedDist } from '../support/crawl';
import { frontmatterOf } from '../support/content-frontmatter';

const root = process.cwd();
const partnershipFile = 'content/partnership/da/partnership.mdx';
const where = `${partnershipFile}: programmes[0].officialPdf`;

/** A real, small, two-page PDF, as the embassy's signed document would be. */
async function signedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(Date.UTC(2017, 4, 3)) } });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.addPage();
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
/** The first bytes of a ZIP file (a .docx, say) saved under a .pdf name by mistake. */
const notAPdf = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);

describe('reading the official PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'official-pdf-'));
    mkdirSync(join(dir, 'content/files'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const place = (name: string, bytes: Uint8Array | string) => writeFileSync(join(dir, 'content/files', name), bytes);

  test('a real PDF is read with its size and page count', async () => {
    const bytes = await signedPdf();
    place('signed.pdf', bytes);
    const read = await readOfficialPdf('files/signed.pdf', where, dir);
    expect(read.pages).toBe(2);
    expect(read.bytes.length).toBe(bytes.length);
  });

  test('a file that is not there is refused, naming the content file, the field and the path', async () => {
    await expect(readOfficialPdf('files/missing.pdf', where, dir)).rejects.toThrow(
      `${where} "files/missing.pdf" does not exist: there is no file content/files/missing.pdf; place the signed PDF there or remove the field`,
    );
  });

  test('a file that does not start like a PDF is refused, showing how it starts', async () => {
    place('zip.pdf', notAPdf);
    await expect(readOfficialPdf('files/zip.pdf', where, dir)).rejects.toThrow(
      `${where} "files/zip.pdf" is not a PDF (it starts with "PK...", a PDF starts with "%PDF-")`,
    );
    place('empty.pdf', '');
    await expect(readOfficialPdf('files/empty.pdf', where, dir)).rejects.toThrow('is not a PDF (content/files/empty.pdf is empty)');
  });

  test('a file that starts like a PDF but cannot be read as one is refused', async () => {
    place('broken.pdf', '%PDF-1.7\nthis is not really a PDF\n');
    await expect(readOfficialPdf('files/broken.pdf', where, dir)).rejects.toThrow(`${where} "files/broken.pdf" could not be read as a PDF`);
  });
});

/**
 * The accepted fixture `official-pdf` (tests/fixtures/content/accepted/official-pdf/) points the Danish main
 * programme at a real two-page PDF, content/files/signed.pdf, made with pdfkit as the embassy's signed document would
 * be; the global setup built it with the other accepted fixtures (tests/support/build-once.ts). A file that is not a
 * PDF is the refused fixture `official-pdf-not-a-pdf`, built and refused in tests/content/refused.test.ts.
 */
describe('a build with the official PDF', () => {
  const fixture = join(root, 'tests/fixtures/content/accepted/official-pdf/content');
  const data = frontmatterOf(join(fixture, 'partnership/da/partnership.mdx')) as {
    mainProgramme: string;
    programmes: { id: string; pdfName?: string; officialPdf?: string }[];
  };
  const main = data.programmes.find((p) => p.id === data.mainProgramme)!;

  test('the fixture points the main programme at its own PDF', () => {
    expect(main.officialPdf).toBe('files/signed.pdf');
    expect(main.pdfName).toBeTruthy();
  });

  test('a real official PDF is offered beside the summary, under its own file name, with its own page count and size', () => {
    const bytes = readFileSync(join(fixture, 'files/signed.pdf'));
    expect(bytes.equals(readFileSync(join(acceptedDist, 'da/signed.pdf')))).toBe(true);
    // The summary made from the content is still there, under the programme's file name.
    expect(readFileSync(join(acceptedDist, 'da', `${main.pdfName}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    const t = useTranslations('da');
    const da = downloadBlock(readFileSync(join(acceptedDist, `${pathFor({ kind: 'programme', lang: 'da' })}index.html`), 'utf8'));
    expect(da.links.map((l) => [l.href, l.note])).toEqual([
      ['/da/signed.pdf', t('pdf.official')],
      [`/da/${main.pdfName}.pdf`, t('pdf.generated')],
    ]);
    // pdfkit's A4 document with one added page: two pages, 1,440 bytes.
    expect(da.links[0]!.text).toMatch(/PDF, 2 sider, 1 KB, dansk$/);
    // English has no official file: it offers the summary alone.
    const en = downloadBlock(readFileSync(join(acceptedDist, `${pathFor({ kind: 'home', lang: 'en' })}index.html`), 'utf8'));
    expect(en.links.map((l) => l.note)).toEqual([useTranslations('en')('pdf.generated')]);
  });
});
