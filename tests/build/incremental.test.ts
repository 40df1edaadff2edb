import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, builtSite, cacheOf, differences, page, reusedPages, type BuiltSite } from '../helpers/build.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

/** The pages a build copied from the last one, as its report says (see `reusedPages`). */
const reused = (build: BuiltSite) => reusedPages(build.report!);

/**
 * How each language's search index was made, as the build report says: as
 * soon as its pages were rendered (`early`), when the build was done
 * (`at the end`: Astro copied some of its pages), or the last build's (`reused`).
 */
function searchIndex(build: BuiltSite): Record<string, 'early' | 'at the end' | 'reused'> {
  return Object.fromEntries(build.report!.search!.languages.map((l) => [l.locale, l.reused ? 'reused' : l.early ? 'early' : 'at the end']));
}

/** What `searchIndex` should say: every language early in a first build; after an edit to one language, it alone indexed again. */
function expectedIndex(changed?: Locale) {
  return Object.fromEntries(locales.map((l) => [l, changed === undefined ? 'early' : l === changed ? 'at the end' : 'reused']));
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** Builds the edited content from scratch, with an empty cache, to compare with. */
function cleanBuild(content: string) {
  rmSync(cacheOf('incremental-clean'), { recursive: true, force: true });
  const clean = buildSite('incremental-clean', { content });
  expect(clean.status, clean.log).toBe(0);
  return clean.outDir;
}

describe('incremental builds', () => {
  // Nine builds of the sample site, each edit followed by a clean build to compare with.
  it('rebuild only what an edit touches, and give the same site as a clean build', { timeout: 900_000 }, () => {
    const content = contentFixture({}, SAMPLE_CONTENT);
    try {
      const first = buildSite('incremental', { content: content.dir });
      expect(first.status, first.log).toBe(0);
      expect(reused(first)).toEqual([]);
      expect(searchIndex(first)).toEqual(expectedIndex());

      // A story's title is shown on its own page, on pages that link to it
      // (edition neighbours, related stories), in listings and on its card.
      const card = (outDir: string) => readFileSync(join(outDir, 'en/articles/peru-coffee-network/og.png'));
      const firstCard = card(first.outDir);
      // Every file as if copied just now: the first build may have waited its turn long after the copy,
      // and an edit more than a minute after its translation's file date would make it outdated.
      const now = new Date();
      for (const file of readdirSync(content.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()))
        utimesSync(join(file.parentPath, file.name), now, now);
      edit(join(content.dir, 'articles/en/peru-coffee-network.mdx'), 'title: ', 'title: Retitled - ');
      const second = buildSite('incremental', { content: content.dir });
      expect(second.status, second.log).toBe(0);
      const kept = reused(second);
      expect(kept.length).toBeGreaterThan(50);
      expect(kept).not.toContain('/en/articles/peru-coffee-network/');
      expect(kept).toContain('/es/articulos/red-cafetalera-lonya-grande/');
      expect(page(second.outDir, 'en/articles/peru-coffee-network/').querySelector('h1')!.text).toMatch(/^Retitled - /);
      // No Spanish page changed: the Spanish search index is the last build's.
      expect(searchIndex(second)).toEqual(expectedIndex('en'));
      const clean = cleanBuild(content.dir);
      expect(differences(second.outDir, clean)).toEqual([]);
      expect(card(second.outDir).equals(firstCard)).toBe(false);
      expect(card(second.outDir).equals(card(clean))).toBe(true);

      // Edited after its translation (whose file dates from long before), an
      // English story makes the Spanish page say the translation is outdated:
      // in an aside Pagefind skips whole, so the Spanish index stays as it was.
      const spanish = 'es/articulos/red-cafetalera-lonya-grande/';
      expect(page(second.outDir, spanish).querySelector('aside.notice')).toBeNull();
      const longAgo = new Date('2020-01-01T00:00:00Z');
      utimesSync(join(content.dir, 'articles/es/red-cafetalera-lonya-grande.mdx'), longAgo, longAgo);
      edit(join(content.dir, 'articles/en/peru-coffee-network.mdx'), 'The meeting planted a seed.', 'The meeting planted a seed, and it grew.');
      const outdated = buildSite('incremental', { content: content.dir });
      expect(outdated.status, outdated.log).toBe(0);
      expect(page(outdated.outDir, spanish).querySelector('aside.notice')).not.toBeNull();
      expect(searchIndex(outdated)).toEqual(expectedIndex('en'));
      expect(differences(outdated.outDir, cleanBuild(content.dir))).toEqual([]);

      // A new slug moves a story that another one links to from its text.
      edit(join(content.dir, 'articles/en/clac-first-youth-conference.md'), 'title: ', 'slug: youth-conference-2016\ntitle: ');
      const moved = buildSite('incremental', { content: content.dir });
      expect(moved.status, moved.log).toBe(0);
      expect(
        page(moved.outDir, 'en/articles/intergenerational-workshop-los-pinos/').querySelector('.prose a[href="/en/articles/youth-conference-2016/"]'),
      ).not.toBeNull();
      expect(differences(moved.outDir, cleanBuild(content.dir))).toEqual([]);

      // A vocabulary change reaches every page that names the term.
      edit(join(content.dir, 'vocabularies/topics.yaml'), 'en: Child labour,', 'en: Child work,');
      const third = buildSite('incremental', { content: content.dir });
      expect(third.status, third.log).toBe(0);
      expect(reused(third).filter((p) => p.endsWith('/'))).toEqual([]);
      expect(third.report!.search!.languages.filter((l) => l.reused)).toEqual([]);
      expect(differences(third.outDir, cleanBuild(content.dir))).toEqual([]);
    } finally {
      content.cleanup();
    }
  });

  it('would notice a page restored stale', () => {
    rmSync(cacheOf('incremental-stale'), { recursive: true, force: true });
    const first = buildSite('incremental-stale', { content: SAMPLE_CONTENT });
    expect(first.status, first.log).toBe(0);
    const stored = join(cacheOf('incremental-stale'), 'dist/en/articles/peru-coffee-network/index.html');
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('<h1', '<h1 data-stale'));
    const again = buildSite('incremental-stale', { content: SAMPLE_CONTENT });
    expect(reused(again)).toContain('/en/articles/peru-coffee-network/');
    expect(differences(again.outDir, builtSite('sample'))).toEqual(['en/articles/peru-coffee-network/index.html']);
  });
});
