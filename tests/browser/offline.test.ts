import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeptLanguage } from '../../src/browser/offline-worker.ts';
import { browserSession } from '../helpers/browser.ts';
import { builtSite } from '../helpers/build.ts';
import strings from '../fixtures/sample/strings/es/site.json' with { type: 'json' };

const session = browserSession({ name: 'sample' });
const kept = (JSON.parse(readFileSync(join(builtSite('sample'), 'offline.json'), 'utf8')) as Record<string, KeptLanguage>)['es']!;

describe('reading offline', () => {
  it('after one visit to /es/, the latest edition and its stories open offline, and a page not kept says so in Spanish', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const origin = session.server.url;
    await page.goto(`${origin}${kept.home}`, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Kept once the language's offline page, which goes in last, is in the cache.
    await expect
      .poll(
        () =>
          page.evaluate(
            async (paths) => {
              for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                const found = await Promise.all(paths.map((p) => cache.match(p)));
                if (found.every(Boolean)) return true;
              }
              return false;
            },
            [kept.offline, kept.edition!, ...kept.stories],
          ),
        { timeout: 30_000 },
      )
      .toBe(true);

    await context.setOffline(true);
    const edition = await page.goto(`${origin}${kept.edition}`);
    expect(edition?.ok()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    // Its stylesheet came from the cache too: the page is drawn with the site's colours, not the browser's.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.reload();
    expect(await page.evaluate(() => location.pathname)).toBe(kept.edition);

    const story = kept.stories[0]!;
    await Promise.all([page.waitForURL(`${origin}${story}`), page.locator(`main a[href="${story}"]`).first().click()]);
    expect(await page.locator('article h1, main h1').first().textContent()).toBeTruthy();
    expect(await page.locator('h1').first().textContent()).not.toBe(strings.offline.title);

    // The editions' index is not kept.
    const notKept = kept.edition!.replace(/[^/]+\/$/, '');
    await page.goto(`${origin}${notKept}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe(strings.offline.title);
    expect(await page.locator(`main a[href="${kept.edition}"]`).count()).toBe(1);
    await context.close();
  });
});
