import { describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { messageLanguage } from '../../src/lib/content/message-language.ts';

describe('the language of the editors’ tools', () => {
  it.each([
    ['nothing set: the default language', {}, defaultLocale],
    ['LANG with a region and an encoding', { LANG: 'es_ES.UTF-8' }, 'es'],
    ['LANG of another region, with a modifier', { LANG: 'es_MX@euro' }, 'es'],
    ['LANG as a bare language', { LANG: 'es' }, 'es'],
    ['LC_MESSAGES over LANG', { LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_GB.UTF-8' }, 'es'],
    ['LC_ALL over LC_MESSAGES and LANG', { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'es_ES.UTF-8' }, 'en'],
    ['C and POSIX passed over', { LC_ALL: 'C', LC_MESSAGES: 'POSIX', LANG: 'es_ES.UTF-8' }, 'es'],
    ['C.UTF-8 passed over', { LC_ALL: 'C.UTF-8', LANG: 'es_ES.UTF-8' }, 'es'],
    ['an empty LC_ALL passed over', { LC_ALL: '', LANG: 'es_ES.UTF-8' }, 'es'],
    ['an undeclared language passed over', { LC_ALL: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8' }, 'es'],
    ['only undeclared or C: the default language', { LC_ALL: 'fr_FR.UTF-8', LANG: 'C' }, defaultLocale],
  ])('%s', (_, env, expected) => {
    expect(messageLanguage(undefined, env)).toBe(expected);
  });

  it('is --lang’s when given, whatever the locale', () => {
    expect(messageLanguage('es', { LC_ALL: 'en_GB.UTF-8' })).toBe('es');
    expect(messageLanguage('en', { LANG: 'es_ES.UTF-8' })).toBe('en');
  });

  it('refuses a --lang that is not a declared language, naming them in the system locale’s language', () => {
    expect(() => messageLanguage('fr', { LANG: 'en_GB.UTF-8' })).toThrow("--lang must be en or es, not 'fr'");
    expect(() => messageLanguage('es_ES', { LANG: 'es_ES.UTF-8' })).toThrow("--lang debe ser en o es, no 'es_ES'");
  });
});
