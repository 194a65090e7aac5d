import { existsSync, readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { faceFiles } from './fonts.ts';

/**
 * Pictures for the PDF. pdfkit draws PNG and JPEG only, and the site's pictures are SVG: each SVG is drawn into a PNG
 * by resvg (@resvg/resvg-js, the Rust renderer resvg, its binary shipped in an npm package), at 2 pixels a point
 * (144 dpi). Its text is set in the PDF's own fonts, never the machine's, so that every machine makes the same bytes.
 */

/** A picture ready for pdfkit's image(): PNG bytes and the size to draw it at, in pt. */
export interface Picture {
  png: Buffer;
  width: number;
  height: number;
}

/** Pixels per pt of the PNG: 144 dpi, sharp on paper and on screen at 200 %. */
const density = 2;

/**
 * The picture `src` of the text in `file`, as the page shows it: at its own size (1 CSS px = 0.75 pt), made smaller
 * to fit `maxWidth` × `maxHeight` pt. Undefined for a picture that is not SVG (the PDF shows its text alternative).
 *
 * @param file the content file, relative to the working directory ("content/areas/da/x.mdx")
 * @param src the picture's address as written: relative to `file`, or from public/ when it starts with "/"
 * @throws Error naming the file and the picture when the file is missing or resvg cannot read it
 */
export function svgPicture(file: string, src: string, maxWidth: number, maxHeight: number): Picture | undefined {
  const clean = decodeURI(src.replace(/[?#].*$/, ''));
  if (extname(clean).toLowerCase() !== '.svg') return undefined;
  // Resolved as the content check resolves it (src/schemas/body-rules.ts).
  const path = clean.startsWith('/') ? posix.join('public', clean) : posix.normalize(posix.join(posix.dirname(file), clean));
  if (!existsSync(path)) throw new Error(`${file}: the picture ${src} does not exist (looked for ${path})`);
  try {
    const svg = readFileSync(join(process.cwd(), path));
    // The size comes from the <svg> element alone; fonts (20 MB with Chinese) are read only for a picture with text.
    const natural = new Resvg(svg, { font: { loadSystemFonts: false } });
    const fonts = /<(\w+:)?text[\s>]/.test(svg.toString('utf8'))
      ? { loadSystemFonts: false, fontFiles: faceFiles(), defaultFontFamily: 'Open Sans', sansSerifFamily: 'Open Sans' }
      : { loadSystemFonts: false };
    const scale = Math.min(1, maxWidth / (natural.width * 0.75), maxHeight / (natural.height * 0.75));
    const width = natural.width * 0.75 * scale;
    const height = natural.height * 0.75 * scale;
    const png = new Resvg(svg, { font: fonts, fitTo: { mode: 'width', value: Math.round(width * density) } }).render().asPng();
    return { png, width, height };
  } catch (e) {
    throw new Error(`${file}: the PDF cannot draw the picture ${src}: ${(e as Error).message}`);
  }
}
