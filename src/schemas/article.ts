import { z } from 'astro/zod';
import { ARTICLE_FIELDS, newsletter, type TaxonomyId, type TaxonomySettings } from '../config/newsletter.ts';
import { impossibleDate } from '../lib/content/calendar.ts';
import { isCountryCode } from '../lib/site/countries.ts';
import { SLUG_PATTERN } from '../lib/content/slug.ts';
import { didYouMean, type Candidate } from '../lib/content/suggest.ts';

/** The valid terms of each taxonomy, with the spellings that lead to them ("did you mean"). */
export type TermCandidates = ReadonlyMap<TaxonomyId, Candidate[]>;

/** The frontmatter fields an article may have, for "did you mean" on unknown fields. */
export const articleFields: readonly string[] = [...ARTICLE_FIELDS, ...newsletter.taxonomies.map((t) => t.field)];

const quoted = (value: unknown) => `'${String(value)}'`;

/** One value or a list of values, always handed on as a non-empty list. */
const oneOrMore = (field: string) =>
  z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
      error: `${field} must be one value or a list such as [a, b]`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()))
    .refine((list) => list.length > 0, { error: `${field} needs at least one value` });

/** Exactly one value, handed on as a list of one (as every taxonomy's terms are). */
const exactlyOne = (field: string, source: string) =>
  z
    .union([z.string(), z.number()], { error: `${field} must be one value, a key from ${source}` })
    .transform((value) => [String(value).trim()]);

/** Where a taxonomy's terms come from, as an editor looks them up. */
const sourceOf = (t: TaxonomySettings) => (t.terms === 'countries' ? 'ISO 3166-1 alpha-2 codes' : `vocabularies/${t.terms.vocabulary}.yaml`);

/**
 * A taxonomy's field: one value or a list (as declared), every value a
 * valid term; countries are ISO codes, upper-cased.
 */
function taxonomyField(t: TaxonomySettings, candidates: Candidate[]) {
  const keys = new Set(candidates.map((c) => c.key));
  const countries = t.terms === 'countries';
  const values = t.multiple ? oneOrMore(t.field) : exactlyOne(t.field, sourceOf(t));
  const field = values
    .transform((list) => (countries ? list.map((code) => code.toUpperCase()) : list))
    .superRefine((list, ctx) => {
      list.forEach((value, index) => {
        const known = countries ? isCountryCode(value) : keys.has(value);
        if (known) return;
        ctx.addIssue({
          code: 'custom',
          path: t.multiple ? [index] : [],
          input: value,
          message: `${t.field} ${quoted(value)} is not ${countries ? 'an ISO 3166-1 alpha-2 code' : `in ${sourceOf(t)}`}; ${didYouMean(value, candidates)}`,
        });
      });
    });
  return t.required ? z.unknown().superRefine((value, ctx) => {
    if (value === undefined) ctx.addIssue({ code: 'custom', message: `${t.field} is required (${t.multiple ? 'one or more values' : 'one value'} from ${sourceOf(t)})` });
  }).pipe(field) : field.optional();
}

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
    /** Shared by every language version of one story. */
    translationKey: z
      .string({ error: 'translationKey is required (the same in every language version of the story)' })
      .regex(SLUG_PATTERN, { error: 'translationKey must be lower case words joined by hyphens, e.g. peru-coffee-network' }),
    /** One field per declared taxonomy: its terms. */
    ...(Object.fromEntries(newsletter.taxonomies.map((t) => [t.field, taxonomyField(t, vocabulary.get(t.field) ?? [])])) as unknown as Record<
      TaxonomyId,
      z.ZodType<string[] | undefined>
    >),
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
  })
    .superRefine((article, ctx) => {
      if (article.image !== undefined && article.imageAlt === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message: `imageAlt is required with image ${quoted(typeof article.image === 'string' ? article.image : 'the picture')}: describe the picture, or write imageAlt: "" if it is purely decorative`,
        });
      }
    })
    .transform(({ title, summary, date, translationKey, image, imageAlt, imageCaption, imageCredit, slug, draft, ...byField }) => {
      const fields = byField as Partial<Record<TaxonomyId, string[]>>;
      const terms = Object.fromEntries(newsletter.taxonomies.map((t) => [t.field, fields[t.field] ?? []])) as Record<TaxonomyId, string[]>;
      const data: ArticleFields & { image?: z.output<I> } = { title, summary, date, translationKey, terms, draft };
      if (image !== undefined) data.image = image;
      if (imageAlt !== undefined) data.imageAlt = imageAlt;
      if (imageCaption !== undefined) data.imageCaption = imageCaption;
      if (imageCredit !== undefined) data.imageCredit = imageCredit;
      if (slug !== undefined) data.slug = slug;
      return data;
    });
}

/** An article's frontmatter, checked, with its terms gathered by taxonomy. */
interface ArticleFields {
  title: string;
  summary: string;
  date: Date;
  translationKey: string;
  /** Each taxonomy's term keys (empty where an optional taxonomy is not given), by field. */
  terms: Record<TaxonomyId, string[]>;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  slug?: string;
  draft: boolean;
}

/**
 * An article's frontmatter as pages and listings use it. The picture's type
 * depends on who read it (a path for the checker, image metadata in the build).
 */
export type ArticleData = ArticleFields & { image?: unknown };
