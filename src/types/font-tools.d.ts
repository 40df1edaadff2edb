// The parts of these untyped packages that the editor bundle's icon font cut uses (src/lib/editor/icon-font.ts).

declare module 'subset-font' {
  /** The font `font` reduced to the characters of `text` (and, with `noLayoutClosure`, no glyph reached only through a substitution). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'woff2' | 'woff' | 'sfnt';
      noLayoutClosure?: boolean;
      variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    },
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  /** The font converted to another format ('truetype' for the tables harfbuzz reads). */
  export function convert(font: Buffer, format: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
