import { z } from 'astro/zod';
import { impossibleDate } from '../lib/calendar.ts';
import { isCountryCode } from '../lib/countries.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { didYouMean, type Candidate } from '../lib/suggest.ts';

/** The valid terms of each controlled vocabulary, with the spellings that lead to them. */
export interface TermCandidates {
  topic: Candidate[];
  organization: Candidate[];
  product: Candidate[];
  edition: Candidate[];
  /** Every ISO code, those already used first, with country names as spellings. */
  country: Candidate[];
}

/** The frontmatter fields an article may have, for "did you mean" on unknown fields. */
export const articleFields = [
  'title',
  'summary',
  'date',
  'edition',
  'translationKey',
  'country',
  'topic',
  'organization',
  'product',
  'image',
  'imageAlt',
  'imageCaption',
  'imageCredit',
  'slug',
  'draft',
] as const;

const quoted = (value: unknown) => `'${String(value)}'`;

/** One value or a list of values, always handed on as a non-empty list. */
const oneOrMore = (field: string) =>
  z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
      error: `${field} must be one value or a list such as [a, b]`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()))
    .refine((list) => list.length > 0, { error: `${field} needs at least one value` });

/** A list whose every value must be a key of the given vocabulary. */
const terms = (field: string, noun: string, candidates: Candidate[]) => {
  const keys = new Set(candidates.map((c) => c.key));
  return oneOrMore(field).superRefine((list, ctx) => {
    list.forEach((value, index) => {
      if (!keys.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          input: value,
          message: `${field} ${quoted(value)} is not ${noun}; ${didYouMean(value, candidates)}`,
        });
      }
    });
  });
};

/**
 * A calendar date written YYYY-MM-DD (YAML may already have read it as a Date).
 * The error quotes what the editor wrote, which `z.coerce.date()` would lose.
 */
export const dateField = (field: string) =>
  z.unknown().transform((value, ctx): Date => {
    const written = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
    const impossible = written === undefined ? undefined : impossibleDate(written);
    const date = value instanceof Date ? value : written && !impossible ? new Date(written) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message:
        value === undefined
          ? `${field} is required (YYYY-MM-DD)`
          : impossible
            ? `${field} ${quoted(value)} is not a date: ${impossible}`
            : `${field} ${quoted(value)} is not a date; write it as YYYY-MM-DD, e.g. 2016-02-15`,
    });
    return z.NEVER;
  });

/** The fields checked against a vocabulary, made once per vocabulary (the build asks for a schema per article). */
const shapes = new WeakMap<TermCandidates, ReturnType<typeof fieldsFor>>();

function fieldsFor(vocabulary: TermCandidates) {
  const editionKeys = new Set(vocabulary.edition.map((c) => c.key));
  return {
    /** Headline, in the article's language. */
    title: z.string({ error: 'title is required' }).trim().min(1, { error: 'title must not be empty' }),
    /** One or two sentences: cards, meta description, feeds. */
    summary: z
      .string({ error: 'summary is required (one or two sentences)' })
      .trim()
      .min(1, { error: 'summary must not be empty' }),
    /** Publication date, YYYY-MM-DD. */
    date: dateField('date'),
    /** Key of the edition in content/vocabularies/editions.yaml. */
    edition: z
      .union([z.string(), z.number()], { error: 'edition is required (a key from editions.yaml)' })
      .transform(String)
      .superRefine((value, ctx) => {
        if (!editionKeys.has(value)) {
          ctx.addIssue({
            code: 'custom',
            input: value,
            message: `edition ${quoted(value)} is not an edition; ${didYouMean(value, vocabulary.edition)}`,
          });
        }
      }),
    /** Shared by the English and Spanish versions of one story. */
    translationKey: z
      .string({ error: 'translationKey is required (the same in every language version of the story)' })
      .regex(SLUG_PATTERN, { error: 'translationKey must be lower case words joined by hyphens, e.g. peru-coffee-network' }),
    /** Countries the story is about: ISO 3166-1 alpha-2 codes such as PE, SV. */
    country: oneOrMore('country')
      .transform((list) => list.map((code) => code.toUpperCase()))
      .superRefine((list, ctx) => {
        list.forEach((code, index) => {
          if (!isCountryCode(code)) {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              input: code,
              message: `country ${quoted(code)} is not an ISO 3166-1 alpha-2 code; ${didYouMean(code, vocabulary.country)}`,
            });
          }
        });
      }),
    /** Keys from content/vocabularies/topics.yaml. */
    topic: terms('topic', 'a topic', vocabulary.topic),
    /** Keys from content/vocabularies/organizations.yaml. */
    organization: terms('organization', 'an organization', vocabulary.organization),
    /** Keys from content/vocabularies/products.yaml, if any. */
    product: terms('product', 'a product', vocabulary.product).optional(),
    /** What the picture shows, for people who cannot see it; "" marks it as decorative. */
    imageAlt: z.string().trim().optional(),
    /** A caption shown under the picture. */
    imageCaption: z.string().trim().min(1).optional(),
    /** Who made the picture (photographer, illustrator, licence). */
    imageCredit: z.string().trim().min(1).optional(),
    /** Overrides the URL slug taken from the file name. */
    slug: z
      .string()
      .regex(SLUG_PATTERN, { error: 'slug must be lower case words joined by hyphens, e.g. montana-azul' })
      .optional(),
    /** Drafts show in `npm run dev` only, never in a production build. */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  };
}

/**
 * The article frontmatter schema, checked against the vocabularies of one
 * content directory. The build (content collections) and `npm run check` both
 * use it, so editors see the same message in both places.
 */
export function articleSchema<I extends z.ZodType = z.ZodString>(vocabulary: TermCandidates, image?: I) {
  let fields = shapes.get(vocabulary);
  if (!fields) shapes.set(vocabulary, (fields = fieldsFor(vocabulary)));
  return z.strictObject({
    ...fields,
    /**
     * Picture shown at the top: a path relative to the article file. In the
     * build, Astro's `image()` resolves it for the image pipeline.
     */
    image: (image ?? (z.string().trim().min(1) as z.ZodType as I)).optional(),
  }).superRefine((article, ctx) => {
    if (article.image !== undefined && article.imageAlt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message: `imageAlt is required with image ${quoted(typeof article.image === 'string' ? article.image : 'the picture')}: describe the picture, or write imageAlt: "" if it is purely decorative`,
      });
    }
  });
}

/**
 * An article's frontmatter as pages and listings use it. The picture's type
 * depends on who read it (a path for the checker, image metadata in the build).
 */
export type ArticleData = Omit<z.output<ReturnType<typeof articleSchema>>, 'image'> & { image?: unknown };
