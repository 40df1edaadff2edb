import { describe, expect, it } from 'vitest';
import { isLocale, languageLabels, locales, type Locale } from '../../src/i18n/locales.ts';
import { languageName } from '../../src/i18n/translate.ts';
import { builtSite, htmlPages, page, textInLanguage, textsByLanguage } from '../helpers/build.ts';
import { foreignIn } from '../helpers/language.ts';

/** The language of a site path ("/es/temas/" → "es"), if it is under one. */
const languageOf = (path: string) => {
  const first = path.split('/')[1]!;
  return path.startsWith(`/${first}/`) && isLocale(first) ? first : undefined;
};
/** The site's pages in a language, as site paths. */
const pagesOf = (dir: string) => htmlPages(dir).filter((p) => languageOf(p) !== undefined);

/** How a text in `locale` must not name a language inside a sentence: every other language's way of naming it, and its standalone label ("Español"). */
function misnamed(locale: Locale): string[] {
  const right = locales.map((l) => languageName(l, locale));
  const names = locales.flatMap((l) => [languageLabels[l]!, ...locales.map((other) => languageName(l, other))]);
  return [...new Set(names)].filter((n) => !right.includes(n));
}

describe('UI language', () => {
  for (const name of ['sample', 'fixture'] as const) {
    it(`no UI string or language name of another language on any language’s page: no English on a Spanish page, no Spanish on an English one (${name})`, () => {
      const dir = builtSite(name);
      const found: string[] = [];
      const pages = pagesOf(dir);
      for (const locale of locales)
        expect(
          pages.some((p) => languageOf(p) === locale),
          locale,
        ).toBe(true);
      for (const path of pages) {
        const lang = languageOf(path)!;
        for (const s of foreignIn(textInLanguage(page(dir, path).querySelector('html')!, lang), lang)) found.push(`${path}: "${s}"`);
      }
      expect(found).toEqual([]);
    });

    it(`names languages inside a sentence as the sentence’s language does: “en español”, “in Spanish” (${name})`, () => {
      const dir = builtSite(name);
      // Each wrong sentence once, with the first page that has it.
      const found = new Map<string, string>();
      for (const path of pagesOf(dir)) {
        for (const { lang, text } of textsByLanguage(page(dir, path).querySelector('html')!)) {
          if (!isLocale(lang)) continue;
          // After a word, a name is inside a sentence; alone, it is a label (the switcher's "Español").
          for (const n of misnamed(lang)) if (new RegExp(`\\p{L} ${n}(?!\\p{L})`, 'u').test(text) && !found.has(text)) found.set(text, path);
        }
      }
      expect([...found].map(([text, path]) => `${path}: "${text.trim()}"`)).toEqual([]);
    });
  }

  it('would notice an English string on a Spanish page', () => {
    const html = page(builtSite('sample'), '/es/').querySelector('html')!;
    expect(foreignIn(`${textInLanguage(html, 'es')} Recent stories`, 'es')).toContain('Recent stories');
    expect(foreignIn(textInLanguage(html, 'es'), 'es')).toEqual([]);
  });
});
