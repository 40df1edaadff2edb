import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_IN_PROGRESS } from '../../src/integrations/interrupted-build.ts';
import { buildSite, builtSite, cacheOf, differences, killBuild } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

/**
 * Moments of a cold build of the sample site, by what its log says: before
 * anything is built, while pages render, while pictures are made, and in
 * the steps after the pages (search index, sitemap, headers).
 */
const moments = [
  { moment: 'early, while Astro reads the content', cache: 'interrupted-early', when: /Syncing content/ },
  { moment: 'while pages render', cache: 'interrupted-routes', when: /generating static routes[\s\S]*\/en\/articles\// },
  { moment: 'while pictures are made', cache: 'interrupted-pictures', when: /generating optimized images[\s\S]*\(3\/\d+\)/ },
  { moment: 'after the pages, while the sitemap and search index are written', cache: 'interrupted-done', when: /@astrojs\/sitemap/ },
];

describe('a build killed part way', () => {
  it.each(moments)(
    '$moment, leaves nothing that breaks the next build, which matches a clean build byte for byte',
    async ({ cache, when }) => {
      // Each moment has a cache of its own, so each killed build starts cold.
      const options = { content: SAMPLE_CONTENT, cache };
      const log = await killBuild('interrupted', options, when);
      expect(log).toMatch(when);
      const marker = join(cacheOf(cache), BUILD_IN_PROGRESS);
      expect(existsSync(marker)).toBe(true);

      const next = buildSite('interrupted', { ...options, verbose: true });
      expect(next.status, next.log).toBe(0);
      expect(next.log).toContain('did not finish; building without what it kept');
      expect(next.log).not.toMatch(/Unable to generate|InvalidImageService/);
      expect(differences(builtSite('sample'), next.outDir, { every: true })).toEqual([]);
      expect(existsSync(marker)).toBe(false);
    },
    600_000,
  );
});
