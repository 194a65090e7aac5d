import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * The signed official PDF an editor names in a programme's `officialPdf` field (a path written from content/,
 * e.g. "files/jwp-2017-2020.pdf"). Whether it can be offered is checked here once, for the content check
 * (officialPdfMessage, before Astro reads any content) and for the build (readOfficialPdf), each of which words
 * the problem for its reader.
 */

/** What can be wrong with the file named as the official PDF; `shown` is its path from the repository. */
export type OfficialPdfProblem =
  | { kind: 'outside' }
  | { kind: 'missing'; shown: string }
  | { kind: 'folder'; shown: string }
  | { kind: 'empty'; shown: string }
  /** `head`: its first bytes, printable characters as they are and others as ".", e.g. "PK..." for a Word file. */
  | { kind: 'not-pdf'; shown: string; head: string };

/** Every PDF file starts with its header, "%PDF-" and the version (ISO 32000-1, 7.5.2). */
const signature = '%PDF-';

/**
 * Checks the file `path` names: inside content/, a file, and starting as a PDF does. Reads its first five bytes
 * only; whether the rest is a readable PDF is for pdf.js to say (readOfficialPdf).
 *
 * @param root the repository's folder, which holds content/
 * @returns the file's absolute path and its path from the repository ("content/files/…"), or what is wrong
 */
export function checkOfficialPdf(path: string, root: string): { file: string; shown: string } | { problem: OfficialPdfProblem } {
  const contentDir = resolve(root, 'content');
  const file = resolve(contentDir, path);
  if (!file.startsWith(contentDir + sep)) return { problem: { kind: 'outside' } };
  const shown = `content/${relative(contentDir, file).split(sep).join('/')}`;
  if (!existsSync(file)) return { problem: { kind: 'missing', shown } };
  if (!statSync(file).isFile()) return { problem: { kind: 'folder', shown } };
  const head = new Uint8Array(signature.length);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return { problem: { kind: 'empty', shown } };
  const start = [...new TextDecoder('latin1').decode(head.subarray(0, read))];
  if (start.join('') !== signature) {
    return { problem: { kind: 'not-pdf', shown, head: start.map((c) => (c >= ' ' && c <= '~' ? c : '.')).join('') } };
  }
  return { file, shown };
}

/**
 * The content check's words for an official PDF that cannot be offered, or undefined when the file can be.
 *
 * @param root the repository's folder, which holds content/
 * @param officialPdf the field's value, e.g. "files/jwp-2017-2020.pdf"
 */
export function officialPdfMessage(root: string, officialPdf: string): string | undefined {
  const checked = checkOfficialPdf(officialPdf, root);
  if (!('problem' in checked)) return undefined;
  const problem = checked.problem;
  switch (problem.kind) {
    case 'outside':
      return `${officialPdf} is outside content/: put the PDF in content/files/ and write files/<name>.pdf`;
    case 'missing':
      return `the PDF ${problem.shown} does not exist: put the signed PDF there, or correct the file name (written from the content/ folder, e.g. files/jwp-2017-2020.pdf)`;
    case 'folder':
      return `${problem.shown} is a folder, not a PDF file: write the name of the signed PDF inside it (written from the content/ folder, e.g. files/jwp-2017-2020.pdf)`;
    case 'empty':
      return `${problem.shown} is not a PDF file: it is empty; save the document as PDF and put that file there`;
    case 'not-pdf':
      return `${problem.shown} is not a PDF file, even though its name ends in .pdf (it starts with "${problem.head}", perhaps a Word file renamed): save the document as PDF and put that file there`;
  }
}

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
  const fail = (problem: string): never => {
    throw new Error(`${where} "${path}" ${problem}; place the signed PDF there or remove the field`);
  };
  const checked = checkOfficialPdf(path, root);
  if ('problem' in checked) {
    const problem = checked.problem;
    switch (problem.kind) {
      case 'outside':
        return fail('points outside content/');
      case 'missing':
        return fail(`does not exist: there is no file ${problem.shown}`);
      case 'folder':
        return fail(`is not a file: ${problem.shown} is a folder`);
      case 'empty':
        return fail(`is not a PDF (${problem.shown} is empty)`);
      case 'not-pdf':
        return fail(`is not a PDF (it starts with "${problem.head}", a PDF starts with "${signature}")`);
    }
  }
  const bytes = new Uint8Array(readFileSync(checked.file));
  let pages = 0;
  try {
    // Loaded here, not with this module: the content check, which runs before the build, needs no pdf.js.
    const { getDocumentProxy } = await import('unpdf');
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
