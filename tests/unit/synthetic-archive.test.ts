import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SAMPLE_CONTENT, TRILINGUAL_CONFIG } from '../helpers/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let cleanup = () => {};
afterEach(() => cleanup());

/**
 * `npm run bench`'s archive for the newsletter a declaration file declares,
 * made as the benchmark makes it (vocabularies and pictures from the frozen sample)
 * and checked, in a process of its own: the declaration is read once per
 * process. Returns the checker's errors, its problems in the editions file
 * the archive writes, and what the archive holds in each language.
 */
function archiveFor(config: string, pairs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'newsletter-archive-'));
  cleanup = () => rmSync(dir, { recursive: true, force: true });
  const script = `
    import { generateArchive } from './scripts/synthetic-archive.ts';
    import { checkContent } from './src/lib/content/content-check.ts';
    const to = ${JSON.stringify(dir)};
    generateArchive({ from: ${JSON.stringify(SAMPLE_CONTENT)}, to, pairs: ${pairs} });
    const { problems, articles } = checkContent(to);
    const count = (list) => Object.fromEntries([...new Set(list)].map((l) => [l, list.filter((x) => x === l).length]));
    console.log(JSON.stringify({
      errors: problems.filter((p) => p.severity === 'error'),
      inEditions: problems.filter((p) => p.file.endsWith('editions.yaml')),
      stories: count(articles.map((a) => a.locale)),
      linking: count(articles.filter((a) => a.links.length > 0).map((a) => a.locale)),
    }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEWSLETTER_CONFIG: config },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { errors: unknown[]; inEditions: unknown[]; stories: Record<string, number>; linking: Record<string, number> };
}

describe('the benchmark’s synthetic archive', () => {
  it('is written in every declared language, a third one without words of its own included, and checks with no errors', () => {
    const archive = archiveFor(TRILINGUAL_CONFIG, 20);
    expect(archive.errors).toEqual([]);
    // Every edition is named in every language: no warning of a missing one.
    expect(archive.inEditions).toEqual([]);
    expect(Object.keys(archive.stories).sort()).toEqual(['en', 'es', 'pt']);
    for (const count of Object.values(archive.stories)) expect(count).toBeGreaterThanOrEqual(19);
    // Stories link to the story before, in their own language, Portuguese ones too.
    expect(Object.keys(archive.linking).sort()).toEqual(['en', 'es', 'pt']);
  });
});
