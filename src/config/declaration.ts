/**
 * What a publisher declares in `src/newsletter.config.ts`: the newsletter's
 * identity, its languages and its taxonomies. Everything else (schemas,
 * routes, URLs, search facets, feeds, emails, the map) is derived from this
 * one declaration. Plain types and one identity function: the file a
 * publisher edits loads with nothing but Node.
 */

import type { UiStrings } from '../i18n/strings.ts';

/** One namespace of UI strings: nested objects of strings (see `src/i18n/strings.ts`). */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** The URL segments of the site's own sections, in one language. */
export interface SectionSegments {
  /** Where stories live: `/en/articles/<slug>/`. */
  articles: string;
  /** The search page. */
  search: string;
  /** The editors' report of which stories are translated. */
  translations: string;
  /** Under an edition's page: the whole edition as one printable document. */
  print: string;
}

/** Which way a language's lines run: left to right, or right to left (Arabic, Hebrew, Persian…). */
export type TextDirection = 'ltr' | 'rtl';

/** One language the newsletter is published in. */
export interface LanguageDeclaration<L extends string = string> {
  /** Short code: the first URL segment of its pages and the folder of its articles (`content/articles/<code>/`). */
  code: L;
  /** BCP 47 tag handed to `Intl` for dates, numbers, plurals and names ("en-GB"); the code by default. */
  tag?: string;
  /** Its name in itself, as the language switcher shows it ("Português"); from `Intl.DisplayNames` by default. */
  label?: string;
  /**
   * Which way it is written (`dir` of its pages, and of its name and notices
   * on pages in other languages); by default as `Intl` knows its tag ("ar",
   * "he" → `rtl`), else `ltr`.
   */
  dir?: TextDirection;
  /**
   * A Fontsource font package for its social cards, installed with npm, when
   * its script is not one the shipped Noto Sans draws (Latin, Greek, Cyrillic,
   * Vietnamese): `'@fontsource/noto-sans-thai'`. Its upright regular and bold
   * files are used for any character the others lack, on every card. Cards
   * set one glyph per character, left to right, with the font's ligatures:
   * scripts whose letters are reordered or drawn right to left (Arabic,
   * Hebrew, Devanagari…) do not yet come out right.
   */
  cardFont?: string;
  /** Its UI strings, one i18next JSON file per namespace (`src/i18n/en/site.json`…): every key of the default language's, plurals in its own categories. */
  strings: UiStrings;
  /** The URL segments of the site's own sections in this language. */
  sections: SectionSegments;
  /**
   * Where its readers go when a story is not written in it, in order
   * ("pt" → `['es']`); then the default language, then the others in declared order.
   */
  fallback?: readonly NoInfer<L>[];
}

/** Where a taxonomy's terms come from. */
export type TermSource =
  /** ISO 3166-1 alpha-2 country codes, named in every language by `Intl`. */
  | 'countries'
  | {
      /** A vocabulary file, `content/vocabularies/<file>.yaml`, mapping term keys to their fields. */
      vocabulary: string;
      /**
       * The fields a term has: `term` (name, description, aliases, slug),
       * `organization` (adds acronym, kind, country and website) or `edition`
       * (number, date, title, intro). `term` by default.
       */
      kind?: 'term' | 'organization' | 'edition';
    };

/**
 * Behaviour of its own a taxonomy may take on. `edition`: its terms are the
 * newsletter's editions (one per story; they order the home page, the
 * emails and the printable edition). `map`: its terms are countries, drawn
 * on a map on its index page and beside organizations.
 */
export type TaxonomyRole = 'edition' | 'map';

