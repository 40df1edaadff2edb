import { locales, type Locale } from '../../i18n/locales.ts';
import { articlesByTerm, termCounts, type Article } from './articles.ts';
import { paginate } from './pagination.ts';
import type { Taxonomies, Taxonomy, Term } from './taxonomy.ts';
import { sectionSegment, termUrl } from './urls.ts';

/** Pages that stand alone in each language: search, and the editors' translation report. */
export const standalonePages = ['search', 'translations'] as const;
export type StandalonePage = (typeof standalonePages)[number];

/** One page of a term's listing in one language. */
export interface TermPage<E = unknown> {
  locale: Locale;
  taxonomy: Taxonomy;
  term: Term;
  /** 1-based. */
  page: number;
  /** The URL of each page of this term's listing. */
  pageUrls: string[];
  articles: Article<E>[];
  /** How many stories carry the term in this language's listing. */
  total: number;
}

/**
 * Every term page of every taxonomy with pages, in every language: only terms that some
 * story of that language's listing carries, split into pages.
 */
export function termPages<E>(taxonomies: Taxonomies, listing: Record<Locale, Article<E>[]>): TermPage<E>[] {
  return locales.flatMap((locale) =>
    taxonomies.list
      .filter((taxonomy) => taxonomy.settings.pages)
      .flatMap((taxonomy) => {
        const counts = termCounts(listing[locale]!, taxonomy);
        return taxonomy.terms
          .filter((term) => counts.has(term.key))
          .flatMap((term) => {
            const all = articlesByTerm(listing[locale]!, taxonomy, term.key);
            const pages = paginate(all);
            const pageUrls = pages.map((_, i) => termUrl(locale, taxonomy.id, term.slug[locale]!, i + 1));
            return pages.map((articles, i) => ({ locale, taxonomy, term, page: i + 1, pageUrls, articles, total: all.length }));
          });
      }),
  );
}

/** Route parameters for a term page (`[locale]/[section]/[term]/[...page]`). */
export function termPageParams(p: TermPage) {
  return {
    locale: p.locale,
    section: sectionSegment(p.locale, p.taxonomy.id),
    term: p.term.slug[p.locale],
    page: p.page > 1 ? String(p.page) : undefined,
  };
}

/**
 * The same term page in every language where it exists (same page number),
 * for each term page: one pass, keyed by taxonomy, term and page.
 */
export function termPageAlternates(all: readonly TermPage[]): Map<TermPage, Partial<Record<Locale, string>>> {
  const key = (p: TermPage) => `${p.taxonomy.id}\n${p.term.key}\n${p.page}`;
  const byKey = new Map<string, Partial<Record<Locale, string>>>();
  for (const p of all) {
    const alternates = byKey.get(key(p)) ?? {};
    alternates[p.locale] = p.pageUrls[p.page - 1]!;
    byKey.set(key(p), alternates);
  }
  return new Map(all.map((p) => [p, byKey.get(key(p))!]));
}
