import type { Feed } from './feeds.ts';

/** The JSON Feed version this site writes (https://www.jsonfeed.org/version/1.1/). */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * A feed as JSON Feed 1.1: the same items as its RSS twin, each with its
 * story in full (`content_html`), summary, date, language and picture.
 */
export function jsonFeed(feed: Feed): Response {
  const json = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homePageUrl,
    feed_url: feed.jsonUrl,
    language: feed.language,
    authors: [feed.author],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.body.html,
      ...(item.body.image ? { image: item.body.image.url } : {}),
      date_published: item.date.toISOString(),
      language: item.language,
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  };
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
