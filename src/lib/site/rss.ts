import rss from '@astrojs/rss';
import type { Feed } from './feeds.ts';

/** Dublin Core, whose `dc:language` says an item's language where it is not the feed's. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** Atom, for the feed's `atom:link rel="self"`: where readers and validators find the feed itself. */
const ATOM = 'http://www.w3.org/2005/Atom';

/** Text as XML character data (`customData` is written as given). */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A feed as RSS 2.0: each story's summary as its `description` and the
 * story in full as `content:encoded` (what a mailing tool's RSS campaign
 * sends), the feed's own address as `atom:link rel="self"`, and a story in
 * another language than the feed's marked with `dc:language`.
 */
export function rssFeed(feed: Feed): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.homePageUrl,
    trailingSlash: true,
    xmlns: {
      atom: ATOM,
      // Declared only where an item needs it: a feed of its own language's stories stays as it was.
      ...(feed.items.some((i) => i.borrowed) ? { dc: DUBLIN_CORE } : {}),
    },
    customData: `<language>${xmlText(feed.language)}</language><atom:link href="${xmlText(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      description: item.summary,
      pubDate: item.date,
      link: item.url,
      content: item.body.html,
      categories: item.categories,
      ...(item.borrowed ? { customData: `<dc:language>${xmlText(item.language)}</dc:language>` } : {}),
    })),
  });
}
