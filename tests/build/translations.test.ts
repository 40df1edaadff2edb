import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { feedUrl, outputPath, sectionSegment, sectionUrl } from '../../src/lib/site/urls.ts';
import { builtSite, page } from '../helpers/build.ts';

const fixture = builtSite('fixture');

describe('translation status for readers and editors', () => {
  it('warns readers of an outdated translation, in its language, with a link to the original', () => {
    const notice = page(fixture, '/es/articulos/red-cafetalera/').querySelector('aside.notice')!;
    expect(notice.text).toContain('Esta traducción puede estar desactualizada: el original en inglés cambió después.');
    expect(notice.getAttribute('aria-label')).toBe(useTranslations('es')('translations.outdatedLabel'));
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/articles/coffee-network/');
    expect(page(fixture, '/en/articles/coffee-network/').querySelector('aside.notice')).toBeNull();
    expect(page(fixture, '/es/articulos/historia-generada-01/').querySelector('aside.notice')).toBeNull();
  });

  it('lists every story per edition on the editors’ page, with present, missing and outdated versions', () => {
    const html = page(fixture, '/en/translations/');
    const row = (key: string) => html.querySelectorAll('tbody tr').find((r) => r.querySelector('th')!.text === key)!;
    expect(
      row('coffee-network')
        .querySelectorAll('td')
        .map((td) => td.getAttribute('class')),
    ).toEqual(['state-present', 'state-outdated']);
    expect(
      row('climate-story')
        .querySelectorAll('td')
        .map((td) => td.getAttribute('class')),
    ).toEqual(['state-present', 'state-missing']);
    expect(html.querySelectorAll('h2').map((h) => h.text)).toEqual(['Edition 2: Second edition', 'Edition 1: First edition']);
    expect(page(fixture, '/es/traducciones/').querySelector('.coverage')!.text).toContain('historias al día en español');
  });

  it('keeps the editors’ page out of search engines, the sitemap, the search index and feeds', () => {
    const sample = builtSite('sample');
    const sitemap = readFileSync(join(sample, 'sitemap-0.xml'), 'utf8');
    for (const locale of locales) {
      const html = page(sample, outputPath(sectionUrl(locale, 'translations')));
      expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(html.querySelector('[data-pagefind-body]')).toBeNull();
      expect(sitemap).toContain(sectionUrl(locale, 'topic'));
      expect(sitemap).not.toContain(sectionSegment(locale, 'translations'));
      expect(readFileSync(join(sample, outputPath(feedUrl(locale))), 'utf8')).not.toContain(sectionSegment(locale, 'translations'));
    }
  });
});
