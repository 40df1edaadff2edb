import { locales, type Locale } from '../../i18n/locales.ts';
import type { LocalText } from '../../schemas/localized.ts';
import { capSlug, slugify } from '../content/slug.ts';
import type { VocabularyTerm } from '../content/vocabulary.ts';

/** A slug made from a name, or none where the name has no letter or digit a slug keeps (a script other than Latin). */
const slugOf = (name: LocalText | undefined, locale: Locale) => (name?.lang === locale ? capSlug(slugify(name.text)) || undefined : undefined);

/**
 * A vocabulary term's URL slug in each language: the `slug` written for it;
 * else made from what the vocabulary calls it in that language (an
 * organization's acronym first, as readers know it by that, then its name);
 * else its key, where the vocabulary does not name it in that language yet,
 * so that no address carries another language's words. An edition keeps its
 * key in every language: the key is its date ("2016-07"), which every
 * language writes alike, where its title is a sentence that differs.
 */
export function termSlugs(key: string, term: VocabularyTerm): Record<Locale, string> {
  const named = (locale: Locale) => {
    if ('number' in term) return undefined;
    return term.slug?.[locale] ?? ('acronym' in term ? slugOf(term.acronym?.[locale], locale) : undefined) ?? slugOf(term.name[locale], locale);
  };
  return Object.fromEntries(locales.map((l) => [l, named(l) ?? key])) as Record<Locale, string>;
}
