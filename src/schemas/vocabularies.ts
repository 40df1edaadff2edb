import { z } from 'astro/zod';
import { localizedSlugs, localizedText, nameText } from './localized.ts';
import { isCountryCode } from '../lib/site/countries.ts';
import { dateField } from './article.ts';

/** Other words readers may search for a term by, in any language ("child labor", "niñez"). */
const aliases = z.array(z.string().trim().min(1)).optional();

/** A term of a taxonomy's vocabulary (`terms: { vocabulary }`, kind `term`): a topic, a product, a region. */
export const termSchema = z.strictObject({
  /** Display name: one string, or one per language. */
  name: nameText,
  /** One line about it, per language: its page, and its index where the taxonomy lists descriptions. */
  description: localizedText.optional(),
  /** Other words readers may search for it by. */
  aliases,
  /** Optional URL slugs; by default made from the name. */
  slug: localizedSlugs,
});

/** The kinds of organization; their labels are UI strings. */
export const organizationKinds = [
  'producer-organization',
  'network',
  'ngo',
  'public-body',
  'international-body',
  'education',
] as const;

/** An organization named in the stories (kind `organization`). */
export const organizationSchema = z.strictObject({
  /** The organization's own name: one string, or one per language where it differs. */
  name: nameText,
  /** Short name, if it has one (one string, or one per language). */
  acronym: nameText.optional(),
  /** Where it is based, when that is known: an ISO 3166-1 alpha-2 code such as PE or SV. */
  country: z
    .string()
    .transform((code) => code.toUpperCase())
    .refine(isCountryCode, { error: (issue) => `'${String(issue.input)}' is not an ISO 3166-1 alpha-2 country code` })
    .optional(),
  /** What sort of organization it is. */
  kind: z.enum(organizationKinds),
  /** One or two sentences about it, in every language. */
  description: localizedText,
  /** Other names readers may search for it by (former names, other spellings). */
  aliases,
  /** Its website, if any. */
  url: z.url().optional(),
  /** Optional URL slugs; by default made from the acronym or name. */
  slug: localizedSlugs,
});

/** One issue of the newsletter (kind `edition`). */
export const editionSchema = z.strictObject({
  /** Running number of the edition (1, 2, 3…). */
  number: z.number().int().positive(),
  /** Publication date of the edition, YYYY-MM-DD. */
  date: dateField('date'),
  /** Title of the edition in every language. */
  title: localizedText,
  /** A short introduction in every language (home page, edition page, email). */
  intro: localizedText,
});

/** The schema of each kind of vocabulary term (see `TermSource`). */
export const termSchemas = { term: termSchema, organization: organizationSchema, edition: editionSchema } as const;

export type TermData = z.output<typeof termSchema>;
export type OrganizationData = z.output<typeof organizationSchema>;
export type EditionData = z.output<typeof editionSchema>;
