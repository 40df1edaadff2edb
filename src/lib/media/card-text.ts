import type { Locale } from '../../i18n/locales.ts';
import { newsletter } from '../../config/newsletter.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { cardTermNames, type Taxonomies } from '../site/taxonomy.ts';

/** What a card shows. */
export interface CardText {
  title: string;
  /** Smaller line under the title: the story's card terms (countries in the sample). */
  subtitle: string;
  /** The newsletter's name. */
  brand: string;
}

/** What an article's card shows, in its language: title, its card terms (see `cardTermNames`) and the newsletter's name. */
export function cardText(locale: Locale, article: ArticleData, taxonomies: Taxonomies): CardText {
  return {
    title: article.title,
    subtitle: cardTermNames(taxonomies, article, locale).join(' · '),
    brand: newsletter.name[locale],
  };
}
