import { PDFDocument, PDFFont, PDFHexString, PDFName, PDFPage, PDFRef, PDFString, rgb, StandardFonts, type RGB } from 'pdf-lib';
import type { Face } from './chinese-font';
import type { Run } from './markdown';

/** A4 in PostScript points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const colours = {
  ink: rgb(0.1, 0.1, 0.1),
  soft: rgb(0.29, 0.29, 0.29),
  line: rgb(0.8, 0.8, 0.8),
  red: rgb(0xc8 / 255, 0x10 / 255, 0x2e / 255),
  redDark: rgb(0x9b / 255, 0x0c / 255, 0x23 / 255),
} as const;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
  /**
   * For Chinese, and any other character Helvetica lacks; only there when the text needs it. Upright in
   * italic runs too: Chinese is not set in italic.
   */
  chinese?: Partial<Record<Face, PDFFont>>;
}

export interface TextStyle {
  size: number;
  leading: number;
  color: RGB;
  /** Makes every run bold, as for headings. */
  bold?: boolean;
  /** Colour of linked text. */
  linkColor?: RGB;
}

/** A place in the document, for the table of contents, bookmarks and links. */
export interface Anchor {
  page: number;
  /** Top of the line, in points from the bottom of the page. */
  y: number;
}

interface Piece {
  text: string;
  font: PDFFont;
  href?: string | undefined;
}
interface Line {
  pieces: Piece[];
  width: number;
}

