import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { newsletter, type TaxonomyId, type TaxonomySettings } from '../../config/newsletter.ts';
import { defaultLocale, locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { TermCandidates } from '../../schemas/article.ts';
import { labelled } from '../../schemas/issues.ts';
import { untranslatedFields, type Localized } from '../../schemas/localized.ts';
import { termSchemas, type EditionData, type OrganizationData, type TermData } from '../../schemas/vocabularies.ts';
import type { Problem } from './problems.ts';
import { SLUG_PATTERN } from './slug.ts';
import { countryCodes, countryName } from '../site/countries.ts';
import { termSlugs } from '../site/term-slugs.ts';
import { termUrl } from '../site/urls.ts';
import { describeMistake, parseYaml, type YamlSource } from './yaml-source.ts';

/** A term as its vocabulary file gives it (its fields depend on the vocabulary's kind). */
export type VocabularyTerm = TermData | OrganizationData | EditionData;

/** Every vocabulary, by taxonomy field, each mapping term keys to their fields in file order. */
export type Vocabularies = Map<TaxonomyId, Map<string, VocabularyTerm>>;

/** A taxonomy whose terms come from a vocabulary file. */
export type VocabularyTaxonomy = TaxonomySettings & { terms: Exclude<TaxonomySettings['terms'], 'countries'> };

/** The taxonomies whose terms come from a vocabulary file, in declared order. */
export const vocabularyTaxonomies = newsletter.taxonomies.filter((t): t is VocabularyTaxonomy => t.terms !== 'countries');

/** A vocabulary's file under the content directory ("vocabularies/topics.yaml"). */
export function vocabularyFile(taxonomy: VocabularyTaxonomy): string {
  return `vocabularies/${taxonomy.terms.vocabulary}.yaml`;
}

/** The taxonomy whose terms are the newsletter's editions. */
export const editionTaxonomy = newsletter.taxonomies.find((t) => t.role === 'edition')! as VocabularyTaxonomy;

/** The editions of a set of vocabularies. */
export function editionsOf(vocabularies: Vocabularies): Map<string, EditionData> {
  return (vocabularies.get(editionTaxonomy.field) ?? new Map()) as Map<string, EditionData>;
}

/**
 * The terms of one vocabulary that would share an address in a language,
 * each after the term before it with that slug: a page of one would stand
 * where the other's is, so the checker refuses them and says which to rename.
 */
function sameAddress(taxonomy: VocabularyTaxonomy, terms: Map<string, VocabularyTerm>, file: string, source: YamlSource, language: Locale): Problem[] {
  const t = useTranslations(language);
  return locales.flatMap((locale) => {
    const seen = new Map<string, string>();
    return [...terms].flatMap(([key, term]) => {
      const slug = termSlugs(key, term)[locale]!;
      const first = seen.get(slug);
      seen.set(slug, first ?? key);
      if (!first) return [];
      const address = termUrl(locale, taxonomy.field, slug);
      return [{ severity: 'error' as const, file, line: source.lineOf([key, 'name']), field: `${key}.name`, message: t('checker:sameAddress', { first, second: key, language: locale, address }) }];
    });
  });
}

/**
 * Turns a term's zod issues into problems located in the YAML source, each
 * message after the term's key and field ("'youth' name: must not be empty").
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string, source: YamlSource, key: string, language: Locale): Problem[] {
  return issues.map((issue) => {
    const path = [key, ...issue.path];
    const label = `'${key}'${issue.path.length ? ` ${issue.path.join('.')}` : ''}`;
    return { severity: 'error', file, line: source.lineOf(path), field: path.map(String).join('.'), message: labelled(label, issue.message, language) };
  });
}

function loadOne(contentDir: string, taxonomy: VocabularyTaxonomy, language: Locale, problems: Problem[]): Map<string, VocabularyTerm> {
  const t = useTranslations(language);
  const file = vocabularyFile(taxonomy);
  const schema: z.ZodType<VocabularyTerm> = termSchemas(language)[taxonomy.terms.kind];
  const path = join(contentDir, file);
  const terms = new Map<string, VocabularyTerm>();
  if (!existsSync(path)) {
    // An optional taxonomy may have no terms yet; stories then simply do not use it.
    if (taxonomy.required) problems.push({ severity: 'error', file: path, line: 1, message: t('checker:missingVocabulary', { file, field: taxonomy.field }) });
    return terms;
  }
  const source = parseYaml(readFileSync(path, 'utf8'));
  if (source.error) {
    problems.push({ severity: 'error', file: path, line: source.error.line, message: t('checker:malformedYaml', { reason: describeMistake(source.error.mistake, language) }) });
    return terms;
  }
  const data = source.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ severity: 'error', file: path, line: 1, message: t('checker:notAMapping', { file }) });
    return terms;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!SLUG_PATTERN.test(key)) {
      problems.push({ severity: 'error', file: path, line: source.lineOf([key]), field: key, message: t('checker:badTermKey', { key }) });
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, path, source, key, language));
      continue;
    }
    terms.set(key, result.data);
    for (const { field, missing } of untranslatedFields(value)) {
      problems.push({
        severity: 'warning',
        file: path,
        line: source.lineOf([key, field]),
        field: `${key}.${field}`,
        message: t('checker:untranslatedTerm', { term: key, field, languages: missing, fallback: defaultLocale }),
      });
    }
  }
  problems.push(...sameAddress(taxonomy, terms, path, source, language));
  return terms;
}

/**
 * Reads and validates every vocabulary file of a content directory, with
 * problems in `language` (the newsletter's default language unless asked).
 */
export function loadVocabularies(contentDir: string, language: Locale = defaultLocale): { vocabularies: Vocabularies; problems: Problem[] } {
  const problems: Problem[] = [];
  const vocabularies: Vocabularies = new Map(vocabularyTaxonomies.map((t) => [t.field, loadOne(contentDir, t, language, problems)]));
  const numbers = new Map<number, string>();
  for (const [key, edition] of editionsOf(vocabularies)) {
    const other = numbers.get(edition.number);
    if (other) {
      problems.push({
        severity: 'error',
        file: join(contentDir, vocabularyFile(editionTaxonomy)),
        line: 1,
        field: `${key}.number`,
        message: useTranslations(language)('checker:sameNumber', { first: other, second: key, number: edition.number }),
      });
    }
    numbers.set(edition.number, key);
  }
  return { vocabularies, problems };
}

const namesOf = (names: Localized | undefined) => (names ? locales.map((l) => names[l]!.text) : []);

/** The countries organizations are based in, where their vocabulary gives one. */
export function organizationCountries(v: Vocabularies): string[] {
  return [
    ...new Set(
      vocabularyTaxonomies
        .filter((t) => t.terms.kind === 'organization')
        .flatMap((t) => [...(v.get(t.field) ?? new Map()).values()].flatMap((o) => ((o as OrganizationData).country ? [(o as OrganizationData).country!] : []))),
    ),
  ];
}

/** The spellings that suggest a term: its names, acronyms, aliases and, for an edition, its number. */
function spellings(term: VocabularyTerm): string[] {
  if ('number' in term) return [String(term.number), ...namesOf(term.title)];
  return [...namesOf(term.name), ...('acronym' in term ? namesOf(term.acronym) : []), ...(term.aliases ?? [])];
}

/** The valid keys of each taxonomy, with names, acronyms and aliases as spellings that suggest them. */
export function termCandidates(v: Vocabularies): TermCandidates {
  return new Map(
    newsletter.taxonomies.map((t) => [
      t.field,
      t.terms === 'countries'
        ? // Every ISO code, those organizations are based in first, with country names as spellings.
          [...new Set([...organizationCountries(v), ...countryCodes()])].map((key) => ({ key, aliases: locales.map((l) => countryName(key, l)) }))
        : [...(v.get(t.field) ?? new Map<string, VocabularyTerm>())].map(([key, term]) => ({ key, aliases: spellings(term) })),
    ]),
  );
}
