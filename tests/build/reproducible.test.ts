import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { buildSite, builtSite } from '../helpers/build.ts';

const COMPARED = new Set(['.html', '.xml', '.txt', '']);

/** Files of the compared kinds that differ (or exist on one side only) between two builds. */
function differences(a: string, b: string): string[] {
  const list = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && COMPARED.has(extname(e.name)))
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .sort();
  const left = list(a);
  const right = list(b);
  const names = [...new Set([...left, ...right])];
  return names.filter((n) => !left.includes(n) || !right.includes(n) || !readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
}

describe('reproducible builds', () => {
  it('two clean builds of the same commit give byte-identical HTML, feeds, sitemap and headers', () => {
    const again = buildSite('sample-again', { content: 'content' });
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
