import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { homeUrl, outputPath, searchIndexUrl, sectionUrl } from '../../src/lib/site/urls.ts';
import { buildLog, builtSite, page, siteReport } from '../helpers/build.ts';

describe('search index', () => {
  it('holds one index per language with the articles only (not index or navigation pages)', () => {
    for (const lang of locales) {
      const entry = JSON.parse(readFileSync(join(builtSite('sample'), outputPath(searchIndexUrl(lang)), 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual([lang]);
      expect(entry.languages[lang].page_count).toBe(10);
    }
  });

  it('indexes each language as soon as its article pages are rendered, under a base path too', () => {
    // Otherwise Pagefind would run after everything else, and the build would wait for it.
    // This also fails should Astro stop rendering through the prerenderer the integration watches.
    const { search, paths, rendered } = siteReport('sample-base');
    expect(search!.languages).toEqual(locales.map((locale) => ({ locale, pages: 10, reused: false, early: true })));
    expect(new Set(rendered)).toEqual(new Set(paths));
    expect(rendered).toContain('/es/articulos/gestion-financiera-colombia/');
    // The log says it in words.
    const early = 'indexed as soon as they were rendered';
    expect(buildLog('sample-base')).toContain(`Search index: ${locales.map((l) => `${l} 10 pages (${early})`).join(', ')};`);
  });

  it('marks article pages with localized filters, a date sort, and leaves chrome out of the body', () => {
    const html = page(builtSite('sample'), '/es/articulos/gestion-financiera-colombia/');
    const body = html.querySelector('[data-pagefind-body]')!;
    expect(body.tagName).toBe('ARTICLE');
    expect(html.querySelector('header.site-header [data-pagefind-body]')).toBeNull();
    const filters = body.querySelectorAll('[data-pagefind-filter]').map((e) => `${e.getAttribute('data-pagefind-filter')}=${e.text}`);
    expect(filters).toContain('topic=Gestión financiera');
    expect(filters).toContain('country=Colombia');
    expect(filters).toContain('product=Banano');
    expect(body.querySelector('[data-pagefind-filter^="edition:"]')!.getAttribute('data-pagefind-filter')).toBe('edition:Una nueva generación en la mesa');
    expect(body.querySelector('time')!.getAttribute('data-pagefind-sort')).toBe('date[datetime]');
  });

  it('puts a search box in the header of every page, leading to the search page of its language', () => {
    const dir = builtSite('sample-base');
    expect(page(dir, '/es/temas/').querySelector('header search form')!.getAttribute('action')).toBe('/newsletter/es/buscar/');
    for (const locale of locales) {
      for (const path of [homeUrl(locale), sectionUrl(locale, 'topic'), sectionUrl(locale, 'search')]) {
        expect(page(dir, outputPath(path)).querySelector('header search form')!.getAttribute('action'), path).toBe(
          `/newsletter/${outputPath(sectionUrl(locale, 'search'))}`,
        );
      }
    }
  });
});
