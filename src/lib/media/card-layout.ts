import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';
import type { CardText } from './card-text.ts';

const require = createRequire(import.meta.url);
const fonts = new Map<string, Font>();

/**
 * The shipped Noto Sans (SIL Open Font License, from @fontsource/noto-sans):
 * text is drawn as paths from it, so cards look the same on every machine,
 * with or without fonts installed.
 */
export function font(weight: 400 | 700): Font {
  const key = String(weight);
  let loaded = fonts.get(key);
  if (!loaded) {
    const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
    const buffer = readFileSync(file);
    loaded = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    fonts.set(key, loaded);
  }
  return loaded;
}

/** Only the characters the font can draw (emoji and scripts it lacks are left out, spaces folded). */
function drawable(text: string, f: Font): string {
  return [...text.normalize('NFC')]
    .filter((c) => c === ' ' || f.charToGlyph(c).index !== 0)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word as the font sets it (ligatures, kerning): its glyphs with their pen offsets, and its advance, in font units. */
interface SetWord {
  glyphs: { glyph: Glyph; x: number }[];
  advance: number;
}
const setWords = new Map<Font, Map<string, SetWord>>();

/**
 * A word set once per font and thread, then reused by every card: setting
 * text is most of a card's layout, titles share their words, and wrapping a
 * title measures each word many times.
 */
function setWord(f: Font, word: string): SetWord {
  let words = setWords.get(f);
  if (!words) setWords.set(f, (words = new Map()));
  let set = words.get(word);
  if (!set) {
    const glyphs: SetWord['glyphs'] = [];
    const advance = f.forEachGlyph(word, 0, 0, f.unitsPerEm, undefined, (glyph, x) => glyphs.push({ glyph, x }));
    words.set(word, (set = { glyphs, advance }));
  }
  return set;
}

/**
 * Sets a line at `size` from `x`, word by word (`setWord`): calls `place`
 * with each glyph and its pen position, and returns where the line ends.
 * Only kerning against a space is left out, which fonts rarely have.
 */
export function setLine(f: Font, line: string, x: number, size: number, place?: (glyph: Glyph, x: number) => void): number {
  const scale = size / f.unitsPerEm;
  const space = setWord(f, ' ').advance;
  let pen = 0;
  line.split(' ').forEach((word, i) => {
    if (i > 0) pen += space;
    const set = setWord(f, word);
    if (place) for (const g of set.glyphs) place(g.glyph, x + (pen + g.x) * scale);
    pen += set.advance;
  });
  return x + pen * scale;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `width`; what does
 * not fit ends in an ellipsis, and a word longer than a line is cut.
 */
export function wrapText(text: string, f: Font, size: number, width: number, maxLines: number): string[] {
  const fits = (line: string) => setLine(f, line, 0, size) <= width;
  const lines: string[] = [];
  let current = '';
  const words = text.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (!fits(word)) {
      // A word wider than the line: cut it where it stops fitting.
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(...(current ? [current] : []), word.slice(0, cut));
      current = '';
      word = word.slice(cut);
    }
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** One line of text on a card: where its baseline starts, in which font, size and colour. */
export interface CardLine {
  role: 'brand' | 'title' | 'subtitle';
  text: string;
  x: number;
  y: number;
  weight: 400 | 700;
  size: number;
}

const MARGIN = 80;

/**
 * Where a card's text goes: the brand, the title in at most four lines (a
 * smaller size when it needs more than three) and the subtitle, each inside
 * the margins, with only characters the font can draw.
 */
export function cardLayout({ title, subtitle, brand }: CardText): CardLine[] {
  const bold = font(700);
  const regular = font(400);
  const width = CARD_WIDTH - MARGIN * 2;
  let size = 64;
  let lines = wrapText(drawable(title, bold), bold, size, width, 4);
  if (lines.length > 3) {
    size = 54;
    lines = wrapText(drawable(title, bold), bold, size, width, 4);
  }
  const [sub] = wrapText(drawable(subtitle, regular), regular, 34, width, 1);
  return [
    { role: 'brand', text: drawable(brand, bold), x: MARGIN, y: 120, weight: 700, size: 34 },
    ...lines.map((text, i) => ({ role: 'title' as const, text, x: MARGIN, y: 200 + i * size * 1.2, weight: 700 as const, size })),
    { role: 'subtitle', text: sub ?? '', x: MARGIN, y: CARD_HEIGHT - 70, weight: 400, size: 34 },
  ];
}
