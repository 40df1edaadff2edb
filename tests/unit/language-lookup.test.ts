import { describe, expect, it } from 'vitest';
import { lookupHome } from '../../src/browser/language-lookup.ts';
import { languageHomes } from '../../src/lib/site/language-homes.ts';

/** The root page's table for a newsletter declaring these languages, each home at `/<code>/`. */
const homesOf = (...languages: { code: string; tag?: string }[]) =>
  languageHomes(
    languages.map((l) => ({ code: l.code, tag: l.tag ?? l.code })),
    (code) => `/${code}/`,
  );

describe('the language chooser’s lookup (RFC 4647)', () => {
  it('maps every declared code and tag, lower-cased, to its language’s home; a code wins over a tag spelt the same', () => {
    expect(homesOf({ code: 'en', tag: 'en-GB' }, { code: 'es' }, { code: 'pt', tag: 'pt-BR' })).toEqual({
      en: '/en/',
      'en-gb': '/en/',
      es: '/es/',
      pt: '/pt/',
      'pt-br': '/pt/',
    });
    expect(homesOf({ code: 'pt', tag: 'pt-BR' }, { code: 'pt-br' })['pt-br']).toBe('/pt-br/');
  });

  it('sends pt-BR to a declared pt-br, and pt-PT to pt when only pt is declared', () => {
    const both = homesOf({ code: 'en' }, { code: 'pt' }, { code: 'pt-br' });
    expect(lookupHome(['pt-BR'], both)).toBe('/pt-br/');
    expect(lookupHome(['pt-PT'], both)).toBe('/pt/');
    expect(lookupHome(['pt-PT'], homesOf({ code: 'en' }, { code: 'pt-br' }))).toBeUndefined();
    expect(lookupHome(['pt-BR'], homesOf({ code: 'en' }, { code: 'pt', tag: 'pt-BR' }))).toBe('/pt/');
  });

  it('truncates one subtag at a time, a single-letter one along with the next, and tries the browser’s tags in order', () => {
    const homes = homesOf({ code: 'en', tag: 'en-GB' }, { code: 'es' }, { code: 'zh-hant' });
    expect(lookupHome(['en-US'], homes)).toBe('/en/');
    expect(lookupHome(['zh-Hant-TW-x-private'], homes)).toBe('/zh-hant/');
    expect(lookupHome(['fr-CA', 'es-419', 'en'], homes)).toBe('/es/');
    expect(lookupHome(['EN-gb'], homes)).toBe('/en/');
  });

  it('finds nothing for a browser in none of the languages (the page then goes to the default one)', () => {
    const homes = homesOf({ code: 'en' }, { code: 'es' });
    expect(lookupHome(['fr-FR', 'de', '*', ''], homes)).toBeUndefined();
    expect(lookupHome([], homes)).toBeUndefined();
    // Names of Object.prototype are no language.
    expect(lookupHome(['constructor'], homes)).toBeUndefined();
  });
});
