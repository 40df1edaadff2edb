import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { articlesByTerm, articlesForLocale, byNewest, storyLinks, termCounts, type Article } from '../../src/lib/site/articles.ts';
import { countryName, isCountryCode } from '../../src/lib/site/countries.ts';
import { safeJsonLd } from '../../src/lib/site/page.ts';
import { storyExcerpt, wordCount } from '../../src/browser/search-excerpt.ts';
import { pageWindow, paginate } from '../../src/lib/site/pagination.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { didYouMean, nearest } from '../../src/lib/content/suggest.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { newsletter } from '../../src/config/newsletter.ts';
import { articleUrl, feedUrl, normalizeBase, outputPath, printUrl, sectionSegment, sectionUrl, sitePath, termUrl } from '../../src/lib/site/urls.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import { loadYaml } from '../../src/lib/content/yaml-source.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { FIXTURE_CONTENT } from '../helpers/content-fixture.ts';
import { foreignLang, ownText } from '../../src/schemas/localized.ts';
import { termSchemas } from '../../src/schemas/vocabularies.ts';

describe('slugify', () => {
  it('folds accents and joins words with hyphens', () => {
    expect(slugify('Montaña Azul')).toBe('montana-azul');
    expect(slugify('República Dominicana')).toBe('republica-dominicana');
    expect(slugify("Women's leadership")).toBe('womens-leadership');
    expect(slugify('  Caña de azúcar! ')).toBe('cana-de-azucar');
  });
});

describe('urls', () => {
  it('normalizes the base path', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('newsletter')).toBe('/newsletter/');
    expect(normalizeBase('/newsletter/')).toBe('/newsletter/');
  });
  // The base path itself is checked end to end by the BASE=/newsletter/ build test.
  it('builds localized URLs', () => {
    expect(sectionUrl('es', 'topic')).toBe('/es/temas/');
    expect(termUrl('es', 'country', 'republica-dominicana')).toBe('/es/paises/republica-dominicana/');
    expect(termUrl('en', 'topic', 'youth', 2)).toBe('/en/topics/youth/2/');
    expect(termUrl('en', 'topic', 'youth', 1)).toBe('/en/topics/youth/');
    expect(articleUrl('es', 'red-cafetalera')).toBe('/es/articulos/red-cafetalera/');
    expect(feedUrl('en', 'topic', 'youth')).toBe('/en/topics/youth/rss.xml');
    expect(feedUrl('es')).toBe('/es/rss.xml');
    expect(printUrl('es', 'edition', '2016-07')).toBe('/es/ediciones/2016-07/imprimir/');
    expect(sectionSegment('es', 'search')).toBe('buscar');
    expect(sitePath()).toBe('/');
  });
  it('takes every segment from the declaration, and names what it lacks', () => {
    for (const language of newsletter.languages) {
      for (const [section, segment] of Object.entries(language.sections))
        expect(sectionSegment(language.code, section as keyof typeof language.sections)).toBe(segment);
      for (const t of newsletter.taxonomies) expect(sectionUrl(language.code, t.field)).toBe(`/${language.code}/${t.segment[language.code]}/`);
    }
    expect(() => sectionSegment('en', 'nowhere' as 'topic')).toThrow(/no en URL segment for 'nowhere'/);
  });
  it('maps a site path to its place in the output folder', () => {
    expect(outputPath('/en/articles/x/og.png')).toBe('en/articles/x/og.png');
    expect(outputPath('/newsletter/es/pa%C3%ADses/', '/newsletter/')).toBe('es/países/');
    expect(outputPath('/newsletter/', '/newsletter/')).toBe('');
    expect(() => outputPath('/en/', '/newsletter/')).toThrow(/not under the site's base path/);
  });
});

describe('reading YAML as the build does', () => {
  it('keeps a date that names no day as written, and reads every other value as js-yaml does', () => {
    const text = 'a: 2016-02-30\nb: 2016-02-29\nc: 2015-02-29T10:00:00Z\nd: 2016-02-15T10:00:00Z\ne: [1, x, true]\n';
    expect(loadYaml(text)).toEqual({ ...(load(text) as object), a: '2016-02-30', c: '2015-02-29T10:00:00Z' });
  });
});

