import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from '../helpers/build.ts';
import { browserSession } from '../helpers/browser.ts';

const session = browserSession({ name: 'sample' });

describe('the Spanish email in a browser', () => {
  for (const width of [360, 600]) {
    it(`fits ${width} px without horizontal scrolling (screenshot in tests/.output/screenshots)`, async () => {
      const page = await session.browser.newPage({ viewport: { width, height: 900 } });
      // The email's absolute URLs point at the public site: serve them from the build.
      await page.route('https://newsletter.example.org/**', async (route) => {
        const response = await route.fetch({ url: route.request().url().replace('https://newsletter.example.org', session.server.url) });
        await route.fulfill({ response });
      });
      await page.goto(`${session.server.url}/email/2016-07/es.html`, { waitUntil: 'networkidle' });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      const dir = join(OUTPUT, 'screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `email-2016-07-es-${width}.png`), fullPage: true });
      await page.close();
    });
  }
});
