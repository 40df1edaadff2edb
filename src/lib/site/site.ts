import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, locales, type Locale } from '../../i18n/locales.ts';
import { articlesForLocale, published, storyLinks, translationsOf, type Article, type StoryLinks } from './articles.ts';
import { termPageParams, termPages, type TermPage } from './routes.ts';
import { hasFeed } from './feeds.ts';
import { buildTaxonomies, type Taxonomies } from './taxonomy.ts';
import { vocabularyFile, vocabularyTaxonomies, type Vocabularies, type VocabularyTaxonomy, type VocabularyTerm } from '../content/vocabulary.ts';
import { contentDir } from '../content/content-dir.ts';
import { newsletterFingerprint } from '../../config/newsletter.ts';
import { fileHistories, translationStatus, type StoryTranslations } from '../content/translation-status.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheKey, serialise } from '../cache/cache-key.ts';

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
  /** A hash of what every page may show beyond its own stories: the newsletter's declaration and strings, the vocabularies and the countries with a page. */
  fingerprint: string;
}

let site: Promise<Site> | undefined;

/** A vocabulary's terms, from its collection (named by its taxonomy's field), in file order. */
async function vocabulary(taxonomy: VocabularyTaxonomy): Promise<Map<string, VocabularyTerm>> {
  const file = join(contentDir(), vocabularyFile(taxonomy));
  if (!existsSync(file)) return new Map();
  const list = (await getCollection(taxonomy.field as never)) as { id: string; data: VocabularyTerm }[];
  return new Map(list.map((e) => [e.id, e.data]));
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
  const vocabularies: Vocabularies = new Map(await Promise.all(vocabularyTaxonomies.map(async (t) => [t.field, await vocabulary(t)] as const)));
  const taxonomies = buildTaxonomies(
    vocabularies,
    articles.map((a) => a.data),
  );
  const versions = articles.map((a) => ({
    file: resolve(a.entry.filePath!),
    locale: a.locale,
    slug: a.slug,
    title: a.data.title,
    translationKey: a.data.translationKey,
    edition: taxonomies.edition.termsOf(a.data)[0]!,
  }));
  const translations = translationStatus(versions, fileHistories(versions.map((v) => v.file)));
  const listing = Object.fromEntries(locales.map((l) => [l, articlesForLocale(articles, l)])) as Record<Locale, SiteArticle[]>;
  return {
    articles,
    vocabularies,
    translations: new Map(translations.map((t) => [t.translationKey, t])),
    versions: translationsOf(articles),
    taxonomies,
    listing,
    termPages: termPages(taxonomies, listing),
    links: Object.fromEntries(locales.map((l) => [l, storyLinks(listing[l]!)])) as Site['links'],
    fingerprint: cacheKey(
      newsletterFingerprint,
      vocabularies,
      taxonomies.map?.terms.map((t) => t.key),
    ),
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

/** The static paths of a term's feeds, one per term with a feed (its first page), whatever the feed's format. */
export async function termFeedPaths() {
  const site = await getSite();
  return site.termPages
    .filter((p) => p.page === 1 && hasFeed(p))
    .map((page) => {
      const { locale, section, term } = termPageParams(page);
      return { params: { locale, section, term }, props: { page } };
    });
}
