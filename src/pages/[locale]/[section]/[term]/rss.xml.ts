import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { getSite } from '../../../../lib/site/site.ts';
import { hasFeed } from '../../../../lib/site/feeds.ts';
import { termPageParams, type TermPage } from '../../../../lib/site/routes.ts';
import { articleFeed } from '../../../../lib/site/rss.ts';
import { newsletter } from '../../../../config/newsletter.ts';
import { ownText } from '../../../../schemas/localized.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.termPages
    .filter((p) => p.page === 1 && hasFeed(p))
    .map((page) => {
      const { locale, section, term } = termPageParams(page);
      return { params: { locale, section, term }, props: { page } };
    });
}

/** A term's feed (for taxonomies declared with `feeds`). */
export const GET: APIRoute = async ({ props, site }) => {
  const { page } = props as { page: TermPage };
  const locale: Locale = page.locale;
  const { taxonomies } = await getSite();
  const name = page.term.name[locale].text;
  return articleFeed({
    title: `${name} · ${newsletter.name[locale]}`,
    // A feed's description cannot say its language: a description not yet written in the feed's gives way to the name.
    description: ownText(page.term.description?.[locale], locale) ?? name,
    locale,
    link: page.pageUrls[0]!,
    articles: page.articles,
    taxonomies,
    site: site!,
  });
};
