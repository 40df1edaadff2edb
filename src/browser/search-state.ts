/** A facet of search: a taxonomy's field, as the page's filters name it (`data-facet`). */
export type FacetId = string;

/** Everything a search is: kept in the URL so it can be shared and the Back button works. */
export interface SearchState {
  q: string;
  sort: '' | 'newest';
  /** Selected values (localized slugs) per facet, in the order the page offers the facets. */
  selected: Record<FacetId, string[]>;
}

/**
 * Reads a search from a URL query string (`?q=cafe&topic=trabajo-infantil&topic=juventud`);
 * `facets` are the ones the page offers: a parameter of any other is ignored.
 */
export function stateFromParams(params: URLSearchParams, facets: readonly FacetId[]): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'newest' ? 'newest' : '',
    selected: Object.fromEntries(facets.map((id) => [id, [...new Set(params.getAll(id))]])),
  };
}

/** The query string for a search; empty parts are left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [id, slugs] of Object.entries(state.selected)) for (const slug of slugs) params.append(id, slug);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Whether there is nothing to search for yet (no words, no facet chosen). */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && Object.values(state.selected).every((slugs) => slugs.length === 0);
}

/**
 * Pagefind filters for a search: values of one facet widen the result (any),
 * facets narrow it (all). `except` leaves one facet out, to count what each of
 * its values would give.
 */
export function pagefindFilters(
  state: SearchState,
  labelOf: (facet: FacetId, slug: string) => string | undefined,
  except?: FacetId,
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [id, slugs] of Object.entries(state.selected)) {
    if (id === except) continue;
    const labels = slugs.map((slug) => labelOf(id, slug)).filter((l): l is string => l !== undefined);
    if (labels.length) filters[id] = { any: labels };
  }
  return filters;
}

/** Lower case, accents folded, spaces collapsed: how queries and term names are compared. */
export function foldQuery(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether a query names a term: it is one of the term's keywords, or contains
 * one as whole words ("trabajo infantil en Perú" names child labour).
 */
export function queryNames(query: string, keywords: readonly string[]): boolean {
  const q = ` ${foldQuery(query).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return keywords.some((k) => {
    const word = foldQuery(k)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return word.length >= 3 && q.includes(` ${word} `);
  });
}
