import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import opentype, { type Font, type Glyph } from 'opentype.js';
import sharp from 'sharp';
import type { Locale } from '../i18n/locales.ts';
import { newsletter } from '../config/newsletter.ts';
import type { ArticleData } from '../schemas/article.ts';
import { cacheFile, packageVersion, writeCacheFile } from './cache-key.ts';
import { cardTermNames, type Taxonomies } from './taxonomy.ts';

/** Social cards are this size, as Open Graph and X/Twitter expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the template changes, so cached cards are made again. */
const TEMPLATE_VERSION = 5;

const require = createRequire(import.meta.url);
const fonts = new Map<string, Font>();

/**
 * The shipped Noto Sans (SIL Open Font License, from @fontsource/noto-sans):
 * text is drawn as paths from it, so cards look the same on every machine,
 * with or without fonts installed.
 */
function font(weight: 400 | 700): Font {
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
function setLine(f: Font, line: string, x: number, size: number, place?: (glyph: Glyph, x: number) => void): number {
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

/** What a card shows. */
export interface CardText {
  title: string;
  /** Smaller line under the title: countries. */
  subtitle: string;
  /** The newsletter's name. */
  brand: string;
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

/** A glyph's coverage (0–255 per pixel) and where it sits relative to its pen position. */
interface GlyphMask {
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** Glyph positions are rounded to half a pixel, so each glyph is drawn at most twice per size. */
const SUBPIXELS = 2;
const glyphs = new Map<string, Promise<GlyphMask | undefined>>();

/** A glyph rasterised once (from its outline, by sharp) and reused by every card. */
function glyphMask(weight: 400 | 700, glyph: Glyph, size: number, subpixel: number): Promise<GlyphMask | undefined> {
  const key = `${weight} ${size} ${glyph.index} ${subpixel}`;
  let mask = glyphs.get(key);
  if (!mask) {
    const path = glyph.getPath(subpixel / SUBPIXELS, 0, size);
    const box = path.getBoundingBox();
    const left = Math.floor(box.x1);
    const top = Math.floor(box.y1);
    const width = Math.ceil(box.x2) - left;
    const height = Math.ceil(box.y2) - top;
    mask =
      width <= 0 || height <= 0
        ? Promise.resolve(undefined)
        : sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${path.toPathData(2)}"/></svg>`))
            .extractChannel(3)
            .raw()
            .toBuffer()
            .then((alpha) => ({ alpha, width, height, left, top }));
    glyphs.set(key, mask);
  }
  return mask;
}

/*
 * Cards are palette PNGs: a light ground (the page colour, a green stripe, two
 * pale circles) and text in three inks. Edges are drawn in 16 shades, which
 * keeps every card within one fixed palette of fewer than 256 colours: a pixel
 * is one byte, so drawing and compressing a card cost a third of RGB's.
 */
type Rgb = readonly [number, number, number];
const PAGE: Rgb = [0xfd, 0xfc, 0xf8];
const STRIPE: Rgb = [0x1f, 0x5f, 0x3a];
const STRIPE_WIDTH = 24;
const CIRCLES = [
  { cx: 1110, cy: 90, r: 150, rgb: [0xe6, 0xf0, 0xe8] as Rgb },
  { cx: 1150, cy: 560, r: 90, rgb: [0xf3, 0xe3, 0xc3] as Rgb },
];
/** The ink of each kind of line. */
const INKS: Record<CardLine['role'], Rgb> = { brand: [0x1f, 0x5f, 0x3a], title: [0x1d, 0x1f, 0x1c], subtitle: [0x55, 0x5a, 0x52] };
const INK_ORDER = Object.keys(INKS) as CardLine['role'][];
/** Coverage from 0 (none) to FULL (all): sixteen shades. */
const FULL = 15;
const NONE = 255;

/** The palette, and for each of its colours what it is made of. */
const palette = (() => {
  const rgb: number[] = [];
  const ground: number[] = [];
  const ink: number[] = [];
  const level: number[] = [];
  const add = (colour: readonly number[], made: { ground: number; ink?: number; level?: number }) => {
    rgb.push(...colour);
    ground.push(made.ground);
    ink.push(made.ink ?? NONE);
    level.push(made.level ?? 0);
    return ground.length - 1;
  };
  const mix = (a: Rgb, b: Rgb, l: number) => a.map((v, i) => Math.round(v + ((b[i]! - v) * l) / FULL));
  // Grounds text can stand on: the page (0) and each circle (1, 2).
  const grounds = [PAGE, ...CIRCLES.map((c) => c.rgb)];
  grounds.forEach((g, i) => add(g, { ground: i }));
  const stripe = add(STRIPE, { ground: 0 });
  // A circle's edge: text on it counts as on whichever it mostly is.
  const edges = CIRCLES.map((c, i) => Array.from({ length: FULL }, (_, l) => (l === 0 ? 0 : add(mix(PAGE, c.rgb, l), { ground: l * 2 > FULL ? i + 1 : 0 }))));
  const inked = INK_ORDER.map((role, k) =>
    grounds.map((g, gi) => Array.from({ length: FULL + 1 }, (_, l) => (l === 0 ? gi : add(mix(g, INKS[role], l), { ground: gi, ink: k, level: l })))),
  );
  if (ground.length > 256) throw new Error('the card palette needs more than 256 colours');
  /** For a pixel's colour, an ink and a coverage: the colour with that ink laid over it. */
  const over = new Uint8Array(256 * INK_ORDER.length * (FULL + 1));
  for (let p = 0; p < ground.length; p++) {
    for (let k = 0; k < INK_ORDER.length; k++) {
      for (let l = 0; l <= FULL; l++) {
        // Where two glyphs touch, the stronger coverage wins.
        const kept = ink[p] !== NONE && level[p]! >= l;
        over[(p * INK_ORDER.length + k) * (FULL + 1) + l] = kept || l === 0 ? p : inked[k]![ground[p]!]![l]!;
      }
    }
  }
  return { rgb: Buffer.from(rgb), stripe, edges, over };
})();

const ROW = CARD_WIDTH + 1; // each row of a PNG starts with its filter byte (0: none)

let groundRows: Buffer | undefined;

/** The ground of every card, as palette indices in PNG rows, drawn on first use in each thread. */
function ground(): Buffer {
  if (groundRows) return groundRows;
  const rows = Buffer.alloc(ROW * CARD_HEIGHT);
  for (let y = 0; y < CARD_HEIGHT; y++) {
    for (let x = 0; x < CARD_WIDTH; x++) {
      let colour = x < STRIPE_WIDTH ? palette.stripe : 0;
      CIRCLES.forEach((c, i) => {
        // The share of the pixel the circle covers, from its distance to the edge.
        const cover = Math.min(1, Math.max(0, c.r - Math.hypot(x + 0.5 - c.cx, y + 0.5 - c.cy) + 0.5));
        const l = Math.round(cover * FULL);
        if (l === FULL) colour = i + 1;
        else if (l > 0) colour = palette.edges[i]![l]!;
      });
      rows[y * ROW + 1 + x] = colour;
    }
  }
  groundRows = rows;
  return rows;
}

/** Lays a glyph's coverage over the rows in one ink. */
function inkGlyph(rows: Buffer, mask: GlyphMask, x: number, y: number, ink: number) {
  const table = palette.over;
  for (let row = 0; row < mask.height; row++) {
    const py = y + mask.top + row;
    if (py < 0 || py >= CARD_HEIGHT) continue;
    for (let col = 0; col < mask.width; col++) {
      const a = mask.alpha[row * mask.width + col]!;
      const px = x + mask.left + col;
      if (a === 0 || px < 0 || px >= CARD_WIDTH) continue;
      const at = py * ROW + 1 + px;
      rows[at] = table[(rows[at]! * INK_ORDER.length + ink) * (FULL + 1) + ((a * FULL + 127) / 255 | 0)]!;
    }
  }
}

/**
 * Draws a card as PNG: the ground, then every glyph of every line in its
 * ink, in rows of palette indices. Glyphs are drawn from the shipped font's
 * outlines once per build, so a card costs a copy, a few thousand table
 * lookups and deflating its rows.
 */
async function drawCard(text: CardText): Promise<Buffer> {
  const placed: { mask: Promise<GlyphMask | undefined>; x: number; y: number; ink: number }[] = [];
  for (const line of cardLayout(text)) {
    const ink = INK_ORDER.indexOf(line.role);
    setLine(font(line.weight), line.text, line.x, line.size, (glyph, x) => {
      const steps = Math.round(x * SUBPIXELS);
      placed.push({ mask: glyphMask(line.weight, glyph, line.size, steps % SUBPIXELS), x: Math.floor(steps / SUBPIXELS), y: Math.round(line.y), ink });
    });
  }
  const masks = await Promise.all(placed.map((p) => p.mask));
  // One canvas per thread, reused: a fresh 750 KB buffer a card costs more in page faults than the copy.
  const rows = (canvas ??= Buffer.alloc(ROW * CARD_HEIGHT));
  ground().copy(rows);
  placed.forEach(({ x, y, ink }, i) => {
    if (masks[i]) inkGlyph(rows, masks[i], x, y, ink);
  });
  // Encoded before anything awaits, so cards drawn side by side never share the canvas.
  return encodePng(rows);
}

let canvas: Buffer | undefined;

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG of the card's rows (filter bytes included). */
function encodePng(rows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(CARD_WIDTH, 0);
  header.writeUInt32BE(CARD_HEIGHT, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette.rgb),
    // Level 2: long runs of one colour compress well even at low effort
    // (level 3 makes cards 4% smaller for 25% more time).
    chunk('IDAT', deflateSync(rows, { level: 2 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Where a card is cached under `cacheDir`: named by a hash of what it shows,
 * the template's version and the font's, so a rebuild neither lays out nor
 * draws the cards whose text is unchanged.
 */
export function cardFile(text: CardText, cacheDir: string): string {
  return cacheFile(cacheDir, 'png', TEMPLATE_VERSION, packageVersion('@fontsource/noto-sans'), text.title, text.subtitle, text.brand);
}

/**
 * Makes a card as PNG unless it is already cached, and returns its file.
 * The file is written whole (under a temporary name, then renamed), so
 * several threads can make cards side by side.
 */
export async function makeCard(text: CardText, cacheDir: string): Promise<string> {
  const file = cardFile(text, cacheDir);
  if (existsSync(file)) return file;
  writeCacheFile(file, await drawCard(text));
  return file;
}

/** What an article's card shows, in its language: title, its card terms (see `cardTermNames`) and the newsletter's name. */
export function cardText(locale: Locale, article: ArticleData, taxonomies: Taxonomies): CardText {
  return {
    title: article.title,
    subtitle: cardTermNames(taxonomies, article, locale).join(' · '),
    brand: newsletter.name[locale],
  };
}
