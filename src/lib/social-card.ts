import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import opentype, { type Font, type Glyph } from 'opentype.js';
import sharp from 'sharp';
import type { Locale } from '../i18n/locales.ts';
import { newsletter } from '../newsletter.config.ts';
import type { ArticleData } from '../schemas/article.ts';
import { countryName } from './countries.ts';

/** Social cards are this size, as Open Graph and X/Twitter expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the template changes, so cached cards are made again. */
const TEMPLATE_VERSION = 3;

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

/**
 * Breaks text into at most `maxLines` lines no wider than `width`; what does
 * not fit ends in an ellipsis, and a word longer than a line is cut.
 */
export function wrapText(text: string, f: Font, size: number, width: number, maxLines: number): string[] {
  const fits = (line: string) => f.getAdvanceWidth(line, size) <= width;
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
  color: string;
}

const MARGIN = 80;
/** Everything but the text, drawn once per build. */
const BACKGROUND = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="#fdfcf8"/>
<rect width="24" height="100%" fill="#1f5f3a"/>
<circle cx="1110" cy="90" r="150" fill="#e6f0e8"/>
<circle cx="1150" cy="560" r="90" fill="#f3e3c3"/>
</svg>`;

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
    { role: 'brand', text: drawable(brand, bold), x: MARGIN, y: 120, weight: 700, size: 34, color: '#1f5f3a' },
    ...lines.map((text, i) => ({ role: 'title' as const, text, x: MARGIN, y: 200 + i * size * 1.2, weight: 700 as const, size, color: '#1d1f1c' })),
    { role: 'subtitle', text: sub ?? '', x: MARGIN, y: CARD_HEIGHT - 70, weight: 400, size: 34, color: '#555a52' },
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

let background: Promise<Buffer> | undefined;
/** Pixel buffers of finished cards, reused: a card is 2.2 MB, and thousands of fresh ones keep the garbage collector busy. */
const spareBuffers: Buffer[] = [];

/** Blends a glyph's coverage into RGB pixels in one colour (integer arithmetic: this is the hot loop). */
function blend(pixels: Buffer, mask: GlyphMask, x: number, y: number, [r, g, b]: number[]) {
  for (let row = 0; row < mask.height; row++) {
    const py = y + mask.top + row;
    if (py < 0 || py >= CARD_HEIGHT) continue;
    for (let col = 0; col < mask.width; col++) {
      const a = mask.alpha[row * mask.width + col]!;
      const px = x + mask.left + col;
      if (a === 0 || px < 0 || px >= CARD_WIDTH) continue;
      const at = (py * CARD_WIDTH + px) * 3;
      const keep = 255 - a;
      pixels[at] = (pixels[at]! * keep + r! * a + 127) / 255;
      pixels[at + 1] = (pixels[at + 1]! * keep + g! * a + 127) / 255;
      pixels[at + 2] = (pixels[at + 2]! * keep + b! * a + 127) / 255;
    }
  }
}

/**
 * Draws a card as raw RGB pixels into `pixels`: the background, then every
 * glyph of every line blended in its colour. Glyphs are drawn from the
 * shipped font's outlines once per build, so a card costs a copy and a few
 * thousand blends.
 */
async function drawCard(text: CardText, pixels: Buffer): Promise<void> {
  background ??= sharp(Buffer.from(BACKGROUND)).removeAlpha().raw().toBuffer();
  const placed: { mask: Promise<GlyphMask | undefined>; x: number; y: number; rgb: number[] }[] = [];
  for (const line of cardLayout(text)) {
    const rgb = [1, 3, 5].map((at) => Number.parseInt(line.color.slice(at, at + 2), 16));
    font(line.weight).forEachGlyph(line.text, line.x, line.y, line.size, undefined, (glyph, x, y) => {
      const steps = Math.round(x * SUBPIXELS);
      placed.push({ mask: glyphMask(line.weight, glyph, line.size, steps % SUBPIXELS), x: Math.floor(steps / SUBPIXELS), y: Math.round(y), rgb });
    });
  }
  (await background).copy(pixels);
  const masks = await Promise.all(placed.map((p) => p.mask));
  placed.forEach(({ x, y, rgb }, i) => {
    if (masks[i]) blend(pixels, masks[i], x, y, rgb);
  });
}

let fontVersion: string | undefined;

/**
 * Where a card is cached under `cacheDir`: named by a hash of what it shows,
 * the template's version and the font's, so a rebuild neither lays out nor
 * draws the cards whose text is unchanged.
 */
export function cardFile(text: CardText, cacheDir: string): string {
  fontVersion ??= (JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/package.json'), 'utf8')) as { version: string }).version;
  const key = JSON.stringify([TEMPLATE_VERSION, fontVersion, text.title, text.subtitle, text.brand]);
  return join(cacheDir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.png`);
}

/**
 * Makes a card as PNG unless it is already cached, and returns its file.
 * The file is written whole (under a temporary name, then renamed), so
 * several threads can make cards side by side.
 */
export async function makeCard(text: CardText, cacheDir: string): Promise<string> {
  const file = cardFile(text, cacheDir);
  if (existsSync(file)) return file;
  // Plain PNG at a middling compression: palette quantisation would halve the
  // file but take many times as long, and crawlers, not readers, fetch cards.
  const pixels = spareBuffers.pop() ?? Buffer.allocUnsafe(CARD_WIDTH * CARD_HEIGHT * 3);
  let png: Buffer;
  try {
    await drawCard(text, pixels);
    png = await sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
  } finally {
    spareBuffers.push(pixels);
  }
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}

/** What an article's card shows, in its language: title, countries and the newsletter's name. */
export function cardText(locale: Locale, article: Pick<ArticleData, 'title' | 'country'>): CardText {
  return {
    title: article.title,
    subtitle: article.country.map((code) => countryName(code, locale)).join(' · '),
    brand: newsletter.name[locale],
  };
}
