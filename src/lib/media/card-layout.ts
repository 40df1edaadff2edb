import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { newsletter } from '../../config/newsletter.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';
import type { CardText, PageCard } from './card-text.ts';

const require = createRequire(import.meta.url);

/** The weights cards are drawn in: regular (subtitles) and bold (brand, titles). */
export type CardWeight = 400 | 700;

/**
 * The subsets of the shipped Noto Sans (SIL Open Font License, from
 * @fontsource/noto-sans) cards draw with, Latin first. Text is drawn as
 * paths from them, so cards look the same on every machine, with or without
 * fonts installed. Its Devanagari subset is left out: Devanagari needs its
 * letters reordered and joined (shaping), which this drawing does not do.
 */
const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];

/** The folder of an installed Fontsource package's font files. */
function fontFolder(pkg: string): string {
  return join(dirname(require.resolve(pkg)), 'files');
}

/**
 * The font files of a package a language names as its `cardFont`, upright,
 * at `weight` (else regular, where the package has no bold).
 */
function declaredFontFiles(pkg: string, weight: CardWeight): string[] {
  const folder = fontFolder(pkg);
  const names = readdirSync(folder);
  const at = (w: number) => names.filter((n) => n.startsWith(`${pkg.split('/').pop()}-`) && n.endsWith(`-${w}-normal.woff`)).map((n) => join(folder, n));
  const files = at(weight);
  return files.length ? files : at(400);
}

/** Every font file cards may draw with at `weight`, in the order a character is looked for in them. */
function fontFiles(weight: CardWeight): string[] {
  const noto = fontFolder('@fontsource/noto-sans');
  const declared = [...new Set(newsletter.languages.flatMap((l) => (l.cardFont ? [l.cardFont] : [])))];
  return [
    ...NOTO_SANS_SUBSETS.map((subset) => join(noto, `noto-sans-${subset}-${weight}-normal.woff`)),
    ...declared.flatMap((pkg) => declaredFontFiles(pkg, weight)),
  ];
}

/** The fonts a character is looked for in, per weight, each parsed on first need, once per thread. */
const stacks = new Map<CardWeight, { file: string; font?: Font }[]>();
/** Which font draws a character, per weight, once looked up (undefined: none). */
const drawnBy = new Map<CardWeight, Map<string, Font | undefined>>();

/** The font that draws `char` at `weight`: the first of the stack that has it. */
function fontFor(weight: CardWeight, char: string): Font | undefined {
  let found = drawnBy.get(weight);
  if (!found) drawnBy.set(weight, (found = new Map()));
  if (found.has(char)) return found.get(char);
  let stack = stacks.get(weight);
  if (!stack) stacks.set(weight, (stack = fontFiles(weight).map((file) => ({ file }))));
  let font: Font | undefined;
  for (const entry of stack) {
    if (!entry.font) {
      const buffer = readFileSync(entry.file);
      entry.font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    }
    if (entry.font.charToGlyphIndex(char) !== 0) {
      font = entry.font;
      break;
    }
  }
  found.set(char, font);
  return font;
}

/** The Latin font at `weight`: spaces, and the measure of lines. */
function latin(weight: CardWeight): Font {
  return fontFor(weight, ' ')!;
}

/** Letters, marks and digits: a card that cannot draw one of them would say something else. */
const WRITTEN = /[\p{L}\p{M}\p{N}]/u;

/** The letters, marks and digits of `text` that no card font draws at `weight`. */
function lackingLetters(text: string, weight: CardWeight): string[] {
  return [...text.normalize('NFC')].filter((c) => WRITTEN.test(c) && !fontFor(weight, c));
}

/**
 * The letters, marks and digits a card would show that no card font draws
 * (each once, in order of appearance): only those on its lines, as a title
 * cut short by an ellipsis does not show its end. Symbols the fonts lack
 * (emoji) are left out of the card instead, as they carry no words.
 */
export function undrawableCharacters(text: CardText): string[] {
  // Most cards lack nothing: only the others are laid out to see what they show.
  if (lackingLetters(`${text.brand} ${text.title}`, 700).length === 0 && lackingLetters(text.subtitle, 400).length === 0) return [];
  return [...new Set(cardLayout(text).flatMap((line) => lackingLetters(line.text, line.weight)))];
}

/**
 * Noto's Fontsource package for a character's script, to suggest when no
 * card font has it (most are `@fontsource/noto-sans-<script>`; Chinese,
 * Japanese and Korean have one package per language).
 */
function suggestedFont(char: string): string | undefined {
  const scripts = [
    'Arabic',
    'Hebrew',
    'Syriac',
    'Thaana',
    'Thai',
    'Lao',
    'Khmer',
    'Myanmar',
    'Devanagari',
    'Bengali',
    'Gurmukhi',
    'Gujarati',
    'Oriya',
    'Tamil',
    'Telugu',
    'Kannada',
    'Malayalam',
    'Sinhala',
    'Armenian',
    'Georgian',
    'Ethiopic',
    'Cherokee',
  ];
  const cjk: Record<string, string> = { Han: 'sc', Hiragana: 'jp', Katakana: 'jp', Hangul: 'kr' };
  const script = [...scripts, ...Object.keys(cjk)].find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(char));
  return script && `@fontsource/noto-sans-${cjk[script] ?? script.toLowerCase()}`;
}

