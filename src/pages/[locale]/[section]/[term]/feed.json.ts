import type { APIRoute } from 'astro';
import { getSite, termFeedPaths, type SiteArticle } from '../../../../lib/site/site.ts';
import { termFeed } from '../../../../lib/site/feeds.ts';
import type { TermPage } from '../../../../lib/site/routes.ts';
import { jsonFeed } from '../../../../lib/site/json-feed.ts';
import { feedStory } from '../../../../components/feed-story.ts';

export const getStaticPaths = termFeedPaths;

/** A term's feed as JSON Feed (beside its RSS) (for taxonomies declared with `feeds`). */
export const GET: APIRoute = async ({ props, site }) => {
  const { page } = props as { page: TermPage<SiteArticle['entry']> };
  const { taxonomies } = await getSite();
  return jsonFeed(await termFeed(page, { taxonomies, origin: site!, body: feedStory }));
};
