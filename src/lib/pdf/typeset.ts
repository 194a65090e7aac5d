import { codePointName, faceFor, type Slant, type Weight } from './fonts.ts';
import type { Run } from './blocks.ts';
import type { DescribedLinksDocument } from './described-links.ts';

type Doc = DescribedLinksDocument;
type StructElement = ReturnType<Doc['struct']>;
/** What a structure element holds: other elements, or drawing (a closure pdfkit wraps in marked content). */
type Child = StructElement | (() => void);

/** Colours of the site's stylesheet, as hex. */
export const colours = { ink: '#1a1a1a', soft: '#4a4a4a', line: '#cccccc', red: '#c8102e', redDark: '#9b0c23' } as const;

export interface TextStyle {
  size: number;
  /** Extra space between lines, in pt, beyond the font's own line height. */
  gap: number;
  color: string;
  bold?: boolean;
}

/** A stretch of a run drawn in one face; `breakBefore` after a hard line break. */
interface Piece {
  run: Run;
  text: string;
  face: string;
  breakBefore?: boolean;
}

/** The PDF's text: runs set in pdfkit's flow, each character in the first face that has it. */
export class Typesetter {
  /** The faces registered with pdfkit, by name, with their ascent in em. */
  private readonly registered = new Map<string, number>();
  readonly doc: Doc;
  private readonly describe: (text: string, href: string) => string;

  /**
   * @param doc a document created with `tagged: true`
   * @param describe the description (/Contents) of a link's annotations, from the link's text and its address
   */
  constructor(doc: Doc, describe: (text: string, href: string) => string = (text) => text) {
    this.doc = doc;
    this.describe = describe;
  }

  /** Selects the face for `ch` (registering it with pdfkit on first use); throws when no face has it. */
  private face(ch: string, weight: Weight, slant: Slant, where: string, text: string): string {
    const face = faceFor(ch, weight, slant);
    if (!face) {
      throw new Error(
        `${where}: the PDF of the work programme cannot show the character "${ch}" (${codePointName(ch)}) in "${text.slice(0, 60)}": ` +
          'its fonts (Open Sans and Noto Sans SC) cover Latin, Greek and Cyrillic letters, dashes, quotes, € and Chinese; write the text without it',
      );
    }
    if (!this.registered.has(face.name)) {
      // pdfkit takes the parsed fontkit font as it is and embeds the subset this document uses.
      this.doc.registerFont(face.name, face.font as never);
      this.registered.set(face.name, face.font.ascent / face.font.unitsPerEm);
    }
    return face.name;
  }

  /**
   * pdfkit places text by the top of the line, each face by its own ascent (Open Sans 1.07 em, Noto Sans SC
   * 1.16 em), so Latin digits in Chinese text sat off the baseline of the characters around them. Every piece
   * of a text is placed instead by one baseline: the ascent, in pt, of the face its first piece is set in.
   */
  private baseline(face: string, size: number): number {
    return -this.registered.get(face)! * size;
  }

  /** Runs cut where the face changes: each piece is drawn by one call of pdfkit's text(). */
  pieces(runs: Run[], style: TextStyle, where: string): Piece[] {
    const out: Piece[] = [];
    let last: Piece | undefined;
    let lineBreak = false;
    for (const run of runs) {
      const weight: Weight = style.bold || run.bold ? 'bold' : 'regular';
      const slant: Slant = run.italic ? 'italic' : 'upright';
      const text = run.text.replace(/\u00ad/g, '');
      for (const ch of text) {
        // A hard line break ends pdfkit's text there; the next piece starts a new one at the left edge.
        if (ch === '\n') {
          lineBreak = true;
          continue;
        }
        // White space needs no glyph of a face of its own: it goes with the text before it in the run.
        const face = last?.run === run && (ch === ' ' || /\s/.test(ch)) ? last.face : this.face(ch, weight, slant, where, text);
        if (last && last.run === run && last.face === face && !lineBreak) last.text += ch;
        else {
          last = { run, text: ch, face, breakBefore: lineBreak };
          out.push(last);
        }
        lineBreak = false;
      }
    }
    return out;
  }

