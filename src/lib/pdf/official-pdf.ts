import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { getDocumentProxy } from 'unpdf';

/**
 * Reads the signed official PDF an editor placed in content/. Anything that is not a readable PDF stops the
 * build with a message that names the content file, the field and the fix. Pages are counted by pdf.js
 * (through unpdf), which opens documents that carry only permissions encryption, as signed ones may.
 *
 * @param path the field's value, relative to content/, e.g. "files/jwp-2017-2020.pdf"
 * @param where the content file and field, e.g. 'content/partnership/da/partnership.mdx: programmes[0].officialPdf'
 * @returns the file's bytes and its number of pages
 * @throws Error when the file is missing, outside content/, not a PDF, unreadable or empty
 */
export async function readOfficialPdf(path: string, where: string, root = process.cwd()): Promise<{ bytes: Uint8Array; pages: number }> {
  const contentDir = resolve(root, 'content');
  const file = resolve(contentDir, path);
  const shown = `content/${relative(contentDir, file).split(sep).join('/')}`;
  const fail = (problem: string): never => {
    throw new Error(`${where} "${path}" ${problem}; place the signed PDF there or remove the field`);
  };
  if (!file.startsWith(contentDir + sep)) fail('points outside content/');
  if (!existsSync(file)) fail(`does not exist: there is no file ${shown}`);
  if (!statSync(file).isFile()) fail(`is not a file: ${shown} is a folder`);
  const bytes = new Uint8Array(readFileSync(file));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (head !== '%PDF-') {
    const shownHead = [...head].map((c) => (c >= ' ' && c <= '~' ? c : '.')).join('');
    fail(bytes.length === 0 ? `is not a PDF (${shown} is empty)` : `is not a PDF (it starts with "${shownHead}", a PDF starts with "%PDF-")`);
  }
  let pages = 0;
  try {
    // pdf.js takes the buffer over: it reads a copy, so the bytes served stay whole.
    const doc = await getDocumentProxy(bytes.slice(), { stopAtErrors: true });
    pages = doc.numPages;
    await doc.destroy();
  } catch (e) {
    fail(`could not be read as a PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  if (pages < 1) fail('has no pages');
  return { bytes, pages };
}
