import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { defaultLocale, languageLabels, locales } from '../../src/i18n/locales.ts';
import { homeUrl } from '../../src/lib/site/urls.ts';
import { builtSite, htmlPages, page } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';
const dir = builtSite('sample');
/** Every page in a language, with the language it is in. */
const inLanguage = htmlPages(dir).flatMap((path) => locales.filter((l) => path.startsWith(homeUrl(l))).map((own) => ({ path, own })));
const pages = inLanguage.map((p) => p.path);

function alternatesOf(path: string): Record<string, string> {
  return Object.fromEntries(
    page(dir, path)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!.replace(SITE, '')]),
  );
}

describe('language alternates', () => {
  it('the language chooser at / names every language’s home, and itself as x-default, under a title of its own', () => {
    const alternates = alternatesOf('/');
    expect(alternates).toEqual({ ...Object.fromEntries(locales.map((l) => [l, homeUrl(l)])), 'x-default': '/' });
    const title = page(dir, '/').querySelector('title')!.text;
    for (const l of locales) expect(title).not.toBe(page(dir, homeUrl(l)).querySelector('title')!.text);
  });

  it('no two pages that search engines index share a title', () => {
    const titles = new Map<string, string>();
    const shared: string[] = [];
    for (const path of htmlPages(dir).filter((p) => !p.startsWith('/email/'))) {
      const html = page(dir, path);
      if (html.querySelector('meta[name="robots"][content="noindex"]')) continue;
      if (html.querySelector('link[rel="canonical"]')?.getAttribute('href') !== `${SITE}${path}`) continue;
      const title = html.querySelector('title')!.text;
      if (titles.has(title)) shared.push(`${path} and ${titles.get(title)}: ${title}`);
      titles.set(title, path);
    }
    expect(titles.size).toBeGreaterThan(150);
    expect(shared).toEqual([]);
  });

  it('every page of the sample has its counterpart in every other language: hreflang pairs are symmetric and include itself and x-default', () => {
    expect(pages.length).toBeGreaterThan(150);
    for (const { path, own } of inLanguage) {
      const alternates = alternatesOf(path);
      expect(Object.keys(alternates).sort(), path).toEqual([...locales, 'x-default'].sort());
      expect(alternates[own], path).toBe(path);
      // The home pages send readers of other languages to the chooser; the rest, to the default language.
      expect(alternates['x-default'], path).toBe(locales.some((l) => homeUrl(l) === path) ? '/' : alternates[defaultLocale]);
      for (const other of locales.filter((l) => l !== own)) {
        const counterpart = alternates[other]!;
        expect(counterpart, path).toBeDefined();
        expect(counterpart.startsWith(homeUrl(other)), `${path} → ${counterpart}`).toBe(true);
        expect(alternatesOf(counterpart)[own], `${counterpart} should point back to ${path}`).toBe(path);
      }
    }
  });

  it('the language switcher goes to the counterpart page, named in its own language', () => {
    expect(languageLabels).toMatchObject({ en: 'English', es: 'Español' });
    for (const { path, own } of inLanguage) {
      for (const other of locales.filter((l) => l !== own)) {
        const link = page(dir, path).querySelector(`.switcher a[hreflang="${other}"]`)!;
        expect(link, `${path} → ${other}`).not.toBeNull();
        expect(link.getAttribute('href'), path).toBe(alternatesOf(path)[other]);
        expect(link.getAttribute('lang')).toBe(other);
        expect(link.text).toBe(languageLabels[other]);
      }
    }
  });

  it('keeps the page number when switching language on a paginated page', () => {
    const fixture = builtSite('fixture');
    const switcher = page(fixture, '/en/topics/child-labour/2/').querySelector('.switcher a[hreflang="es"]')!;
    expect(switcher.getAttribute('href')).toBe('/es/temas/trabajo-infantil/2/');
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' || name === 'sitemap' });

  it('lists every HTML page but the 404 and the editors’ page, with its language alternates', () => {
    const index = parser.parse(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
    const files = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc.replace(`${SITE}/`, ''));
    const urls = files.flatMap((f: string) => parser.parse(readFileSync(join(dir, f), 'utf8')).urlset.url);
    const listed = new Map<string, string[]>(
      urls.map((u: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }) => [
        u.loc.replace(SITE, ''),
        (u['xhtml:link'] ?? []).map((l) => `${l['@_hreflang']} ${l['@_href'].replace(SITE, '')}`),
      ]),
    );
    // Emails are files to paste into a mailing tool, not pages of the site; a page
    // whose canonical URL is another (an edition's printable copy) is that page's.
    const canonicalHere = (p: string) => page(dir, p).querySelector('link[rel="canonical"]')?.getAttribute('href') === `${SITE}${p}`;
    const indexable = htmlPages(dir).filter(
      (p) => !p.startsWith('/email/') && !page(dir, p).querySelector('meta[name="robots"][content="noindex"]') && canonicalHere(p),
    );
    expect(indexable.length).toBeGreaterThan(150);
    expect(indexable).not.toContain('/404.html');
    expect(indexable).not.toContain('/en/translations/');
    expect([...listed.keys()].sort()).toEqual(indexable);
    for (const path of pages.filter((p) => indexable.includes(p))) {
      const expected = Object.entries(alternatesOf(path))
        .filter(([l]) => l !== 'x-default')
        .map(([l, h]) => `${l} ${h}`);
      expect(listed.get(path)!.sort()).toEqual(expected.sort());
    }
    expect(readdirSync(dir)).toContain('robots.txt');
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
