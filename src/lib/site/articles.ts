import { basename } from 'node:path';
import { newsletter } from '../../config/newsletter.ts';
import { fallbackLocales, type Locale } from '../../i18n/locales.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Taxonomy } from './taxonomy.ts';
import { editionTaxonomy } from '../content/vocabulary.ts';

/** The taxonomies whose shared terms make stories related. */
const relatedBy = newsletter.taxonomies.filter((t) => t.related).map((t) => t.field);

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

/** What the site's model needs of a story file the content check read (structural, so pages never load the checker). */
interface CheckedStory {
  file: string;
  locale: Locale;
  slug: string;
  data?: ArticleData | undefined;
}

/**
 * The published stories of a content check, as the site's model holds them
 * (each with its checked file as `entry`): for the build's steps that run
 * outside Astro's renderer (emails, social cards).
 */
export function publishedFromCheck<F extends CheckedStory>(files: readonly F[]): Article<F>[] {
  return files.flatMap((f) =>
    f.data && !f.data.draft ? [{ id: `${f.locale}/${basename(f.file)}`, locale: f.locale, slug: f.slug, data: f.data, entry: f }] : [],
  );
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
 * where it exists, otherwise in the first of their language's fallback
 * languages it has (and then marked with that language). Newest first.
 */
export function articlesForLocale<E>(articles: readonly Article<E>[], locale: Locale): Article<E>[] {
  return [...translationsOf(articles).values()]
    .map((versions) => versions.get(locale) ?? fallbackLocales[locale]!.map((l) => versions.get(l)).find((a) => a !== undefined)!)
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

/** What an article page links to besides itself. */
export interface StoryLinks<E> {
  /** The stories before and after it in its edition's listing order. */
  previous?: Article<E>;
  next?: Article<E>;
  /** Stories sharing the most terms with it (of the taxonomies declared `related`), best first (newest first among equals). */
  related: Article<E>[];
}

/**
 * Indexes a listing once (each edition's stories, and each related
 * taxonomy's term's stories), so that finding one story's links reads only the
 * stories it shares a term with: an archive of thousands of stories is not
 * scanned once per page.
 */
export function storyLinks<E>(listing: readonly Article<E>[], maxRelated = 3): (article: Article) => StoryLinks<E> {
  const position = new Map(listing.map((a, i) => [a.data.translationKey, i]));
  const byEdition = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  const sharedTerms = (a: Article) => new Set(relatedBy.flatMap((field) => a.data.terms[field]!.map((key) => `${field}:${key}`)));
  const editionOf = (a: Article) => a.data.terms[editionTaxonomy.field]![0]!;
  listing.forEach((a, i) => {
    add(byEdition, editionOf(a), i);
    for (const term of sharedTerms(a)) add(byTerm, term, i);
  });
  // Reused between calls: how many terms each story of the listing shares with the article.
  const scores = new Uint16Array(listing.length);

  return (article) => {
    const self = position.get(article.data.translationKey);
    const edition = byEdition.get(editionOf(article)) ?? [];
    const at = self === undefined ? -1 : edition.indexOf(self);
    const previous = at > 0 ? listing[edition[at - 1]!] : undefined;
    const next = at >= 0 ? listing[edition[at + 1]!] : undefined;

    const touched: number[] = [];
    for (const term of sharedTerms(article)) {
      for (const i of byTerm.get(term) ?? []) {
        if (i === self) continue;
        if (scores[i] === 0) touched.push(i);
        scores[i]!++;
      }
    }
    // The best `maxRelated` by score, a lower index (newer) winning a tie: kept
    // sorted by insertion, as thousands of stories can share a term.
    const best: number[] = [];
    for (const i of touched) {
      const score = scores[i]!;
      let rank = best.length;
      while (rank > 0 && (score > scores[best[rank - 1]!]! || (score === scores[best[rank - 1]!]! && i < best[rank - 1]!))) rank--;
      if (rank >= maxRelated) continue;
      best.splice(rank, 0, i);
      if (best.length > maxRelated) best.pop();
    }
    const related = best.map((i) => listing[i]!);
    for (const i of touched) scores[i] = 0;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}), related };
  };
}
