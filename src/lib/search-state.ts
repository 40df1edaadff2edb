/** The facets of search, in the order the URL lists them. */
export const facetIds = ['topic', 'country', 'organization', 'product', 'edition'] as const;
export type FacetId = (typeof facetIds)[number];

/** Everything a search is: kept in the URL so it can be shared and the Back button works. */
export interface SearchState {
  q: string;
  sort: '' | 'newest';
  /** Selected values (localized slugs) per facet. */
  selected: Record<FacetId, string[]>;
}

/** Reads a search from a URL query string (`?q=cafe&topic=trabajo-infantil&topic=juventud`). */
export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'newest' ? 'newest' : '',
    selected: Object.fromEntries(facetIds.map((id) => [id, [...new Set(params.getAll(id))]])) as Record<FacetId, string[]>,
  };
}

/** The query string for a search; empty parts are left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const id of facetIds) for (const slug of state.selected[id]) params.append(id, slug);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Whether there is nothing to search for yet (no words, no facet chosen). */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && facetIds.every((id) => state.selected[id].length === 0);
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
  for (const id of facetIds) {
    if (id === except) continue;
    const labels = state.selected[id].map((slug) => labelOf(id, slug)).filter((l): l is string => l !== undefined);
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
    const word = foldQuery(k).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return word.length >= 3 && q.includes(` ${word} `);
  });
}
