import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtSite, htmlPages, page } from '../helpers/build.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { withLocale } from '../helpers/locale.ts';
import { TRILINGUAL_CONFIG, TRILINGUAL_CONTENT } from '../helpers/fixtures.ts';

/**
 * A newsletter in English, Spanish and Portuguese with a sixth taxonomy
 * (`region`), declared in tests/fixtures/trilingual with configuration, UI
 * strings and content only: every part of the site follows the declaration.
 */
const dir = builtSite('trilingual');
const SITE = 'https://newsletter.example.org';
const LANGUAGES = ['en', 'es', 'pt'];

const alternatesOf = (path: string) =>
  Object.fromEntries(
    page(dir, path)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!.replace(SITE, '')]),
  );
const links = (path: string) =>
  page(dir, path)
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href'));
/** The stories a page lists (its cards), as their links and the language each is shown in where it is not the page's. */
const listed = (path: string) =>
  page(dir, path)
    .querySelectorAll('main article.card')
    .map((card) => ({ url: card.querySelector('.card-title a')!.getAttribute('href')!, lang: card.getAttribute('lang') ?? undefined }))
    .sort((a, b) => a.url.localeCompare(b.url));

/** Every record of a language's Pagefind index (its fragments: gzip, after Pagefind's 12-byte signature). */
function searchRecords(lang: string): { url: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const folder = join(dir, 'pagefind', lang, 'fragment');
  return readdirSync(folder)
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, file)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ),
    )
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** `npm run check` on a content folder, as the fixture's newsletter, on a machine whose locale is British English. */
function check(content: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--content', content], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...withLocale('en_GB.UTF-8'), NEWSLETTER_CONFIG: TRILINGUAL_CONFIG },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('a newsletter in three languages with a sixth taxonomy', () => {
  it('has every page type in each language, at its localized URLs', () => {
    const pages = htmlPages(dir);
    for (const path of [
      '/pt/',
      '/pt/artigos/rede-cafeeira/',
      '/pt/temas/',
      '/pt/regioes/',
      '/pt/regioes/andes/',
      '/es/regiones/andes/',
      '/en/regions/andes/',
      '/pt/edicoes/2016-02/',
      '/pt/edicoes/2016-02/imprimir/',
      '/pt/busca/',
      '/pt/traducoes/',
    ]) {
      expect(pages, path).toContain(path);
    }
    expect(page(dir, '/pt/').querySelector('html')!.getAttribute('lang')).toBe('pt');
    expect(page(dir, '/pt/regioes/').querySelector('h1')!.text).toBe('Regiões');
  });

  it('links the new taxonomy from the navigation and the article pages, in each language', () => {
    const nav = page(dir, '/pt/')
      .querySelectorAll('.main-nav a')
      .map((a) => a.getAttribute('href'));
    expect(nav).toContain('/pt/regioes/');
    const about = page(dir, '/pt/artigos/rede-cafeeira/').querySelector('.term-links')!;
    expect(about.text).toContain('Regiões');
    expect(about.querySelector('a[href="/pt/regioes/andes/"]')!.getAttribute('data-pagefind-filter')).toBe('region');
  });

  it('names every language version in hreflang, and the chooser offers all three', () => {
    expect(alternatesOf('/pt/artigos/rede-cafeeira/')).toEqual({
      en: '/en/articles/coffee-network/',
      es: '/es/articulos/red-cafetalera/',
      pt: '/pt/artigos/rede-cafeeira/',
      'x-default': '/en/articles/coffee-network/',
    });
    expect(alternatesOf('/pt/regioes/andes/')).toMatchObject({ en: '/en/regions/andes/', es: '/es/regiones/andes/', pt: '/pt/regioes/andes/' });
    const chooser = page(dir, '/');
    expect(chooser.querySelectorAll('ul a').map((a) => a.getAttribute('hreflang'))).toEqual(LANGUAGES);
    // Named by Intl, from its tag (pt-BR), where the declaration gives no label.
    expect(chooser.querySelector('a[hreflang="pt"]')!.text).toBe('português (Brasil)');
    // Each page's switcher offers the other two languages.
    expect(
      page(dir, '/pt/artigos/rede-cafeeira/')
        .querySelectorAll('nav.switcher a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/en/articles/coffee-network/', '/es/articulos/red-cafetalera/']);
  });

  it('sends a browser at / to the first of its languages the newsletter declares, by code or by tag (pt-BR reaches Portuguese), else to English', () => {
    const chooser = page(dir, '/');
    const script = chooser.querySelector('head script:not([type])')!.textContent;
    // The page's own Content Security Policy lets it run.
    const policy = chooser.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    // Every declared code and tag, lower-cased: the browser only lowercases and truncates.
    expect(JSON.parse(script.match(/\{"[^}]*\}/)![0])).toEqual({ en: '/en/', 'en-gb': '/en/', es: '/es/', pt: '/pt/', 'pt-br': '/pt/' });
    /** Where the page's own script sends a browser whose preferred languages are `languages`. */
    const reached = (languages: string[]) => {
      let target: string | undefined;
      runInNewContext(script, { navigator: { languages }, location: { replace: (url: string) => (target = url) } });
      return target;
    };
    expect(reached(['pt-BR', 'en'])).toBe('/pt/');
    expect(reached(['pt-PT'])).toBe('/pt/');
    expect(reached(['fr-FR', 'es-MX'])).toBe('/es/');
    expect(reached(['en-US'])).toBe('/en/');
    expect(reached(['de-DE'])).toBe('/en/');
  });

  it('lists the Portuguese pages in the sitemap with their alternates', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}/pt/regioes/andes/</loc>`);
    const entry = sitemap.split('<url>').find((u) => u.includes(`<loc>${SITE}/pt/artigos/rede-cafeeira/</loc>`))!;
    for (const lang of LANGUAGES) expect(entry).toContain(`hreflang="${lang}"`);
  });

  it('gives the new taxonomy a feed on each of its term pages, carrying what the page lists', () => {
    expect(readFileSync(join(dir, 'pt/regioes/andes/rss.xml'), 'utf8')).toContain('<title>Rede de café no Peru</title>');
    // Only an English story is set in Central America: the Portuguese page lists it, and so does its feed, marked as English.
    const feed = readFileSync(join(dir, 'pt/regioes/america-central/rss.xml'), 'utf8');
    expect(feed).toContain(`<title>Climate story from El Salvador</title><link>${SITE}/en/articles/climate-story/</link>`);
    expect(feed).toContain('<dc:language>en-GB</dc:language>');
    expect(page(dir, '/pt/regioes/america-central/').querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe(
      `${SITE}/pt/regioes/america-central/rss.xml`,
    );
  });

  it('indexes each language for search, with the new taxonomy as a facet', () => {
    for (const lang of LANGUAGES) expect(existsSync(join(dir, 'pagefind', lang, 'pagefind.js')), lang).toBe(true);
    const facet = page(dir, '/pt/busca/').querySelector('fieldset[data-facet="region"]')!;
    expect(facet.querySelector('legend')!.text).toBe('Região');
    // Central America only by the English story Portuguese pages list: their search finds and filters it too (by name in Portuguese: América Central, Andes).
    expect(facet.querySelectorAll('input').map((i) => i.getAttribute('value'))).toEqual(['america-central', 'andes']);
  });

  it('finds with Portuguese search every story the Portuguese home lists, each borrowed one in its language, filtered by Portuguese names', () => {
    const home = listed('/pt/');
    expect(home).toEqual([
      { url: '/en/articles/climate-story/', lang: 'en' },
      { url: '/es/articulos/taller-juvenil/', lang: 'es' },
      { url: '/pt/artigos/rede-cafeeira/', lang: undefined },
    ]);
    const records = searchRecords('pt');
    expect(records.map((r) => ({ url: r.url, lang: r.meta['lang'] }))).toEqual(home);
    // A borrowed story's filters are the Portuguese page's names (its own page names them in Spanish), so that the facets find it.
    const workshop = records.find((r) => r.url === '/es/articulos/taller-juvenil/')!;
    expect(workshop.filters).toMatchObject({ topic: ['Trabalho infantil'], edition: ['Segunda edição'] });
    expect(workshop.meta['title']).toBe('Taller juvenil en el Perú');
    // One index, in Portuguese: the borrowed records are not split into indexes of their own languages.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'pagefind/pt/pagefind-entry.json'), 'utf8')).languages)).toEqual(['pt']);
  });

  it('counts the borrowed stories in the Portuguese search page’s facets, a term not yet named in Portuguese marked with its language', () => {
    const facet = page(dir, '/pt/busca/').querySelector('fieldset[data-facet="topic"]')!;
    const values = facet.querySelectorAll('label').map((l) => ({
      slug: l.querySelector('input')!.getAttribute('value'),
      count: l.querySelector('[data-count]')!.text,
      lang: l.querySelector('span[lang]')?.getAttribute('lang'),
    }));
    // By name as Portuguese pages show them; Climate change, not yet named in Portuguese, keeps its key as its address.
    expect(values).toEqual([
      { slug: 'climate-change', count: '1', lang: 'en' },
      { slug: 'trabalho-infantil', count: '2', lang: undefined },
    ]);
    expect(facet.querySelector('input[value="climate-change"]')!.getAttribute('data-lang')).toBe('en');
  });

  it('lists in the Portuguese feed what the Portuguese home lists, a borrowed story marked with its language', () => {
    const feed = readFileSync(join(dir, 'pt/rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<\/item>/g)].map(([item, link]) => ({
      url: new URL(link!).pathname,
      lang: /<dc:language>([^<]+)<\/dc:language>/.exec(item)?.[1],
    }));
    expect(items.sort((a, b) => a.url.localeCompare(b.url))).toEqual(listed('/pt/').map((s) => ({ ...s, lang: s.lang && { en: 'en-GB', es: 'es' }[s.lang] })));
  });

  it('marks a term name or description shown on Portuguese pages in English with lang="en", and keeps it out of the meta description', () => {
    const index = page(dir, '/pt/temas/');
    expect(index.querySelector('a[href="/pt/temas/climate-change/"] span[lang="en"]')!.text).toBe('Climate change');
    expect(index.querySelector('a[href="/pt/temas/trabalho-infantil/"] span[lang]')).toBeNull();
    const term = page(dir, '/pt/temas/climate-change/');
    expect(term.querySelector('h1 span[lang="en"]')!.text).toBe('Climate change');
    expect(term.querySelector('.term-header .lead span[lang="en"]')!.text).toBe('A changing climate.');
    expect(term.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('Tema: Climate change');
    expect(page(dir, '/pt/').querySelector('a[href="/pt/temas/climate-change/"] span[lang="en"]')!.text).toBe('Climate change');
    // The same term named in Spanish is Spanish's own.
    expect(page(dir, '/es/temas/').querySelector('a[href="/es/temas/cambio-climatico/"] span[lang]')).toBeNull();
  });

  it('offers an untranslated story in the declared fallback order: Portuguese readers get Spanish before English', () => {
    const edition = links('/pt/edicoes/2016-07/');
    expect(edition).toContain('/es/articulos/taller-juvenil/');
    expect(edition).not.toContain('/en/articles/youth-workshop/');
    // A story only in English is offered in English.
    expect(edition).toContain('/en/articles/climate-story/');
    // Spanish readers, with no declared fallback, get the default language.
    expect(links('/es/ediciones/2016-07/')).toContain('/en/articles/climate-story/');
  });

  it('links a Portuguese story to a story only in English: to the English page, marked as English', () => {
    const story = page(dir, '/pt/artigos/rede-cafeeira/');
    const link = story.querySelector('.article a[href="/en/articles/climate-story/"]')!;
    expect(link.text).toBe('a história do clima');
    expect(link.getAttribute('hreflang')).toBe('en');
    // The mark story cards give a story in another language, beside the link, in its language.
    const badge = link.nextElementSibling!;
    expect([badge.classList.contains('lang-badge'), badge.getAttribute('lang'), badge.text]).toEqual([true, 'en', 'British English']);
  });

  it('links the sign-up page of each language that has one, in the footer and on edition pages, and nothing in the others', () => {
    const subscribeLinks = (path: string) =>
      page(dir, path)
        .querySelectorAll('a')
        .filter((a) => a.getAttribute('href')?.startsWith('https://lists.example.org/'));
    const editions = { en: '/en/editions/2016-02/', es: '/es/ediciones/2016-02/', pt: '/pt/edicoes/2016-02/' };
    for (const [locale, edition] of Object.entries(editions)) {
      const expected = locale === 'pt' ? [] : [`https://lists.example.org/three/${locale}`];
      expect(subscribeLinks(`/${locale}/`).map((a) => a.getAttribute('href'))).toEqual(expected);
      expect(subscribeLinks(edition).map((a) => a.getAttribute('href'))).toEqual([...expected, ...expected]);
    }
    expect(subscribeLinks('/es/ediciones/2016-02/')[0]!.text).toBe('Reciba cada edición por correo');
    expect(page(dir, '/en/').querySelector('footer')!.text).toContain('Get each edition by email');
    expect(page(dir, '/pt/').querySelector('footer')!.text).not.toContain('Receba');
  });

  it('tells the readers of each missing language, in their language, in a landmark of its own', () => {
    const notices = page(dir, '/en/articles/climate-story/').querySelectorAll('aside.notice');
    expect(notices.map((n) => n.getAttribute('lang'))).toEqual(['es', 'pt']);
    const names = notices.map((n) => n.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(2);
    expect(names[1]).toContain('português');
    // The story in English and Spanish tells only Portuguese readers.
    expect(
      page(dir, '/en/articles/youth-workshop/')
        .querySelectorAll('aside.notice')
        .map((n) => n.getAttribute('lang')),
    ).toEqual(['pt']);
  });

  it('shows a term not yet named in Portuguese by its default-language name, and the checker warns', () => {
    expect(page(dir, '/pt/temas/').text).toContain('Climate change');
    const { status, out } = check(TRILINGUAL_CONTENT);
    expect(status, out).toBe(0);
    expect(out).toMatch(/topics\.yaml:\d+: warning: 'climate-change' name has no Portuguese text yet; those pages show the English one/);
  });

  it('checks the new taxonomy’s values, with suggestions', () => {
    const fixture = contentFixture({}, TRILINGUAL_CONTENT);
    try {
      const file = join(fixture.dir, 'articles/pt/rede-cafeeira.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('region: [andes]', 'region: [ande]'));
      const { status, out } = check(fixture.dir);
      expect(status).toBe(1);
      expect(out).toMatch(/rede-cafeeira\.md:\d+: error: the region 'ande' does not exist; did you mean 'andes'\?/);
    } finally {
      fixture.cleanup();
    }
  });
});
