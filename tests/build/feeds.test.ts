import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { newsletter } from '../../src/config/newsletter.ts';
import { intlLocales, locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { articleUrl, feedUrl, outputPath, termUrl } from '../../src/lib/site/urls.ts';
import { builtSite, page, resolveSitePath } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const SITE = 'https://newsletter.example.org';
const dir = builtSite('sample');
const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
const { articles, vocabularies } = checkContent(SAMPLE_CONTENT);
const taxonomies = buildTaxonomies(vocabularies, articles.map((a) => a.data!));

function feed(path: string) {
  const xml = readFileSync(join(dir, path), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss.channel;
}

/** Every rss.xml under a folder, relative to it. */
function feedFiles(root: string, sub = ''): string[] {
  return readdirSync(join(root, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? feedFiles(root, join(sub, e.name)) : e.name === 'rss.xml' ? [join(sub, e.name)] : [],
  );
}

describe('RSS feeds', () => {
  it('every feed (language, and each term of a taxonomy with feeds that a story of the language’s listing carries, whatever language it is in) is valid RSS with absolute links to pages that exist', () => {
    const files = feedFiles(dir);
    const fed = newsletter.taxonomies.filter((t) => t.feeds).map((t) => taxonomies.get(t.field));
    expect(fed.map((t) => t.id).sort()).toEqual(['edition', 'topic']);
    const expected = locales.flatMap((l) => [
      feedUrl(l),
      ...fed.flatMap((t) => t.terms.filter((term) => articles.some((a) => t.termsOf(a.data!).includes(term.key))).map((term) => feedUrl(l, t.id, term.slug[l]))),
    ]);
    // The sample: in each language, its own feed, eight topics' and three editions'.
    expect(expected).toHaveLength(locales.length * (1 + 8 + 3));
    expect(files.sort()).toEqual(expected.map((u) => outputPath(u)).sort());
    for (const file of files) {
      const channel = feed(file);
      expect(channel.item.length, file).toBeGreaterThan(0);
      for (const item of channel.item) expect(resolveSitePath(dir, '/', new URL(item.link).pathname), file).toBeDefined();
    }
  });

  it.each(locales)('the %s feed lists that language’s newest stories with absolute links', (locale) => {
    const channel = feed(outputPath(feedUrl(locale)));
    const newest = articles
      .filter((a) => a.locale === locale)
      .sort((a, b) => b.data!.date.getTime() - a.data!.date.getTime())
      .map((a) => a.data!.title);
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(newest);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${SITE}/${locale}/`));
      expect(articles.some((a) => a.locale === locale && `${SITE}${articleUrl(locale, a.slug)}` === item.link), item.link).toBe(true);
      expect(resolveSitePath(dir, '/', new URL(item.link).pathname)).toBeDefined();
    }
    expect(channel.language).toBe(intlLocales[locale]);
  });

  it('each topic has a feed, announced in its page head', () => {
    expect(termUrl('es', 'topic', 'trabajo-infantil')).toBe('/es/temas/trabajo-infantil/');
    const html = page(dir, '/es/temas/trabajo-infantil/');
    const href = html.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')!;
    expect(href).toBe(`${SITE}/es/temas/trabajo-infantil/rss.xml`);
    const channel = feed('es/temas/trabajo-infantil/rss.xml');
    const expected = articles.filter((a) => a.locale === 'es' && a.data!.terms.topic.includes('child-labour')).length;
    expect(channel.item).toHaveLength(expected);
    expect(channel.item[0].category).toContain('Trabajo infantil');
  });

  it('gives each item, as categories, the names of its topics and products, in the feed’s language', () => {
    let products = 0;
    for (const locale of locales) {
      for (const item of feed(outputPath(feedUrl(locale))).item) {
        const story = articles.find((a) => a.locale === locale && `${SITE}${articleUrl(locale, a.slug)}` === item.link)!;
        const names = (['topic', 'product'] as const).flatMap((field) => story.data!.terms[field].map((key) => taxonomies.get(field).term(key)!.name[locale].text));
        expect(item.category ?? [], item.link).toEqual(names);
        products += story.data!.terms.product.length;
      }
    }
    expect(products).toBeGreaterThan(0);
  });
});
