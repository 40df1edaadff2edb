import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';

/** The locale variables that name the language of messages, strongest first (as POSIX reads them). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** The declared language a POSIX locale names ("es_ES.UTF-8", "pt_BR", "es"), if it names one; "C" and "POSIX" name none. */
function declaredIn(posix: string | undefined): Locale | undefined {
  const tag = (posix ?? '').split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  return [tag, tag.split('-')[0]!].find(isLocale);
}

/**
 * The language the editors' tools speak (`npm run check`, `new`,
 * `translations`, the build's content errors): `flag`, a command's `--lang`,
 * when given; otherwise the first of LC_ALL, LC_MESSAGES and LANG that names
 * a declared language (`es_ES.UTF-8` is `es`; C, POSIX, empty and undeclared
 * ones are passed over); otherwise the newsletter's default language.
 * Throws, in the system's language, when `flag` is not a declared language.
 */
export function messageLanguage(flag?: string, env: NodeJS.ProcessEnv = process.env): Locale {
  const system = LOCALE_VARIABLES.map((name) => declaredIn(env[name])).find((l) => l !== undefined) ?? defaultLocale;
  if (flag === undefined || isLocale(flag)) return flag ?? system;
  throw new Error(useTranslations(system)('checker:unknownLanguage', { value: flag, languages: locales }));
}
