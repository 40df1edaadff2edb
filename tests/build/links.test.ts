import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls.ts';
import { builtSite, page } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';

// That every internal link and asset resolves, on every site the tests build, is `npm run verify`'s (tests/build/invariants.test.ts).
describe('links', () => {
  it('under a sub-path (BASE=/newsletter/), every URL carries the base', () => {
    const dir = builtSite('sample-base');
    const home = page(dir, '/en/');
    expect(home.querySelector('.brand a')!.getAttribute('href')).toBe('/newsletter/en/');
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toMatch(/^\/newsletter\//);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`${SITE}/newsletter/sitemap-index.xml`);
  });

  it('leads a reference-style link between stories to the linked story’s page', () => {
    const story = page(builtSite('fixture'), articleUrl('en', 'generated-story-01'));
    const link = story.querySelectorAll('a').find((a) => a.text === 'the next story');
    expect(link?.getAttribute('href')).toBe(articleUrl('en', 'generated-story-02'));
  });
});
