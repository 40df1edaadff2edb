import { locales, type Locale } from '../i18n/locales.ts';
import { termCounts, type Article } from './articles.ts';
import type { Taxonomies, Taxonomy, TaxonomyId, Term } from './taxonomy.ts';
import { taxonomyOrder } from './taxonomy.ts';
import { countryName } from './countries.ts';

/** A term with its number of stories in one language. */
export interface CountedTerm {
  term: Term;
  count: number;
}

/** A titled group of terms on an index page (organizations are grouped by country). */
export interface TermGroup {
  /** Group heading; undefined for an ungrouped index. */
  title?: string;
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

function groups(id: TaxonomyId, terms: CountedTerm[], locale: Locale): TermGroup[] {
  if (id === 'country') return [{ terms: [...terms].sort((a, b) => a.term.name[locale].localeCompare(b.term.name[locale], locale)) }];
  if (id !== 'organization') return [{ terms }];
  const byCountry = Map.groupBy(terms, (t) => t.term.organization!.country);
  return [...byCountry]
    .map(([code, list]) => ({
      title: countryName(code, locale),
      terms: list.sort((a, b) => a.term.name[locale].localeCompare(b.term.name[locale], locale)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** Every taxonomy's index page in every language. */
export function indexPages(taxonomies: Taxonomies, listing: Record<Locale, Article[]>): IndexPage[] {
  return locales.flatMap((locale) =>
    taxonomyOrder.map((id) => ({ locale, taxonomy: taxonomies[id], groups: groups(id, countedTerms(listing[locale], taxonomies[id]), locale) })),
  );
}
