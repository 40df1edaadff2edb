import type { StringTree } from '../config/declaration.ts';

/**
 * The namespaces of the UI strings, one JSON file each per language
 * (`src/i18n/en/site.json`…), split by who reads them: reader pages (`site`,
 * the default, whose labels the others also use), emails, the content
 * checker and its commands, the web editor.
 */
export const namespaces = ['site', 'email', 'checker', 'editor'] as const;

/** A namespace of the UI strings. */
export type Namespace = (typeof namespaces)[number];

/** A language's UI strings: one tree of strings per namespace, as i18next's resources take them. */
export type UiStrings = Record<Namespace, StringTree>;

/** A plural key's category suffix (i18next v4 JSON: `articleCount_one`, `articleCount_many`…). */
export const PLURAL = /_(?:zero|one|two|few|many|other)$/;

/** Every key path of a string tree ("site.search.title"). */
export function keyPaths(tree: StringTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)));
}

/**
 * Every key a language's strings need, from the default language's: each of
 * its keys, except that a plural key is needed in the language's own plural
 * categories (`Intl.PluralRules` for its BCP 47 tag), not the default
 * language's: Spanish has `_one`, `_many` and `_other` where English has
 * `_one` and `_other`, Japanese `_other` alone.
 */
export function neededKeys(reference: StringTree, tag: string): string[] {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  return [...new Set(keyPaths(reference).flatMap((key) => (PLURAL.test(key) ? categories.map((c) => key.replace(PLURAL, `_${c}`)) : [key])))];
}

/** The keys a language's strings lack against the default language's (`neededKeys`). */
export function missingStrings(reference: StringTree, strings: StringTree, tag: string): string[] {
  const present = new Set(keyPaths(strings));
  return neededKeys(reference, tag).filter((key) => !present.has(key));
}
