import type { Locale } from './i18n/locales.ts';

/**
 * The newsletter's identity. Another organization reuses the generator by
 * replacing `content/` and this file.
 */
export interface NewsletterIdentity {
  /** The newsletter's name, per language (header, titles, feeds, social cards). */
  name: Record<Locale, string>;
  /** One line under the name, per language. */
  tagline: Record<Locale, string>;
  /**
   * Who publishes it. `name` stands alone (structured data); `inText` is the
   * name as it reads inside a sentence, per language, where that differs
   * (Spanish writes "la CLAC": "Publicado por la CLAC"). The site's footer
   * and the emails use `inText`, falling back to `name`; read it with
   * `publisherInText(locale)`.
   */
  publisher: { name: string; inText?: Partial<Record<Locale, string>>; url?: string };
  /** The language of `x-default` alternates and of the root redirect's fallback. */
  defaultLocale: Locale;
  /** Each language's name, written in that language (the switcher shows these). */
  languageLabels: Record<Locale, string>;
  /** The site's origin when `SITE` is not set in the environment. */
  siteUrl: string;
}

export const newsletter: NewsletterIdentity = {
  name: { en: 'Fair Trade Voices', es: 'Voces del Comercio Justo' },
  tagline: {
    en: 'News from small fair-trade producers in Latin America and the Caribbean',
    es: 'Noticias de los pequeños productores de comercio justo de América Latina y el Caribe',
  },
  publisher: { name: 'CLAC', inText: { es: 'la CLAC' } },
  defaultLocale: 'en',
  languageLabels: { en: 'English', es: 'Español' },
  siteUrl: 'https://newsletter.example.org',
};

/** The publisher's name as it reads inside a sentence in `locale` (see `publisher.inText`). */
export function publisherInText(locale: Locale): string {
  return newsletter.publisher.inText?.[locale] ?? newsletter.publisher.name;
}
