import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { getSite } from '../../lib/site/site.ts';
import { articleFeed } from '../../lib/site/rss.ts';
import { homeUrl } from '../../lib/site/urls.ts';
import { newsletter } from '../../config/newsletter.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

/** A language's main feed: its newest stories. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale'] as Locale;
  const { listing, taxonomies } = await getSite();
  return articleFeed({
    title: newsletter.name[locale],
    description: newsletter.tagline[locale],
    locale,
    link: homeUrl(locale),
    articles: listing[locale],
    taxonomies,
    site: site!,
  });
};
