import { describe, expect, it } from 'vitest';
import { newsletter } from '../../src/config/newsletter.ts';
import { defaultLocale, intlLocales, locales } from '../../src/i18n/locales.ts';
import { keyPaths, neededKeys } from '../../src/i18n/strings.ts';
import { formatDate, formatNumber, languageName, pluralForms, resources, useTranslations } from '../../src/i18n/translate.ts';
import enSite from '../fixtures/sample/strings/en/site.json' with { type: 'json' };

describe('UI strings', () => {
  it('every language has exactly the default language’s keys, plurals in its own categories, none empty, and names every taxonomy', () => {
    expect(resources[defaultLocale]!.site).toBe(enSite);
    for (const field of newsletter.taxonomies.map((t) => t.field)) {
      for (const part of ['title', 'label', 'intro', 'inText']) expect(keyPaths(resources[defaultLocale]!)).toContain(`site.taxonomies.${field}.${part}`);
    }
    for (const locale of locales) {
      const expected = neededKeys(resources[defaultLocale]!, intlLocales[locale]!).sort();
      expect(keyPaths(resources[locale]!).sort(), locale).toEqual(expected);
      for (const key of expected)
        expect(
          key
            .split('.')
            .reduce<any>((o, k) => o[k], resources[locale])
            .trim(),
          `${locale} ${key}`,
        ).not.toBe('');
    }
  });
  it('pluralizes in each language’s own categories (Spanish writes "de" before a noun after a million)', () => {
    const en = useTranslations('en');
    const es = useTranslations('es');
    expect([1, 3, 1_000_000].map((count) => en('listing.articleCount', { count }))).toEqual(['1 story', '3 stories', '1,000,000 stories']);
    expect([1, 3, 1_000_000].map((count) => es('listing.articleCount', { count }))).toEqual(['1 historia', '3 historias', '1.000.000 de historias']);
    expect(es('checker:errorCount', { count: 2_000_000 })).toBe('2.000.000 de errores');
  });
  it('gives the search page every plural form of its count, by category', () => {
    expect(Object.keys(pluralForms('en', 'search.resultCount'))).toEqual(['one', 'other']);
    expect(pluralForms('es', 'search.resultCount')).toEqual({
      one: '{{count, number}} historia encontrada',
      many: '{{count, number}} de historias encontradas',
      other: '{{count, number}} historias encontradas',
    });
  });
  it('interpolates without escaping (Astro escapes when rendering)', () => {
    expect(useTranslations('es')('listing.basedIn', { country: 'Perú & <Chile>' })).toBe('Con sede en Perú & <Chile>');
  });
  it('formats dates and numbers for the locale', () => {
    const date = new Date('2016-07-15');
    expect(formatDate(date, 'en')).toBe('15 July 2016');
    expect(formatDate(date, 'es')).toBe('15 de julio de 2016');
    expect(formatNumber(1150, 'en')).toBe('1,150');
  });
  it('formats counts for the language, in pages and in strings (Spanish groups only five digits or more)', () => {
    expect([formatNumber(1234, 'en'), formatNumber(12345, 'en')]).toEqual(['1,234', '12,345']);
    expect([formatNumber(1234, 'es'), formatNumber(12345, 'es')]).toEqual(['1234', '12.345']);
    const en = useTranslations('en');
    const es = useTranslations('es');
    expect(en('listing.articleCount', { count: 1234 })).toBe('1,234 stories');
    expect(en('listing.organizationCount', { count: 12345 })).toBe('12,345 organizations');
    expect(en('search.resultCount', { count: 12345 })).toBe('12,345 stories found');
    expect(en('translations.coverage', { done: 1234, total: 12345, language: 'en' })).toBe('1,234 of 12,345 stories up to date in English');
    expect(es('listing.articleCount', { count: 1234 })).toBe('1234 historias');
    expect(es('listing.articleCount', { count: 12345 })).toBe('12.345 historias');
    expect(es('listing.organizationCount', { count: 12345 })).toBe('12.345 organizaciones');
    expect(es('search.resultCount', { count: 12345 })).toBe('12.345 historias encontradas');
    expect(es('translations.coverage', { done: 1234, total: 12345, language: 'es' })).toBe('1234 de 12.345 historias al día en español');
  });
  it('leaves the search page’s count for its script to fill in', () => {
    expect(useTranslations('es')('search.resultCount_other')).toMatch(/^\{\{count[^}]*\}\} historias encontradas$/);
  });
});

describe('language names', () => {
  it('are written as each language writes them inside a sentence', () => {
    expect([languageName('en', 'en'), languageName('es', 'en')]).toEqual(['English', 'Spanish']);
    expect([languageName('en', 'es'), languageName('es', 'es')]).toEqual(['inglés', 'español']);
  });
  it('read so in every string that names a language, given its code', () => {
    const en = useTranslations('en');
    const es = useTranslations('es');
    expect(en('language.readIn', { language: 'en' })).toBe('Read this page in English');
    expect(es('language.readIn', { language: 'es' })).toBe('Leer esta página en español');
    expect(en('language.notAvailable', { language: 'en', original: 'es' })).toBe('This story is not available in English yet; here it is in Spanish.');
    expect(es('language.notAvailable', { language: 'es', original: 'en' })).toBe(
      'Esta historia todavía no está disponible en español; aquí puede leerla en inglés.',
    );
    expect(es('language.otherChoices', { language: 'es' })).toBe('También puede recorrer esta edición en español:');
    expect(en('translations.outdatedNotice', { language: 'es' })).toBe('This translation may be out of date: the original in Spanish has changed since.');
    expect(es('translations.outdatedNotice', { language: 'en' })).toBe('Esta traducción puede estar desactualizada: el original en inglés cambió después.');
    expect(es('translations.coverage', { done: 2, total: 3, language: 'en' })).toBe('2 de 3 historias al día en inglés');
    expect(en('email:otherLanguage', { language: 'es' })).toBe('Read this edition in Spanish');
    expect(es('email:otherLanguage', { language: 'en' })).toBe('Leer esta edición en inglés');
    expect(es('email:inLanguage', { language: 'en' })).toBe('En inglés');
    expect(en('site.languageChooserIntro', { languages: ['en', 'es'] })).toBe('This newsletter is published in English and Spanish.');
    expect(es('site.languageChooserIntro', { languages: ['en', 'es'] })).toBe('Este boletín se publica en inglés y español.');
  });
});
