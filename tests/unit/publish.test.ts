import { describe, expect, it } from 'vitest';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, publishTree } from '../../src/lib/cache/publish.ts';

describe('publishing cached files into the output', () => {
  it('links a folder tree, and never writes through a file left at the target into the file it is linked to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    try {
      const cache = join(dir, 'cache');
      mkdirSync(join(cache, 'old'), { recursive: true });
      mkdirSync(join(cache, 'new', 'fragment'), { recursive: true });
      writeFileSync(join(cache, 'old', 'entry.json'), 'old index');
      writeFileSync(join(cache, 'new', 'entry.json'), 'new index');
      writeFileSync(join(cache, 'new', 'fragment', 'a.pf_fragment'), 'fragment');
      // The output still holds the last build's entry, linked to the cache.
      const out = join(dir, 'dist', 'pagefind');
      mkdirSync(out, { recursive: true });
      linkSync(join(cache, 'old', 'entry.json'), join(out, 'entry.json'));

      publishTree(join(cache, 'new'), out);
      expect(readFileSync(join(out, 'entry.json'), 'utf8')).toBe('new index');
      expect(readFileSync(join(out, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('fragment');
      expect(readFileSync(join(cache, 'old', 'entry.json'), 'utf8')).toBe('old index');

      publish(join(cache, 'old', 'entry.json'), join(out, 'fragment', 'a.pf_fragment'));
      expect(readFileSync(join(cache, 'new', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('fragment');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
