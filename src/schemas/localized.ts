import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales.ts';

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Text required in every language: `{ en: …, es: … }`. */
export const localizedText = z.object(
  Object.fromEntries(locales.map((l) => [l, text])) as Record<Locale, typeof text>,
);

/** Text that may differ by language: a single string (a proper name) or `{ en, es }`. */
export const nameText = z
  .union([text, localizedText])
  .transform((value): Record<Locale, string> =>
    typeof value === 'string'
      ? (Object.fromEntries(locales.map((l) => [l, value])) as Record<Locale, string>)
      : value,
  );

/** Optional per-language URL slugs overriding the ones made from the name. */
export const localizedSlugs = z
  .object(Object.fromEntries(locales.map((l) => [l, z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)])) as Record<Locale, z.ZodString>)
  .partial()
  .optional();
