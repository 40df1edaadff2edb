import rss from '@astrojs/rss';
import type { Locale } from '../../i18n/locales.ts';
import { intlLocales } from '../../i18n/locales.ts';
import type { Article } from './articles.ts';
import { FEED_SIZE } from './feeds.ts';
import { subjectTaxonomies, type Taxonomies } from './taxonomy.ts';
import { articleUrl } from './urls.ts';

/** Dublin Core, whose `dc:language` says an item's language where it is not the feed's. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * An RSS response for a listing of a language (newest first), absolute links
 * throughout: what its pages list, so the stories it shows in another
 * language too, each such item marked with its language (`dc:language`).
 */
export function articleFeed(options: {
  title: string;
  description: string;
  locale: Locale;
  /** The page the feed belongs to (site path). */
  link: string;
  articles: readonly Article[];
  taxonomies: Taxonomies;
  site: URL;
}): Promise<Response> {
  const { locale, taxonomies } = options;
  const items = options.articles.slice(0, FEED_SIZE);
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(options.link, options.site).href,
    trailingSlash: true,
    // Declared only where an item needs it: a feed of its own language's stories stays as it was.
    ...(items.some((a) => a.locale !== locale) ? { xmlns: { dc: DUBLIN_CORE } } : {}),
    customData: `<language>${intlLocales[locale]}</language>`,
    items: items.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      pubDate: a.data.date,
      link: new URL(articleUrl(a.locale, a.slug), options.site).href,
      categories: subjectTaxonomies(taxonomies).flatMap((taxonomy) => taxonomy.termsOf(a.data).map((key) => taxonomy.term(key)!.name[locale].text)),
      ...(a.locale !== locale ? { customData: `<dc:language>${intlLocales[a.locale]}</dc:language>` } : {}),
    })),
  });
}
