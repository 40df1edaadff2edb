import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { inWords } from './issues.ts';

/** Text as one language shows it, and the language it is written in: its own, or the default language's where it has none yet. */
export interface LocalText {
  text: string;
  lang: Locale;
}

/** A value's text for each language (see `localizedText`). */
export type Localized = Record<Locale, LocalText>;

/**
 * Text in every language: `{ en: …, es: … }`. The default language's is
 * required; another language's may be missing (a language added before every
 * term is translated) and then reads as the default language's, which the
 * checker reports as a warning (see `untranslatedFields`). Each language's
 * text keeps the language it is written in, so that pages can mark the
 * borrowed ones (`foreignLang`). Messages in `language`.
 */
export function localizedText(language: Locale) {
  const t = useTranslations(language);
  const text = z
    .string({ error: inWords(language) })
    .trim()
    .min(1);
  return z
    .strictObject(Object.fromEntries(locales.map((l) => [l, text.optional()])) as Record<Locale, z.ZodOptional<typeof text>>, {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys')
          return t('checker:notALanguage', { count: issue.keys.length, keys: issue.keys.map((k) => `'${k}'`), languages: locales });
        return issue.input === undefined ? t('checker:required') : t('checker:notLocalized', { example: `{ ${locales.map((l) => `${l}: …`).join(', ')} }` });
      },
    })
    .refine((value) => value[defaultLocale] !== undefined, { error: t('checker:needsDefault', { language: defaultLocale }) })
    .transform(
      (value): Localized =>
        Object.fromEntries(
          locales.map((l) => [l, value[l] !== undefined ? { text: value[l], lang: l } : { text: value[defaultLocale]!, lang: defaultLocale }]),
        ) as Localized,
    );
}

/** The language to mark a value with on a page in `locale` (`lang="…"`): its own where that is another, else none. */
export function foreignLang(value: LocalText, locale: Locale): Locale | undefined {
  return value.lang === locale ? undefined : value.lang;
}

/** A value's text where it is written in `locale`; undefined where it would be borrowed from another language. */
export function ownText(value: LocalText | undefined, locale: Locale): string | undefined {
  return value?.lang === locale ? value.text : undefined;
}

/**
 * Text that may differ by language: a single string (a proper name, the same
 * in every language) or `{ en, es }`. A string is read as the same text in
 * each language rather than through a union, so that a wrong object gets
 * `localizedText`'s own message instead of a union's "Invalid input".
 */
export function nameText(language: Locale) {
  return z.preprocess((value) => (typeof value === 'string' ? Object.fromEntries(locales.map((l) => [l, value])) : value), localizedText(language));
}

/** Optional per-language URL slugs overriding the ones made from the name. */
export function localizedSlugs(language: Locale) {
  const slug = z.string({ error: inWords(language) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  return z
    .object(Object.fromEntries(locales.map((l) => [l, slug])) as Record<Locale, z.ZodString>, { error: inWords(language) })
    .partial()
    .optional();
}

/**
 * The languages a term's text is not written in, field by field: for
 * each field written as `{ <language>: … }`, the declared languages it lacks.
 */
export function untranslatedFields(term: unknown): { field: string; missing: Locale[] }[] {
  if (!term || typeof term !== 'object') return [];
  return Object.entries(term).flatMap(([field, value]) => {
    if (field === 'slug' || !value || typeof value !== 'object' || Array.isArray(value) || !(defaultLocale in value)) return [];
    const missing = locales.filter((l) => typeof (value as Record<string, unknown>)[l] !== 'string');
    return missing.length ? [{ field, missing }] : [];
  });
}
