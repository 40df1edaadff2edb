import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardLayout } from '../../src/lib/media/card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/media/card-size.ts';
import type { CardText } from '../../src/lib/media/card-text.ts';
import { makeCard } from '../../src/lib/media/social-card.ts';

const cardPng = async (text: CardText, dir: string) => readFileSync(await makeCard(text, dir));

/** How many dark pixels a region of a PNG holds (text is dark on a light card). */
async function darkPixels(png: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data } = await sharp(png).extract(region).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 100).length;
}
const TITLE_AREA = { left: 80, top: 140, width: 1000, height: 300 };

describe('social cards', () => {
  const cache = mkdtempSync(join(tmpdir(), 'cards-'));

  it('draw the title from the shipped font: its pixels are there without any system font', async () => {
    // Every letter is drawn from the font's outlines: no system font is asked for.
    const withTitle = await cardPng({ title: 'Cooperativas cafetaleras de la Amazonía peruana', subtitle: 'Perú', brand: 'Voces del Comercio Justo' }, cache);
    const without = await cardPng({ title: '', subtitle: 'Perú', brand: 'Voces del Comercio Justo' }, cache);
    const meta = await sharp(withTitle).metadata();
    expect([meta.width, meta.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // One byte a pixel: an 8-bit palette PNG (colour type 3), small enough to share.
    expect([withTitle[24], withTitle[25]]).toEqual([8, 3]);
    expect(withTitle.length).toBeLessThan(60_000);
    expect(await darkPixels(without, TITLE_AREA)).toBe(0);
    expect(await darkPixels(withTitle, TITLE_AREA)).toBeGreaterThan(5000);
  });

  it('wrap a long title and end it with an ellipsis inside the card', async () => {
    const text = { title: 'Wordy '.repeat(120), subtitle: 'El Salvador', brand: 'Fair Trade Voices' };
    const title = cardLayout(text).filter((line) => line.role === 'title');
    expect(title).toHaveLength(4);
    expect(title.at(-1)!.text).toMatch(/…$/);
    // Nothing is drawn in the right margin, while the lines reach close to it.
    const png = await cardPng(text, cache);
    expect(await darkPixels(png, { left: CARD_WIDTH - 80, top: 140, width: 80, height: 300 })).toBe(0);
    expect(await darkPixels(png, { left: CARD_WIDTH - 200, top: 140, width: 120, height: 300 })).toBeGreaterThan(100);
  });

  it('leave out characters the font lacks (emoji, right-to-left scripts) instead of drawing boxes', async () => {
    const png = await cardPng({ title: '🎉 مرحبا', subtitle: 'Perú', brand: 'Voces' }, cache);
    expect(await darkPixels(png, TITLE_AREA)).toBe(0);
  });

  it('are cached by content: the same card is not drawn twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const text = { title: 'Cached', subtitle: 'Perú', brand: 'Voces' };
    await cardPng(text, dir);
    await cardPng(text, dir);
    await cardPng({ ...text, title: 'Changed' }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
    rmSync(dir, { recursive: true });
  });
});
