import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { didYouMean } from '../lib/content/suggest.ts';

/** What a value of each type zod expects is, to an editor. */
const EXPECTED = {
  string: 'checker:notText',
  number: 'checker:notNumber',
  int: 'checker:notWholeNumber',
  boolean: 'checker:notTrueOrFalse',
  array: 'checker:notList',
  object: 'checker:notFields',
} as const;

/**
 * What is wrong with a value, in `language`, for an issue zod found itself
 * (a number where text belongs, an unknown field, an empty text): a
 * predicate that follows the field's name, "must be text". Every schema that
 * has no message of its own passes this as its `error`, so that none of zod's
 * (English) messages reaches an editor, in the checker or in Astro's build.
 */
export function issueText(issue: z.core.$ZodRawIssue, language: Locale): string {
  const t = useTranslations(language);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('checker:required');
      return issue.expected in EXPECTED ? t(EXPECTED[issue.expected as keyof typeof EXPECTED]) : t('checker:invalid');
    case 'invalid_value':
      if (issue.input === undefined) return t('checker:required');
      return t('checker:notOneOf', {
        value: String(issue.input),
        suggestion: didYouMean(
          String(issue.input),
          issue.values.map((v) => ({ key: String(v) })),
          language,
        ),
      });
    case 'too_small':
      if (issue.origin === 'string') return t('checker:empty');
      if (issue.origin === 'number' && !issue.inclusive) return t('checker:moreThan', { minimum: Number(issue.minimum) });
      return t('checker:invalid');
    case 'invalid_format':
      if (issue.format === 'url') return t('checker:notWebAddress');
      // Every pattern the schemas test is a slug's (`SLUG_PATTERN`).
      return issue.format === 'regex' ? t('checker:notSlug') : t('checker:invalid');
    case 'unrecognized_keys': {
      const fields = issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
      return issue.keys.map((key) => unknownField(key, fields, language)).join('; ');
    }
    default:
      return t('checker:invalid');
  }
}

/** "unknown field 'topics'; did you mean 'topic'?", in `language`. */
export function unknownField(key: string, fields: readonly string[], language: Locale): string {
  return useTranslations(language)('checker:unknownField', {
    field: key,
    suggestion: didYouMean(
      key,
      fields.map((k) => ({ key: k })),
      language,
    ),
  });
}

/**
 * A field's message: its name, then what is wrong ("title: is required").
 * Article messages name their field themselves (the schema knows it); the
 * checker names a vocabulary's, as it knows the term (see `issuesToProblems`).
 */
export function labelled(field: string, message: string, language: Locale): string {
  return useTranslations(language)('checker:labelled', { label: field, message });
}

/** A schema's `error` option: its issues in `issueText`'s words. */
export const inWords = (language: Locale) => (issue: z.core.$ZodRawIssue) => issueText(issue, language);
