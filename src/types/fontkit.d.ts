/** The part of fontkit 2 the PDF uses; the package ships no types. */
declare module 'fontkit' {
  export interface Subset {
    /** The subset as a font file. */
    encode(): Uint8Array;
  }
  export interface Glyph {
    advanceWidth: number;
    path: { commands: { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }[] };
  }
  export interface Font {
    postscriptName: string;
    characterSet: number[];
    getGlyph(id: number): Glyph;
    glyphForCodePoint(codePoint: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
