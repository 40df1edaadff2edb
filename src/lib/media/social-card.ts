import { existsSync } from 'node:fs';
import { newsletter } from '../../config/newsletter.ts';
import { cacheFile, packageVersion, writeCacheFile } from '../cache/cache-key.ts';
import { drawCard } from './card-raster.ts';
import type { CardText } from './card-text.ts';

/** Bump when the template (card-layout.ts, card-raster.ts) changes, so cached cards are made again. */
const TEMPLATE_VERSION = 6;

/** The font packages cards draw with (see card-layout.ts), each with its version. */
const fontVersions = ['@fontsource/noto-sans', ...new Set(newsletter.languages.flatMap((l) => (l.cardFont ? [l.cardFont] : [])))].map(
  (pkg) => `${pkg}@${packageVersion(pkg)}`,
);

/**
 * Where a card is cached under `cacheDir`: named by a hash of what it shows,
 * the template's version and the fonts', so a rebuild neither lays out nor
 * draws the cards whose text is unchanged.
 */
export function cardFile(text: CardText, cacheDir: string): string {
  return cacheFile(cacheDir, 'png', TEMPLATE_VERSION, ...fontVersions, text.title, text.subtitle, text.brand);
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
