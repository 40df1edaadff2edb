import type { Locale } from '../../i18n/locales.ts';
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
 * The facets of a language's search page, with counts over the articles
 * written in that language (the ones its Pagefind index holds). The counts
 * are shown before any index data is fetched.
 */
export function searchFacets(taxonomies: Taxonomies, articles: readonly Article[], locale: Locale): Facet[] {
  const own = articles.filter((a) => a.locale === locale);
  return taxonomies.list
    .filter((taxonomy) => taxonomy.settings.facet)
    .map((taxonomy) => ({
    id: taxonomy.id,
    values: countedTerms(own, taxonomy).map(({ term, count }) => ({ slug: term.slug[locale], name: term.name[locale], count, keywords: term.keywords })),
  }));
}