describe('suggestions', () => {
  const topics = [
    { key: 'child-labour', aliases: ['Child labour', 'Trabajo infantil'] },
    { key: 'youth', aliases: ['Youth', 'Juventud'] },
  ];
  it('finds the nearest key, or a key by one of its names', () => {
    expect(nearest('child-labor', topics)).toEqual(['child-labour']);
    expect(nearest('trabajo infantil', topics)).toEqual(['child-labour']);
    expect(nearest('juventud', topics)).toEqual(['youth']);
  });
  it('lists the valid values when nothing is near', () => {
    expect(didYouMean('banana', topics, 'en')).toBe('valid values: child-labour, youth');
  });
});

describe('countries', () => {
  it('knows ISO codes and names them per language', () => {
    expect(isCountryCode('PE')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(countryName('PE', 'es')).toBe('Perú');
    expect(countryName('DO', 'en')).toBe('Dominican Republic');
  });
});

describe('safeJsonLd', () => {
  it('cannot close its script element', () => {
    const json = safeJsonLd({ title: '</script><script>alert(1)</script> & "quotes"' });
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json).title).toBe('</script><script>alert(1)</script> & "quotes"');
  });
});

describe('paginate', () => {
  it('splits into pages and always has one', () => {
    expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});

describe('pageWindow', () => {
  it('shows every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('keeps the first, the last and the neighbours of the current page of a long one', () => {
    expect(pageWindow(1, 400)).toEqual([1, 2, 3, 'gap', 400]);
    expect(pageWindow(200, 400)).toEqual([1, 'gap', 198, 199, 200, 201, 202, 'gap', 400]);
    expect(pageWindow(400, 400)).toEqual([1, 'gap', 398, 399, 400]);
  });
  it('shows a single left-out page rather than a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 12]);
  });
  it('stays small however long the listing', () => {
    for (const current of [1, 50, 9999, 10000]) expect(pageWindow(current, 10000).length).toBeLessThanOrEqual(9);
  });
});

