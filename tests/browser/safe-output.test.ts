import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser.ts';
import { HOSTILE_TITLE } from '../helpers/generate-content.ts';

const session = browserSession({ name: 'edge' });

describe('hostile text in the browser', () => {
  it('executes nothing on the article, organization and search pages, and shows the text as written', async () => {
    const page = await session.browser.newPage();
    for (const path of ['/en/articles/hostile/', '/en/organizations/hostile-org/', '/en/']) {
      await page.goto(`${session.server.url}${path}`);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined();
    }
    await page.goto(`${session.server.url}/en/search/?q=coffee`);
    await page.waitForSelector('[data-results] li');
    const titles = await page.$$eval('[data-results] h2', (hs) => hs.map((h) => h.textContent));
    expect(titles).toContain(HOSTILE_TITLE);
    expect(await page.$$eval('[data-results] script, [data-results] img, [data-results] b', (e) => e.length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
