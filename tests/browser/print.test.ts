import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { printUrl } from '../../src/lib/site/urls.ts';
import { browserSession } from '../helpers/browser.ts';

const session = browserSession({ name: 'sample' });

describe('an edition printed from the browser', () => {
  it.each(locales)(
    'in %s: no navigation or search box, each story on a new page, pictures kept with their captions, link addresses written out',
    async (locale) => {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.url}${printUrl(locale, 'edition', '2016-07')}`, { waitUntil: 'load' });
      const onScreen = await page.$eval('.site-header', (e) => getComputedStyle(e).display);
      expect(onScreen).not.toBe('none');

      await page.emulateMedia({ media: 'print' });
      const hidden = await page.$$eval('.site-header, .site-header nav, .header-search input, .site-footer', (list) =>
        list.map((e) => (e as HTMLElement).offsetParent === null),
      );
      expect(hidden.length).toBeGreaterThanOrEqual(3);
      expect(hidden.every(Boolean)).toBe(true);
      const breaks = await page.$$eval('.printed-story', (list) => list.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks.length).toBeGreaterThan(1);
      expect(breaks.every((b) => b === 'page')).toBe(true);
      expect(await page.$$eval('.printed-story figure', (list) => list.map((e) => getComputedStyle(e).breakInside))).toContain('avoid');
      const link = await page.$$eval('.printed-story .prose a[href]', (list) =>
        list.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })).find((l) => !l.href.startsWith('#')),
      );
      expect(link).toBeDefined();
      expect(link!.after).toContain(link!.href);
      // A PDF as the print dialog would save it: several pages, numbered.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(breaks.length);
      await page.close();
    },
  );
});
