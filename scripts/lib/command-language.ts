/** The language an editors' command speaks, as `npm run check`, `new` and `translations` read it. */
import type { Locale } from '../../src/i18n/locales.ts';
import { messageLanguage } from '../../src/lib/content/message-language.ts';

/**
 * The language of a command's messages: its `--lang`, else the system
 * locale's, else the newsletter's default (see `messageLanguage`). An unknown
 * `--lang` ends the command with the languages it could be, and exit code 2.
 */
export function commandLanguage(flag: string | undefined): Locale {
  try {
    return messageLanguage(flag);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
