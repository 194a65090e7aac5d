/** The part of fontkit 2's public API the PDF uses (pdfkit embeds and subsets through it); the package ships no types. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    /** The font's ascent above the baseline, in font units. */
    ascent: number;
    /** Font units per em. */
    unitsPerEm: number;
    /** Whether the font has a glyph for a Unicode code point. */
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** pdfkit recognises a parsed font by this method. */
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
