// The few parts of opentype.js (which ships no types) that the social cards use.
declare module 'opentype.js' {
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  export interface Path {
    toPathData(decimalPlaces?: number): string;
    getBoundingBox(): BoundingBox;
  }
  export interface Glyph {
    index: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    /** The index of a character's glyph; 0 (the missing-glyph box) when the font lacks it. */
    charToGlyphIndex(char: string): number;
    /** Lays out text (kerning included) and calls back with each glyph and its pen position. */
    forEachGlyph(text: string, x: number, y: number, fontSize: number, options: undefined, callback: (glyph: Glyph, x: number, y: number) => void): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
