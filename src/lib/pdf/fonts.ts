import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * The PDF's typefaces, all from npm packages, so `npm ci` alone brings them and no system font is needed:
 * Open Sans (open-sans-fontface, Apache License 2.0; Latin with its extensions, Greek and Cyrillic) and,
 * for what it lacks, Noto Sans SC (@expo-google-fonts/noto-sans-sc, SIL Open Font License; Chinese).
 * TrueType, not WOFF: fontkit inflates a WOFF table again at every glyph it reads. Open Sans rather than Noto
 * Sans: fontkit shapes every word through the font's OpenType tables, and Noto Sans's made the PDF 2–3 times
 * slower. Noto Sans SC in Google Fonts' TrueType build rather than Adobe's CID-keyed CFF build (Noto Sans
 * Hans): fontkit subsets a CFF font by rewriting every one of its thousands of subroutines, which cost each
 * PDF 0.15–0.4 s and 70 KB even for the dozen characters of the Chinese address; a TrueType subset copies
 * the outlines of the glyphs used and nothing else.
 * pdfkit embeds a subset of each face a document uses (fontkit's subsetting); a face no text uses is not
 * embedded at all.
 */
export type Weight = 'regular' | 'bold';
export type Slant = 'upright' | 'italic';

interface FaceFile {
  /** The package that ships the file, and the file inside it. */
  pkg: string;
  file: string;
}

const latin = (weight: Weight, slant: Slant): FaceFile => {
  const name = `${weight === 'bold' ? 'Bold' : slant === 'italic' ? '' : 'Regular'}${slant === 'italic' ? 'Italic' : ''}`;
  return { pkg: 'open-sans-fontface', file: `fonts/${name}/OpenSans-${name}.ttf` };
};
const chinese = (weight: Weight): FaceFile => {
  const name = weight === 'bold' ? '700Bold' : '400Regular';
  return { pkg: '@expo-google-fonts/noto-sans-sc', file: `${name}/NotoSansSC_${name}.ttf` };
};

/**
 * For each weight and slant, the faces in the order they are tried for a character. Chinese is not set in
 * italic: italic runs fall back to the upright Chinese face.
 */
const fallbacks = (weight: Weight, slant: Slant): FaceFile[] => [latin(weight, slant), chinese(weight)];

const parsed = new Map<string, Font>();

/** The path of a face's file in node_modules. */
function pathOf(face: FaceFile): string {
  // Node's own lookup of packages; the font packages export no module to resolve, so their folder is looked up.
  const dir = createRequire(join(process.cwd(), 'package.json'))
    .resolve.paths(face.pkg)
    ?.map((modules) => join(modules, face.pkg))
    .find((candidate) => existsSync(join(candidate, face.file)));
  if (!dir) throw new Error(`The PDF needs the font ${face.file} of the package ${face.pkg}, which is not installed: run npm ci`);
  return join(dir, face.file);
}

/** A face parsed once per build (fontkit reads tables lazily); pdfkit takes the parsed font as it is. */
function load(face: FaceFile): Font {
  const key = `${face.pkg}/${face.file}`;
  let font = parsed.get(key);
  if (!font) {
    font = create(new Uint8Array(readFileSync(pathOf(face))));
    parsed.set(key, font);
  }
  return font;
}

/** The files of every face of the PDF (Open Sans first), for a renderer that reads fonts from files. */
export function faceFiles(): string[] {
  const faces = [latin('regular', 'upright'), latin('bold', 'upright'), latin('regular', 'italic'), latin('bold', 'italic'), chinese('regular'), chinese('bold')];
  return faces.map(pathOf);
}

/** A face as pdfkit registers it: a stable name (the PDF's font resources follow the order of first use). */
export interface Face {
  name: string;
  font: Font;
}

/**
 * The face that draws a character in the given weight and slant: the first of the fallbacks that has a
 * glyph for it, or undefined when none has (an emoji, Korean letters).
 */
export function faceFor(ch: string, weight: Weight, slant: Slant): Face | undefined {
  const faces = chosen[weight][slant];
  const code = ch.codePointAt(0)!;
  let face = faces.get(code);
  if (face === undefined && !faces.has(code)) {
    for (const file of fallbacks(weight, slant)) {
      const font = load(file);
      if (font.hasGlyphForCodePoint(code)) {
        face = { name: file.file, font };
        break;
      }
    }
    faces.set(code, face);
  }
  return face;
}

/**
 * The face chosen for each weight, slant and code point: the typesetter asks once per character drawn, the
 * content check once per character of the content.
 */
const chosen: Record<Weight, Record<Slant, Map<number, Face | undefined>>> = {
  regular: { upright: new Map(), italic: new Map() },
  bold: { upright: new Map(), italic: new Map() },
};

/** Characters that are laid out without a glyph of their own: white space and invisible marks. */
const invisible = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;

/**
 * The distinct characters of `text` that no face of the PDF can draw, in order of appearance.
 * Source of truth for the PDF and the content check alike.
 */
export function unprintable(text: string): string[] {
  const bad = new Set<string>();
  for (const ch of text) if (!invisible.test(ch) && !faceFor(ch, 'regular', 'upright')) bad.add(ch);
  return [...bad];
}

/** "U+1F331", as Unicode names a code point. */
export const codePointName = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