/** Places text on A4 pages: wraps runs to the measure, breaks pages, keeps headings with what follows. */
export class Typesetter {
  readonly pages: PDFPage[] = [];
  y = 0;
  /** The characters drawn in each Chinese face: what its subset must hold. */
  readonly chineseDrawn: Record<Face, Set<string>> = { regular: new Set(), bold: new Set() };
  private readonly links: { page: number; rect: [number, number, number, number]; href: string }[] = [];
  private readonly latin: ReadonlySet<number>;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly frame: { left: number; right: number; top: number; bottom: number },
  ) {
    this.latin = new Set(fonts.regular.getCharacterSet());
    this.newPage();
  }

  get page(): PDFPage {
    return this.pages[this.pages.length - 1]!;
  }
  get measure(): number {
    return A4.width - this.frame.left - this.frame.right;
  }
  get here(): Anchor {
    return { page: this.pages.length - 1, y: this.y };
  }
  private get atTop(): boolean {
    return this.y >= A4.height - this.frame.top;
  }

  newPage(): void {
    this.pages.push(this.doc.addPage([A4.width, A4.height]));
    this.y = A4.height - this.frame.top;
  }

  /** Vertical space; swallowed at the top of a page so pages start flush. */
  space(points: number): void {
    if (this.atTop) return;
    this.y -= points;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < this.frame.bottom) this.pageBreak();
  }

  /** A new page, unless the cursor already stands at the top of an empty one. */
  pageBreak(): void {
    if (!this.atTop) this.newPage();
  }

  /** Reserves a box of fixed height to be drawn later (the table of contents). */
  reserve(height: number): Anchor {
    this.ensure(height);
    const at = this.here;
    this.y -= height;
    return at;
  }

  /** The font for one character: Helvetica when it has it, else the Chinese face of the same weight. */
  fontFor(ch: string, bold: boolean, italic: boolean): PDFFont {
    if (this.latin.has(ch.codePointAt(0)!)) {
      if (bold) return italic ? this.fonts.boldItalic : this.fonts.bold;
      return italic ? this.fonts.italic : this.fonts.regular;
    }
    const face: Face = bold ? 'bold' : 'regular';
    const font = this.fonts.chinese?.[face];
    // The text was checked against the fonts before; this is a fault in the programme, not in the content.
    if (!font) throw new Error(`The PDF has no ${face} font loaded for "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`);
    return font;
  }

  /** Text as pieces, each in a font that has its characters. */
  piecesOf(text: string, bold: boolean, italic = false, href?: string): Piece[] {
    const pieces: Piece[] = [];
    for (const ch of text) appendChar(pieces, ch, this.fontFor(ch, bold, italic), href);
    return pieces;
  }

  /**
   * Breaks runs into lines no wider than `measure`: at spaces, and between Chinese characters, which are
   * written without spaces. Overlong words are cut.
   */
  wrap(runs: Run[], style: TextStyle, measure: number): Line[] {
    const size = style.size;
    // The standard fonts are not embedded: viewers set them in their own look-alikes, some up to half a per
    // cent wider than Helvetica's metrics. Lines end 1 % short of the margin so none runs into it.
    const width = measure * 0.99;
    type Word = Piece[];
    const words: { word: Word; spaceBefore: Piece | null }[] = [];
    let current: Word = [];
    let pendingSpace: Piece | null = null;
    let previous = '';
    const endWord = () => {
      if (current.length) {
        words.push({ word: current, spaceBefore: pendingSpace });
        pendingSpace = null;
      }
      current = [];
      previous = '';
    };
    for (const run of runs) {
      const bold = !!(style.bold || run.bold);
      const italic = !!run.italic;
      for (const ch of run.text) {
        if (ch === ' ') {
          endWord();
          pendingSpace = { text: ' ', font: this.fontFor(ch, bold, italic), href: run.href };
          continue;
        }
        if (breaksBetween(previous, ch)) endWord();
        appendChar(current, ch, this.fontFor(ch, bold, italic), run.href);
        previous = ch;
      }
    }
    endWord();

    const widthOf = (pieces: Piece[]) => pieces.reduce((sum, p) => sum + advance(p, size), 0);
    const lines: Line[] = [];
    let line: Piece[] = [];
    let lineWidth = 0;
    const endLine = () => {
      if (line.length) lines.push({ pieces: mergePieces(line), width: lineWidth });
      line = [];
      lineWidth = 0;
    };
    for (const { word, spaceBefore } of words) {
      for (const [index, chunk] of this.cut(word, size, width).entries()) {
        // Only the first piece of a cut word follows a space.
        const space = index === 0 ? spaceBefore : null;
        const w = widthOf(chunk);
        const gap = line.length && space ? widthOf([space]) : 0;
        if (line.length && lineWidth + gap + w > width) endLine();
        if (line.length && space) {
          line.push(space);
          lineWidth += gap;
        }
        line.push(...chunk);
        lineWidth += w;
      }
    }
    endLine();
    return lines;
  }

  /** A word wider than the measure (a long web address) is cut into pieces that fit. */
  private cut(word: Piece[], size: number, width: number): Piece[][] {
    const total = word.reduce((s, p) => s + advance(p, size), 0);
    if (total <= width) return [word];
    const chunks: Piece[][] = [];
    let chunk: Piece[] = [];
    let used = 0;
    for (const piece of word) {
      for (const ch of piece.text) {
        const w = advance({ text: ch, font: piece.font }, size);
        if (used + w > width && chunk.length) {
          chunks.push(mergePieces(chunk));
          chunk = [];
          used = 0;
        }
        chunk.push({ ...piece, text: ch });
        used += w;
      }
    }
    if (chunk.length) chunks.push(mergePieces(chunk));
    return chunks;
  }

  /**
   * Sets a block of text at the cursor, breaking pages between lines. No line is left alone at the foot or
   * the head of a page when the block has more. Returns where the block starts.
   */
  paragraph(
    runs: Run[],
    style: TextStyle,
    options: { indent?: number; keepWithNext?: number; marker?: { text: string; color: RGB; indent: number } } = {},
  ): Anchor {
    const indent = options.indent ?? 0;
    const lines = this.wrap(runs, style, this.measure - indent);
    const room = () => Math.floor((this.y - this.frame.bottom + 0.01) / style.leading);
    // Headings travel with the first lines of what follows them.
    if (options.keepWithNext) this.ensure(lines.length * style.leading + options.keepWithNext);
    // Orphan control: a block does not start with a single line at the foot of a page.
    if (lines.length > room() && room() < 2) this.pageBreak();
    let start: Anchor | undefined;
    let i = 0;
    while (i < lines.length) {
      if (room() < 1) this.newPage();
      let take = Math.min(room(), lines.length - i);
      // Widow control: the last line does not stand alone at the head of the next page.
      if (lines.length - i - take === 1 && take >= 3) take -= 1;
      for (const line of lines.slice(i, i + take)) {
        start ??= this.here;
        const baseline = this.y - (style.leading - style.size) / 2 - style.size * 0.8;
        if (line === lines[0] && options.marker) {
          const { text, color, indent: x } = options.marker;
          this.write(this.page, text, this.frame.left + x, baseline, { size: style.size, color });
        }
        this.drawPieces(line.pieces, this.frame.left + indent, baseline, style);
        this.y -= style.leading;
      }
      i += take;
      if (i < lines.length) this.newPage();
    }
    return start ?? this.here;
  }

  /** Draws pieces on one baseline; returns the width drawn. */
  drawPieces(pieces: Piece[], x: number, baseline: number, style: TextStyle): number {
    let at = x;
    for (const piece of pieces) {
      const width = advance(piece, style.size);
      const color = piece.href ? (style.linkColor ?? style.color) : style.color;
      this.draw(this.page, piece, at, baseline, style.size, color);
      if (piece.href) {
        const rect: [number, number, number, number] = [at, baseline - style.size * 0.25, at + width, baseline + style.size * 0.85];
        const last = this.links[this.links.length - 1];
        // One annotation per linked stretch of a line.
        if (last && last.page === this.pages.length - 1 && last.href === piece.href && Math.abs(last.rect[2] - at) < 0.01 && last.rect[1] === rect[1]) {
          last.rect[2] = rect[2];
        } else {
          this.links.push({ page: this.pages.length - 1, rect, href: piece.href });
        }
        this.page.drawLine({ start: { x: at, y: baseline - 1.2 }, end: { x: at + width, y: baseline - 1.2 }, thickness: 0.5, color });
      }
      at += width;
    }
    return at - x;
  }

  /** One line of text at a point of any page, outside the flow (contents, footers); returns its width. */
  write(page: PDFPage, text: string, x: number, baseline: number, style: { size: number; color: RGB; bold?: boolean }): number {
    let at = x;
    for (const piece of this.piecesOf(text, !!style.bold)) at += this.draw(page, piece, at, baseline, style.size, style.color);
    return at - x;
  }

  /** The width of one line of text, each character in the font it is drawn in. */
  widthOf(text: string, size: number, bold = false): number {
    return this.piecesOf(text, bold).reduce((sum, p) => sum + advance(p, size), 0);
  }

  /** Every piece of text is drawn here, so the characters of each Chinese face are known. */
  private draw(page: PDFPage, piece: Piece, x: number, baseline: number, size: number, color: RGB): number {
    for (const face of ['regular', 'bold'] as const) {
      if (piece.font === this.fonts.chinese?.[face]) for (const ch of piece.text) this.chineseDrawn[face].add(ch);
    }
    page.drawText(piece.text, { x, y: baseline, size, font: piece.font, color });
    return advance(piece, size);
  }

  /** A horizontal rule across the measure at the cursor. */
  rule(color: RGB = colours.line, thickness = 0.75, from = this.frame.left, to = A4.width - this.frame.right): void {
    this.page.drawLine({ start: { x: from, y: this.y }, end: { x: to, y: this.y }, thickness, color });
  }

  /** Clickable areas for every linked stretch of text: web and mail links open, others are left as text. */
  addLinkAnnotations(resolve: (href: string) => string | undefined): void {
    for (const link of this.links) {
      const uri = resolve(link.href);
      if (uri) addLink(this.doc, this.pages[link.page]!, link.rect, { uri });
    }
  }
}

