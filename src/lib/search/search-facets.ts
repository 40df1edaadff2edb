import type { Locale } from '../../i18n/locales.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { LocalText } from '../../schemas/localized.ts';
import type { Article } from '../site/articles.ts';
import { countedTerms } from '../site/indexes.ts';
import type { Taxonomies, TaxonomyId } from '../site/taxonomy.ts';

/** One value of a search facet: its URL slug and its name in the page's language, whose text is also its Pagefind filter value. */
export interface FacetValue {
  slug: string;
  name: LocalText;
  /** Stories with this value in the language's index, before any search. */
  count: number;
  /** The term's names in every language and its aliases: a query matching one suggests the facet. */
  keywords: string[];
}

/** A search facet: a taxonomy whose terms filter the results. */
export interface Facet {
  id: TaxonomyId;
  values: FacetValue[];
}

/**
 * The facets of a language's search page, with counts over its listing
 * (`articlesForLocale`: every story its pages list, those shown in another
 * language included), which is what its Pagefind index holds. The counts
 * are shown before any index data is fetched. Values come in the order the
 * language's readers see the terms everywhere (`countedTerms`): the page
 * writes them so, and the search script keeps that order.
 */
export function searchFacets(taxonomies: Taxonomies, listing: readonly Article[], locale: Locale): Facet[] {
  return taxonomies.list
    .filter((taxonomy) => taxonomy.settings.facet)
    .map((taxonomy) => ({
      id: taxonomy.id,
      values: countedTerms(listing, taxonomy, locale).map(({ term, count }) => ({
        slug: term.slug[locale]!,
        name: term.name[locale]!,
        count,
        keywords: term.keywords,
      })),
    }));
}

/**
 * The Pagefind filters of a story's record in a language's index: its terms
 * of each facet taxonomy, by their names in that language. Its article page
 * marks the same (`data-pagefind-filter`: the edition on its kicker, the
 * others on its term links); a story another language's index borrows
 * carries these instead of its page's (see `borrowedRecord`).
 */
export function storyFilters(taxonomies: Taxonomies, data: ArticleData, locale: Locale): Record<string, string[]> {
  return Object.fromEntries(
    taxonomies.list
      .filter((taxonomy) => taxonomy.settings.facet && (taxonomy === taxonomies.edition || taxonomy.settings.onArticle))
      .map((taxonomy) => [taxonomy.id, taxonomy.termsOf(data).map((key) => taxonomy.term(key)!.name[locale]!.text)] as const)
      .filter(([, names]) => names.length > 0),
  );
}
