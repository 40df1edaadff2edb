import { newsletter, type TaxonomyId, type TaxonomySettings } from '../../config/newsletter.ts';
import { defaultLocale, intlLocales, locales, type Locale } from '../../i18n/locales.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Localized } from '../../schemas/localized.ts';
import type { EditionData, OrganizationData, TermData } from '../../schemas/vocabularies.ts';
import { countryName } from './countries.ts';
import { slugify } from '../content/slug.ts';
import type { Vocabularies, VocabularyTerm } from '../content/vocabulary.ts';
import { termSlugs } from './term-slugs.ts';

export type { TaxonomyId };

/** One term of a taxonomy, named and slugged in every language (a name not yet translated is the default language's, and says so). */
export interface Term {
  key: string;
  name: Localized;
  slug: Record<Locale, string>;
  /** Every word a reader may search the term by: its names in every language, acronym and aliases. */
  keywords: string[];
  /** A sentence about the term, where the vocabulary has one. */
  description?: Localized;
  /** Set on the terms of an `organization` vocabulary. */
  organization?: OrganizationData;
  /** Set on the terms of an `edition` vocabulary. */
  edition?: EditionData;
}

/** A taxonomy: its declaration, its terms, and which terms an article carries. */
export interface Taxonomy {
  id: TaxonomyId;
  settings: TaxonomySettings;
  /** Every term, in the order the default language's readers see them (see `termsIn`). */
  terms: Term[];
  /**
   * Every term in the order a language's readers see them wherever they are
   * listed (index, home page, search filters): by their names in that
   * language's collation (`order: 'name'`), or the editorial order the
   * declaration gives (`vocabulary`, `newest`), the same in every language.
   */
  termsIn(locale: Locale): readonly Term[];
  term(key: string): Term | undefined;
  /** The term keys an article carries in this taxonomy. */
  termsOf(article: ArticleData): string[];
}

/** Every taxonomy, in declared order, with the ones code needs by role. */
export interface Taxonomies {
  list: readonly Taxonomy[];
  get(id: TaxonomyId): Taxonomy;
  /** The newsletter's editions (role `edition`). */
  edition: Taxonomy;
  /** The countries drawn on maps (role `map`), if the newsletter has one. */
  map: Taxonomy | undefined;
}

/** Whether a taxonomy's terms are organizations (kind `organization`). */
export function isOrganizations(taxonomy: Taxonomy): boolean {
  return taxonomy.settings.terms !== 'countries' && taxonomy.settings.terms.kind === 'organization';
}

/**
 * The taxonomies that say what stories are about (plain terms: topics,
 * products…; not editions, countries or organizations): feeds' categories
 * and structured data's `about`.
 */
export function subjectTaxonomies(taxonomies: Taxonomies): Taxonomy[] {
  return taxonomies.list.filter((t) => t.settings.terms !== 'countries' && t.settings.terms.kind === 'term');
}

/** The names a story's cards show under its title, in a language: its terms of the taxonomies declared with `cards`. */
export function cardTermNames(taxonomies: Taxonomies, article: ArticleData, locale: Locale): string[] {
  return taxonomies.list.filter((t) => t.settings.cards).flatMap((t) => t.termsOf(article).map((key) => t.term(key)?.name[locale]!.text ?? key));
}

const perLocale = (make: (locale: Locale) => string) => Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;
const texts = (value: Localized) => locales.map((l) => value[l]!.text);

function taxonomy(settings: TaxonomySettings, terms: Term[]): Taxonomy {
  const id = settings.field;
  const inOrder = new Map(locales.map((l) => [l, ordered(settings, terms, l)]));
  const byKey = new Map(terms.map((t) => [t.key, t]));
  for (const locale of locales) {
    const seen = new Map<string, string>();
    for (const t of terms) {
      const other = seen.get(t.slug[locale]!);
      if (other)
        throw new Error(`${id} terms '${other}' and '${t.key}' have the same ${locale} slug '${t.slug[locale]}'; give one a slug in the vocabulary file`);
      seen.set(t.slug[locale]!, t.key);
    }
  }
  return {
    id,
    settings,
    terms: inOrder.get(defaultLocale)!,
    termsIn: (locale) => inOrder.get(locale)!,
    term: (key) => byKey.get(key),
    termsOf: (a) => a.terms[id] ?? [],
  };
}

/** A vocabulary term as a taxonomy term: names, slugs and search keywords by its kind. */
function vocabularyTerm(key: string, entry: VocabularyTerm): Term {
  if ('number' in entry) {
    return { key, name: entry.title, slug: termSlugs(key, entry), keywords: [...new Set(texts(entry.title))], description: entry.intro, edition: entry };
  }
  const organization = 'kind' in entry ? entry : undefined;
  const keywords = [...texts(entry.name), ...(organization?.acronym ? texts(organization.acronym) : []), ...(entry.aliases ?? [])];
  return {
    key,
    name: entry.name,
    slug: termSlugs(key, entry),
    keywords: [...new Set(keywords)],
    ...((entry as TermData).description ? { description: (entry as TermData).description! } : {}),
    ...(organization ? { organization } : {}),
  };
}

const collators = new Map(locales.map((l) => [l, new Intl.Collator(intlLocales[l])]));

/**
 * Compares two names as a language's readers alphabetize them: its own
 * collation ("Cambio climático" before "Trabajo infantil" in Spanish), by
 * the tag the language declares for `Intl`.
 */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  return collators.get(locale)!.compare;
}

/** Terms in a taxonomy's declared order as a language's readers see them (see `Taxonomy.termsIn`). */
function ordered(settings: TaxonomySettings, terms: readonly Term[], locale: Locale): Term[] {
  const compare = compareNames(locale);
  if (settings.order === 'name') return [...terms].sort((a, b) => compare(a.name[locale]!.text, b.name[locale]!.text));
  if (settings.order === 'newest') return [...terms].sort((a, b) => (b.edition?.date.getTime() ?? 0) - (a.edition?.date.getTime() ?? 0));
  return [...terms];
}

/**
 * Builds every declared taxonomy from the vocabularies and, for countries
 * (which have no file), from the codes the articles and organizations use.
 */
export function buildTaxonomies(vocabularies: Vocabularies, articles: readonly ArticleData[]): Taxonomies {
  const list = newsletter.taxonomies.map((settings) => {
    if (settings.terms === 'countries') {
      const codes = [...new Set(articles.flatMap((a) => a.terms[settings.field] ?? []))];
      const terms = codes.map((code) => {
        // Intl names every country in every language: no name is borrowed.
        const name = Object.fromEntries(locales.map((l) => [l, { text: countryName(code, l), lang: l }])) as Localized;
        return { key: code, name, slug: perLocale((l) => slugify(name[l]!.text)), keywords: [...new Set(texts(name))] };
      });
      return taxonomy(settings, terms);
    }
    const entries = [...(vocabularies.get(settings.field) ?? new Map<string, VocabularyTerm>())];
    return taxonomy(
      settings,
      entries.map(([key, entry]) => vocabularyTerm(key, entry)),
    );
  });
  const byId = new Map(list.map((t) => [t.id, t]));
  return {
    list,
    get: (id) => byId.get(id)!,
    edition: list.find((t) => t.settings.role === 'edition')!,
    map: list.find((t) => t.settings.role === 'map'),
  };
}