/**
 * Stops the build when a card would leave out letters: names each card's
 * language and page, the characters no card font draws, and the font to
 * install and declare for them (`cardFont`).
 */
export function checkCardFonts(cards: readonly PageCard[]): void {
  const lacking = cards.flatMap((c) => {
    const chars = undrawableCharacters(c.text);
    return chars.length ? [{ ...c.of, chars }] : [];
  });
  if (lacking.length === 0) return;
  const codePoints = (chars: string[]) => chars.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  const lines = lacking.slice(0, 10).map(({ locale, page, chars }) => {
    const font = chars.map(suggestedFont).find(Boolean) ?? '@fontsource/noto-sans-<script>';
    const language = locale ?? '<code>';
    return `  - ${locale ? `${locale}, ` : ''}${page}: ${chars.slice(0, 12).join(' ')} (${codePoints(chars.slice(0, 12))}${chars.length > 12 ? ` and ${chars.length - 12} more` : ''}); to draw them: npm install ${font}, and in the newsletter's declaration languages.${language}.cardFont: '${font}'`;
  });
  if (lacking.length > 10) lines.push(`  - and ${lacking.length - 10} more cards`);
  throw new Error(
    `Social cards cannot draw these letters: Noto Sans as shipped (Latin, Greek, Cyrillic, Vietnamese) and the declared card fonts lack them.\n${lines.join('\n')}`,
  );
}

/**
 * The text a card sets, spaces folded: symbols no card font has (emoji) are
 * left out; letters are kept even where none has them, so that
 * `undrawableCharacters` finds them on the lines they would take.
 */
function drawable(text: string, weight: CardWeight): string {
  return [...text.normalize('NFC')]
    .filter((c) => /\s/.test(c) || WRITTEN.test(c) || fontFor(weight, c))
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
 * Sets a line at `size` from `x`, word by word (`setWord`), each run of
 * characters in the font that draws them: calls `place` with each glyph and
 * its pen position, and returns where the line ends. Only kerning
 * against a space or across fonts is left out, which fonts rarely have.
 */
export function setLine(weight: CardWeight, line: string, x: number, size: number, place?: (glyph: Glyph, x: number) => void): number {
  const space = latin(weight);
  let pen = 0;
  line.split(' ').forEach((word, i) => {
    if (i > 0) pen += (setWord(space, ' ').advance * size) / space.unitsPerEm;
    for (const { font, text } of runs(weight, word)) {
      const scale = size / font.unitsPerEm;
      const set = setWord(font, text);
      if (place) for (const g of set.glyphs) place(g.glyph, x + pen + g.x * scale);
      pen += set.advance * scale;
    }
  });
  return x + pen;
}

/**
 * A word cut where the font that draws it changes (Latin digits in a Greek
 * title); a letter no font has is measured in the Latin one (see `drawable`).
 */
function runs(weight: CardWeight, word: string): { font: Font; text: string }[] {
  const cut: { font: Font; text: string }[] = [];
  for (const char of word) {
    const font = fontFor(weight, char) ?? latin(weight);
    const last = cut.at(-1);
    if (last?.font === font) last.text += char;
    else cut.push({ font, text: char });
  }
  return cut;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `width`; what does
 * not fit ends in an ellipsis, and a word longer than a line is cut.
 */
export function wrapText(text: string, weight: CardWeight, size: number, width: number, maxLines: number): string[] {
  const fits = (line: string) => setLine(weight, line, 0, size) <= width;
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
  weight: CardWeight;
  size: number;
}

const MARGIN = 80;

/**
 * Where a card's text goes: the brand, the title in at most four lines (a
 * smaller size when it needs more than three) and the subtitle, each inside
 * the margins, without the symbols no card font has (see `drawable`).
 */
export function cardLayout({ title, subtitle, brand }: CardText): CardLine[] {
  const width = CARD_WIDTH - MARGIN * 2;
  let size = 64;
  let lines = wrapText(drawable(title, 700), 700, size, width, 4);
  if (lines.length > 3) {
    size = 54;
    lines = wrapText(drawable(title, 700), 700, size, width, 4);
  }
  const [sub] = wrapText(drawable(subtitle, 400), 400, 34, width, 1);
  return [
    { role: 'brand', text: drawable(brand, 700), x: MARGIN, y: 120, weight: 700, size: 34 },
    ...lines.map((text, i) => ({ role: 'title' as const, text, x: MARGIN, y: 200 + i * size * 1.2, weight: 700 as const, size })),
    { role: 'subtitle', text: sub ?? '', x: MARGIN, y: CARD_HEIGHT - 70, weight: 400, size: 34 },
  ];
}
