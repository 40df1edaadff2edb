import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { articlesForLocale, published, storyLinks, translationsOf, type Article, type StoryLinks } from './articles.ts';
import { termPages, type TermPage } from './routes.ts';
import { buildTaxonomies, type Taxonomies } from './taxonomy.ts';
import type { Vocabularies } from './vocabulary.ts';
import { fileHistories, translationStatus, type StoryTranslations } from './translation-status.ts';
import { resolve } from 'node:path';
import { cacheKey, serialise } from './cache-key.ts';

/** An article backed by its content collection entry (for rendering its body). */
export type SiteArticle = Article<CollectionEntry<'articles'>>;

/** Everything pages read: articles, vocabularies and taxonomies, loaded once per build. */
export interface Site {
  articles: SiteArticle[];
  vocabularies: Vocabularies;
  taxonomies: Taxonomies;
  /** Each language's listing (see `articlesForLocale`). */
  listing: Record<Locale, SiteArticle[]>;
  /** Each story's translation state, by translationKey. */
  translations: Map<string, StoryTranslations>;
  /** Each story's versions by language, by translationKey. */
  versions: Map<string, Map<Locale, SiteArticle>>;
  /** Every term page of every taxonomy and language (pages and feeds both route from it). */
  termPages: TermPage<CollectionEntry<'articles'>>[];
  /** An article's edition neighbours and related stories, within its language's listing. */
  links: Record<Locale, (article: Article) => StoryLinks<CollectionEntry<'articles'>>>;
  /** A hash of what every page may show beyond its own stories: the vocabularies and the countries with a page. */
  fingerprint: string;
}

let site: Promise<Site> | undefined;

async function entries<C extends 'topics' | 'organizations' | 'products' | 'editions'>(name: C) {
  const list = await getCollection(name);
  return new Map(list.map((e) => [e.id, e.data as CollectionEntry<C>['data']]));
}

async function loadSite(): Promise<Site> {
  const entriesOfArticles = await getCollection('articles');
  const articles: SiteArticle[] = published(
    entriesOfArticles.map((entry) => {
      const [locale, ...rest] = entry.id.split('/');
      if (!locale || !isLocale(locale)) throw new Error(`${entry.filePath}: not in a language folder`);
      return { id: entry.id, locale, slug: entry.data.slug ?? rest.join('/').split('/').pop()!, data: entry.data, entry };
    }),
    import.meta.env.DEV,
  );
  const vocabularies: Vocabularies = {
    topics: await entries('topics'),
    organizations: await entries('organizations'),
    products: await entries('products'),
    editions: await entries('editions'),
  };
  const versions = articles.map((a) => ({
    file: resolve(a.entry.filePath!),
    locale: a.locale,
    slug: a.slug,
    title: a.data.title,
    translationKey: a.data.translationKey,
    edition: a.data.edition,
  }));
  const translations = translationStatus(versions, fileHistories(versions.map((v) => v.file)));
  const taxonomies = buildTaxonomies(vocabularies, articles.map((a) => a.data));
  const listing = Object.fromEntries(locales.map((l) => [l, articlesForLocale(articles, l)])) as Record<Locale, SiteArticle[]>;
  return {
    articles,
    vocabularies,
    translations: new Map(translations.map((t) => [t.translationKey, t])),
    versions: translationsOf(articles),
    taxonomies,
    listing,
    termPages: termPages(taxonomies, listing),
    links: Object.fromEntries(locales.map((l) => [l, storyLinks(listing[l])])) as Site['links'],
    fingerprint: cacheKey(vocabularies, taxonomies.country.terms.map((t) => t.key)),
  };
}

const shownOnce = new WeakMap<Article, string>();

/**
 * What lists and links show of a story: where it lives and its frontmatter.
 * Serialised once a story: it is part of the keys of its own page, of the
 * pages that link to it and of every listing it is in.
 */
function shown(a: Article): string {
  let value = shownOnce.get(a);
  if (value === undefined) {
    value = serialise([a.id, a.locale, a.slug, a.data]);
    shownOnce.set(a, value);
  }
  return value;
}

/**
 * An article page's cache key (see `cacheKey`): the article and its body,
 * where its other versions live and how current they are, the stories it
 * links to, and the vocabularies.
 */
export function articlePageKey(site: Site, article: SiteArticle, links: StoryLinks<unknown>): string {
  const { translationKey } = article.data;
  const story = site.translations.get(translationKey);
  return cacheKey(
    site.fingerprint,
    shown(article),
    article.entry.digest,
    article.entry.rendered?.html,
    [...site.versions.get(translationKey)!].map(([l, a]) => [l, a.slug]),
    story && [story.source, story.states],
    [links.previous, links.next, ...links.related].map((a) => a && shown(a)),
  );
}

/** A term page's cache key (see `cacheKey`): the page's place in its listing, its stories and the vocabularies. */
export function termPageKey(site: Site, page: TermPage, alternates: Partial<Record<Locale, string>>): string {
  return cacheKey(site.fingerprint, page.locale, page.taxonomy.id, page.term.key, page.page, page.pageUrls, page.total, alternates, page.articles.map(shown));
}

/** The site's content, loaded on first use and shared by every page of the build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}
