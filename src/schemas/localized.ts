import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

const text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * Text in every language: `{ en: …, es: … }`. The default language's is
 * required; another language's may be missing (a language added before every
 * term is translated) and then reads as the default language's, which the
 * checker reports as a warning (see `untranslatedFields`).
 */
export const localizedText = z
  .object({
    ...(Object.fromEntries(locales.map((l) => [l, text.optional()])) as Record<Locale, z.ZodOptional<typeof text>>),
    [defaultLocale]: text,
  })
  .strict()
  .transform((value): Record<Locale, string> => Object.fromEntries(locales.map((l) => [l, value[l] ?? value[defaultLocale]!])) as Record<Locale, string>);

/** Text that may differ by language: a single string (a proper name) or `{ en, es }`. */
export const nameText = z
  .union([text, localizedText])
  .transform((value): Record<Locale, string> =>
    typeof value === 'string' ? (Object.fromEntries(locales.map((l) => [l, value])) as Record<Locale, string>) : value,
  );

/** Optional per-language URL slugs overriding the ones made from the name. */
export const localizedSlugs = z
  .object(Object.fromEntries(locales.map((l) => [l, z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)])) as Record<Locale, z.ZodString>)
  .partial()
  .optional();

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
