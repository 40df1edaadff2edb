import { locales, type Locale } from '../../i18n/locales.ts';
import { termCounts, type Article } from './articles.ts';
import { compareNames, isOrganizations, type Taxonomies, type Taxonomy, type Term } from './taxonomy.ts';
import { countryName } from './countries.ts';
import { useTranslations } from '../../i18n/translate.ts';

/** A term with its number of stories in one language. */
export interface CountedTerm {
  term: Term;
  count: number;
}

/** A titled group of terms on an index page (organizations are grouped by country). */
export interface TermGroup {
  /** Group heading; undefined for an ungrouped index. */
  title?: string;
  /** A name for the group's heading's id (a country code). */
  id?: string;
  terms: CountedTerm[];
}

/** One taxonomy's index page in one language. */
export interface IndexPage {
  locale: Locale;
  taxonomy: Taxonomy;
  groups: TermGroup[];
}

/** The terms of a taxonomy that stories of a language's listing carry, with counts, in the order that language's readers see them (`termsIn`). */
export function countedTerms(listing: readonly Article[], taxonomy: Taxonomy, locale: Locale): CountedTerm[] {
  const counts = termCounts(listing, taxonomy);
  return taxonomy
    .termsIn(locale)
    .filter((t) => counts.has(t.key))
    .map((term) => ({ term, count: counts.get(term.key)! }));
}

/**
 * An index page's groups: one list, or organizations grouped by country
 * (countries by name in the page's language). Terms keep the order
 * `countedTerms` gives them, within each group too.
 */
function groups(taxonomy: Taxonomy, terms: CountedTerm[], locale: Locale): TermGroup[] {
  if (!isOrganizations(taxonomy)) return [{ terms }];
  const byCountry = Map.groupBy(terms, (t) => t.term.organization!.country);
  const compare = compareNames(locale);
  const placed = [...byCountry]
    .filter((entry): entry is [string, CountedTerm[]] => entry[0] !== undefined)
    .map(([code, list]) => ({ id: code, title: countryName(code, locale), terms: list }))
    .sort((a, b) => compare(a.title, b.title));
  // Organizations whose country the vocabulary does not give come last, under a heading of their own.
  const unplaced = byCountry.get(undefined);
  return unplaced ? [...placed, { id: 'unknown', title: useTranslations(locale)('listing.countryNotGiven'), terms: unplaced }] : placed;
}

/** The index page of every taxonomy with pages, in every language. */
export function indexPages(taxonomies: Taxonomies, listing: Record<Locale, Article[]>): IndexPage[] {
  return locales.flatMap((locale) =>
    taxonomies.list
      .filter((taxonomy) => taxonomy.settings.pages)
      .map((taxonomy) => ({ locale, taxonomy, groups: groups(taxonomy, countedTerms(listing[locale]!, taxonomy, locale), locale) })),
  );
}
