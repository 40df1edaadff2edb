import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtSite, htmlPages } from '../helpers/build.ts';
import { pageWeight } from '../helpers/weight.ts';
import { locales } from '../../src/i18n/locales.ts';
import { sectionSegment, sectionUrl } from '../../src/lib/site/urls.ts';

/** The first round trip of a new connection carries about 14 KB. */
const FIRST_ROUND_TRIP = 14 * 1024;
const dir = builtSite('sample');

/** An edition's printable document: every story in full, so as long as the edition is. */
const isPrint = (path: string) => locales.some((l) => path.startsWith(`/${l}/`) && path.endsWith(`/${sectionSegment(l, 'print')}/`));
/** Article pages, and every index: taxonomy indexes, term pages, home pages. */
const READING_PAGES = htmlPages(dir).filter(
  (p) => locales.some((l) => p.startsWith(`/${l}/`)) && !locales.some((l) => (['search', 'translations'] as const).some((s) => p === sectionUrl(l, s))) && !isPrint(p),
);

describe('reader-side budgets', () => {
  it('every article and index page: HTML + CSS within 14 KB gzip, no JavaScript, one render-blocking stylesheet', () => {
    expect(READING_PAGES.length).toBeGreaterThan(150);
    const over: string[] = [];
    for (const path of READING_PAGES) {
      const w = pageWeight(dir, path);
      if (w.html + w.css > FIRST_ROUND_TRIP) over.push(`${path}: ${w.html + w.css} bytes`);
      expect(w.js, path).toBe(0);
      expect(w.blocking, path).toHaveLength(1);
    }
    expect(over).toEqual([]);
  });

  it('every edition’s printable document carries no JavaScript and one stylesheet', () => {
    const prints = htmlPages(dir).filter(isPrint);
    expect(prints.length).toBeGreaterThanOrEqual(2 * locales.length);
    for (const path of prints) {
      const w = pageWeight(dir, path);
      expect(w.js + w.inlineJs, path).toBe(0);
      expect(w.blocking, path).toHaveLength(1);
    }
  });

  it('the language chooser carries only a few hundred bytes of inline script', () => {
    const w = pageWeight(dir, '/');
    expect(w.inlineJs).toBeGreaterThan(0);
    expect(w.inlineJs).toBeLessThan(500);
  });

  it('the search page loads at most 35 KB gzip of JavaScript before the first query', () => {
    for (const path of locales.map((l) => sectionUrl(l, 'search'))) expect(pageWeight(dir, path).js, path).toBeLessThan(35 * 1024);
  });

  it('would fail a page over its budget', () => {
    const copy = mkdtempSync(join(tmpdir(), 'budget-'));
    cpSync(join(dir, '_astro'), join(copy, '_astro'), { recursive: true });
    mkdirSync(join(copy, 'en/heavy'), { recursive: true });
    const noise = Array.from({ length: 4000 }, (_, i) => `<p>${(i * 2654435761).toString(36)} ${Math.sin(i).toString(36)}</p>`).join('');
    const css = pageWeight(dir, '/en/').blocking[0]!;
    writeFileSync(join(copy, 'en/heavy/index.html'), `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${css}"></head><body>${noise}</body></html>`);
    const w = pageWeight(copy, '/en/heavy/');
    expect(w.html + w.css).toBeGreaterThan(FIRST_ROUND_TRIP);
    rmSync(copy, { recursive: true });
  });
});
