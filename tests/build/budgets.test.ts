import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { outputOf } from '../../src/lib/verify/built-output.ts';
import { pageFacts } from '../../src/lib/verify/page-facts.ts';
import { pageWeigher } from '../../src/lib/verify/page-weight.ts';
import { verifySite } from '../../src/lib/verify/site-invariants.ts';
import { sectionSegment } from '../../src/lib/site/urls.ts';
import { builtSite, htmlPages } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const output = outputOf(builtSite('sample'));

/** An edition's printable document: every story in full, so as long as the edition is. */
const isPrint = (path: string) => locales.some((l) => path.startsWith(`/${l}/`) && path.endsWith(`/${sectionSegment(l, 'print')}/`));

describe('reader-side budgets', () => {
  it('every page of the sample, stories included, whole: HTML + CSS within 14 KB gzip, no JavaScript on reading pages, one render-blocking stylesheet', async () => {
    // `npm run verify` lets a publisher's long story past with a warning; the sample's stories are all within.
    const { violations, pages } = await verifySite(output, checkContent(SAMPLE_CONTENT), ['budgets']);
    expect(pages).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('every edition’s printable document carries no JavaScript and one stylesheet', () => {
    const weigh = pageWeigher(output);
    const prints = htmlPages(output.dir).filter(isPrint);
    expect(prints.length).toBeGreaterThanOrEqual(locales.length);
    for (const path of prints) {
      const facts = pageFacts(output, path);
      const w = weigh(facts);
      expect(w.js + w.inlineJs, path).toBe(0);
      expect(facts.blocking, path).toHaveLength(1);
    }
  });

  it('the language chooser carries a few bytes of inline script, and no other', () => {
    const chooser = pageFacts(output, '/');
    const w = pageWeigher(output)(chooser);
    expect(w.inlineJs).toBeGreaterThan(0);
    expect(w.inlineJs).toBeLessThan(500);
    expect(chooser.scripts).toEqual([]);
  });
});
