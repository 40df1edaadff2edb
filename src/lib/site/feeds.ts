import type { TermPage } from './routes.ts';

/**
 * Whether a term's listing has a feed: its taxonomy is declared with
 * `feeds`, and some story written in the page's language carries it (a feed
 * holds only stories in its language: a term carried only by stories shown
 * from other languages would get an empty one).
 */
export function hasFeed(page: TermPage): boolean {
  return page.taxonomy.settings.feeds && page.written > 0;
}

/** How many items a feed carries. */
export const FEED_SIZE = 20;
