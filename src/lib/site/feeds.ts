import { newsletter } from '../../config/newsletter.ts';
import { intlLocales, type Locale } from '../../i18n/locales.ts';
import { ownText } from '../../schemas/localized.ts';
import type { Article } from './articles.ts';
import type { FeedBody } from './feed-html.ts';
import type { TermPage } from './routes.ts';
import { subjectTaxonomies, type Taxonomies } from './taxonomy.ts';
import { absoluteUrl, articleUrl, feedUrl, homeUrl, jsonFeedUrl } from './urls.ts';

/**
 * Whether a term's listing has a feed: its taxonomy is declared with `feeds`
 * (a term page lists at least one story, and its feed carries what it lists,
 * stories shown from other languages included).
 */
export function hasFeed(page: TermPage): boolean {
  return page.taxonomy.settings.feeds;
}

/** How many items a feed carries. */
const FEED_SIZE = 20;

/** One story in a feed: what every format writes, with absolute URLs only. */
export interface FeedItem {
  /** The story's page: its link, and its id (a page's address never changes once published). */
  url: string;
  title: string;
  summary: string;
  date: Date;
  /** The story's language as a BCP 47 tag; `borrowed` when it is not the feed's (a story not yet translated). */
  language: string;
  borrowed: boolean;
  /** The names of its subject terms, in the feed's language. */
  categories: string[];
  /** The story in full, as safe HTML for a reader or a mailing tool, and its picture. */
  body: FeedBody;
}

/** What a feed lists, whatever format writes it (RSS 2.0, JSON Feed 1.1). */
export interface Feed {
  title: string;
  description: string;
  /** The feed's language as a BCP 47 tag. */
  language: string;
  /** The page the feed belongs to, and the feed's own address in each format (absolute). */
  homePageUrl: string;
  rssUrl: string;
  jsonUrl: string;
  /** Who publishes the newsletter: every story's author as far as a feed can say. */
  author: { name: string; url?: string };
  items: FeedItem[];
}

/** A story's body for feeds, by the one renderer the feed routes share (see `src/components/feed-story.ts`). */
export type StoryBody<E> = (article: Article<E>, url: string) => Promise<FeedBody>;

/** What a feed needs of the build: the taxonomies (items' categories), the origin and the stories' bodies. */
export interface FeedContext<E> {
  taxonomies: Taxonomies;
  /** The site's origin (Astro's `site`). */
  origin: URL;
  body: StoryBody<E>;
}

/** The newest stories of a listing, with what every format needs of each. */
async function feed<E>(
  options: { title: string; description: string; locale: Locale; home: string; rss: string; json: string; articles: readonly Article<E>[] },
  { taxonomies, origin, body }: FeedContext<E>,
): Promise<Feed> {
  const { locale } = options;
  const subjects = subjectTaxonomies(taxonomies);
  const items = await Promise.all(
    options.articles.slice(0, FEED_SIZE).map(async (a): Promise<FeedItem> => {
      const url = absoluteUrl(articleUrl(a.locale, a.slug), origin);
      return {
        url,
        title: a.data.title,
        summary: a.data.summary,
        date: a.data.date,
        language: intlLocales[a.locale]!,
        borrowed: a.locale !== locale,
        categories: subjects.flatMap((taxonomy) => taxonomy.termsOf(a.data).map((key) => taxonomy.term(key)!.name[locale]!.text)),
        body: await body(a, url),
      };
    }),
  );
  const { name, url } = newsletter.publisher;
  return {
    title: options.title,
    description: options.description,
    language: intlLocales[locale]!,
    homePageUrl: absoluteUrl(options.home, origin),
    rssUrl: absoluteUrl(options.rss, origin),
    jsonUrl: absoluteUrl(options.json, origin),
    author: url ? { name, url } : { name },
    items,
  };
}

/** A language's main feed: the newest stories its home lists, those shown from another language included. */
export function languageFeed<E>(locale: Locale, listing: readonly Article<E>[], context: FeedContext<E>): Promise<Feed> {
  return feed(
    {
      title: newsletter.name[locale]!,
      description: newsletter.tagline[locale]!,
      locale,
      home: homeUrl(locale),
      rss: feedUrl(locale),
      json: jsonFeedUrl(locale),
      articles: listing,
    },
    context,
  );
}

/** A term's feed (for taxonomies declared with `feeds`): the newest stories its first page lists. */
export function termFeed<E>(page: TermPage<E>, context: FeedContext<E>): Promise<Feed> {
  const { locale, taxonomy, term } = page;
  const name = term.name[locale]!.text;
  return feed(
    {
      title: `${name} · ${newsletter.name[locale]!}`,
      // A feed's description cannot say its language: a description not yet written in the feed's gives way to the name.
      description: ownText(term.description?.[locale], locale) ?? name,
      locale,
      home: page.pageUrls[0]!,
      rss: feedUrl(locale, taxonomy.id, term.slug[locale]!),
      json: jsonFeedUrl(locale, taxonomy.id, term.slug[locale]!),
      articles: page.articles,
    },
    context,
  );
}
