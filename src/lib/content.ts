import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { articlesForLocale, published, translationsOf, type Article } from './articles.ts';
import { termPages, type TermPage } from './routes.ts';
import { buildTaxonomies, type Taxonomies } from './taxonomy.ts';
import type { Vocabularies } from './vocabulary.ts';
import { fileHistories, translationStatus, type StoryTranslations } from './translation-status.ts';
import { resolve } from 'node:path';

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
  };
}

/** The site's content, loaded on first use and shared by every page of the build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}
