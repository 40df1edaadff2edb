import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredDataTestHtml, type StructuredDataResult, type StructuredDataTest } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';
import { locales } from '../../src/i18n/locales.ts';
import { articleUrl, homeUrl, termUrl } from '../../src/lib/site/urls.ts';
import { builtSite, htmlPages, page } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';
const dir = builtSite('sample');

/** One page of each kind people share, per language: home, an edition, a topic, an organization, a story. */
const SHARED = {
  en: [
    homeUrl('en'),
    termUrl('en', 'edition', '2014-10'),
    termUrl('en', 'topic', 'child-labour'),
    termUrl('en', 'organization', 'clac'),
    articleUrl('en', 'peru-coffee-network'),
  ],
  es: [
    homeUrl('es'),
    termUrl('es', 'edition', '2014-10'),
    termUrl('es', 'topic', 'trabajo-infantil'),
    termUrl('es', 'organization', 'clac'),
    articleUrl('es', 'red-cafetalera-lonya-grande'),
  ],
} as const;

/** What `structured-data-testing-tool` says of a page under the Google, Twitter and Facebook presets: the schemas it found and the tests that failed. */
async function checked(path: string): Promise<{ schemas: string[]; passed: number; failed: string[] }> {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const name = (t: StructuredDataTest) => `${t.groups?.join(' > ') ?? t.group}: ${t.description}`;
  try {
    const res = await structuredDataTestHtml(html, { presets: [presets.Google, presets.Twitter, presets.Facebook] });
    return { schemas: res.schemas, passed: res.passed.length, failed: [] };
  } catch (error) {
    const { type, res } = error as { type?: string; res?: StructuredDataResult };
    if (type !== 'VALIDATION_FAILED' || !res) throw error;
    return { schemas: res.schemas, passed: res.passed.length, failed: res.failed.map(name) };
  }
}

describe("Google's, Twitter's and Facebook's rules for shared pages", () => {
  it('names pages that exist (a renamed slug would skip the check)', () => {
    const pages = new Set(htmlPages(dir));
    expect(
      Object.values(SHARED)
        .flat()
        .filter((p) => !pages.has(p)),
    ).toEqual([]);
    expect(Object.keys(SHARED)).toEqual([...locales]);
  });

  for (const [locale, paths] of Object.entries(SHARED)) {
    it.each(paths)(`${locale}: %s passes every preset`, async (path) => {
      const result = await checked(path);
      expect(result.failed).toEqual([]);
      expect(result.passed).toBeGreaterThan(10);
    });
  }

  it("finds the schemas it checks: a story's NewsArticle (Google's article rules) and an organization's Organization", async () => {
    for (const paths of Object.values(SHARED)) {
      expect((await checked(paths[4])).schemas).toContain('NewsArticle');
      expect((await checked(paths[3])).schemas).toContain('Organization');
    }
  });

  it('every page readers share has a picture that exists, with alternative text, and the chooser too', () => {
    const wrong: string[] = [];
    for (const path of htmlPages(dir).filter((p) => !p.startsWith('/email/'))) {
      const html = page(dir, path);
      if (html.querySelector('meta[name="robots"][content="noindex"]')) continue;
      const meta = (key: string) => html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const image = meta('og:image');
      if (!image || !existsSync(join(dir, image.replace(SITE, '')))) wrong.push(`${path}: og:image ${image}`);
      if (meta('twitter:image') !== image) wrong.push(`${path}: twitter:image ${meta('twitter:image')}`);
      for (const alt of ['og:image:alt', 'twitter:image:alt']) if (!meta(alt)?.trim()) wrong.push(`${path}: no ${alt}`);
    }
    expect(wrong).toEqual([]);
    expect(page(dir, '/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}/og.png`);
  });
});
