import type { TaxonomyId } from './taxonomy.ts';

/** Taxonomies whose terms get their own RSS feed, besides each language's main feed. */
export const feedTaxonomies: readonly TaxonomyId[] = ['topic', 'edition'];

/** Whether a taxonomy's terms have feeds. */
export function hasFeed(id: TaxonomyId): boolean {
  return feedTaxonomies.includes(id);
}

/** How many items a feed carries. */
export const FEED_SIZE = 20;
