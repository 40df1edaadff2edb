import { z } from 'astro/zod';
import { ARTICLE_FIELDS, newsletter, taxonomyKey, type TaxonomyId, type TaxonomySettings } from '../config/newsletter.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { impossibleDate, type ImpossibleDate } from '../lib/content/calendar.ts';
import { isCountryCode } from '../lib/site/countries.ts';
import { SLUG_PATTERN } from '../lib/content/slug.ts';
import { didYouMean, type Candidate } from '../lib/content/suggest.ts';
import { issueText, labelled } from './issues.ts';

/** The checker's message for a picture without a description; the web editor shows it too, before it saves. */
export function missingImageAlt(language: Locale): string {
  return labelled('imageAlt', useTranslations(language)('checker:imageAlt'), language);
}

/** The valid terms of each taxonomy, with the spellings that lead to them ("did you mean"). */
export type TermCandidates = ReadonlyMap<TaxonomyId, Candidate[]>;

/** The frontmatter fields an article may have, for "did you mean" on unknown fields. */
export const articleFields: readonly string[] = [...ARTICLE_FIELDS, ...newsletter.taxonomies.map((t) => t.field)];

/** A field's `error` option: `issueText`'s words after its name, "is required (what)" when it is missing. */
const fieldError = (field: string, language: Locale, what?: string) => (issue: z.core.$ZodRawIssue) =>
  labelled(field, issue.input === undefined && what ? useTranslations(language)('checker:requiredAs', { what }) : issueText(issue, language), language);

/** One value or a list of values, always handed on as a non-empty list. */
const oneOrMore = (field: string, language: Locale) =>
  z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
      error: labelled(field, useTranslations(language)('checker:oneOrList'), language),
    })
    .transform((value) => (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()))
    .refine((list) => list.length > 0, { error: labelled(field, useTranslations(language)('checker:atLeastOne'), language) });

/** Exactly one value, handed on as a list of one (as every taxonomy's terms are). */
const exactlyOne = (field: string, what: string, language: Locale) =>
  z
    .union([z.string(), z.number()], { error: labelled(field, useTranslations(language)('checker:exactlyOne', { what }), language) })
    .transform((value) => [String(value).trim()]);

/** What a taxonomy's field holds, as an editor looks it up ("one or more keys from vocabularies/topics.yaml"). */
export function termsOf(t: TaxonomySettings, language: Locale): string {
  const say = useTranslations(language);
  if (t.terms === 'countries') return say(t.multiple ? 'checker:someCountries' : 'checker:oneCountry');
  return say(t.multiple ? 'checker:someTerms' : 'checker:oneTerm', { file: `vocabularies/${t.terms.vocabulary}.yaml` });
}

/**
 * A taxonomy's field: one value or a list (as declared), every value a
 * valid term; countries are ISO codes, upper-cased. An unknown term is named
 * by its taxonomy in `language` ("the topic 'x' does not exist").
 */
function taxonomyField(t: TaxonomySettings, candidates: Candidate[], language: Locale) {
  const say = useTranslations(language);
  const keys = new Set(candidates.map((c) => c.key));
  const countries = t.terms === 'countries';
  const values = t.multiple ? oneOrMore(t.field, language) : exactlyOne(t.field, termsOf(t, language), language);
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
          message: say(countries ? 'checker:notCountryCode' : 'checker:unknownTerm', {
            taxonomy: say(taxonomyKey(t.field, 'inText')),
            value,
            suggestion: didYouMean(value, candidates, language),
          }),
        });
      });
    });
  return t.required
    ? z
        .unknown()
        .superRefine((value, ctx) => {
          if (value === undefined)
            ctx.addIssue({ code: 'custom', message: labelled(t.field, say('checker:requiredAs', { what: termsOf(t, language) }), language) });
        })
        .pipe(field)
    : field.optional();
}

/** Why a written date names no day, in `language` ("February 2016 has 29 days"). */
function impossibleReason(impossible: ImpossibleDate, language: Locale): string {
  const t = useTranslations(language);
  if (impossible.days === undefined) return t('checker:noSuchMonth', { month: impossible.month });
  return t('checker:monthDays', { date: new Date(Date.UTC(impossible.year, impossible.month - 1, 1)), days: impossible.days });
}

