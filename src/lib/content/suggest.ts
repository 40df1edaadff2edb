import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { fold } from './slug.ts';

/** Edit distance between two strings (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** A valid value and the other spellings (names, slugs) that should lead to it. */
export interface Candidate {
  key: string;
  aliases?: readonly string[];
}

/**
 * The valid keys nearest to a mistyped value, best first: exact matches on an
 * alias (a term's name or slug in any language) come first, then keys and
 * aliases within a small edit distance; ties keep the candidates' order, so
 * lists can put the likeliest values (those already in use) first.
 */
export function nearest(value: string, candidates: readonly Candidate[], max = 3): string[] {
  const typed = fold(value).replace(/[\s_]+/g, '-');
  const scored = candidates.map(({ key, aliases = [] }, order) => {
    const spellings = [key, ...aliases].map((s) => fold(s).replace(/[\s_]+/g, '-'));
    const distance = Math.min(...spellings.map((s) => (s === typed ? 0 : editDistance(typed, s))));
    return { key, distance, order };
  });
  // A value that is exactly another spelling of a term (its name) needs no other guesses.
  const limit = scored.some((s) => s.distance === 0) ? 0 : Math.max(2, Math.floor(typed.length / 3));
  return scored
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, max)
    .map((s) => s.key);
}

/** "did you mean 'a' or 'b'?", or a list of valid values when nothing is near, in `language`. */
export function didYouMean(value: string, candidates: readonly Candidate[], language: Locale): string {
  const t = useTranslations(language);
  const near = nearest(value, candidates);
  if (near.length > 0) return t('checker:didYouMean', { values: near.map((k) => `'${k}'`) });
  const keys = candidates.map((c) => c.key);
  const shown = keys.slice(0, 12).join(', ');
  return keys.length > 12 ? t('checker:someValidValues', { values: shown, count: keys.length }) : t('checker:validValues', { values: shown });
}
