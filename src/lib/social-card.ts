import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';

/** Social cards are this size, as Open Graph and X/Twitter expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the template changes, so cached cards are made again. */
const TEMPLATE_VERSION = 2;

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

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card as SVG: every letter a path from the shipped font. */
export function cardSvg({ title, subtitle, brand }: CardText): string {
  const bold = font(700);
  const regular = font(400);
  const margin = 80;
  const width = CARD_WIDTH - margin * 2;
  let size = 64;
  let lines = wrapText(drawable(title, bold), bold, size, width, 4);
  if (lines.length > 3) {
    size = 54;
    lines = wrapText(drawable(title, bold), bold, size, width, 4);
  }
  const lineHeight = size * 1.2;
  const titleTop = 200;
  const titlePaths = lines.map((line, i) => bold.getPath(line, margin, titleTop + i * lineHeight, size).toPathData(1));
  const brandPath = bold.getPath(drawable(brand, bold), margin, 120, 34).toPathData(1);
  const [sub] = wrapText(drawable(subtitle, regular), regular, 34, width, 1);
  const subPath = regular.getPath(sub ?? '', margin, CARD_HEIGHT - 70, 34).toPathData(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="#fdfcf8"/>
<rect width="24" height="100%" fill="#1f5f3a"/>
<circle cx="1110" cy="90" r="150" fill="#e6f0e8"/>
<circle cx="1150" cy="560" r="90" fill="#f3e3c3"/>
<path d="${brandPath}" fill="#1f5f3a"/>
${titlePaths.map((d) => `<path d="${d}" fill="#1d1f1c"/>`).join('\n')}
<path d="${subPath}" fill="#555a52"/>
<desc>${escapeXml(title)}</desc>
</svg>`;
}

let fontVersion: string | undefined;

/**
 * The card as PNG, made once per content: cards are cached under `cacheDir`
 * by a hash of what they show, the template's version and the font's, so a
 * rebuild neither lays out nor draws the cards whose text is unchanged.
 */
export async function cardPng(text: CardText, cacheDir: string): Promise<Buffer> {
  fontVersion ??= (JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/package.json'), 'utf8')) as { version: string }).version;
  const key = JSON.stringify([TEMPLATE_VERSION, fontVersion, text.title, text.subtitle, text.brand]);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${hash}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  // Plain PNG: palette quantisation would halve the file but take six times as long to make.
  const png = await sharp(Buffer.from(cardSvg(text))).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
