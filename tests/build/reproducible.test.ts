import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { buildSite, builtSite, differences } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

describe('reproducible builds', () => {
  it('two clean builds of the same commit give byte-identical HTML, feeds, sitemap and headers', () => {
    const again = buildSite('sample-again', { content: SAMPLE_CONTENT });
    expect(again.status, again.log).toBe(0);
    const first = builtSite('sample');
    expect(differences(first, again.outDir)).toEqual([]);
    // The comparison covers what matters: pages, feeds, the sitemap and _headers.
    expect(readdirSync(first)).toEqual(expect.arrayContaining(['sitemap-index.xml', '_headers', 'robots.txt']));
  });

  it('would notice a difference', () => {
    const sample = builtSite('sample');
    expect(differences(sample, builtSite('sample-base')).length).toBeGreaterThan(100);
  });
});
