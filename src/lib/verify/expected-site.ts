import { locales, type Locale } from '../../i18n/locales.ts';
import type { ContentCheck } from '../content/content-check.ts';
import { articlesForLocale, publishedFromCheck } from '../site/articles.ts';
import { buildTaxonomies, type TaxonomyId } from '../site/taxonomy.ts';
import { articleUrl, homeUrl, outputPath, sectionUrl, termUrl } from '../site/urls.ts';

/** A story as one language's reader meets it: in their language, or in a fallback one. */
export interface ListedStory {
  /** Its page ("/en/articles/x/"), as a page path of the output. */
  page: string;
  title: string;
  /** The language it is written in (another than the listing's, for a fallback). */
  locale: Locale;
  /** The first page of each term listing it should appear on, edition included ("/es/temas/clima/"). */
  termPages: string[];
}

/** What the content says a built site must hold, in page paths of the output (no base). */
export interface ExpectedSite {
  /** Per language: its home, its search page, and every story its pages list. */
  languages: { locale: Locale; home: string; search: string; stories: ListedStory[] }[];
  /** Stories marked `draft: true`: they must be nowhere. */
  drafts: { page: string; title: string; file: string }[];
  /** Each term listing's page `n` (from 2), by its first page: where the stories after the first page are. */
  listingPage: Map<string, (n: number) => string>;
}

/** A site URL (with the build's base) as the output's page path. */
const asPage = (url: string) => `/${outputPath(url)}`;

/**
 * What a checked content folder says the built site must show, from the
 * same model the build uses (published stories, each language's listing
 * with its fallbacks, the taxonomies' terms and their pages).
 */
export function expectedSite(content: ContentCheck): ExpectedSite {
  const published = publishedFromCheck(content.articles);
  const taxonomies = buildTaxonomies(
    content.vocabularies,
    published.map((a) => a.data),
  );
  const withPages = taxonomies.list.filter((t) => t.settings.pages);
  const listingPage = new Map<string, (n: number) => string>();
  /** A term's listing in a language: its first page, its further pages remembered in `listingPage`. */
  const listing = (locale: Locale, taxonomy: TaxonomyId, slug: string) => {
    const first = asPage(termUrl(locale, taxonomy, slug));
    if (!listingPage.has(first)) listingPage.set(first, (n) => asPage(termUrl(locale, taxonomy, slug, n)));
    return first;
  };
  const languages = locales.map((locale) => ({
    locale,
    home: asPage(homeUrl(locale)),
    search: asPage(sectionUrl(locale, 'search')),
    stories: articlesForLocale(published, locale).map((a) => ({
      page: asPage(articleUrl(a.locale, a.slug)),
      title: a.data.title,
      locale: a.locale,
      termPages: withPages.flatMap((t) => t.termsOf(a.data).map((key) => listing(locale, t.id, t.term(key)!.slug[locale]!))),
    })),
  }));
  const drafts = content.articles.flatMap((a) => (a.data?.draft ? [{ page: asPage(articleUrl(a.locale, a.slug)), title: a.data.title, file: a.file }] : []));
  return { languages, drafts, listingPage };
}
