import { newsletter, type Locale } from '../config/newsletter.ts';

export type { Locale };

/** The languages the site is published in, in the order it lists them (from the newsletter's declaration). */
export const locales: readonly Locale[] = newsletter.languages.map((l) => l.code);

/** The language of `x-default` alternates, of the root page's fallback and of untranslated term names. */
export const defaultLocale: Locale = newsletter.defaultLanguage;

/** BCP 47 tags handed to `Intl` for dates, numbers, plurals and display names. */
export const intlLocales = Object.fromEntries(newsletter.languages.map((l) => [l.code, l.tag])) as Record<Locale, string>;

/** Each language's name in itself, as the switcher and badges show it. */
export const languageLabels = Object.fromEntries(newsletter.languages.map((l) => [l.code, l.label])) as Record<Locale, string>;

/** Where a language's readers are sent when a story is not in it: the other languages, in the declared order. */
export const fallbackLocales = Object.fromEntries(newsletter.languages.map((l) => [l.code, l.fallback])) as Record<Locale, Locale[]>;

/** Whether a string is one of the site's locales. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
