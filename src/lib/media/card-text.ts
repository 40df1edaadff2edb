import { languageLabels, locales, type Locale } from '../../i18n/locales.ts';
import { formatDate, useTranslations } from '../../i18n/translate.ts';
import { newsletter, publisherInText, taxonomyKey } from '../../config/newsletter.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Article } from '../site/articles.ts';
import type { PageMeta } from '../site/page.ts';
import type { TermPage } from '../site/routes.ts';
import { countryName } from '../site/countries.ts';
import { cardTermNames, type Taxonomies, type Taxonomy, type Term } from '../site/taxonomy.ts';
import { articleUrl, homeUrl, sectionUrl, sitePath, socialCardUrl, termUrl } from '../site/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';

/** What a card shows. */
export interface CardText {
  title: string;
  /** Smaller line under the title: what the page is (a story's countries, a term's taxonomy, an edition's number and date). */
  subtitle: string;
  /** The newsletter's name. */
  brand: string;
}

/** A page's social card: where its PNG is served (a site path, beside the page) and what it shows. */
export interface PageCard {
  src: string;
  text: CardText;
  /** Whose card it is, for the build's messages: its language (none for the chooser's, in all of them) and its page ("the story 'coffee'"). */
  of: { locale: Locale | undefined; page: string };
}

/** The card of a page at `pagePath`. */
function card(pagePath: string, of: PageCard['of'], title: string, subtitle: string, brand: string): PageCard {
  return { src: socialCardUrl(pagePath), of, text: { title, subtitle, brand } };
}

/** An article's card, in its language: its title, its card terms (see `cardTermNames`) and the newsletter's name. */
export function articleCard(locale: Locale, slug: string, article: ArticleData, taxonomies: Taxonomies): PageCard {
  return card(
    articleUrl(locale, slug),
    { locale, page: `the story '${slug}'` },
    article.title,
    cardTermNames(taxonomies, article, locale).join(' · '),
    newsletter.name[locale]!,
  );
}

/** A language's home page card: the tagline, and who publishes the newsletter. Pages without a card of their own share it. */
export function homeCard(locale: Locale): PageCard {
  const t = useTranslations(locale);
  return card(
    homeUrl(locale),
    { locale, page: 'the home page' },
    newsletter.tagline[locale]!,
    t('footer.publishedBy', { publisher: publisherInText(locale) }),
    newsletter.name[locale]!,
  );
}

/** The language chooser's card: the newsletter's name in every language, and the languages to choose from. */
export function chooserCard(): PageCard {
  return card(
    sitePath(),
    { locale: undefined, page: 'the language chooser' },
    locales.map((l) => newsletter.name[l]).join(' · '),
    locales.map((l) => languageLabels[l]).join(' · '),
    newsletter.publisher.name,
  );
}

/** A taxonomy's index page card ("Topics"). */
export function indexCard(locale: Locale, taxonomy: Taxonomy): PageCard {
  const t = useTranslations(locale);
  return card(
    sectionUrl(locale, taxonomy.id),
    { locale, page: `the ${taxonomy.id} index` },
    t(taxonomyKey(taxonomy.id, 'title')),
    t('footer.publishedBy', { publisher: publisherInText(locale) }),
    newsletter.name[locale]!,
  );
}

/**
 * A term's card, shared by every page of its listing and by an edition's
 * printable document: its name, under it the edition's number and date, an
 * organization's country, or what kind of term it is ("Topic").
 */
export function termCard(locale: Locale, taxonomy: Taxonomy, term: Term): PageCard {
  const t = useTranslations(locale);
  const subtitle = term.edition
    ? `${t('listing.editionNumber', { number: term.edition.number })} · ${formatDate(term.edition.date, locale)}`
    : term.organization?.country
      ? countryName(term.organization.country, locale)
      : t(taxonomyKey(taxonomy.id, 'label'));
  return card(
    termUrl(locale, taxonomy.id, term.slug[locale]!),
    { locale, page: `the ${taxonomy.id} '${term.key}'` },
    term.name[locale]!.text,
    subtitle,
    newsletter.name[locale]!,
  );
}

/**
 * Every card the site serves: each published article's, each language's home
 * and taxonomy indexes, each term with a page, and the language chooser's.
 */
export function siteCards(articles: readonly Article[], taxonomies: Taxonomies, termPages: readonly TermPage[]): PageCard[] {
  const withPages = taxonomies.list.filter((taxonomy) => taxonomy.settings.pages);
  return [
    chooserCard(),
    ...locales.flatMap((l) => [homeCard(l), ...withPages.map((taxonomy) => indexCard(l, taxonomy))]),
    ...termPages.filter((p) => p.page === 1).map((p) => termCard(p.locale, p.taxonomy, p.term)),
    ...articles.map((a) => articleCard(a.locale, a.slug, a.data, taxonomies)),
  ];
}

/** What a card's alternative text says: all it shows but the newsletter's name, which the page names already. */
export function cardAlt(text: CardText): string {
  return text.subtitle ? `${text.title} · ${text.subtitle}` : text.title;
}

/** A card as the page's `og:image`, with its size and alternative text. */
export function cardImage(pageCard: PageCard): NonNullable<PageMeta['image']> {
  return { src: pageCard.src, alt: cardAlt(pageCard.text), width: CARD_WIDTH, height: CARD_HEIGHT };
}