describe('listings', () => {
  type Over = Partial<Omit<ArticleData, 'terms'>> & { terms?: Partial<ArticleData['terms']> };
  const data = ({ terms, ...over }: Over): ArticleData => ({
    title: 'T',
    summary: 'S',
    date: new Date('2016-02-15'),
    translationKey: 'k',
    draft: false,
    ...over,
    terms: { edition: ['2016-02'], country: ['PE'], topic: ['child-labour'], organization: ['clac'], product: [], ...terms },
  });
  const a = (id: string, over: Over): Article => ({ id, locale: id.slice(0, 2), slug: id.slice(3), data: data(over), entry: null });
  const articles = [
    a('en/one', { translationKey: 'one', date: new Date('2016-02-10') }),
    a('es/uno', { translationKey: 'one', date: new Date('2016-02-10') }),
    a('en/two', { translationKey: 'two', date: new Date('2016-02-12'), terms: { topic: ['climate-change'], country: ['SV'] } }),
    a('es/tres', { translationKey: 'three', date: new Date('2016-02-14') }),
  ];
  const { vocabularies } = loadVocabularies(FIXTURE_CONTENT);
  const taxonomies = buildTaxonomies(
    vocabularies,
    articles.map((x) => x.data),
  );

  it('gives each reader every story once, in their language where it exists, newest first', () => {
    expect(articlesForLocale(articles, 'en').map((x) => x.id)).toEqual(['es/tres', 'en/two', 'en/one']);
    expect(articlesForLocale(articles, 'es').map((x) => x.id)).toEqual(['es/tres', 'en/two', 'es/uno']);
  });
  it('counts and lists stories by term', () => {
    const listing = articlesForLocale(articles, 'es');
    expect(termCounts(listing, taxonomies.get('topic'))).toEqual(
      new Map([
        ['child-labour', 2],
        ['climate-change', 1],
      ]),
    );
    expect(articlesByTerm(listing, taxonomies.get('country'), 'PE').map((x) => x.id)).toEqual(['es/tres', 'es/uno']);
  });
  it('finds related stories and neighbours in the edition', () => {
    const listing = articlesForLocale(articles, 'en');
    const links = storyLinks(listing);
    expect(links(listing[2]!).related.map((x) => x.id)).toEqual(['es/tres']);
    expect(links(listing[1]!)).toEqual({ previous: listing[0], next: listing[2], related: [] });
    expect(links(listing[0]!)).toEqual({ next: listing[1], related: [listing[2]] });
  });
  it('indexes links the same as scanning the whole listing would', () => {
    // A seeded archive of 400 stories over a few terms, so ties and overlaps abound.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: T[]) => list.filter(() => next() < 0.4).slice(0, 3);
    const archive = Array.from({ length: 400 }, (_, i) =>
      a(`en/s${i}`, {
        translationKey: `s${i}`,
        date: new Date(Date.UTC(2016, 0, 1 + Math.floor(next() * 60))),
        terms: {
          edition: [`2016-0${1 + Math.floor(next() * 3)}`],
          topic: pick(['child-labour', 'climate-change', 'youth', 'finance']),
          country: pick(['PE', 'CO', 'SV', 'HN', 'CR']),
          organization: pick(['clac', 'montana-azul']),
        },
      }),
    );
    const listing = archive.sort(byNewest);
    // Stories are related by the terms they share in the taxonomies declared `related` (topics and countries, not organizations).
    const relatedBy = newsletter.taxonomies.filter((t) => t.related).map((t) => t.field);
    expect(relatedBy).toEqual(['topic', 'country']);
    const scan = (article: Article) => {
      const shared = (x: Article) => relatedBy.reduce((n, field) => n + x.data.terms[field]!.filter((t) => article.data.terms[field]!.includes(t)).length, 0);
      const related = listing
        .filter((x) => x !== article && shared(x) > 0)
        .sort((x, y) => shared(y) - shared(x) || byNewest(x, y))
        .slice(0, 3);
      const edition = listing.filter((x) => x.data.terms['edition']![0] === article.data.terms['edition']![0]);
      const at = edition.indexOf(article);
      return { previous: edition[at - 1], next: edition[at + 1], related };
    };
    const links = storyLinks(listing);
    for (const article of listing) {
      const found = links(article);
      const expected = scan(article);
      expect(found.related.map((x) => x.id)).toEqual(expected.related.map((x) => x.id));
      expect([found.previous?.id, found.next?.id]).toEqual([expected.previous?.id, expected.next?.id]);
    }
  });
  it('gives taxonomy terms localized slugs', () => {
    expect(taxonomies.get('topic').term('child-labour')!.slug).toEqual({ en: 'child-labour', es: 'trabajo-infantil' });
    expect(taxonomies.get('country').term('PE')!.slug).toEqual({ en: 'peru', es: 'peru' });
    expect(taxonomies.map).toBe(taxonomies.get('country'));
    expect(taxonomies.get('organization').term('clac')!.slug).toEqual({ en: 'clac', es: 'clac' });
    expect(taxonomies.edition).toBe(taxonomies.get('edition'));
    expect(taxonomies.edition.terms.map((t) => t.key)).toEqual(['2016-07', '2016-02']);
  });
});

