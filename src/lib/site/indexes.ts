import { locales, type Locale } from '../../i18n/locales.ts';
import { termCounts, type Article } from './articles.ts';
import { isOrganizations, type Taxonomies, type Taxonomy, type Term } from './taxonomy.ts';
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

/** The terms of a taxonomy that stories of a listing carry, with counts, in taxonomy order. */
export function countedTerms(listing: readonly Article[], taxonomy: Taxonomy): CountedTerm[] {
  const counts = termCounts(listing, taxonomy);
  return taxonomy.terms.filter((t) => counts.has(t.key)).map((term) => ({ term, count: counts.get(term.key)! }));
}

/**
 * An index page's groups: one list (sorted by name in the page's language
 * where the taxonomy is declared so), or organizations grouped by country.
 */
function groups(taxonomy: Taxonomy, terms: CountedTerm[], locale: Locale): TermGroup[] {
  if (!isOrganizations(taxonomy)) {
    return [{ terms: taxonomy.settings.order === 'name' ? [...terms].sort((a, b) => a.term.name[locale].text.localeCompare(b.term.name[locale].text, locale)) : terms }];
  }
  const byCountry = Map.groupBy(terms, (t) => t.term.organization!.country);
  const byName = (list: CountedTerm[]) => list.sort((a, b) => a.term.name[locale].text.localeCompare(b.term.name[locale].text, locale));
  const placed = [...byCountry]
    .filter((entry): entry is [string, CountedTerm[]] => entry[0] !== undefined)
    .map(([code, list]) => ({ id: code, title: countryName(code, locale), terms: byName(list) }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
  // Organizations whose country the vocabulary does not give come last, under a heading of their own.
  const unplaced = byCountry.get(undefined);
  return unplaced ? [...placed, { id: 'unknown', title: useTranslations(locale)('listing.countryNotGiven'), terms: byName(unplaced) }] : placed;
}

/** The index page of every taxonomy with pages, in every language. */
export function indexPages(taxonomies: Taxonomies, listing: Record<Locale, Article[]>): IndexPage[] {
  return locales.flatMap((locale) =>
    taxonomies.list
      .filter((taxonomy) => taxonomy.settings.pages)
      .map((taxonomy) => ({ locale, taxonomy, groups: groups(taxonomy, countedTerms(listing[locale], taxonomy), locale) })),
  );
}
