import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parse } from 'node-html-parser';
import { newsletter } from '../../src/config/newsletter.ts';
import { intlLocales, locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { articleUrl, feedUrl, homeUrl, jsonFeedUrl, outputPath, termUrl } from '../../src/lib/site/urls.ts';
import { builtSite, page, resolveSitePath, siteOptions } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const SITE = 'https://newsletter.example.org';
const dir = builtSite('sample');
const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
const { articles, vocabularies } = checkContent(SAMPLE_CONTENT);
const taxonomies = buildTaxonomies(
  vocabularies,
  articles.map((a) => a.data!),
);

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
      ...fed.flatMap((t) =>
        t.terms.filter((term) => articles.some((a) => t.termsOf(a.data!).includes(term.key))).map((term) => feedUrl(l, t.id, term.slug[l])),
      ),
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
      expect(
        articles.some((a) => a.locale === locale && `${SITE}${articleUrl(locale, a.slug)}` === item.link),
        item.link,
      ).toBe(true);
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
    const expected = articles.filter((a) => a.locale === 'es' && a.data!.terms['topic']!.includes('child-labour')).length;
    expect(channel.item).toHaveLength(expected);
    expect(channel.item[0].category).toContain('Trabajo infantil');
  });

  it('gives each item, as categories, the names of its topics and products, in the feed’s language', () => {
    let products = 0;
    for (const locale of locales) {
      for (const item of feed(outputPath(feedUrl(locale))).item) {
        const story = articles.find((a) => a.locale === locale && `${SITE}${articleUrl(locale, a.slug)}` === item.link)!;
        const names = (['topic', 'product'] as const).flatMap((field) =>
          story.data!.terms[field]!.map((key) => taxonomies.get(field).term(key)!.name[locale]!.text),
        );
        expect(item.category ?? [], item.link).toEqual(names);
        products += story.data!.terms['product']!.length;
      }
    }
    expect(products).toBeGreaterThan(0);
  });
});

/** A feed's file as the site it is part of serves it, by its path in the output folder. */
function servedAt(site: string, base: string, file: string): string {
  return `${site}${base}${file.split(sep).join('/')}`;
}

/** Every `href`, `src` and `srcset` address in a piece of HTML. */
function addresses(html: string): string[] {
  return parse(html)
    .querySelectorAll('*')
    .flatMap((el) => [
      ...['href', 'src'].flatMap((name) => el.getAttribute(name) ?? []),
      ...(el
        .getAttribute('srcset')
        ?.split(',')
        .map((c) => c.trim().split(/\s+/)[0]!) ?? []),
    ]);
}

/** Text as a reader sees it, whatever the markup's line breaks. */
function words(html: string): string {
  return parse(html).textContent.replace(/\s+/g, ' ').trim();
}

describe.each(['sample', 'sample-base', 'trilingual', 'edge'] as const)('full-text feeds of the %s site', (name) => {
  const root = builtSite(name);
  const base = siteOptions(name).base ?? '/';
  const rssFiles = feedFiles(root);

  it('every RSS feed, read by a feed parser (feedsmith), names itself (atom:link rel="self") and carries each story in full, its text as its page shows it, with absolute addresses of files of the site only', () => {
    expect(rssFiles.length).toBeGreaterThan(0);
    for (const file of rssFiles) {
      const feed = parseRssFeed(readFileSync(join(root, file), 'utf8'));
      expect(
        feed.atom?.links?.filter((l) => l.rel === 'self').map((l) => l.href),
        file,
      ).toEqual([servedAt(SITE, base, file)]);
      expect(feed.items?.length, file).toBeGreaterThan(0);
      for (const item of feed.items!) {
        const html = item.content?.encoded ?? '';
        const story = parse(readFileSync(resolveSitePath(root, base, new URL(item.link!).pathname)!, 'utf8'));
        // The whole text: everything the story's page shows as its text is in the item.
        expect(words(html), item.link).toContain(words(story.querySelector('.prose')!.innerHTML));
        expect(html, item.link).not.toMatch(/<(script|style|iframe|object|embed)\b|\s(on\w+|data-[\w-]+|style|srcset)=/i);
        for (const address of addresses(html)) {
          expect(address, `${file}: ${item.link}`).toMatch(new RegExp(`^${SITE}${base}`));
          expect(resolveSitePath(root, base, new URL(address).pathname), `${file}: ${address}`).toBeDefined();
        }
      }
    }
  });

  it('every RSS feed has a JSON Feed 1.1 beside it with the required fields, its own address, the publisher, and the same items: text, summary, date, language, picture', () => {
    for (const file of rssFiles) {
      const jsonFile = join(dirname(file), 'feed.json');
      const json = JSON.parse(readFileSync(join(root, jsonFile), 'utf8'));
      // Read by the same library, which knows JSON Feed's fields.
      expect(parseJsonFeed(json).items?.length, jsonFile).toBe(json.items.length);
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.feed_url).toBe(servedAt(SITE, base, jsonFile));
      const rss = parseRssFeed(readFileSync(join(root, file), 'utf8'));
      expect(json.title).toBe(rss.title);
      expect(json.home_page_url).toBe(rss.link);
      expect(json.language).toBe(rss.language);
      expect(json.authors).toHaveLength(1);
      if (name !== 'trilingual')
        expect(json.authors[0]).toEqual({ name: newsletter.publisher.name, ...(newsletter.publisher.url ? { url: newsletter.publisher.url } : {}) });
      expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items!.map((i) => i.link));
      json.items.forEach((item: Record<string, string>, n: number) => {
        const twin = rss.items![n]!;
        expect(item['url']).toBe(twin.link);
        expect(item['title']).toBe(twin.title);
        expect(item['summary']).toBe(twin.description);
        expect(item['content_html']).toBe(twin.content?.encoded);
        expect(new Date(item['date_published']!).getTime()).toBe(new Date(twin.pubDate!).getTime());
        // A story in the feed's language says so; one shown from another language says its own, as RSS's dc:language does.
        expect(item['language']).toBe(twin.dc?.languages?.[0] ?? rss.language);
        const hero = parse(item['content_html']!).querySelector('figure.hero img')?.getAttribute('src');
        expect(item['image']).toBe(hero);
      });
    }
  });
});

describe('feeds in page heads', () => {
  it.each(locales)('the %s home and a term page announce their feed as RSS and as JSON Feed, at the addresses the URL builder gives', (locale) => {
    const topic = taxonomies.get('topic');
    const term = topic.terms.find((t) => articles.some((a) => a.locale === locale && topic.termsOf(a.data!).includes(t.key)))!;
    for (const [path, rss, json] of [
      [homeUrl(locale), feedUrl(locale), jsonFeedUrl(locale)],
      [termUrl(locale, 'topic', term.slug[locale]!), feedUrl(locale, 'topic', term.slug[locale]!), jsonFeedUrl(locale, 'topic', term.slug[locale]!)],
    ] as const) {
      const head = page(dir, path).querySelector('head')!;
      expect(head.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href'), path).toBe(`${SITE}${rss}`);
      expect(head.querySelector('link[rel="alternate"][type="application/feed+json"]')!.getAttribute('href'), path).toBe(`${SITE}${json}`);
      expect(resolveSitePath(dir, '/', json)).toBeDefined();
    }
  });
});
