import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardLayout, checkCardFonts, undrawableCharacters } from '../../src/lib/media/card-layout.ts';
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

  it('leave out symbols no card font has (emoji) instead of drawing boxes', async () => {
    const png = await cardPng({ title: '🎉 ★', subtitle: 'Perú', brand: 'Voces' }, cache);
    expect(await darkPixels(png, TITLE_AREA)).toBe(0);
    expect(undrawableCharacters({ title: '🎉 Café', subtitle: '', brand: '' })).toEqual([]);
  });

  it('draw Greek and Cyrillic letters from the Noto Sans subsets beside the Latin one, Latin digits and all', async () => {
    for (const title of ['Καφές από το Περού 2016', 'Кофе из Перу, 2016']) {
      const text = { title, subtitle: 'Perú', brand: 'Voces' };
      expect(undrawableCharacters(text)).toEqual([]);
      expect(cardLayout(text).find((line) => line.role === 'title')!.text).toBe(title);
      expect(await darkPixels(await cardPng(text, cache), TITLE_AREA)).toBeGreaterThan(3000);
    }
  });

  it('stop the build for letters no card font has, naming the language, the page, the letters and the font to install', () => {
    const arabic = {
      src: '/ar/articles/coffee/og.png',
      of: { locale: 'ar' as never, page: "the story 'coffee'" },
      text: { title: 'قهوة البيرو', subtitle: 'Perú', brand: 'Voces' },
    };
    const thai = {
      src: '/th/topics/coffee/og.png',
      of: { locale: 'th' as never, page: "the topic 'coffee'" },
      text: { title: 'กาแฟ', subtitle: 'Topic', brand: 'Voces' },
    };
    expect(() => checkCardFonts([arabic, thai])).toThrowError(
      [
        'Social cards cannot draw these letters: Noto Sans as shipped (Latin, Greek, Cyrillic, Vietnamese) and the declared card fonts lack them.',
        "  - ar, the story 'coffee': ق ه و ة ا ل ب ي ر (U+0642 U+0647 U+0648 U+0629 U+0627 U+0644 U+0628 U+064A U+0631); to draw them: npm install @fontsource/noto-sans-arabic, and in the newsletter's declaration languages.ar.cardFont: '@fontsource/noto-sans-arabic'",
        "  - th, the topic 'coffee': ก า แ ฟ (U+0E01 U+0E32 U+0E41 U+0E1F); to draw them: npm install @fontsource/noto-sans-thai, and in the newsletter's declaration languages.th.cardFont: '@fontsource/noto-sans-thai'",
      ].join('\n'),
    );
    expect(() => checkCardFonts([{ ...arabic, text: { ...arabic.text, title: 'Café 🎉' } }])).not.toThrow();
    // Letters past the ellipsis of a long title are not on the card.
    expect(
      undrawableCharacters({ title: `${'A very long headline about cooperatives and their work. '.repeat(6)}مرحبا`, subtitle: '', brand: 'Voces' }),
    ).toEqual([]);
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
