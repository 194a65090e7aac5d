import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { readOfficialPdf } from '../../src/lib/pdf/official-pdf';
import { pathFor } from '../../src/lib/routes';
import { downloadBlock } from './pdf-content';

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
 * Whole builds of a copy of the project with an official PDF in place. node_modules is a folder of links, so
 * Astro's cache (node_modules/.astro) stays in the copy.
 */
describe('a build with the official PDF', () => {
  let dir: string;
  const mainIndex = () => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, partnershipFile), 'utf8'))![1]!;
    const data = parse(front) as { mainProgramme: string; programmes: { id: string }[] };
    return data.programmes.findIndex((p) => p.id === data.mainProgramme);
  };
  /** Points the Danish main programme at a file in content/. */
  const pointAt = (path: string) => {
    const file = join(dir, partnershipFile);
    const text = readFileSync(join(root, partnershipFile), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { programmes: { pdfName?: string }[] };
    const pdfName = data.programmes[mainIndex()]!.pdfName!;
    const edited = text.replace(new RegExp(`^(\\s+)pdfName: ${pdfName}$`, 'm'), `$1pdfName: ${pdfName}\n$1officialPdf: ${path}`);
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    return pdfName;
  };
  const build = () => {
    const run = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'official-build-'));
    const skip = new Set(['node_modules', 'dist', '.astro', '.git'].map((name) => join(root, name)));
    cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(resolve(src)) });
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '.astro' || name === '.vite') continue;
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    }
    mkdirSync(join(dir, 'content/files'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a non-PDF placed as the official document fails the build with a clear message', () => {
    writeFileSync(join(dir, 'content/files/signed.pdf'), notAPdf);
    pointAt('files/signed.pdf');
    const { status, output } = build();
    expect(status).not.toBe(0);
    // The content check names the file, the line and the field before Astro reads any content.
    expect(output).toContain(partnershipFile);
    expect(output).toMatch(new RegExp(`line \\d+, programmes\\[${mainIndex()}\\]\\.officialPdf: content/files/signed\\.pdf is not a PDF file`));
    expect(output).not.toContain('Browser APIs');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);

  test('a real official PDF is offered beside the summary, under its own file name, with its own page count and size', async () => {
    const bytes = await signedPdf();
    writeFileSync(join(dir, 'content/files/signed.pdf'), bytes);
    const pdfName = pointAt('files/signed.pdf');
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(Buffer.from(bytes).equals(readFileSync(join(dir, 'dist/da/signed.pdf')))).toBe(true);
    // The summary made from the content is still there, under the programme's file name.
    expect(readFileSync(join(dir, 'dist/da', `${pdfName}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    const t = useTranslations('da');
    const da = downloadBlock(readFileSync(join(dir, `dist${pathFor({ kind: 'programme', lang: 'da' })}index.html`), 'utf8'));
    expect(da.links.map((l) => [l.href, l.note])).toEqual([
      ['/da/signed.pdf', t('pdf.official')],
      [`/da/${pdfName}.pdf`, t('pdf.generated')],
    ]);
    expect(da.links[0]!.text).toMatch(/PDF, 2 sider, 1 KB, dansk$/);
    // English has no official file: it offers the summary alone.
    const en = downloadBlock(readFileSync(join(dir, `dist${pathFor({ kind: 'home', lang: 'en' })}index.html`), 'utf8'));
    expect(en.links.map((l) => l.note)).toEqual([useTranslations('en')('pdf.generated')]);
  }, 120_000);
});
