import { locales, type Locale } from '../../i18n/locales.ts';
import { formatDate, useTranslations } from '../../i18n/translate.ts';
import { newsletter, publisherInText } from '../../config/newsletter.ts';
import type { Article } from '../site/articles.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../media/card-size.ts';
import { cardTermNames, type Taxonomies } from '../site/taxonomy.ts';
import { absoluteUrl, articleUrl, socialCardUrl, termUrl } from '../site/urls.ts';
import type { EmailEdition, EmailStory } from './edition-model.ts';
import { htmlEmail } from './html-email.ts';
import { plainTextEmail } from './plain-text-email.ts';

/** One edition's email in one language, as HTML and as plain text. */
export interface EditionEmail {
  html: string;
  text: string;
}

/**
 * The email for an edition: its title and intro, each story as a card
 * (picture, title, summary, link), a link to the other languages and a footer
 * with the sending service's unsubscribe link, where the newsletter names it.
 * Stories missing in the language come in the one they have, marked. Every URL
 * is absolute (SITE and BASE).
 */
export async function editionEmail(options: {
  edition: string;
  locale: Locale;
  /** The edition's stories as a reader of `locale` lists them (see `articlesForLocale`). */
  stories: readonly Article[];
  taxonomies: Taxonomies;
  site: string;
  /** The picture of an article (a site path, its description and height to width), when it has one. */
  pictureOf?: (article: Article) => Promise<{ src: string; alt: string; ratio: number } | undefined>;
  /** Where compiled emails are kept between builds (see `htmlEmail`). */
  cacheDir?: string;
}): Promise<EditionEmail> {
  const { locale, taxonomies, site } = options;
  const t = useTranslations(locale);
  const edition = taxonomies.edition.term(options.edition)!;
  const abs = (path: string) => absoluteUrl(path, site);
  const stories: EmailStory[] = await Promise.all(
    options.stories.map(async (a) => ({
      title: a.data.title,
      summary: a.data.summary,
      url: abs(articleUrl(a.locale, a.slug)),
      // A story without a picture of its own shows its social card.
      picture: ((p) => ({ ...p, src: abs(p.src) }))(
        (await options.pictureOf?.(a)) ?? { src: socialCardUrl(articleUrl(a.locale, a.slug)), alt: a.data.title, ratio: CARD_HEIGHT / CARD_WIDTH },
      ),
      meta: [formatDate(a.data.date, locale), ...cardTermNames(taxonomies, a.data, locale)].join(' · '),
      ...(a.locale !== locale ? { language: a.locale } : {}),
    })),
  );
  const editions = taxonomies.edition.id;
  const newsletterName = newsletter.name[locale]!;
  const email: EmailEdition = {
    locale,
    newsletterName,
    title: edition.name[locale]!.text,
    intro: edition.description?.[locale]!.text ?? '',
    dateLine: `${t('listing.editionNumber', { number: edition.edition!.number })} · ${formatDate(edition.edition!.date, locale)}`,
    preheader: t('email:preheader', { title: edition.name[locale]!.text, number: edition.edition!.number, newsletter: newsletterName }),
    webUrl: abs(termUrl(locale, editions, edition.slug[locale]!)),
    others: locales
      .filter((l) => l !== locale)
      .map((l) => ({ label: t('email:otherLanguage', { language: l }), url: abs(termUrl(l, editions, edition.slug[l]!)), lang: l })),
    stories,
    footer: t('email:footer', { publisher: publisherInText(locale) }),
    ...(newsletter.emailPlaceholders ? { service: newsletter.emailPlaceholders } : {}),
  };
  const html = await htmlEmail(email, { what: `The ${locale} email of edition ${edition.key}`, cacheDir: options.cacheDir });
  return { html, text: plainTextEmail(email) };
}