  /**
   * The children of a paragraph-like element: plain text as marked content, links as Link elements (with
   * their annotations), text in another language as Span elements with /Lang. Drawn in pdfkit's flow at
   * doc.x/doc.y, `width` pt wide.
   */
  inline(runs: Run[], style: TextStyle, where: string, width: number, linkColor: string = colours.redDark): Child[] {
    const doc = this.doc;
    const pieces = this.pieces(runs, style, where);
    this.keepFirstLine(pieces, style.size);
    const x = doc.x;
    const baseline = pieces.length > 0 ? this.baseline(pieces[0]!.face, style.size) : 0;
    const children: Child[] = [];
    let i = 0;
    while (i < pieces.length) {
      const { href, lang } = pieces[i]!.run;
      let j = i;
      while (j < pieces.length && pieces[j]!.run.href === href && pieces[j]!.run.lang === lang) j++;
      const from = i;
      const group = pieces.slice(i, j);
      // Every annotation pdfkit's flow makes for the link's text says where the link leads (described-links.ts).
      const description = href ? this.describe(group.map((p) => p.text).join('').replace(/\s+/g, ' ').trim(), href) : undefined;
      const draw = () => {
        group.forEach((piece, k) => {
          const next = pieces[from + k + 1];
          doc.font(piece.face).fontSize(style.size).fillColor(href ? linkColor : style.color);
          const options = {
            width,
            lineGap: style.gap,
            baseline,
            continued: !!next && !next.breakBefore,
            ...(href ? { link: href, underline: true } : { underline: false }),
          } as unknown as PDFKit.Mixins.TextOptions;
          doc.linkDescription = description;
          try {
            // pdfkit reads the options from the second argument when no position is given.
            if (from + k === 0 || piece.breakBefore) doc.text(piece.text, x, doc.y, options);
            else doc.text(piece.text, options);
          } finally {
            doc.linkDescription = undefined;
          }
        });
      };
      if (href) children.push(doc.struct('Link', {}, draw));
      else if (lang) children.push(doc.struct('Span', { lang }, draw));
      else children.push(draw);
      i = j;
    }
    return children;
  }

  /**
   * Starts a new page when the first line of `runs` would not fit on this one. pdfkit's flow would move on by
   * itself, but only once the element's marked content had begun, and the page before kept an empty piece of the
   * element (PDF/UA-1 7.1). Called before the element is made, the whole element starts on the new page. doc.x stays.
   */
  keepLine(runs: Run[], style: TextStyle, where: string): void {
    this.keepFirstLine(this.pieces(runs, style, where), style.size);
  }

  private keepFirstLine(pieces: Piece[], size: number): void {
    const first = pieces[0];
    if (!first) return;
    const doc = this.doc;
    const x = doc.x;
    // pdfkit's own test before it sets a text: the line height of the first piece's face, the font's gap included.
    doc.font(first.face).fontSize(size);
    if (doc.y + doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.x = x;
    }
  }

  /**
   * The height in pt inline() takes for `runs` in a frame `width` pt wide: pdfkit's heightOfString() of their text in
   * the tallest of their faces (exact for text in one face, a little more when Latin and Chinese mix).
   */
  height(runs: Run[], style: TextStyle, where: string, width: number): number {
    const pieces = this.pieces(runs, style, where);
    if (pieces.length === 0) return 0;
    const doc = this.doc;
    const lineHeight = (face: string) => doc.font(face).fontSize(style.size).currentLineHeight(true);
    const tallest = pieces.reduce((a, b) => (lineHeight(b.face) > lineHeight(a.face) ? b : a)).face;
    doc.font(tallest).fontSize(style.size);
    return doc.heightOfString(pieces.map((p) => (p.breakBefore ? '\n' : '') + p.text).join(''), { width, lineGap: style.gap });
  }

  /** The width in pt of `text` set in `style`, each character in its face, as inline() and line() set it. */
  width(text: string, style: TextStyle, where: string): number {
    return this.widthOf(this.pieces([{ text }], style, where), style);
  }

  private widthOf(pieces: Piece[], style: TextStyle): number {
    return pieces.reduce((sum, p) => sum + this.doc.font(p.face).fontSize(style.size).widthOfString(p.text), 0);
  }

  /** One line of text outside the flow (contents, footers): no wrapping, no page break. */
  line(text: string, x: number, y: number, style: TextStyle, where: string, options: { width?: number; align?: 'left' | 'right' } = {}): void {
    const doc = this.doc;
    const pieces = this.pieces([{ text }], style, where);
    let at = options.align === 'right' && options.width ? x + options.width - this.widthOf(pieces, style) : x;
    const baseline = pieces.length > 0 ? this.baseline(pieces[0]!.face, style.size) : 0;
    for (const p of pieces) {
      doc.font(p.face).fontSize(style.size).fillColor(style.color);
      doc.text(p.text, at, y, { lineBreak: false, baseline });
      at += doc.widthOfString(p.text);
    }
  }
}

