import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { builtSite, htmlPages, page, textInLanguage } from '../helpers/build.ts';

/** Every UI string of a resource, placeholders removed, as the fragments a page would show. */
function fragments(resource: object): string[] {
  return Object.values(resource).flatMap((v) =>
    typeof v === 'string' ? v.split(/\{\{[^}]+\}\}/).map((s) => s.trim()).filter((s) => s.length >= 4) : fragments(v),
  );
}

/** Whether `text` contains `phrase` as whole words ("Product" is not in "Productos"). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const ENGLISH = fragments(en).filter((s) => !fragments(es).includes(s));
const SPANISH = fragments(es).filter((s) => !fragments(en).includes(s));

describe('UI language', () => {
  for (const name of ['sample', 'fixture'] as const) {
    it(`no English UI string on a Spanish page, and no Spanish on an English one (${name})`, () => {
      const dir = builtSite(name);
      const found: string[] = [];
      for (const path of htmlPages(dir).filter((p) => /^\/(en|es)\//.test(p))) {
        const lang = path.slice(1, 3);
        const text = textInLanguage(page(dir, path).querySelector('html')!, lang);
        for (const s of lang === 'es' ? ENGLISH : SPANISH) if (containsPhrase(text, s)) found.push(`${path}: "${s}"`);
      }
      expect(found).toEqual([]);
    });
  }

  it('would notice an English string on a Spanish page', () => {
    const html = page(builtSite('sample'), '/es/').querySelector('html')!;
    expect(ENGLISH.some((s) => containsPhrase(`${textInLanguage(html, 'es')} Recent stories`, s))).toBe(true);
    expect(ENGLISH.some((s) => containsPhrase(textInLanguage(html, 'es'), s))).toBe(false);
  });
});
