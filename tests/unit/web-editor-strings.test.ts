import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SVELTIA_LOCALES_DIR,
  stringsByLocale,
  stringsFiles,
  sveltiaLocaleFor,
  sveltiaLocales,
  sveltiaStrings,
  sveltiaTranslation,
  withMissingStrings,
  type Messages,
} from '../../src/lib/editor/sveltia-strings.ts';

/** A translation's messages by their dotted key (`config.error.invalid_step`), as Sveltia reads them. */
function flat(messages: Messages, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...flat(value, `${prefix}${key}.`)])),
  );
}

const sveltia = (locale: string) => JSON.parse(readFileSync(join(SVELTIA_LOCALES_DIR, `${locale}.json`), 'utf8')) as Messages;
const english = flat(sveltia('en-US'));

/** What a message must keep in any language: its variables, and its link tags (as many, in order). */
const placeholders = (message: string) => ({ variables: new Set(message.match(/\{\$\w+\}/g)), links: message.match(/<a\b[^>]*>|<\/a>/g) ?? [] });

/** A MessageFormat 2 message with each of its patterns (`{{…}}`, placeholders inside) as `{{}}`: its declarations, selectors and variants' keys. */
function skeleton(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    if (!message.startsWith('{{', i)) {
      out += message[i++];
      continue;
    }
    let depth = 0;
    for (i += 2; i < message.length && !(depth === 0 && message.startsWith('}}', i)); i++) {
      if (message[i] === '\\') i++;
      else if (message[i] === '{') depth++;
      else if (message[i] === '}') depth--;
    }
    out += '{{}}';
    i += 2;
  }
  return out;
}

describe("the strings the project adds to Sveltia CMS's translations", () => {
  it('go into the translation Sveltia shows a browser in each language, by its own rule', () => {
    const locales = sveltiaLocales();
    expect(locales).toContain('es-CO');
    expect(['es', 'es-ES', 'es-MX', 'es-CO'].map((code) => sveltiaLocaleFor(code, locales))).toEqual(['es-CO', 'es-CO', 'es-CO', 'es-CO']);
    expect(['pt', 'pt-PT', 'en', 'en-GB', 'zh', 'zh-Hant', 'fr-CA'].map((code) => sveltiaLocaleFor(code, locales))).toEqual([
      'pt-BR',
      'pt-PT',
      'en-US',
      'en-GB',
      'zh-CN',
      'zh-TW',
      'fr',
    ]);
    expect(sveltiaLocaleFor('qu', locales)).toBeUndefined();
    expect(stringsByLocale().get('es-CO')).toMatch(/sveltia-strings\/es\.json$/);
  });

  it('are only strings Sveltia lacks: each a string of its English, none it has translated (after an upgrade, remove those it names)', () => {
    for (const [locale, file] of stringsByLocale()) {
      const ours = [...flat(JSON.parse(readFileSync(file, 'utf8')) as Messages).keys()];
      const theirs = flat(sveltia(locale));
      expect({ file, notInEnglish: ours.filter((key) => !english.has(key)), translatedBySveltia: ours.filter((key) => theirs.has(key)) }).toEqual({
        file,
        notInEnglish: [],
        translatedBySveltia: [],
      });
    }
  });

  it('leave no English string missing in Spanish', () => {
    const spanish = flat(sveltiaTranslation('es-CO'));
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('keep, in each translation they go into, every string’s English placeholders, links and MessageFormat structure', () => {
    for (const locale of stringsByLocale().keys()) {
      const translated = flat(sveltiaTranslation(locale));
      const differences = [...translated].flatMap(([key, message]) => {
        const en = english.get(key);
        if (en === undefined) return [];
        const [a, b] = [placeholders(en), placeholders(message)];
        const kept =
          [...a.variables].every((v) => b.variables.has(v)) && [...b.variables].every((v) => a.variables.has(v)) && a.links.join() === b.links.join();
        const structured = !en.startsWith('.') || skeleton(en) === skeleton(message);
        return kept && structured ? [] : [`${locale} ${key}: ${message}`];
      });
      expect(differences).toEqual([]);
    }
  });

  it('never replace one of Sveltia’s own strings', () => {
    const merged = withMissingStrings(
      { save: 'Guardar', prefs: { theme: { dark: 'Oscuro' } } },
      { save: 'Salvar', prefs: { theme: { dark: 'Negro', light: 'Claro' } }, folders: 'Carpetas' },
    );
    expect(merged).toEqual({ save: 'Guardar', prefs: { theme: { dark: 'Oscuro', light: 'Claro' } }, folders: 'Carpetas' });
  });

  it('are in the bundle: the Vite plugin loads Spanish merged, and leaves other translations to Sveltia', () => {
    const plugin = sveltiaStrings();
    const hook = <T extends (...args: never[]) => unknown>(h: unknown) => h as T;
    hook<() => void>(plugin.buildStart)();
    const load = hook<(id: string) => string | null>(plugin.load);
    expect(load(join(SVELTIA_LOCALES_DIR, 'fr.json'))).toBeNull();
    expect(JSON.parse(load(join(SVELTIA_LOCALES_DIR, 'es-CO.json'))!)).toEqual(sveltiaTranslation('es-CO'));
    expect(() => hook<(error?: Error) => void>(plugin.buildEnd)()).not.toThrow();
    const unused = sveltiaStrings();
    hook<() => void>(unused.buildStart)();
    expect(() => hook<(error?: Error) => void>(unused.buildEnd)()).toThrow(/es-CO\.json \(for es\.json\) never bundled/);
  });

  it('are one JSON file per language, named by its code', () => {
    expect(stringsFiles().map((f) => f.language)).toContain('es');
    for (const { language } of stringsFiles()) expect(() => new Intl.Locale(language)).not.toThrow();
  });
});
