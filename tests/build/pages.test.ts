import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { newsletter } from '../../src/config/newsletter.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { articleUrl, homeUrl, outputPath, sectionUrl, termUrl } from '../../src/lib/site/urls.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import type { OrganizationData } from '../../src/schemas/vocabularies.ts';
import { builtSite, htmlPages, page } from '../helpers/build.ts';
import { FIXTURE_CONTENT } from '../helpers/content-fixture.ts';
import { GENERATED_STORIES } from '../setup/build-sites.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const sample = builtSite('sample');
const fixture = builtSite('fixture');
const { articles } = checkContent(SAMPLE_CONTENT);
/** The language a site path is in ("/es/temas/" → "es"). */
const languageOf = (path: string) => locales.find((l) => path.startsWith(homeUrl(l)))!;

describe('the sample newsletter', () => {
  it('has a page in every language for each of the ten stories, titled from the frontmatter', () => {
    for (const locale of locales)
      expect(
        articles.filter((a) => a.locale === locale),
        locale,
      ).toHaveLength(10);
    for (const article of articles) {
      const html = page(sample, outputPath(articleUrl(article.locale, article.slug)));
      expect(html.querySelector('h1')!.text).toBe(article.data!.title);
      expect(html.querySelector('html')!.getAttribute('lang')).toBe(article.locale);
    }
  });

  it('has every page of the set in every language, with localized path segments', () => {
    const pages = htmlPages(sample);
    for (const path of [
      '/en/',
      '/es/',
      '/en/topics/',
      '/es/temas/',
      '/en/countries/',
      '/es/paises/',
      '/en/organizations/',
      '/es/organizaciones/',
      '/en/editions/',
      '/es/ediciones/',
      '/en/products/',
      '/es/productos/',
      '/en/topics/child-labour/',
      '/es/temas/trabajo-infantil/',
      '/en/countries/dominican-republic/',
      '/es/paises/republica-dominicana/',
      '/404.html',
      '/',
    ]) {
      expect(pages).toContain(path);
    }
    for (const locale of locales) {
      const indexes = [
        homeUrl(locale),
        sectionUrl(locale, 'search'),
        sectionUrl(locale, 'translations'),
        ...newsletter.taxonomies.filter((t) => t.pages).map((t) => sectionUrl(locale, t.field)),
      ];
      for (const path of indexes) expect(pages).toContain(path);
    }
    // Every story is in every language: each language has as many pages as the others.
    const counts = locales.map((l) => pages.filter((p) => p.startsWith(homeUrl(l))).length);
    expect(counts[0]).toBeGreaterThan(80);
    expect(new Set(counts).size).toBe(1);
  });

  it('shows each term with the number of stories that carry it, on its page and in its index', () => {
    const counted = [
      { index: '/en/topics/', path: '/en/topics/child-labour/', key: 'child-labour', field: 'topic' as const },
      { index: '/es/paises/', path: '/es/paises/el-salvador/', key: 'SV', field: 'country' as const },
      { index: '/en/organizations/', path: '/en/organizations/clac/', key: 'clac', field: 'organization' as const },
      { index: '/es/ediciones/', path: '/es/ediciones/2016-07/', key: '2016-07', field: 'edition' as const },
    ];
    for (const { index, path, key, field } of counted) {
      const locale = languageOf(path);
      const expected = articles.filter((a) => a.locale === locale && a.data!.terms[field]!.includes(key)).length;
      expect(expected).toBeGreaterThan(1);
      const html = page(sample, path);
      expect(html.querySelectorAll('.card')).toHaveLength(expected);
      expect(html.querySelector('.counts')!.text.startsWith(useTranslations(locale)('listing.articleCount', { count: expected })), path).toBe(true);
      const link = page(sample, index)
        .querySelectorAll('.terms li')
        .find((li) => li.querySelector('a')!.getAttribute('href') === path)!;
      expect(link.querySelector('.count')!.text).toContain(String(expected));
    }
  });

  it('uses singular and plural forms in both languages', () => {
    expect(page(sample, '/en/countries/mexico/').querySelector('.counts')!.text).toBe('1 story');
    expect(page(sample, '/en/countries/el-salvador/').querySelector('.counts')!.text).toBe('4 stories');
    expect(page(sample, '/es/paises/mexico/').querySelector('.counts')!.text).toBe('1 historia');
    expect(page(sample, '/es/paises/el-salvador/').querySelector('.counts')!.text).toBe('4 historias');
  });

  it('formats dates for the page language', () => {
    const en = page(sample, '/en/articles/peru-coffee-network/').querySelector('.meta time')!.text;
    const es = page(sample, '/es/articulos/red-cafetalera-lonya-grande/').querySelector('.meta time')!.text;
    expect(en).toBe('15 February 2016');
    expect(es).toBe('15 de febrero de 2016');
  });

  it('renders the MDX component and resolves links between article files', () => {
    const html = page(sample, '/en/articles/peru-coffee-network/');
    expect(html.querySelector('aside.key-facts h2')!.text).toBe('The network in figures');
    // Named by its title, as a landmark.
    expect(html.querySelector('aside.key-facts')!.getAttribute('aria-label')).toBe('The network in figures');
    const hrefs = page(sample, '/en/articles/intergenerational-workshop-los-pinos/')
      .querySelectorAll('.prose a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/en/articles/clac-first-youth-conference/');
    expect(hrefs.every((h) => !h!.endsWith('.md'))).toBe(true);
  });

  it('links every taxonomy term of an article, and its edition', () => {
    const html = page(sample, '/es/articulos/gestion-financiera-colombia/');
    const chips = html.querySelectorAll('.term-links a').map((a) => a.getAttribute('href'));
    expect(chips).toContain('/es/paises/colombia/');
    expect(chips).toContain('/es/temas/gestion-financiera/');
    expect(chips).toContain('/es/organizaciones/acata/');
    expect(chips).toContain('/es/productos/cacao/');
    expect(html.querySelector('.kicker a')!.getAttribute('href')).toBe('/es/ediciones/2016-07/');
  });

  it('claims no country for an organization whose country the vocabulary does not give', () => {
    const { vocabularies } = checkContent(SAMPLE_CONTENT);
    const organizations = vocabularies.get('organization')! as Map<string, OrganizationData>;
    const unplaced = [...organizations].filter(([, o]) => o.country === undefined).map(([key]) => key);
    expect(unplaced).toContain('aprainores');
    const org = page(sample, '/en/organizations/aprainores/');
    expect(org.text).not.toContain('Based in');
    expect(org.querySelector('.locator-map')).toBeNull();
    expect(JSON.parse(org.querySelector('script[type="application/ld+json"]')!.text).address).toBeUndefined();
    const index = page(sample, '/es/organizaciones/');
    const group = index.querySelector('#group-unknown')!.parentNode!;
    expect(index.querySelector('#group-unknown')!.text).toBe('País no indicado');
    expect(group.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/es/organizaciones/aprainores/');
    // The last group: every other heading is a country's.
    expect(index.querySelectorAll('h2[id^="group-"]').at(-1)!.id).toBe('group-unknown');
  });

  it('shows no sign-up link when the newsletter declares no subscribe page', () => {
    for (const path of ['/en/', '/es/ediciones/2014-10/']) {
      const html = page(sample, path);
      expect(html.querySelector('.subscribe-link')).toBeNull();
      expect(html.querySelector('footer')!.querySelectorAll('a')).toHaveLength(1);
    }
  });

  it('writes JSON-LD: NewsArticle on articles, Organization on organization pages', () => {
    const article = JSON.parse(page(sample, '/en/articles/peru-coffee-network/').querySelector('script[type="application/ld+json"]')!.text);
    expect(article).toMatchObject({ '@type': 'NewsArticle', datePublished: '2016-02-15', inLanguage: 'en-GB' });
    // What Google's article rules ask for: a picture, an author and a publisher with a logo, each resolving in the site.
    const SITE = 'https://newsletter.example.org';
    expect(article.image).toMatchObject({ '@type': 'ImageObject', url: `${SITE}/en/articles/peru-coffee-network/og.png`, width: 1200, height: 630 });
    expect(article.author).toMatchObject({ '@type': 'Organization', name: 'CLAC' });
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'CLAC', logo: { '@type': 'ImageObject', url: `${SITE}/favicon.svg` } });
    for (const url of [article.image.url, article.publisher.logo.url]) expect(existsSync(join(sample, new URL(url).pathname)), url).toBe(true);
    const org = JSON.parse(page(sample, '/es/organizaciones/oit/').querySelector('script[type="application/ld+json"]')!.text);
    expect(org).toMatchObject({ '@type': 'Organization', name: 'Organización Internacional del Trabajo', alternateName: 'OIT' });
  });
});

