import { locales, type Locale } from '../i18n/locales.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Taxonomy } from './taxonomy.ts';

/** An article in one language, with whatever the renderer needs attached as `entry`. */
export interface Article<E = unknown> {
  /** "<locale>/<file name>", unique across languages. */
  id: string;
  locale: Locale;
  slug: string;
  data: ArticleData;
  entry: E;
}

/** Newest first; same day by title, so the order never depends on file order. */
export function byNewest(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

/** Leaves drafts out unless they are wanted (the dev server shows them). */
export function published<E>(articles: readonly Article<E>[], includeDrafts: boolean): Article<E>[] {
  return articles.filter((a) => includeDrafts || !a.data.draft);
}

/** Every language version of each story, by translationKey. */
export function translationsOf<E>(articles: readonly Article<E>[]): Map<string, Map<Locale, Article<E>>> {
  const groups = new Map<string, Map<Locale, Article<E>>>();
  for (const a of articles) {
    const group = groups.get(a.data.translationKey) ?? new Map<Locale, Article<E>>();
    group.set(a.locale, a);
    groups.set(a.data.translationKey, group);
  }
  return groups;
}

/**
 * What a reader of one language browses: each story once, in their language
 * where it exists, otherwise in the first language it has (and then marked
 * with that language). Newest first.
 */
export function articlesForLocale<E>(articles: readonly Article<E>[], locale: Locale): Article<E>[] {
  return [...translationsOf(articles).values()]
    .map((versions) => versions.get(locale) ?? locales.map((l) => versions.get(l)).find((a) => a !== undefined)!)
    .sort(byNewest);
}

/** The stories of a reader's listing that carry a term, newest first. */
export function articlesByTerm<E>(listing: readonly Article<E>[], taxonomy: Taxonomy, key: string): Article<E>[] {
  return listing.filter((a) => taxonomy.termsOf(a.data).includes(key));
}

/** How many stories of a listing carry each term; terms no story carries are absent. */
export function termCounts(listing: readonly Article[], taxonomy: Taxonomy): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of listing) for (const key of new Set(taxonomy.termsOf(a.data))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Stories sharing the most topics and countries with an article, best first. */
export function relatedArticles<E>(listing: readonly Article<E>[], article: Article, max = 3): Article<E>[] {
  const shared = (a: Article) =>
    a.data.topic.filter((t) => article.data.topic.includes(t)).length +
    a.data.country.filter((c) => article.data.country.includes(c)).length;
  return listing
    .filter((a) => a.data.translationKey !== article.data.translationKey && shared(a) > 0)
    .sort((a, b) => shared(b) - shared(a) || byNewest(a, b))
    .slice(0, max);
}

/** The stories before and after an article in its edition's listing order. */
export function editionNeighbours<E>(listing: readonly Article<E>[], article: Article): { previous?: Article<E>; next?: Article<E> } {
  const edition = listing.filter((a) => a.data.edition === article.data.edition);
  const index = edition.findIndex((a) => a.data.translationKey === article.data.translationKey);
  const previous = index > 0 ? edition[index - 1] : undefined;
  const next = index >= 0 ? edition[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
