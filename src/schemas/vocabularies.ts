import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedSlugs, localizedText, nameText } from './localized.ts';
import { isCountryCode } from '../lib/site/countries.ts';
import { dateField } from './article.ts';
import { inWords } from './issues.ts';

/** The kinds of organization; their labels are UI strings. */
export const organizationKinds = ['producer-organization', 'network', 'ngo', 'public-body', 'international-body', 'education'] as const;

/**
 * The schema of each kind of vocabulary term (see `TermSource`), with
 * messages in `language`: a term (`term`: a topic, a product, a region), an
 * organization named in the stories, an edition of the newsletter.
 */
function vocabularySchemas(language: Locale) {
  const t = useTranslations(language);
  const error = inWords(language);
  /** Other words readers may search for a term by, in any language ("child labor", "niñez"). */
  const aliases = z.array(z.string({ error }).trim().min(1), { error }).optional();
  const term = z.strictObject(
    {
      /** Display name: one string, or one per language. */
      name: nameText(language),
      /** One line about it, per language: its page, and its index where the taxonomy lists descriptions. */
      description: localizedText(language).optional(),
      /** Other words readers may search for it by. */
      aliases,
      /** Optional URL slugs; by default made from the name. */
      slug: localizedSlugs(language),
    },
    { error },
  );
  const organization = z.strictObject(
    {
      /** The organization's own name: one string, or one per language where it differs. */
      name: nameText(language),
      /** Short name, if it has one (one string, or one per language). */
      acronym: nameText(language).optional(),
      /** Where it is based, when that is known: an ISO 3166-1 alpha-2 code such as PE or SV. */
      country: z
        .string({ error })
        .transform((code) => code.toUpperCase())
        .refine(isCountryCode, { error: (issue) => t('checker:notCountry', { value: String(issue.input) }) })
        .optional(),
      /** What sort of organization it is. */
      kind: z.enum(organizationKinds, { error }),
      /** One or two sentences about it, in every language. */
      description: localizedText(language),
      /** Other names readers may search for it by (former names, other spellings). */
      aliases,
      /** Its website, if any. */
      url: z.url({ error }).optional(),
      /** Optional URL slugs; by default made from the acronym or name. */
      slug: localizedSlugs(language),
    },
    { error },
  );
  const edition = z.strictObject(
    {
      /** Running number of the edition (1, 2, 3…). */
      number: z.number({ error }).int().positive(),
      /** Publication date of the edition, YYYY-MM-DD. */
      date: dateField(language),
      /** Title of the edition in every language. */
      title: localizedText(language),
      /** A short introduction in every language (home page, edition page, email). */
      intro: localizedText(language),
    },
    { error },
  );
  return { term, organization, edition };
}

const made = new Map<Locale, ReturnType<typeof vocabularySchemas>>();

/** The schema of each kind of vocabulary term, with messages in `language` (made once per language). */
export function termSchemas(language: Locale): ReturnType<typeof vocabularySchemas> {
  let schemas = made.get(language);
  if (!schemas) made.set(language, (schemas = vocabularySchemas(language)));
  return schemas;
}

type Schemas = ReturnType<typeof vocabularySchemas>;
export type TermData = z.output<Schemas['term']>;
export type OrganizationData = z.output<Schemas['organization']>;
export type EditionData = z.output<Schemas['edition']>;
