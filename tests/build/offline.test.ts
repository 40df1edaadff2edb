import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { KeptLanguage } from '../../src/browser/offline-worker.ts';
import { locales } from '../../src/i18n/locales.ts';
import { builtSite } from '../helpers/build.ts';

const dir = builtSite('sample');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const kept = JSON.parse(read('offline.json')) as Record<string, KeptLanguage>;

describe('installable', () => {
  for (const locale of locales) {
    it(`the ${locale} manifest opens and keeps to the ${locale} home, in its language, with icons of the sizes it declares`, async () => {
      const manifest = JSON.parse(read(`${locale}/manifest.webmanifest`)) as Record<string, unknown> & {
        icons: { src: string; sizes: string; purpose: string; type: string }[];
      };
      expect(manifest).toMatchObject({ lang: locale, dir: 'ltr', start_url: `/${locale}/`, scope: `/${locale}/`, display: 'standalone' });
      expect(manifest['name']).toEqual(expect.any(String));
      expect(manifest['short_name']).toEqual(expect.any(String));
      // The stylesheet's light tokens.
      expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
      expect(new Set(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`))).toEqual(new Set(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const icon of manifest.icons) {
        const { width, height, format } = await sharp(join(dir, icon.src)).metadata();
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
        expect(format).toBe('png');
      }
    });

    it(`${locale} pages link their manifest, the apple-touch-icon and the deferred offline loader`, async () => {
      for (const path of [kept[locale]!.home, kept[locale]!.stories[0]!]) {
        const html = read(`${path}index.html`);
        expect(html, path).toContain(`<link rel="manifest" href="/${locale}/manifest.webmanifest">`);
        expect(html, path).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">');
        expect(html, path).toContain('<script src="/offline.js" defer></script>');
      }
      const apple = await sharp(join(dir, 'icons/apple-touch-icon.png')).metadata();
      expect([apple.width, apple.height, apple.hasAlpha && apple.channels === 4 ? 'alpha' : 'opaque']).toEqual([180, 180, 'opaque']);
    });
  }

  it('the language chooser, the 404 page and the web editor load neither the manifest nor the loader', () => {
    for (const file of ['index.html', '404.html', 'admin/index.html']) {
      expect(read(file), file).not.toMatch(/manifest\.webmanifest|offline\.js/);
    }
  });
});

describe('readable offline', () => {
  it('the loader is under 1 KB; the worker sits at the root of the base and knows what each language keeps', () => {
    expect(statSync(join(dir, 'offline.js')).size).toBeLessThan(1024);
    const worker = read('sw.js');
    for (const locale of locales) {
      expect(kept[locale]!.edition).toBeDefined();
      expect(kept[locale]!.stories.length).toBeGreaterThan(0);
      for (const path of [kept[locale]!.home, kept[locale]!.offline, kept[locale]!.edition!, ...kept[locale]!.stories]) {
        expect(existsSync(join(dir, path, 'index.html')), path).toBe(true);
        expect(worker).toContain(JSON.stringify(path));
      }
    }
  });

  it('under a sub-path, the worker, its loader and the manifests follow the base', () => {
    const base = builtSite('sample-base');
    expect(readFileSync(join(base, 'offline.js'), 'utf8')).toContain('"/newsletter/sw.js"');
    expect(readFileSync(join(base, 'sw.js'), 'utf8')).toContain('"base":"/newsletter/"');
    expect(JSON.parse(readFileSync(join(base, 'es/manifest.webmanifest'), 'utf8'))).toMatchObject({ start_url: '/newsletter/es/', scope: '/newsletter/es/' });
  });
});
