import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { homeUrl, outputPath, sectionUrl } from '../../src/lib/site/urls.ts';
import { browserSession } from '../helpers/browser.ts';
import { builtSite, htmlPages } from '../helpers/build.ts';

const session = browserSession({ name: 'sample' });

/** Every language's home page and edition pages. */
const LISTINGS = locales.flatMap((l) => {
  const editions = outputPath(sectionUrl(l, 'edition'));
  // An edition's page is one segment below the index (its printable copy, two).
  const editionPage = new RegExp(`^/${editions}[^/]+/$`);
  return [homeUrl(l), ...htmlPages(builtSite('sample')).filter((p) => editionPage.test(p))];
});

/** Records layout shifts from the start of the page's life (buffered), as the CLS metric counts them. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 300);
      }),
  );
}

describe('pictures in listings', () => {
  it('lists the home and edition pages of every language', () => {
    expect(LISTINGS.length).toBeGreaterThanOrEqual(2 * locales.length);
  });

  it.each(LISTINGS)('%s shows every story with its picture, the lead one large, without shifting the layout', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
    const cards = await page.$$eval('.cards .card', (list) =>
      list.map((card) => {
        const img = card.querySelector('img');
        return {
          pictured: card.classList.contains('pictured'),
          img: img && { alt: img.getAttribute('alt'), width: img.width, shown: img.complete && img.naturalWidth > 0 },
        };
      }),
    );
    expect(cards.length).toBeGreaterThan(0);
    // Every sample story has a picture.
    for (const card of cards) expect(card).toMatchObject({ pictured: true, img: { alt: '' } });
    const lead = await page.$eval('.lead-story.card img', (img) => img.getBoundingClientRect().width);
    const other = await page.$$eval('.card:not(.lead-story) img', (imgs) => imgs[0]?.getBoundingClientRect().width ?? 0);
    expect(lead).toBeGreaterThan(other * 1.5);
    // Scroll to the end so that the lazy pictures load too, then count the shifts.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await page.$$eval('.cards img', (imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))).toBe(
      true,
    );
    expect(await layoutShift(page)).toBe(0);
    await page.close();
  });

  it.each(locales.map((l) => homeUrl(l)))('on a phone, %s loads at most 150 KB of pictures before the reader scrolls, only the first eagerly', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const images: number[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'image') images.push((await response.body()).length);
    });
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
    expect(images.length).toBeGreaterThan(0);
    expect(images.reduce((n, b) => n + b, 0)).toBeLessThanOrEqual(150_000);
    const loading = await page.$$eval('.cards img', (imgs) => imgs.map((i) => i.getAttribute('loading')));
    expect(loading[0]).toBe('eager');
    expect(loading.slice(1).every((l) => l === 'lazy')).toBe(true);
    await page.close();
  });
});
