import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type Subset } from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { charstring } from './cff-charstring.ts';

/**
 * Noto Sans Hans (Chinese characters, simplified and traditional, kana and Latin, but no Hangul), for the
 * text Helvetica cannot show. Only the glyphs a document draws are embedded, under a name that says so.
 */
export type Face = 'regular' | 'bold';
export const faces: readonly Face[] = ['regular', 'bold'];

const fileNames: Record<Face, string> = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };

interface Loaded {
  bytes: Uint8Array;
  font: Font;
}
const loaded = new Map<Face, Loaded>();
/** pdf-lib hands the font's bytes back to fontkit; each file is parsed once per build. */
const parsed = new WeakMap<Uint8Array, Font>();

function fontFile(face: Face, root: string): string {
  let dir: string;
  try {
    dir = join(dirname(createRequire(join(root, 'package.json')).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  } catch {
    throw new Error('The PDF needs the Chinese font of the package @embedpdf/fonts-sc, which is not installed: run npm install');
  }
  const file = join(dir, fileNames[face]);
  if (!existsSync(file)) throw new Error(`The PDF needs the Chinese font ${file}, which is missing: run npm install`);
  return file;
}

function load(face: Face, root = process.cwd()): Loaded {
  let entry = loaded.get(face);
  if (!entry) {
    const bytes = new Uint8Array(readFileSync(fontFile(face, root)));
    entry = { bytes, font: parse(bytes) };
    loaded.set(face, entry);
  }
  return entry;
}

function parse(bytes: Uint8Array): Font {
  const font = create(bytes);
  const subset = font.createSubset.bind(font);
  font.createSubset = () => withEncodeStream(withoutSubroutines(font, subset()));
  parsed.set(bytes, font);
  return font;
}

/** What fontkit's CFF subset keeps inside (fontkit 2.0, src/subset/CFFSubset.js). */
interface CffSubset {
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  cff: { privateDictForGlyph(id: number): { defaultWidthX?: number; nominalWidthX?: number } | null };
  subsetCharstrings(): void;
  subsetSubrs(subrs: unknown[], used: Record<number, boolean>): Uint8Array[];
}

/**
 * The subset's glyphs written out whole (see cff-charstring.ts), its subroutine indexes left empty: fontkit
 * would keep one empty entry for each of the font's 23 000 subroutines.
 */
function withoutSubroutines(font: Font, subset: Subset): Subset {
  const cff = subset as unknown as CffSubset;
  if (typeof cff.subsetCharstrings !== 'function' || typeof cff.subsetSubrs !== 'function' || !cff.cff) {
    throw new Error('fontkit subsets CFF fonts otherwise than the PDF expects (fontkit 2.0): check src/lib/pdf/chinese-font.ts');
  }
  cff.subsetCharstrings = () => {
    cff.charstrings = cff.glyphs.map((id) => {
      const glyph = font.getGlyph(id);
      const priv = cff.cff.privateDictForGlyph(id) ?? {};
      const width = glyph.advanceWidth === (priv.defaultWidthX ?? 0) ? null : glyph.advanceWidth - (priv.nominalWidthX ?? 0);
      return charstring(glyph.path.commands, width);
    });
    cff.gsubrs = [];
  };
  cff.subsetSubrs = () => [];
  return subset;
}

/** pdf-lib reads a subset as a stream of chunks, as the fontkit it was written for (1.x) gave it. */
function withEncodeStream(subset: Subset): Subset & { encodeStream(): EventEmitter } {
  return Object.assign(subset, {
    encodeStream() {
      const stream = new EventEmitter();
      queueMicrotask(() => {
        try {
          stream.emit('data', subset.encode());
          stream.emit('end');
        } catch (e) {
          stream.emit('error', e);
        }
      });
      return stream;
    },
  });
}

/**
 * fontkit 2 for pdf-lib. The fontkit 1 fork pdf-lib suggests (@pdf-lib/fontkit) writes subsets of this CID-keyed
 * CFF font that viewers reject ("Embedded font file may be invalid"); fontkit 2 writes them correctly.
 */
const fontkit = {
  create(bytes: Uint8Array): Font {
    return parsed.get(bytes) ?? parse(bytes);
  },
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];

let coverage: ReadonlySet<number> | undefined;

/** The code points the Chinese font can show; both faces cover the same. */
export function chineseCoverage(): ReadonlySet<number> {
  coverage ??= new Set(load('regular').font.characterSet);
  return coverage;
}

/**
 * Embeds one face as a subset. `characters` are the ones it will hold, when known: they name the subset,
 * "ABCDEF+NotoSansHans-Regular" as PDF names subsets, so the same text always gives the same bytes.
 */
export async function embedChineseFont(doc: PDFDocument, face: Face, characters?: ReadonlySet<string>): Promise<PDFFont> {
  const { bytes, font } = load(face);
  doc.registerFontkit(fontkit);
  if (!characters) return doc.embedFont(bytes, { subset: true });
  return doc.embedFont(bytes, { subset: true, customName: `${subsetTag(font.postscriptName, characters)}+${font.postscriptName}` });
}

/** Six capital letters from the font and its characters. */
function subsetTag(name: string, characters: ReadonlySet<string>): string {
  const digest = createHash('sha256').update(`${name}\n${[...characters].sort().join('')}`).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}