/**
 * The width of a piece as drawn. pdf-lib measures the standard fonts with their kerning pairs, which its
 * drawText does not apply: a piece measured so would end before its last letter, and the next piece, in
 * another font, would overlap it. Their characters are measured one by one, as they are drawn.
 */
const standardFonts: ReadonlySet<string> = new Set(Object.values(StandardFonts));

function advance(piece: Pick<Piece, 'text' | 'font'>, size: number): number {
  if (!standardFonts.has(piece.font.name)) return piece.font.widthOfTextAtSize(piece.text, size);
  let width = 0;
  for (const ch of piece.text) width += piece.font.widthOfTextAtSize(ch, size);
  return width;
}

/** Adds a character to the last piece when its font and link are the same, else starts a piece. */
function appendChar(pieces: Piece[], ch: string, font: PDFFont, href: string | undefined): void {
  const last = pieces[pieces.length - 1];
  if (last && last.font === font && last.href === href) last.text += ch;
  else pieces.push({ text: ch, font, href });
}

/** Han characters and kana, and the full-width signs written with them. */
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/** Closing punctuation, which must not begin a line, and opening punctuation, which must not end one. */
const closing = /[、。，．：；！？）］｝〕〉》」』】〗〙〟”’…‥—～·!%),.:;?\]}]/u;
const opening = /[（［｛〔〈《「『【〖〘〝“‘(\[{]/u;

/**
 * Whether a line may break between two characters of a word: Chinese is written without spaces, so a line
 * may end before or after any Han character, except before closing and after opening punctuation.
 */
export function breaksBetween(before: string, after: string): boolean {
  if (!before || closing.test(after) || opening.test(before)) return false;
  return wide.test(before) || wide.test(after);
}

function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.font === p.font && last.href === p.href) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** A link annotation without a border: to a web address, or to a place in this document. */
export function addLink(
  doc: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  target: { uri: string } | { page: PDFPage; y: number },
): void {
  const action =
    'uri' in target
      ? { A: { Type: 'Action', S: 'URI', URI: PDFString.of(target.uri) } }
      : { Dest: [target.page.ref, 'XYZ', null, target.y, null] };
  const annotation = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], ...action });
  page.node.addAnnot(doc.context.register(annotation));
}

export interface OutlineItem {
  title: string;
  page: PDFPage;
  y: number;
  children?: OutlineItem[] | undefined;
}

/** Bookmarks: the reader's sidebar shows the sections, the cooperation areas under their heading. */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const root = doc.context.nextRef();
  const { first, last, count } = writeOutlineLevel(doc, items, root);
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
}

function writeOutlineLevel(doc: PDFDocument, items: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } {
  const refs = items.map(() => doc.context.nextRef());
  let count = items.length;
  items.forEach((item, i) => {
    const ref = refs[i]!;
    const dict: Record<string, unknown> = {
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: [item.page.ref, 'XYZ', null, item.y, null],
    };
    if (i > 0) dict['Prev'] = refs[i - 1];
    if (i < items.length - 1) dict['Next'] = refs[i + 1];
    if (item.children?.length) {
      const child = writeOutlineLevel(doc, item.children, ref);
      // Open: the areas show under their section without a click.
      Object.assign(dict, { First: child.first, Last: child.last, Count: child.count });
      count += child.count;
    }
    doc.context.assign(ref, doc.context.obj(dict as Parameters<typeof doc.context.obj>[0]));
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, count };
}
