import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls.ts';
import { builtSite, htmlPages, page, resolveSitePath } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';

/** Every internal URL a page refers to: links, assets, srcset candidates, head links. */
function internalUrls(html: ReturnType<typeof page>, pageUrl: string): string[] {
  const urls = [
    ...html.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
    ...html.querySelectorAll('img[src], script[src], source[src]').map((e) => e.getAttribute('src')!),
    ...html.querySelectorAll('img[srcset], source[srcset]').flatMap((e) => e.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
  ];
  return urls
    .map((u) => new URL(u, pageUrl))
    .filter((u) => u.origin === SITE)
    .map((u) => u.pathname);
}

/** The internal URLs of every page that lead nowhere, as "page → url". */
function brokenLinks(dir: string, base: string): string[] {
  const broken: string[] = [];
  for (const path of htmlPages(dir)) {
    for (const url of internalUrls(page(dir, path), `${SITE}${base}${path.slice(1)}`)) {
      if (!resolveSitePath(dir, base, url)) broken.push(`${path} → ${url}`);
    }
  }
  return broken;
}

describe('every internal link and asset resolves', () => {
  it('at the domain root', () => {
    const dir = builtSite('sample');
    expect(htmlPages(dir).length).toBeGreaterThan(150);
    expect(brokenLinks(dir, '/')).toEqual([]);
  });

  it('under a sub-path (BASE=/newsletter/), where every URL carries the base', () => {
    const dir = builtSite('sample-base');
    expect(brokenLinks(dir, '/newsletter/')).toEqual([]);
    const home = page(dir, '/en/');
    expect(home.querySelector('.brand a')!.getAttribute('href')).toBe('/newsletter/en/');
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toMatch(/^\/newsletter\//);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`${SITE}/newsletter/sitemap-index.xml`);
  });

  it('in the fixture site with pagination and an untranslated story', () => {
    expect(brokenLinks(builtSite('fixture'), '/')).toEqual([]);
  });

  it('leads a reference-style link between stories to the linked story’s page', () => {
    const story = page(builtSite('fixture'), articleUrl('en', 'generated-story-01'));
    const link = story.querySelectorAll('a').find((a) => a.text === 'the next story');
    expect(link?.getAttribute('href')).toBe(articleUrl('en', 'generated-story-02'));
  });

  it('would catch a link to a missing page', () => {
    const dir = builtSite('sample');
    expect(resolveSitePath(dir, '/', '/en/topics/no-such-topic/')).toBeUndefined();
    expect(resolveSitePath(dir, '/', '/en/topics/child-labour/')).toBeDefined();
  });
});
