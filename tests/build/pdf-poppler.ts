import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Poppler (poppler-utils, see tests/support/system-deps.sh), a second PDF reader beside pdf.js. */

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts of a PDF as pdffonts lists them. */
export function fontsOf(file: string): PdfFont[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s/.exec(line);
      if (!m) throw new Error(`pdffonts printed a line this test cannot read: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[3] === 'yes', subset: m[4] === 'yes', unicode: m[5] === 'yes' };
    });
}

/**
 * Draws the page on which `word` stands and returns what poppler said while drawing it (nothing, for a sound
 * file) and the share of dark pixels in the box of the word.
 */
export function drawWord(file: string, word: string): { page: number; complaints: string; ink: number } {
  const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  let page = 0;
  let box: number[] | undefined;
  for (const line of boxes.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m && m[5]!.includes(word)) {
      box = m.slice(1, 5).map(Number);
      break;
    }
  }
  if (!box) throw new Error(`"${word}" is not in the text of ${file}`);
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  // 144 dpi: two pixels a point.
  const crop = ['-x', Math.floor(x0 * 2), '-y', Math.floor(y0 * 2), '-W', Math.ceil((x1 - x0) * 2), '-H', Math.ceil((y1 - y0) * 2)].map(String);
  const run = spawnSync('pdftoppm', ['-r', '144', '-gray', '-f', String(page), '-l', String(page), ...crop, file]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
  return { page, complaints: run.stderr.toString().trim(), ink: darkShare(run.stdout) };
}

/** The share of pixels darker than mid-grey in a binary PGM (P5) image. */
function darkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return dark / pixels.length;
}

/** Runs `fn` with the bytes written to a file of their own, for the poppler tools. */
export function withFile<T>(bytes: Uint8Array, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
