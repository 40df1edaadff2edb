import type { EmailPlaceholders } from '../../config/declaration.ts';
import type { Locale } from '../../i18n/locales.ts';

/** A story as an edition's email shows it. */
export interface EmailStory {
  title: string;
  summary: string;
  /** Absolute URL of the story on the site. */
  url: string;
  /** Absolute URL of its picture, the picture's description and its height to width. */
  picture: { src: string; alt: string; ratio: number };
  /** Date and card terms, joined. */
  meta: string;
  /** Set when the story is not available in the email's language: the language it comes in. */
  language?: Locale;
}

/**
 * An edition's email in one language, with every text and absolute URL it
 * shows, before it is written as HTML (`htmlEmail`) and as plain text
 * (`plainTextEmail`): both show the same things.
 */
export interface EmailEdition {
  locale: Locale;
  /** The newsletter's name in the email's language. */
  newsletterName: string;
  title: string;
  intro: string;
  /** The edition's number and date. */
  dateLine: string;
  /** What mail clients show after the subject. */
  preheader: string;
  /** The edition's page on the site. */
  webUrl: string;
  /** The edition's page in each other language. */
  others: { label: string; url: string; lang: Locale }[];
  stories: EmailStory[];
  /** Who sends it. */
  footer: string;
  /** The sending service's placeholders for each reader's own links (unsubscribe, view in browser), where the newsletter names its service. */
  service?: EmailPlaceholders;
}
