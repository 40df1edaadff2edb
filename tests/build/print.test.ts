import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { outputPath, printUrl, termUrl } from '../../src/lib/site/urls.ts';
import { editionsOf } from '../../src/lib/content/vocabulary.ts';
import { builtSite, page } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const sample = builtSite('sample');
const { articles, vocabularies } = checkContent(SAMPLE_CONTENT);
const SITE = 'https://newsletter.example.org';

/** The words of an element's text, spaces folded, for comparing a story's text across pages. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('each edition as one printable document', () => {
  const editions = [...editionsOf(vocabularies).keys()].filter((key) => articles.some((a) => a.data?.terms['edition']![0] === key));

  it('covers every edition with stories', () => {
    expect([...editions].sort()).toEqual(['2014-10', '2016-02', '2016-07']);
  });

  it.each(locales.flatMap((locale) => editions.map((edition) => ({ locale, edition }))))(
    '$edition in $locale holds its intro, a table of contents and every story of the edition in full',
    ({ locale, edition }) => {
      const doc = page(sample, outputPath(printUrl(locale, 'edition', edition)));
      const editionPage = page(sample, outputPath(termUrl(locale, 'edition', edition)));
      // The edition page links to it.
      expect(editionPage.querySelector(`a[href="${printUrl(locale, 'edition', edition)}"]`)).not.toBeNull();
      expect(words(doc.querySelector('h1')!.text)).toBe(words(editionPage.querySelector('h1')!.text));
      const listed = editionPage.querySelectorAll('.card-title a').map((a) => a.getAttribute('href')!);
      const contents = doc.querySelectorAll('.contents a').map((a) => a.getAttribute('href')!);
      const stories = doc.querySelectorAll('.printed-story');
      expect(stories).toHaveLength(listed.length);
      expect(contents).toEqual(stories.map((s) => `#${s.id}`));
      stories.forEach((story, i) => {
        // The same story as its own page, text and all.
        expect(story.querySelector('h2 a')!.getAttribute('href')).toBe(listed[i]);
        const own = page(sample, outputPath(listed[i]!));
        expect(words(story.querySelector('.prose')!.text)).toBe(words(own.querySelector('.prose')!.text));
        expect(story.querySelector('.prose')!.text.length).toBeGreaterThan(500);
      });
      // Search engines and the sitemap know the edition page, not this copy of it; search does not index it.
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}${termUrl(locale, 'edition', edition)}`);
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    },
  );

  it('is left out of the sitemap, which keeps the edition pages', () => {
    const sitemap = readFileSync(join(sample, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}${termUrl('es', 'edition', '2016-07')}`);
    for (const locale of locales) expect(sitemap).not.toContain(printUrl(locale, 'edition', '2016-07'));
  });
});
