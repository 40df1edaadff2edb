/**
 * The one list of languages the site is published in. Every route, resource,
 * vocabulary check and language switcher reads it from here.
 */
export const locales = ['en', 'es'] as const;

/** A language the site is published in. */
export type Locale = (typeof locales)[number];

/** BCP 47 tags handed to `Intl` for dates, numbers, plurals and display names. */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', es: 'es' };

/** Whether a string is one of the site's locales. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
