import { languageLabels, locales, type Locale } from '../../src/i18n/locales.ts';
import { languageName, resources } from '../../src/i18n/translate.ts';

/** Every UI string of a resource, placeholders removed, as the fragments a page would show. */
function fragments(resource: object): string[] {
  return Object.values(resource).flatMap((v) =>
    typeof v === 'string'
      ? v
          .split(/\{\{[^}]+\}\}/)
          .map((s) => s.trim())
          .filter((s) => s.length >= 4)
      : fragments(v),
  );
}

/** What a language writes that no other does: its UI strings' fragments, its own name and its names of languages. */
function ownWords(locale: Locale): string[] {
  return [...fragments(resources[locale]!), languageLabels[locale]!, ...locales.map((l) => languageName(l, locale))];
}

/**
 * The words and phrases of the other languages that a text in `locale` must
 * not hold unless marked with their `lang` ("Recent stories" or "English" on a
 * Spanish page, "Español" in an English email), leaving out those it shares.
 */
export function foreignPhrases(locale: Locale): string[] {
  const own = new Set(ownWords(locale));
  return [...new Set(locales.filter((l) => l !== locale).flatMap(ownWords))].filter((s) => !own.has(s));
}

/** Whether `text` contains `phrase` as whole words ("Product" is not in "Productos"). */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The phrases of `foreignPhrases(locale)` that `text` holds. */
export function foreignIn(text: string, locale: Locale): string[] {
  return foreignPhrases(locale).filter((s) => containsPhrase(text, s));
}
