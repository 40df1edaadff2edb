import type { TextDirection } from '../config/declaration.ts';
import { newsletter, type Locale } from '../config/newsletter.ts';

export type { Locale, TextDirection };

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

const directions = Object.fromEntries(newsletter.languages.map((l) => [l.code, l.dir])) as Record<Locale, TextDirection>;

/** Which way a language is written: the `dir` of its pages. */
export function textDirection(locale: Locale): TextDirection {
  return directions[locale]!;
}

/**
 * The `dir` of an element in `locale` inside one in `around` (a language's
 * name in the switcher, a notice for other readers): its own where the two
 * are written different ways, else none, as it inherits the right one.
 */
export function dirWithin(locale: Locale, around: Locale): TextDirection | undefined {
  return directions[locale] === directions[around] ? undefined : directions[locale];
}

/** Whether a string is one of the site's locales. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
