import i18next, { type TFunction } from 'i18next';
import { en } from './en.ts';
import { es } from './es.ts';
import { intlLocales, locales, type Locale } from './locales.ts';

/** UI resources per locale. Adding a language means adding its file here and to `locales`. */
export const resources = { en, es } satisfies Record<Locale, unknown>;

// One i18next instance for the whole site, initialised synchronously: resources
// are bundled, so there is nothing to load.
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: resources[l] }])),
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...locales],
  initAsync: false,
  returnNull: false,
  // Astro escapes every expression it renders; escaping here too would double it.
  interpolation: { escapeValue: false },
});

/** The translation function for one language, keys typed from the English resource. */
export function useTranslations(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

// Building an Intl formatter costs far more than using one, and an archive
// formats tens of thousands of dates: one formatter per language.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A date in the page's language ("15 February 2016", "15 de febrero de 2016"). */
export function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** A number in the page's language ("1,150" or "1150"). */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocales[locale])));
  return format.format(value);
}
