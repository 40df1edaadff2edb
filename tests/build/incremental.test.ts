import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, builtSite, cacheOf, differences, OUTPUT, page, reusedPages, type BuiltSite } from '../helpers/build.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { SAMPLE_CONFIG, SAMPLE_CONTENT } from '../helpers/fixtures.ts';

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

/**
 * A copy of the frozen sample's declaration and strings, to edit: as deep in
 * the project as the original, so that its import of the generator resolves
 * the same way.
 */
function declarationCopy(): { config: string; dir: string } {
  const dir = join(OUTPUT, 'incremental-declaration');
  rmSync(dir, { recursive: true, force: true });
  cpSync(dirname(SAMPLE_CONFIG), dir, { recursive: true, filter: (source) => !source.startsWith(join(dirname(SAMPLE_CONFIG), 'content')) });
  return { config: join(dir, 'newsletter.config.ts'), dir };
}

/** Builds the edited content (and declaration) from scratch, with an empty cache, to compare with. */
function cleanBuild(content: string, config?: string) {
  rmSync(cacheOf('incremental-clean'), { recursive: true, force: true });
  const clean = buildSite('incremental-clean', { content, ...(config === undefined ? {} : { config }) });
  expect(clean.status, clean.log).toBe(0);
  return clean.outDir;
}

describe('incremental builds', () => {
  // Seventeen builds of the sample site, each edit followed by a clean build to compare with: a story's title, text and slug, a term, an edition's intro, a picture, a UI string, the declaration.
  it('rebuild only what an edit touches, and give the same site as a clean build', { timeout: 900_000 }, () => {
    const content = contentFixture({}, SAMPLE_CONTENT);
    const declaration = declarationCopy();
    const build = () => buildSite('incremental', { content: content.dir, config: declaration.config });
    const clean = () => cleanBuild(content.dir, declaration.config);
    try {
      const first = build();
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
      const second = build();
      expect(second.status, second.log).toBe(0);
      const kept = reused(second);
      expect(kept.length).toBeGreaterThan(50);
      expect(kept).not.toContain('/en/articles/peru-coffee-network/');
      expect(kept).toContain('/es/articulos/red-cafetalera-lonya-grande/');
      expect(page(second.outDir, 'en/articles/peru-coffee-network/').querySelector('h1')!.text).toMatch(/^Retitled - /);
      // No Spanish page changed: the Spanish search index is the last build's.
      expect(searchIndex(second)).toEqual(expectedIndex('en'));
      const cleanSecond = clean();
      expect(differences(second.outDir, cleanSecond)).toEqual([]);
      expect(card(second.outDir).equals(firstCard)).toBe(false);
      expect(card(second.outDir).equals(card(cleanSecond))).toBe(true);

      // Edited after its translation (whose file dates from long before), an
      // English story makes the Spanish page say the translation is outdated:
      // in an aside Pagefind skips whole, so the Spanish index stays as it was.
      const spanish = 'es/articulos/red-cafetalera-lonya-grande/';
      expect(page(second.outDir, spanish).querySelector('aside.notice')).toBeNull();
      const longAgo = new Date('2020-01-01T00:00:00Z');
      utimesSync(join(content.dir, 'articles/es/red-cafetalera-lonya-grande.mdx'), longAgo, longAgo);
      edit(join(content.dir, 'articles/en/peru-coffee-network.mdx'), 'The meeting planted a seed.', 'The meeting planted a seed, and it grew.');
      const outdated = build();
      expect(outdated.status, outdated.log).toBe(0);
      expect(page(outdated.outDir, spanish).querySelector('aside.notice')).not.toBeNull();
      expect(searchIndex(outdated)).toEqual(expectedIndex('en'));
      expect(differences(outdated.outDir, clean())).toEqual([]);

      // A new slug moves a story that another one links to from its text.
      edit(join(content.dir, 'articles/en/clac-first-youth-conference.md'), 'title: ', 'slug: youth-conference-2016\ntitle: ');
      const moved = build();
      expect(moved.status, moved.log).toBe(0);
      expect(
        page(moved.outDir, 'en/articles/intergenerational-workshop-los-pinos/').querySelector('.prose a[href="/en/articles/youth-conference-2016/"]'),
      ).not.toBeNull();
      expect(differences(moved.outDir, clean())).toEqual([]);

      // A vocabulary change reaches every page that names the term.
      edit(join(content.dir, 'vocabularies/topics.yaml'), 'en: Child labour,', 'en: Child work,');
      const third = build();
      expect(third.status, third.log).toBe(0);
      expect(reused(third).filter((p) => p.endsWith('/'))).toEqual([]);
      expect(third.report!.search!.languages.filter((l) => l.reused)).toEqual([]);
      expect(differences(third.outDir, clean())).toEqual([]);

      // An edition's intro: its page, the home page while it is the latest, its email.
      edit(join(content.dir, 'vocabularies/editions.yaml'), 'en: A leadership school for women', 'en: This edition brings a leadership school for women');
      const intro = build();
      expect(intro.status, intro.log).toBe(0);
      expect(page(intro.outDir, 'en/editions/2014-10/').text).toContain('This edition brings a leadership school for women');
      expect(differences(intro.outDir, clean())).toEqual([]);

      // A picture's pixels: its responsive versions (their names follow their bytes), the story's card and email picture.
      const hero = (outDir: string) => page(outDir, 'en/articles/peru-coffee-network/').querySelector('main img')!.getAttribute('src');
      const heroBefore = hero(intro.outDir);
      edit(join(content.dir, 'images/peru-coffee-network.svg'), 'stop-color="#9cc4d8"', 'stop-color="#d8b49c"');
      const picture = build();
      expect(picture.status, picture.log).toBe(0);
      expect(hero(picture.outDir)).not.toBe(heroBefore);
      expect(differences(picture.outDir, clean())).toEqual([]);

      // A UI string, in the declaration's strings: every page of its language shows it (the footer).
      edit(join(declaration.dir, 'strings/es/site.json'), '"feed": "Suscríbase por RSS"', '"feed": "Suscríbase a las novedades por RSS"');
      const string = build();
      expect(string.status, string.log).toBe(0);
      expect(page(string.outDir, 'es/').querySelector('footer')!.text).toContain('Suscríbase a las novedades por RSS');
      expect(differences(string.outDir, clean())).toEqual([]);

      // The declaration itself: a taxonomy's segment moves its pages, and every link to them.
      edit(declaration.config, "es: 'temas'", "es: 'asuntos'");
      const declared = build();
      expect(declared.status, declared.log).toBe(0);
      expect(page(declared.outDir, 'es/asuntos/').querySelector('h1')).not.toBeNull();
      expect(differences(declared.outDir, clean())).toEqual([]);
    } finally {
      content.cleanup();
      rmSync(declaration.dir, { recursive: true, force: true });
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
