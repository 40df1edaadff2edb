import type { APIRoute } from 'astro';
import { getSite } from '../../../../lib/site/site.ts';
import { hasFeed, termFeed } from '../../../../lib/site/feeds.ts';
import { termPageParams, type TermPage } from '../../../../lib/site/routes.ts';
import { jsonFeed } from '../../../../lib/site/json-feed.ts';
import { feedStory } from '../../../../components/feed-story.ts';
import type { SiteArticle } from '../../../../lib/site/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.termPages
    .filter((p) => p.page === 1 && hasFeed(p))
    .map((page) => {
      const { locale, section, term } = termPageParams(page);
      return { params: { locale, section, term }, props: { page } };
    });
}

/** A term's feed as JSON Feed (beside its RSS) (for taxonomies declared with `feeds`). */
export const GET: APIRoute = async ({ props, site }) => {
  const { page } = props as { page: TermPage<SiteArticle['entry']> };
  const { taxonomies } = await getSite();
  return jsonFeed(await termFeed(page, { taxonomies, origin: site!, body: feedStory }));
};