describe('localized values', () => {
  const { term, organization } = termSchemas('en');
  it('keeps the language each text is written in: its own, or the default language’s where it has none yet', () => {
    const youth = term.parse({ name: { en: 'Youth' }, description: { en: 'Young people.', es: 'Jóvenes.' } });
    expect(youth.name).toEqual({ en: { text: 'Youth', lang: 'en' }, es: { text: 'Youth', lang: 'en' } });
    expect(youth.description).toEqual({ en: { text: 'Young people.', lang: 'en' }, es: { text: 'Jóvenes.', lang: 'es' } });
  });
  it('reads a single name as written in every language: nothing is borrowed', () => {
    const name = organization.parse({ name: 'Montaña Azul', kind: 'network', description: { en: 'A network.', es: 'Una red.' } }).name;
    expect(name.es).toEqual({ text: 'Montaña Azul', lang: 'es' });
  });
  it('marks a borrowed text with its language, and gives a page’s own text only where it is written in the page’s language', () => {
    const { name } = term.parse({ name: { en: 'Youth' } });
    expect([foreignLang(name['es']!, 'es'), foreignLang(name['en']!, 'en')]).toEqual(['en', undefined]);
    expect([ownText(name.es, 'es'), ownText(name.en, 'en'), ownText(undefined, 'es')]).toEqual([undefined, 'Youth', undefined]);
  });
});

describe('search across vocabularies', async () => {
  const { queryNames, foldQuery, stateFromParams, paramsFromState, isEmptySearch, pagefindFilters } = await import('../../src/browser/search-state.ts');
  it('reads the facets the page offers from the address, in the page’s order, and ignores others', () => {
    const state = stateFromParams(new URLSearchParams('region=andes&q=+cafe+&topic=youth&topic=youth&colour=red&sort=newest'), ['topic', 'region']);
    expect(state).toEqual({ q: 'cafe', sort: 'newest', selected: { topic: ['youth'], region: ['andes'] } });
    expect(paramsFromState(state).toString()).toBe('q=cafe&topic=youth&region=andes&sort=newest');
    expect(isEmptySearch(stateFromParams(new URLSearchParams('colour=red'), ['topic']))).toBe(true);
    const labels: Record<string, string> = { youth: 'Youth', andes: 'Andes' };
    expect(pagefindFilters(state, (_, slug) => labels[slug], 'region')).toEqual({ topic: { any: ['Youth'] } });
  });
  it('recognises a term named in a query, whatever its accents and case', () => {
    expect(foldQuery('  Niñez   PERÚ ')).toBe('ninez peru');
    expect(queryNames('trabajo infantil', ['Child labour', 'Trabajo infantil'])).toBe(true);
    expect(queryNames('Trabajo Infantil en el Perú', ['Trabajo infantil'])).toBe(true);
    expect(queryNames('infantil', ['Trabajo infantil'])).toBe(false);
    expect(queryNames('cafe', ['Café'])).toBe(true);
  });
});

describe('map shading', async () => {
  const { shade } = await import('../../src/lib/media/map.ts');
  it('gives the most stories the darkest of four shades, and none to countries without', () => {
    expect([0, 1, 2, 3, 4].map((n) => shade(n, 4))).toEqual([0, 1, 2, 3, 4]);
    expect(shade(1, 10)).toBe(1);
  });
});

describe('search excerpts', () => {
  const keywords = 'Child labour · Trabajo infantil · niñez';
  const story = 'Cooperatives in Peru met for a workshop on child protection in the Amazon region last year';
  const indexed = (locations: number[]) => ({ content: `${story} ${keywords}`, locations });
  const text = (parts: ReturnType<typeof storyExcerpt>) => parts?.map((p) => p.text).join('');

  it('is the story’s own text around the match, the match marked', () => {
    const parts = storyExcerpt(indexed([6]), wordCount(keywords), 6);
    expect(text(parts)).toBe('… a workshop on child protection in …');
    expect(parts!.filter((p) => p.mark).map((p) => p.text)).toEqual(['workshop']);
  });

  it('leaves out the keywords even when they matched too', () => {
    const parts = storyExcerpt(indexed([6, 19]), wordCount(keywords));
    expect(text(parts)).toBe(story);
    expect(text(parts)).not.toContain('Trabajo');
  });

  it('is nothing when only the keywords matched, so the summary can stand in', () => {
    expect(storyExcerpt(indexed([18, 19]), wordCount(keywords))).toBeUndefined();
  });
});
