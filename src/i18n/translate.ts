import i18next, { type TFunction } from 'i18next';
import { newsletter } from '../config/newsletter.ts';
import { defaultLocale, intlLocales, locales, type Locale } from './locales.ts';
import { namespaces, type UiStrings } from './strings.ts';

/** UI strings per language and namespace, as the newsletter declares them (one JSON file per namespace and language). */
export const resources = Object.fromEntries(newsletter.languages.map((l) => [l.code, l.strings])) as Record<Locale, UiStrings>;

// One i18next instance for the whole site, initialised synchronously: the
// strings are already loaded with the newsletter's declaration.
const i18n = i18next.createInstance();
void i18n.init({
  resources,
  ns: [...namespaces],
  defaultNS: 'site',
  lng: defaultLocale,
  fallbackLng: false,
  supportedLngs: [...locales],
  initAsync: false,
  returnNull: false,
  // Astro escapes every expression it renders; escaping here too would double it.
  interpolation: { escapeValue: false },
});
// `{{language, languageName}}` in a string takes a language's code (or a list
// of codes) and reads as its name in the string's language: the resources
// then need no table of every language's name in every other. A list reads
// "English and Spanish", or with `languageName(type: disjunction)` "English or Spanish".
i18n.services.formatter!.add('languageName', (value: Locale | readonly Locale[], lng: string | undefined, options: { type?: string }) =>
  typeof value === 'string'
    ? languageName(value, lng!)
    : (options.type === 'disjunction' ? disjunctionFormat : listFormat)(lng!).format(value.map((l) => languageName(l, lng!))),
);

/** A translation function of every namespace: `site` keys as they are, the others' as `email:readMore`. */
type Translator = TFunction<typeof namespaces>;

const translators = new Map<Locale, Translator>();

/** Strings remembered per language at most: options carry titles and numbers, which vary without end. */
const REMEMBERED = 10_000;

/** What a call asks for, as one string, when it is a key with at most one object of plain values. */
function callKey(key: unknown, rest: unknown[]): string | undefined {
  if (typeof key !== 'string' || rest.length > 1) return undefined;
  if (rest.length === 0) return key;
  const options = rest[0];
  if (typeof options !== 'object' || options === null) return undefined;
  const values = Object.values(options);
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return undefined;
  return `${key}\u0000${JSON.stringify(options)}`;
}

/**
 * The translation function for one language, keys typed from the default
 * language's strings (`src/i18n/i18next.d.ts`): `site` keys as they are, the
 * other namespaces' prefixed (`checker:required`). A string is looked up in i18next once per key and options, then
 * remembered: every page asks for the same labels ("page 3 of 40", "in
 * Spanish"), and i18next's lookup costs more than rendering them.
 */
export function useTranslations(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    const fixed = i18n.getFixedT(locale) as unknown as (...args: unknown[]) => unknown;
    const remembered = new Map<string, unknown>();
    translator = ((key: unknown, ...rest: unknown[]) => {
      const asked = callKey(key, rest);
      if (asked === undefined) return fixed(key, ...rest);
      let text = remembered.get(asked);
      if (text === undefined) {
        if (remembered.size >= REMEMBERED) remembered.clear();
        remembered.set(asked, (text = fixed(key, ...rest)));
      }
      return text;
    }) as unknown as Translator;
    translators.set(locale, translator);
  }
  return translator;
}

/**
 * A plural string's forms in one language, by its plural categories
 * (`{ one, many, other }` in Spanish), from a `site` key without its suffix
 * (`search.resultCount`): for the browser, which picks the form with
 * `Intl.PluralRules` and fills in the count itself.
 */
export function pluralForms(locale: Locale, key: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const categories = new Intl.PluralRules(intlLocales[locale]).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((c) => [c, i18n.getResource(locale, 'site', `${key}_${c}`) as string]));
}

/**
 * One of something per language (a formatter, a memo), made on first use:
 * building an Intl formatter costs far more than using one, and an archive
 * formats tens of thousands of dates.
 */
function onePerLocale<F>(make: (locale: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let one = made.get(locale);
    if (!one) made.set(locale, (one = make(intlLocales[locale]!)));
    return one;
  };
}

const dateFormat = onePerLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
const numberFormat = onePerLocale((l) => new Intl.NumberFormat(l));
const displayNames = onePerLocale((l) => new Intl.DisplayNames(l, { type: 'language' }));
const listFormat = onePerLocale((l) => new Intl.ListFormat(l, { type: 'conjunction' }));
const disjunctionFormat = onePerLocale((l) => new Intl.ListFormat(l, { type: 'disjunction' }));

/** Dates already formatted, per language: an archive shows each of its few thousand days on many pages. */
const formattedDates = onePerLocale(() => new Map<number, string>());

/** A date in the page's language ("15 February 2016", "15 de febrero de 2016"). */
export function formatDate(date: Date, locale: Locale): string {
  const formatted = formattedDates(locale);
  let text = formatted.get(date.getTime());
  if (text === undefined) formatted.set(date.getTime(), (text = dateFormat(locale).format(date)));
  return text;
}

/** A number in the page's language ("1,150" or "1150"). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/**
 * A language's name as a sentence in `locale` writes it: "Spanish" in English,
 * "inglés" and "español" in Spanish (lowercase, as running Spanish text has
 * them). From Intl, so a new language needs no name in every other's
 * resource. Strings get it through `{{x, languageName}}`; standalone labels
 * (the switcher's links, badges) use each language's own name,
 * `languageLabels`.
 */
export function languageName(language: Locale, locale: Locale): string {
  return displayNames(locale).of(language) ?? language;
}
