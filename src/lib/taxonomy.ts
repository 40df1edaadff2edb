import { locales, type Locale } from '../i18n/locales.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { EditionData, OrganizationData } from '../schemas/vocabularies.ts';
import { countryName } from './countries.ts';
import { slugify } from './slug.ts';
import type { Section } from './urls.ts';
import type { Vocabularies } from './vocabulary.ts';

/** The taxonomies an article is classified by; the key is also its frontmatter field. */
export type TaxonomyId = 'topic' | 'country' | 'organization' | 'product' | 'edition';

/** One term of a taxonomy, named and slugged in every language. */
export interface Term {
  key: string;
  name: Record<Locale, string>;
  slug: Record<Locale, string>;
  /** Every word a reader may search the term by: its names in every language, acronym and aliases. */
  keywords: string[];
  /** A sentence about the term, where the vocabulary has one. */
  description?: Record<Locale, string>;
  /** Set on organizations. */
  organization?: OrganizationData;
  /** Set on editions. */
  edition?: EditionData;
}

/** A taxonomy: its section of the site, its terms, and which terms an article carries. */
export interface Taxonomy {
  id: TaxonomyId;
  section: Section;
  /** Terms in display order (vocabulary order; editions newest first; countries by name). */
  terms: Term[];
  term(key: string): Term | undefined;
  /** The term keys an article carries in this taxonomy. */
  termsOf(article: ArticleData): string[];
}

/** All taxonomies, declared once; every index and term page is rendered from these. */
export type Taxonomies = Record<TaxonomyId, Taxonomy>;

const perLocale = (make: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

function taxonomy(id: TaxonomyId, section: Section, terms: Term[], termsOf: (a: ArticleData) => string[]): Taxonomy {
  const byKey = new Map(terms.map((t) => [t.key, t]));
  for (const locale of locales) {
    const seen = new Map<string, string>();
    for (const t of terms) {
      const other = seen.get(t.slug[locale]);
      if (other) throw new Error(`${id} terms '${other}' and '${t.key}' have the same ${locale} slug '${t.slug[locale]}'; give one a slug in the vocabulary file`);
      seen.set(t.slug[locale], t.key);
    }
  }
  return { id, section, terms, term: (key) => byKey.get(key), termsOf };
}

/**
 * Builds every taxonomy from the vocabularies and, for countries (which have
 * no file), from the codes the articles and organizations use.
 */
export function buildTaxonomies(vocabularies: Vocabularies, articles: readonly ArticleData[]): Taxonomies {
  const named = <
    T extends { name: Record<Locale, string>; slug?: { [L in Locale]?: string | undefined } | undefined; aliases?: string[] | undefined },
  >(
    key: string,
    entry: T,
    slugSource: Record<Locale, string> = entry.name,
    more: readonly string[] = [],
  ) => ({
    key,
    name: entry.name,
    slug: perLocale((l) => entry.slug?.[l] ?? slugify(slugSource[l])),
    keywords: [...new Set([...locales.map((l) => entry.name[l]), ...more, ...(entry.aliases ?? [])])],
  });

  const countryCodes = [...new Set(articles.flatMap((a) => a.country))];
  const countryTerms = countryCodes
    .map((code) => {
      const name = perLocale((l) => countryName(code, l));
      return { key: code, name, slug: perLocale((l) => slugify(name[l])), keywords: [...new Set(Object.values(name))] };
    })
    .sort((a, b) => a.name.en.localeCompare(b.name.en));

  return {
    topic: taxonomy(
      'topic',
      'topics',
      [...vocabularies.topics].map(([key, t]) => ({ ...named(key, t), description: t.description })),
      (a) => a.topic,
    ),
    country: taxonomy('country', 'countries', countryTerms, (a) => a.country),
    organization: taxonomy(
      'organization',
      'organizations',
      // An organization's URL is its acronym where it has one (ilo / oit), else its key.
      [...vocabularies.organizations].map(([key, o]) => ({
        ...named(key, o, o.acronym ?? perLocale(() => key), o.acronym ? Object.values(o.acronym) : []),
        description: o.description,
        organization: o,
      })),
      (a) => a.organization,
    ),
    product: taxonomy('product', 'products', [...vocabularies.products].map(([key, p]) => named(key, p)), (a) => a.product ?? []),
    edition: taxonomy(
      'edition',
      'editions',
      [...vocabularies.editions]
        .sort(([, a], [, b]) => b.date.getTime() - a.date.getTime())
        .map(([key, e]) => ({ key, name: e.title, slug: perLocale(() => key), keywords: Object.values(e.title), description: e.intro, edition: e })),
      (a) => [a.edition],
    ),
  };
}

/** Taxonomies in the order readers browse them. */
export const taxonomyOrder: readonly TaxonomyId[] = ['topic', 'country', 'organization', 'product', 'edition'];