/** One way of classifying stories: a frontmatter field whose values are terms. */
export interface TaxonomyDeclaration<L extends string = string, F extends string = string> {
  /** The frontmatter field, also the taxonomy's name in UI strings (`taxonomies.<field>`) and in search URLs. */
  field: F;
  /** Where its terms come from. */
  terms: TermSource;
  /** Whether every story must carry at least one term. Default true. */
  required?: boolean;
  /** Whether a story may carry several terms (a list) or exactly one. Default true. */
  multiple?: boolean;
  /** The URL segment of its pages, per language (`/es/temas/…`). */
  segment: Record<NoInfer<L>, string>;
  /** Whether it has an index page and a page per term. Default true. */
  pages?: boolean;
  /** Whether each of its terms has an RSS feed (and its terms are the feeds' categories). Default false. */
  feeds?: boolean;
  /** Whether search offers it as a filter. Default true. */
  facet?: boolean;
  /** Whether article pages link to a story's terms in their "About this story" list. Default true. */
  onArticle?: boolean;
  /** Whether stories sharing its terms are related ("Related stories" on article pages). Default false. */
  related?: boolean;
  /** Whether a story's term names show on its social card and in the emails, under its title. Default false. */
  cards?: boolean;
  /**
   * Where a search result shows the story's term names: on the line of its
   * date (`meta`), under its summary (`tags`), or not at all. Default false.
   */
  results?: 'meta' | 'tags' | false;
  /** Whether the site's main navigation links to its index. Default false. */
  navigation?: boolean;
  /** On each language's home page: its terms as links (`terms`), one link to its index (`link`), or nothing. Default `link`. */
  home?: 'terms' | 'link' | false;
  /** Whether its index page lists each term's description. Default false. */
  descriptions?: boolean;
  /**
   * Term order wherever its terms are listed (index, home page, search
   * filters): by name in each page's language (`name`), or an editorial
   * order, the same in every language: file order (`vocabulary`) or newest
   * first (`newest`, editions). Default `name`; `newest` for editions.
   */
  order?: 'vocabulary' | 'name' | 'newest';
  /** Behaviour of its own (see `TaxonomyRole`). */
  role?: TaxonomyRole;
}

/** A sending service whose placeholders the generator knows (see `emailService`). */
export type EmailServicePreset = 'listmonk' | 'mailchimp' | 'buttondown' | 'mailerlite';

/**
 * A sending service's placeholders, written into the emails as they are: the
 * service replaces each with the reader's own link when it sends.
 */
export interface EmailPlaceholders {
  /** The reader's unsubscribe link, which every sending service requires (Mailchimp's `*|UNSUB|*`). */
  unsubscribe: string;
  /** The email's copy on the service's site, where it keeps one (Mailchimp's `*|ARCHIVE|*`). None by default. */
  viewInBrowser?: string;
}

/** A newsletter, as its publisher declares it. */
export interface NewsletterDeclaration<L extends string = string, F extends string = string> {
  /** The newsletter's name, per language (header, titles, feeds, social cards). */
  name: Record<NoInfer<L>, string>;
  /** One line under the name, per language. */
  tagline: Record<NoInfer<L>, string>;
  /**
   * Who publishes it. `name` stands alone (structured data); `inText` is the
   * name as it reads inside a sentence, per language, where that differs
   * (Spanish writes "la CLAC": "Publicado por la CLAC").
   */
  publisher: { name: string; inText?: Partial<Record<NoInfer<L>, string>>; url?: string };
  /** The site's origin when `SITE` is not set in the environment. */
  siteUrl: string;
  /**
   * Where readers sign up to get each edition by email (the mailing tool's
   * sign-up page), per language: a plain link in the footer and on edition
   * pages. A language without one shows no link; leave it out for none.
   */
  subscribe?: Partial<Record<NoInfer<L>, string>>;
  /**
   * The web editor at `/admin/` (Sveltia CMS): the GitHub repository it
   * commits to once deployed, as `owner/name`, and the branch. Left out, it is
   * the repository the site is built from (its `origin` remote on github.com);
   * with neither, the editor edits a local copy only (`npm run edit`).
   */
  editor?: { repo?: string; branch?: string };
  /**
   * The service that sends the emails, so that their footers carry its
   * unsubscribe link (and "view in browser" link, where it has one): by name
   * (`'listmonk'`, `'mailchimp'`, `'buttondown'`, `'mailerlite'`) or as its
   * placeholders (`{ unsubscribe: '%unsubscribe_url%' }`). Left out, the
   * emails have neither link, and the build says how to set one.
   */
  emailService?: EmailServicePreset | EmailPlaceholders;
  /** The languages, in the order the site lists them. */
  languages: readonly LanguageDeclaration<L>[];
  /** The language of `x-default` alternates, of the root page's fallback and of term names not yet translated. */
  defaultLanguage: NoInfer<L>;
  /** The taxonomies, in the order readers browse them. */
  taxonomies: readonly TaxonomyDeclaration<L, F>[];
}

/**
 * Declares a newsletter. An identity function: it exists so that the
 * language codes and taxonomy fields are inferred as literal types, and every
 * per-language record is checked to have each language.
 */
export function defineNewsletter<const L extends string, const F extends string>(
  declaration: NewsletterDeclaration<L, F>,
): NewsletterDeclaration<L, F> {
  return declaration;
}
