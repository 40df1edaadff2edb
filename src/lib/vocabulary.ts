import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import type { TermCandidates } from '../schemas/article.ts';
import {
  editionSchema,
  organizationSchema,
  productSchema,
  topicSchema,
  type EditionData,
  type OrganizationData,
  type ProductData,
  type TopicData,
} from '../schemas/vocabularies.ts';
import type { Problem } from './problems.ts';
import { SLUG_PATTERN } from './slug.ts';
import { countryCodes, countryName } from './countries.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** Where each vocabulary lives under the content directory, and its schema. */
export const vocabularyFiles = {
  topics: { file: 'vocabularies/topics.yaml', schema: topicSchema },
  organizations: { file: 'vocabularies/organizations.yaml', schema: organizationSchema },
  products: { file: 'vocabularies/products.yaml', schema: productSchema },
  editions: { file: 'vocabularies/editions.yaml', schema: editionSchema },
} as const;

/** Every controlled vocabulary, keyed by term key, in file order. */
export interface Vocabularies {
  topics: Map<string, TopicData>;
  organizations: Map<string, OrganizationData>;
  products: Map<string, ProductData>;
  editions: Map<string, EditionData>;
}

/** Turns zod issues into problems located in the YAML source. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  source: YamlSource,
  prefix: readonly PropertyKey[],
  label: (path: readonly PropertyKey[]) => string,
): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { severity: 'error', file, line: source.lineOf(path), field: path.map(String).join('.'), message: `${label(issue.path)}${issue.message}` };
  });
}

function loadOne<S extends z.ZodType>(
  contentDir: string,
  file: string,
  schema: S,
  problems: Problem[],
): Map<string, z.output<S>> {
  const path = join(contentDir, file);
  const terms = new Map<string, z.output<S>>();
  if (!existsSync(path)) {
    problems.push({ severity: 'error', file: path, line: 1, message: `the vocabulary file ${file} is missing` });
    return terms;
  }
  const source = parseYaml(readFileSync(path, 'utf8'));
  if (source.error) {
    problems.push({ severity: 'error', file: path, line: source.error.line, message: `malformed YAML: ${source.error.message}` });
    return terms;
  }
  const data = source.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ severity: 'error', file: path, line: 1, message: `${file} must map each term key to its fields` });
    return terms;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!SLUG_PATTERN.test(key)) {
      problems.push({
        severity: 'error',
        file: path,
        line: source.lineOf([key]),
        field: key,
        message: `term key '${key}' must be lower case words joined by hyphens`,
      });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) terms.set(key, result.data);
    else {
      problems.push(
        ...issuesToProblems(result.error.issues, path, source, [key], (p) => `'${key}'${p.length ? ` ${p.join('.')}` : ''}: `),
      );
    }
  }
  return terms;
}

/** Reads and validates every vocabulary file of a content directory. */
export function loadVocabularies(contentDir: string): { vocabularies: Vocabularies; problems: Problem[] } {
  const problems: Problem[] = [];
  const vocabularies: Vocabularies = {
    topics: loadOne(contentDir, vocabularyFiles.topics.file, topicSchema, problems),
    organizations: loadOne(contentDir, vocabularyFiles.organizations.file, organizationSchema, problems),
    products: loadOne(contentDir, vocabularyFiles.products.file, productSchema, problems),
    editions: loadOne(contentDir, vocabularyFiles.editions.file, editionSchema, problems),
  };
  const numbers = new Map<number, string>();
  for (const [key, edition] of vocabularies.editions) {
    const other = numbers.get(edition.number);
    if (other) {
      problems.push({
        severity: 'error',
        file: join(contentDir, vocabularyFiles.editions.file),
        line: 1,
        field: `${key}.number`,
        message: `editions '${other}' and '${key}' both have number ${edition.number}`,
      });
    }
    numbers.set(edition.number, key);
  }
  return { vocabularies, problems };
}

const namesOf = (names: Record<string, string> | undefined) => (names ? locales.map((l) => names[l]!).filter(Boolean) : []);

/** The valid keys of each vocabulary, with names and acronyms as spellings that suggest them. */
export function termCandidates(v: Vocabularies): TermCandidates {
  return {
    topic: [...v.topics].map(([key, t]) => ({ key, aliases: [...namesOf(t.name), ...(t.aliases ?? [])] })),
    product: [...v.products].map(([key, t]) => ({ key, aliases: [...namesOf(t.name), ...(t.aliases ?? [])] })),
    organization: [...v.organizations].map(([key, t]) => ({ key, aliases: [...namesOf(t.name), ...namesOf(t.acronym), ...(t.aliases ?? [])] })),
    edition: [...v.editions].map(([key, t]) => ({ key, aliases: [String(t.number), ...namesOf(t.title)] })),
    country: [...new Set([...[...v.organizations.values()].flatMap((o) => (o.country ? [o.country] : [])), ...countryCodes()])].map((key) => ({
      key,
      aliases: locales.map((l) => countryName(key, l)),
    })),
  };
}
