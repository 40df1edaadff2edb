import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { articleUrl, outputPath, sectionUrl } from '../../src/lib/site/urls.ts';
import { buildSite, builtSite, htmlPages, page, resolveSitePath } from '../helpers/build.ts';
import { article, contentFixture, validArticle } from '../helpers/content-fixture.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const sample = builtSite('sample');
const fixture = builtSite('fixture');
/** The widest a picture is shown: the 42rem text column, at twice the density. */
const MAX_SHIPPED_WIDTH = 2 * 672;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const RASTER = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

describe('article pictures', () => {
  it('every <img> has alt, width and height', () => {
    for (const dir of [sample, fixture]) {
      for (const path of htmlPages(dir)) {
        for (const img of page(dir, path).querySelectorAll('img')) {
          expect(img.hasAttribute('alt'), `${path} ${img.toString()}`).toBe(true);
          expect(Number(img.getAttribute('width')), path).toBeGreaterThan(0);
          expect(Number(img.getAttribute('height')), path).toBeGreaterThan(0);
        }
      }
    }
  });

  it('every sample article has an illustrated hero offering AVIF and WebP, loaded first, described', () => {
    const { articles } = checkContent(SAMPLE_CONTENT);
    for (const a of articles) {
      const html = page(sample, outputPath(articleUrl(a.locale, a.slug)));
      const hero = html.querySelector('figure.hero picture')!;
      expect(hero, a.slug).not.toBeNull();
      const types = hero.querySelectorAll('source').map((s) => s.getAttribute('type'));
      expect(types).toEqual(['image/avif', 'image/webp']);
      const img = hero.querySelector('img')!;
      expect(img.getAttribute('alt')).toBe(a.data!.imageAlt);
      expect(img.getAttribute('fetchpriority')).toBe('high');
      expect(img.getAttribute('loading')).toBe('eager');
      expect(hero.querySelector('source')!.getAttribute('sizes')).toContain('42rem');
      for (const candidate of hero.querySelector('source')!.getAttribute('srcset')!.split(',')) {
        expect(resolveSitePath(sample, '/', candidate.trim().split(' ')[0]!)).toBeDefined();
      }
    }
  });

  it('ships no picture wider than twice its widest display, and never the original camera photo', async () => {
    for (const dir of [sample, fixture]) {
      for (const file of files(join(dir, '_astro')).filter((f) => RASTER.has(extname(f)))) {
        const { width } = await sharp(file).metadata();
        expect(width, file).toBeLessThanOrEqual(MAX_SHIPPED_WIDTH);
      }
    }
    const shipped = files(fixture).filter((f) => RASTER.has(extname(f)));
    expect(shipped.some((f) => f.includes('camera-photo'))).toBe(true);
    expect(Math.max(...shipped.map((f) => statSync(f).size))).toBeLessThan(1_000_000);
    const hero = page(fixture, '/en/articles/coffee-network/').querySelector('figure.hero')!;
    expect(hero.querySelector('figcaption .credit')!.text).toBe('Photo by the cooperative');
  });
});

describe('social cards', () => {
  it('every article page has an og:image in dist/ that is a 1200×630 PNG, with an absolute URL', async () => {
    const storyPage = (p: string) =>
      locales.some((l) => p.startsWith(sectionUrl(l, 'articles')) && /^[^/]+\/$/.test(p.slice(sectionUrl(l, 'articles').length)));
    const stories = htmlPages(sample).filter(storyPage);
    expect(stories).toHaveLength(checkContent(SAMPLE_CONTENT).articles.length);
    for (const path of stories) {
      const url = page(sample, path).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      expect(url).toMatch(/^https:\/\/newsletter\.example\.org\/.*og\.png$/);
      expect(page(sample, path).querySelector('meta[name="twitter:image"]')!.getAttribute('content')).toBe(url);
      const file = resolveSitePath(sample, '/', new URL(url).pathname)!;
      const { width, height, format } = await sharp(file).metadata();
      expect([width, height, format]).toEqual([1200, 630, 'png']);
    }
  });
});

describe('broken pictures stop the build, naming the article', () => {
  const cases = {
    'a missing image file': article({ ...validArticle, image: './nowhere.jpg', imageAlt: 'Coffee' }),
    'an image without alt text': article({ ...validArticle, image: './photo.svg' }),
  };
  const fixtures: (() => void)[] = [];
  afterAll(() => fixtures.forEach((c) => c()));
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const f = contentFixture({
        'articles/en/story-with-picture.md': text,
        'articles/en/photo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      });
      fixtures.push(f.cleanup);
      const build = buildSite(`broken-${name.replace(/\W+/g, '-')}`, { content: f.dir, locale: 'en_GB.UTF-8' });
      expect(build.status).not.toBe(0);
      expect(build.log).toMatch(/story-with-picture\.md:\d+: error: (image '\.\/nowhere\.jpg' does not exist|imageAlt: is required with an image)/);
    });
  }
});
