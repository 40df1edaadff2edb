import type { Locale } from '../../i18n/locales.ts';

/** Paths of the same page in other languages: the switcher's and hreflang's targets. */
export type Alternates = Partial<Record<Locale, string>>;

/** What every page tells the layout about itself. */
export interface PageMeta {
  locale: Locale;
  /** The page's own title (the newsletter's name is appended). */
  title: string;
  /** The whole `<title>`, for a page whose title already names the newsletter (the language chooser, in every language). */
  fullTitle?: string;
  /** Meta description. */
  description: string;
  /** The page in each language where it exists, including this one (hreflang). */
  alternates: Alternates;
  /**
   * Where the language switcher goes, when that differs from `alternates`:
   * an untranslated article offers the other language's edition page instead.
   */
  switchTargets?: Alternates;
  /** Open Graph type. */
  ogType?: 'website' | 'article';
  /** A social card for the page (a site path), with what it shows. */
  image?: { src: string; alt: string; width: number; height: number };
  /** Structured data, serialised safely into the head. */
  jsonLd?: Record<string, unknown>;
  /** The page for readers of none of the alternates' languages (`hreflang="x-default"`), when not the default language's. */
  xDefault?: string;
  /** The page that stands for this one in search engines and the sitemap (a site path), when it is not this page. */
  canonical?: string;
  /** Keeps the page out of search engines and the sitemap (and gives it no canonical URL). */
  noindex?: boolean;
  /** Feeds to announce with `<link rel="alternate">`: each as RSS and as JSON Feed (site paths), titled for feed readers. */
  feeds?: { rss: { title: string; href: string }; json: { title: string; href: string } }[];
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&`
 * become escapes, so no value (a title with `</script>`) can end the block.
 */
export function safeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