describe('pagination and untranslated stories (fixture site)', () => {
  const total = GENERATED_STORIES + 1; // the generated ones and the fixture's coffee-network story
  const childLabour = buildTaxonomies(loadVocabularies(FIXTURE_CONTENT).vocabularies, []).get('topic').term('child-labour')!;

  it('lists every story of a term exactly once across its pages, newest first, with working page links', () => {
    expect(termUrl('es', 'topic', childLabour.slug['es']!)).toBe('/es/temas/trabajo-infantil/');
    for (const locale of locales) {
      const path = termUrl(locale, 'topic', childLabour.slug[locale]!);
      const first = page(fixture, path);
      const pageLinks = first.querySelectorAll('.pagination li a:not([rel])').map((a) => a.getAttribute('href')!);
      expect(pageLinks).toEqual([`${path}2/`, `${path}3/`]);
      const titles: string[] = [];
      const dates: string[] = [];
      for (const p of [path, ...pageLinks]) {
        expect(existsSync(join(fixture, p, 'index.html'))).toBe(true);
        const html = page(fixture, p);
        titles.push(...html.querySelectorAll('.card-title').map((h) => h.text));
        dates.push(...html.querySelectorAll('.card time').map((t) => t.getAttribute('datetime')!));
      }
      expect(titles).toHaveLength(total);
      expect(new Set(titles).size).toBe(total);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(first.querySelector('.counts')!.text).toBe(useTranslations(locale)('listing.articleCount', { count: total }));
    }
  });

  it('keeps drafts out of a production build', () => {
    expect(htmlPages(fixture).some((p) => p.includes('unfinished-draft'))).toBe(false);
    expect(page(fixture, '/en/topics/climate-change/').querySelectorAll('.card')).toHaveLength(1);
  });

  it('lists a story that exists only in English on Spanish pages, marked with its language', () => {
    const card = page(fixture, '/es/temas/cambio-climatico/').querySelector('.card')!;
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.querySelector('a')!.getAttribute('hreflang')).toBe('en');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('/en/articles/climate-story/');
    expect(card.querySelector('.lang-badge')!.text).toBe('English');
  });

  it("says on the untranslated story's page, in Spanish, that it is not available in Spanish, with the choices", () => {
    const html = page(fixture, '/en/articles/climate-story/');
    const notice = html.querySelector('aside.notice')!;
    expect(notice.getAttribute('lang')).toBe('es');
    // Named in the reader's language, as the landmark it is.
    expect(notice.getAttribute('aria-label')).toBe('Para quienes leen en español');
    expect(notice.getAttribute('aria-label')).toBe(useTranslations('es')('language.noticeLabel', { language: 'es' }));
    expect(notice.text).toContain('Esta historia todavía no está disponible en español');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/es/ediciones/2016-07/');
    const switcher = html.querySelector('.switcher a[hreflang="es"]')!;
    expect(switcher.getAttribute('href')).toBe('/es/ediciones/2016-07/');
    expect(html.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
  });
});
