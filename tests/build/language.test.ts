import { describe, expect, it } from 'vitest';
import { isLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import { languageName } from '../../src/i18n/translate.ts';
import { newsletter } from '../../src/newsletter.config.ts';
import { builtSite, htmlPages, page, textInLanguage, textsByLanguage } from '../helpers/build.ts';
import { foreignIn } from '../helpers/language.ts';

/** The site's pages in a language, as site paths. */
const pagesOf = (dir: string) => htmlPages(dir).filter((p) => isLocale(p.slice(1, 3)) && p[3] === '/');

/** How a text in `locale` must not name a language inside a sentence: every other language's way of naming it, and its standalone label ("Español"). */
function misnamed(locale: Locale): string[] {
  const right = locales.map((l) => languageName(l, locale));
  const names = locales.flatMap((l) => [newsletter.languageLabels[l], ...locales.map((other) => languageName(l, other))]);
  return [...new Set(names)].filter((n) => !right.includes(n));
}

describe('UI language', () => {
  for (const name of ['sample', 'fixture'] as const) {
    it(`no English UI string or language name on a Spanish page, and no Spanish on an English one (${name})`, () => {
      const dir = builtSite(name);
      const found: string[] = [];
      for (const path of pagesOf(dir)) {
        const lang = path.slice(1, 3) as Locale;
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
