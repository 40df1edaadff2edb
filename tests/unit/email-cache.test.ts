import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { writeEditionEmails } from '../../src/lib/email/write-emails.ts';
import { FIXTURE_CONTENT } from '../helpers/content-fixture.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

describe('compiled emails are cached', () => {
  it('compile each email once, and again only when its source changes', async () => {
    const work = mkdtempSync(join(tmpdir(), 'emails-'));
    const cacheDir = join(work, 'cache');
    const options = { content: checkContent(FIXTURE_CONTENT), outDir: join(work, 'out'), site: 'https://a.example', cacheDir, locales: ['en'] as const };
    try {
      const [html] = (await writeEditionEmails(options)).filter((f) => f.endsWith('.html'));
      const compiled = () => readdirSync(cacheDir).filter((f) => f.endsWith('.html'));
      const cached = compiled();
      expect(cached.length).toBeGreaterThan(0);
      // A second build takes the compiled email from the cache as it is.
      for (const file of cached) writeFileSync(join(cacheDir, file), '<!-- from the cache -->');
      await writeEditionEmails(options);
      expect(readFileSync(html!, 'utf8')).toBe('<!-- from the cache -->');
      // Another site means other URLs in the source: compiled afresh.
      await writeEditionEmails({ ...options, site: 'https://b.example' });
      expect(readFileSync(html!, 'utf8')).toContain('https://b.example/');
      expect(compiled().length).toBe(cached.length * 2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('make each story picture once, from its source image, and link it from the output', async () => {
    const work = mkdtempSync(join(tmpdir(), 'emails-'));
    const cacheDir = join(work, 'cache');
    const content = checkContent(SAMPLE_CONTENT);
    const edition = content.articles.find((a) => a.locale === 'en' && a.data?.image)!.data!.terms['edition']![0]!;
    const options = { content, outDir: join(work, 'out'), site: 'https://a.example', cacheDir, editions: [edition], locales: ['en'] as const };
    try {
      await writeEditionEmails(options);
      const made = readdirSync(join(cacheDir, 'pictures'));
      expect(made.length).toBeGreaterThan(0);
      expect(readdirSync(join(work, 'out', 'email', 'pictures')).sort()).toEqual(made.sort());
      const { format, width } = await sharp(join(cacheDir, 'pictures', made[0]!)).metadata();
      expect([format, width]).toEqual(['jpeg', 600]);
      // The next build takes each picture from the cache as it is (a kept JPEG stands in for it here).
      const stand = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#123456' } })
        .jpeg()
        .toBuffer();
      for (const file of made) writeFileSync(join(cacheDir, 'pictures', file), stand);
      rmSync(join(work, 'out'), { recursive: true });
      await writeEditionEmails(options);
      for (const file of made) expect(readFileSync(join(work, 'out', 'email', 'pictures', file)).equals(stand)).toBe(true);
      // Its height comes from the picture itself.
      expect(readFileSync(join(work, 'out', 'email', edition, 'en.html'), 'utf8')).toMatch(/height="280"/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
