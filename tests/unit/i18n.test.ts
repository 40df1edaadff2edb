import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { formatDate, formatNumber, useTranslations } from '../../src/i18n/translate.ts';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('UI strings', () => {
  it('Spanish has exactly the English keys, none empty', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
    for (const key of keys(es)) expect(key.split('.').reduce<any>((o, k) => o[k], es).trim()).not.toBe('');
  });
  it('pluralizes in both languages', () => {
    expect(useTranslations('en')('listing.articleCount', { count: 1 })).toBe('1 story');
    expect(useTranslations('en')('listing.articleCount', { count: 3 })).toBe('3 stories');
    expect(useTranslations('es')('listing.articleCount', { count: 1 })).toBe('1 historia');
    expect(useTranslations('es')('listing.articleCount', { count: 3 })).toBe('3 historias');
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
});
