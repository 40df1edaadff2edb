import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/*
 * Sveltia CMS speaks the editor's language when its browser prefers one it
 * has a translation for, but its translations lag behind its English: 0.221's
 * Spanish lacks 111 of its 991 strings ("Show Errors", "Replace Image",
 * folder actions…), which it then shows in English. This project writes them:
 * `sveltia-strings/<language>.json`, named by the language's code as the
 * newsletter declares it (`es`), nested like Sveltia's own `locales/*.json`,
 * holding only the strings Sveltia's translation lacks. As the editor is
 * bundled, each file is merged into the translation Sveltia picks for a
 * browser in that language (`es` → its `es-CO.json`), never over one of
 * Sveltia's own strings: an upgrade that translates a string makes ours
 * unused, and the unit test names it, to be removed. Adding a language is
 * adding its file.
 */

/** A translation's messages, nested as in Sveltia's files (`{ "config": { "error": { … } } }`). */
export interface Messages {
  [key: string]: string | Messages;
}

/** The project's strings: one JSON file per language. */
const STRINGS_DIR = resolve(import.meta.dirname, 'sveltia-strings');

/** Sveltia CMS's translations, one `<locale>.json` each (`es-CO.json`). */
export const SVELTIA_LOCALES_DIR = resolve(createRequire(import.meta.url).resolve('@sveltia/cms'), '../../locales');

/** Each of the project's strings files: its language's code (its name) and its path. */
export function stringsFiles(): { language: string; file: string }[] {
  return readdirSync(STRINGS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ language: basename(name, '.json'), file: join(STRINGS_DIR, name) }));
}

/** The locales Sveltia CMS has a translation for (`en-US`, `es-CO`, `pt-BR`…). */
export function sveltiaLocales(): string[] {
  return readdirSync(SVELTIA_LOCALES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => basename(name, '.json'));
}

/** A locale's language, script and region, each filled in from the likeliest when it names none (as Sveltia reads them). */
function subtags(code: string) {
  try {
    const locale = new Intl.Locale(code);
    const likely = locale.script && locale.region ? undefined : locale.maximize();
    return {
      language: locale.language,
      script: locale.script ?? likely?.script,
      region: locale.region,
      preferredRegion: locale.region ?? likely?.region,
      anyScript: !locale.script && !locale.region,
    };
  } catch {
    return undefined;
  }
}

/**
 * The one of Sveltia's `locales` it shows a browser preferring `language` in,
 * by its own rule (its i18n library's matcher, applied to `navigator.languages`):
 * the locale itself if it has it, else its only one of the same language (and
 * script, if named), else among several the one of the region the language
 * names or is likeliest spoken in (`pt` → `pt-BR`), else the first. Undefined
 * when Sveltia has no translation in that language.
 */
export function sveltiaLocaleFor(language: string, locales: string[]): string | undefined {
  if (locales.includes(language)) return language;
  const wanted = subtags(language);
  if (!wanted) return undefined;
  const same = locales.filter((code) => {
    const found = subtags(code);
    return found !== undefined && found.language === wanted.language && (wanted.anyScript || found.script === wanted.script);
  });
  if (same.length < 2) return same[0];
  const inRegion = (region: string | undefined) => (region ? same.find((code) => subtags(code)?.region === region) : undefined);
  return inRegion(wanted.preferredRegion) ?? inRegion(subtags(wanted.language)?.preferredRegion) ?? same[0];
}

/** `sveltia`'s messages with those of `ours` it lacks added; none of its own is replaced. */
export function withMissingStrings(sveltia: Messages, ours: Messages): Messages {
  const merged: Messages = { ...sveltia };
  for (const [key, value] of Object.entries(ours)) {
    const theirs = merged[key];
    if (typeof value === 'string') merged[key] = theirs ?? value;
    else if (theirs === undefined || typeof theirs === 'object') merged[key] = withMissingStrings(theirs ?? {}, value);
  }
  return merged;
}

/**
 * Which of Sveltia's translations each of the project's strings files goes
 * into: its locale → the file. Throws for a language Sveltia has no
 * translation in, and for two files that would go into the same one.
 */
export function stringsByLocale(): Map<string, string> {
  const locales = sveltiaLocales();
  const byLocale = new Map<string, string>();
  for (const { language, file } of stringsFiles()) {
    const locale = sveltiaLocaleFor(language, locales);
    if (!locale) throw new Error(`${file}: Sveltia CMS has no translation in "${language}" to add strings to (it has ${locales.join(', ')}).`);
    if (byLocale.has(locale))
      throw new Error(`${file}: its strings go into Sveltia's ${locale}.json, as those of ${byLocale.get(locale)} do: keep one file per translation.`);
    byLocale.set(locale, file);
  }
  return byLocale;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Messages;

/** Sveltia's translation for `locale`, with the project's strings for it added (its own file alone when there are none). */
export function sveltiaTranslation(locale: string, byLocale = stringsByLocale()): Messages {
  const sveltia = readJson(join(SVELTIA_LOCALES_DIR, `${locale}.json`));
  const ours = byLocale.get(locale);
  return ours ? withMissingStrings(sveltia, readJson(ours)) : sveltia;
}

/** A translation Sveltia's code imports (`../locales/es-CO.json`), by its locale. */
const SVELTIA_LOCALE_MODULE = /[\\/]@sveltia[\\/]cms[\\/]locales[\\/]([\w-]+)\.json$/;

/**
 * The editor bundle's Vite plugin that adds the project's strings to
 * Sveltia's translations as they are bundled (each loaded lazily, when the
 * editor's language is picked). Fails the bundle if a file's translation
 * was never bundled (Sveltia's code changed how it loads them).
 */
export function sveltiaStrings(): Plugin {
  let byLocale = new Map<string, string>();
  const merged = new Set<string>();
  return {
    name: 'newsletter:sveltia-strings',
    enforce: 'pre',
    buildStart() {
      byLocale = stringsByLocale();
    },
    load(id) {
      const locale = SVELTIA_LOCALE_MODULE.exec(id)?.[1];
      if (!locale || !byLocale.has(locale)) return null;
      merged.add(locale);
      return JSON.stringify(sveltiaTranslation(locale, byLocale));
    },
    buildEnd(error) {
      const missed = [...byLocale].filter(([locale]) => !merged.has(locale)).map(([locale, file]) => `${locale}.json (for ${basename(file)})`);
      if (!error && missed.length) throw new Error(`Sveltia CMS strings: ${missed.join(', ')} never bundled; see src/lib/editor/sveltia-strings.ts.`);
    },
  };
}
