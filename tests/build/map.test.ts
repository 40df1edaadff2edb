import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { outputPath, sectionUrl } from '../../src/lib/site/urls.ts';
import { builtSite, page } from '../helpers/build.ts';

const dir = builtSite('sample');

describe('the map of the network', () => {
  it.each(locales)('%s: one linked, labelled shape per country with stories, counts as on the term pages', (locale) => {
    const html = page(dir, outputPath(sectionUrl(locale, 'country')));
    const svg = html.querySelector('.country-map svg')!;
    const links = svg.querySelectorAll('a');
    expect(links.length).toBeGreaterThan(5);
    const listed = html.querySelectorAll('.terms li a').map((a) => a.getAttribute('href')!);
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual([...listed].sort());
    for (const a of links) {
      const label = a.getAttribute('aria-label')!;
      const count = Number(/: (\d+) /.exec(label)![1]);
      expect(a.querySelector('title')!.text).toBe(label);
      expect(a.querySelector('path')!.getAttribute('d')).toMatch(/^M/);
      const termPage = page(dir, a.getAttribute('href')!);
      expect(termPage.querySelector('.counts')!.text).toBe(useTranslations(locale)('listing.articleCount', { count }));
      expect(label.startsWith(termPage.querySelector('h1')!.text.trim())).toBe(true);
    }
    // The same figures as a table.
    const rows = html.querySelectorAll('.map-table tbody tr');
    expect(rows).toHaveLength(links.length);
    // No request elsewhere, and small.
    expect(svg.toString()).not.toMatch(/https?:\/\/|<image|xlink:href/);
    expect(gzipSync(svg.toString()).length).toBeLessThan(40_000);
  });

  it('shades countries by their number of stories', () => {
    const svg = page(dir, '/en/countries/').querySelector('.country-map svg')!;
    const levelOf = (name: string) =>
      svg
        .querySelectorAll('a')
        .find((a) => a.getAttribute('aria-label')!.startsWith(name))!
        .getAttribute('class');
    expect(levelOf('El Salvador')).toBe('level-4');
    expect(levelOf('Mexico')).toBe('level-1');
  });

  it('locates an organization’s country on its page', () => {
    const map = page(dir, '/es/organizaciones/trias/').querySelector('svg.locator-map')!;
    expect(map.getAttribute('role')).toBe('img');
    expect(map.getAttribute('aria-label')).toBe('Ubicación: Bélgica');
    expect(map.querySelectorAll('path.target')).toHaveLength(1);
  });
});
