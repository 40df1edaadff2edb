import type { Locale } from '../../i18n/locales.ts';
import { intlLocales } from '../../i18n/locales.ts';
import type { Article } from './articles.ts';
import { isOrganizations, subjectTaxonomies, type Taxonomies, type Taxonomy, type TaxonomyId, type Term } from './taxonomy.ts';
import { absoluteUrl, articleUrl, sitePath, termUrl } from './urls.ts';
import { newsletter } from '../../config/newsletter.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The newsletter's publisher, with the site's logo, as schema.org describes who publishes a page. */
export function publisherJsonLd(origin: URL): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: newsletter.publisher.name,
    ...(newsletter.publisher.url ? { url: newsletter.publisher.url } : {}),
    logo: { '@type': 'ImageObject', url: absoluteUrl(`${sitePath()}favicon.svg`, origin) },
  };
}

/**
 * schema.org `NewsArticle` for an article page. `image` is the picture that
 * stands for it when shared (its social card); the author is the publishing
 * organization, as the stories name no person as their writer.
 */
export function articleJsonLd(
  article: Article,
  site: { taxonomies: Taxonomies },
  origin: URL,
  image: { src: string; width: number; height: number },
): Record<string, unknown> {
  const { locale, data } = article;
  const { edition, map } = site.taxonomies;
  const names = (taxonomies: readonly Taxonomy[]) => taxonomies.flatMap((t) => t.termsOf(data).map((key) => t.term(key)?.name[locale]!.text ?? key));
  const publisher = publisherJsonLd(origin);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    datePublished: isoDate(data.date),
    inLanguage: intlLocales[locale],
    url: absoluteUrl(articleUrl(locale, article.slug), origin),
    isPartOf: { '@type': 'PublicationIssue', name: names([edition])[0] },
    image: { '@type': 'ImageObject', url: absoluteUrl(image.src, origin), width: image.width, height: image.height },
    author: publisher,
    publisher,
    about: names(subjectTaxonomies(site.taxonomies)),
    mentions: names(site.taxonomies.list.filter(isOrganizations)).map((name) => ({ '@type': 'Organization', name })),
    contentLocation: map ? names([map]).map((name) => ({ '@type': 'Country', name })) : [],
  };
}

/** schema.org `Organization` for an organization's page. */
export function organizationJsonLd(term: Term, taxonomy: TaxonomyId, locale: Locale, countryName: string | undefined, origin: URL): Record<string, unknown> {
  const o = term.organization!;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name[locale]!.text,
    ...(o.acronym ? { alternateName: o.acronym[locale]!.text } : {}),
    description: o.description[locale]!.text,
    ...(o.country ? { address: { '@type': 'PostalAddress', addressCountry: o.country, addressRegion: countryName } } : {}),
    url: o.url ?? absoluteUrl(termUrl(locale, taxonomy, term.slug[locale]!), origin),
  };
}
