import type { Locale } from '../../i18n/locales.ts';
import { languageName } from '../../i18n/translate.ts';

/**
 * The language of the checker's messages. Like the compiler's, they are
 * written in English whatever the newsletter's languages are, so the
 * languages they mention are named in English too ("no Spanish version yet").
 */
const MESSAGES_IN = 'en' as Locale;

/** A language's name as the checker's messages write it. */
export function languageInMessages(language: Locale): string {
  return languageName(language, MESSAGES_IN);
}
