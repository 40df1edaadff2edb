import rss from '@astrojs/rss';
import type { Locale } from '../../i18n/locales.ts';
import { intlLocales } from '../../i18n/locales.ts';
import type { Article } from './articles.ts';
import { FEED_SIZE } from './feeds.ts';
import { subjectTaxonomies, type Taxonomies } from './taxonomy.ts';
import { articleUrl } from './urls.ts';

/** An RSS response for a language's own articles (newest first), absolute links throughout. */
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
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(options.link, options.site).href,
    trailingSlash: true,
    customData: `<language>${intlLocales[locale]}</language>`,
    items: options.articles
      .filter((a) => a.locale === locale)
      .slice(0, FEED_SIZE)
      .map((a) => ({
        title: a.data.title,
        description: a.data.summary,
        pubDate: a.data.date,
        link: new URL(articleUrl(a.locale, a.slug), options.site).href,
        categories: subjectTaxonomies(taxonomies)
          .flatMap((taxonomy) => taxonomy.termsOf(a.data).map((key) => taxonomy.term(key)!.name[locale].text)),
      })),
  });
}
