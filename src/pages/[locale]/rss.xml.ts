import type { APIRoute } from 'astro';
import { locales } from '../../i18n/locales.ts';
import { getSite } from '../../lib/site/site.ts';
import { languageFeed } from '../../lib/site/feeds.ts';
import { rssFeed } from '../../lib/site/rss.ts';
import { feedStory } from '../../components/feed-story.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

/** A language's main feed as RSS: its newest stories, in full. */
export const GET: APIRoute = async ({ params, site }) => {
  const { listing, taxonomies } = await getSite();
  const locale = params['locale']!;
  return rssFeed(await languageFeed(locale, listing[locale]!, { taxonomies, origin: site!, body: feedStory }));
};
