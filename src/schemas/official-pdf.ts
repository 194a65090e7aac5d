import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * Why a programme's "officialPdf" cannot be offered, or undefined when it is a real PDF in content/.
 * The path is written from the content/ folder, e.g. "files/jwp-2017-2020.pdf".
 */
export function officialPdfMessage(root: string, officialPdf: string): string | undefined {
  const repoPath = posix.normalize(posix.join('content', officialPdf));
  if (!repoPath.startsWith('content/'))
    return `${officialPdf} is outside content/: put the PDF in content/files/ and write files/<name>.pdf`;
  const onDisk = join(root, repoPath);
  if (!existsSync(onDisk) || !statSync(onDisk).isFile()) {
    return `the PDF ${repoPath} does not exist: put the signed PDF there, or correct the file name (written from the content/ folder, e.g. files/jwp-2017-2020.pdf)`;
  }
  const head = Buffer.alloc(5);
  const fd = openSync(onDisk, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== '%PDF-') {
    return `${repoPath} is not a PDF file, even though its name ends in .pdf (perhaps a Word file renamed): save the document as PDF and put that file there`;
  }
  return undefined;
}