/**
 * A calendar date written YYYY-MM-DD (YAML may already have read it as a Date).
 * The error quotes what the editor wrote, which `z.coerce.date()` would lose.
 * Its messages say what is wrong with the value, in `language`; `field` puts
 * the field's name before them, as article messages have it.
 */
export const dateField = (language: Locale, field?: string) =>
  z.unknown().transform((value, ctx): Date => {
    const t = useTranslations(language);
    const written = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
    const impossible = written === undefined ? undefined : impossibleDate(written);
    const date = value instanceof Date ? value : written && !impossible ? new Date(written) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
    const message =
      value === undefined
        ? t('checker:requiredAs', { what: t('checker:dateFormat') })
        : impossible
          ? t('checker:impossibleDate', { value: String(value), reason: impossibleReason(impossible, language) })
          : t('checker:notADate', { value: String(value) });
    ctx.addIssue({ code: 'custom', input: value, message: field ? labelled(field, message, language) : message });
    return z.NEVER;
  });

/** The fields checked against a vocabulary, made once per vocabulary and language (the build asks for a schema per article). */
const shapes = new WeakMap<TermCandidates, Map<Locale, ReturnType<typeof fieldsFor>>>();

function fieldsFor(vocabulary: TermCandidates, language: Locale) {
  const t = useTranslations(language);
  return {
    /** Headline, in the article's language. */
    title: z
      .string({ error: fieldError('title', language) })
      .trim()
      .min(1),
    /** One or two sentences: cards, meta description, feeds. */
    summary: z
      .string({ error: fieldError('summary', language, t('checker:summary')) })
      .trim()
      .min(1),
    /** Publication date, YYYY-MM-DD. */
    date: dateField(language, 'date'),
    /** Shared by every language version of one story. */
    translationKey: z.string({ error: fieldError('translationKey', language, t('checker:translationKey')) }).regex(SLUG_PATTERN),
    /** One field per declared taxonomy: its terms. */
    ...(Object.fromEntries(newsletter.taxonomies.map((tx) => [tx.field, taxonomyField(tx, vocabulary.get(tx.field) ?? [], language)])) as unknown as Record<
      TaxonomyId,
      z.ZodType<string[] | undefined>
    >),
    /** What the picture shows, for people who cannot see it; "" marks it as decorative. */
    imageAlt: z
      .string({ error: fieldError('imageAlt', language) })
      .trim()
      .optional(),
    /** A caption shown under the picture. */
    imageCaption: z
      .string({ error: fieldError('imageCaption', language) })
      .trim()
      .min(1)
      .optional(),
    /** Who made the picture (photographer, illustrator, licence). */
    imageCredit: z
      .string({ error: fieldError('imageCredit', language) })
      .trim()
      .min(1)
      .optional(),
    /** Overrides the URL slug taken from the file name. */
    slug: z
      .string({ error: fieldError('slug', language) })
      .regex(SLUG_PATTERN)
      .optional(),
    /** Drafts show in `npm run dev` only, never in a production build. */
    draft: z.boolean({ error: fieldError('draft', language) }).default(false),
  };
}

/**
 * The article frontmatter schema, checked against the vocabularies of one
 * content directory. The build (content collections) and `npm run check` both
 * use it, so editors see the same message in both places, in `language`
 * (the build's is the system's, `messageLanguage()`).
 */
export function articleSchema<I extends z.ZodType = z.ZodString>(vocabulary: TermCandidates, language: Locale, image?: I) {
  const t = useTranslations(language);
  let byLanguage = shapes.get(vocabulary);
  if (!byLanguage) shapes.set(vocabulary, (byLanguage = new Map()));
  let fields = byLanguage.get(language);
  if (!fields) byLanguage.set(language, (fields = fieldsFor(vocabulary, language)));
  return z
    .strictObject(
      {
        ...fields,
        /**
         * Picture shown at the top: a path relative to the article file. In the
         * build, Astro's `image()` resolves it for the image pipeline.
         */
        image: (
          image ??
          (z
            .string({ error: fieldError('image', language) })
            .trim()
            .min(1) as z.ZodType as I)
        ).optional(),
      },
      // Unknown fields get "did you mean"; a frontmatter that is not fields at all, how to write one.
      { error: (issue) => (issue.code === 'unrecognized_keys' ? issueText(issue, language) : t('checker:notFrontmatter')) },
    )
    .superRefine((article, ctx) => {
      if (article.image !== undefined && article.imageAlt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: missingImageAlt(language) });
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
