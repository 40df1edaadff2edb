import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';
import { writeEditionEmails } from '../../src/lib/email.ts';
import { FIXTURE_CONTENT } from '../helpers/content-fixture.ts';

describe('compiled emails are cached', () => {
  it('compile each email once, and again only when its source changes', async () => {
    const work = mkdtempSync(join(tmpdir(), 'emails-'));
    const cacheDir = join(work, 'cache');
    const options = { content: checkContent(FIXTURE_CONTENT), outDir: join(work, 'out'), site: 'https://a.example', cacheDir, locales: ['en'] as const };
    try {
      const [html] = (await writeEditionEmails(options)).filter((f) => f.endsWith('.html'));
      const cached = readdirSync(cacheDir);
      expect(cached.length).toBeGreaterThan(0);
      // A second build takes the compiled email from the cache as it is.
      for (const file of cached) writeFileSync(join(cacheDir, file), '<!-- from the cache -->');
      await writeEditionEmails(options);
      expect(readFileSync(html!, 'utf8')).toBe('<!-- from the cache -->');
      // Another site means other URLs in the source: compiled afresh.
      await writeEditionEmails({ ...options, site: 'https://b.example' });
      expect(readFileSync(html!, 'utf8')).toContain('https://b.example/');
      expect(readdirSync(cacheDir).length).toBe(cached.length * 2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
