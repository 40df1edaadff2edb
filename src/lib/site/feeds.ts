import type { TermPage } from './routes.ts';

/**
 * Whether a term's listing has a feed: its taxonomy is declared with `feeds`
 * (a term page lists at least one story, and its feed carries what it lists,
 * stories shown from other languages included).
 */
export function hasFeed(page: TermPage): boolean {
  return page.taxonomy.settings.feeds;
}

/** How many items a feed carries. */
export const FEED_SIZE = 20;
