import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { capSlug, MAX_SLUG_LENGTH, slugify, storySlug } from '../../src/lib/content/slug.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { article, contentFixture, validArticle } from '../helpers/content-fixture.ts';

/** A title of `length` characters or more, of accented words of several lengths. */
function longTitle(length: number): string {
  const words = ['Las', 'cooperativas', 'cafetaleras', 'de', 'Amazonas', 'reúnen', 'a', 'jóvenes', 'productoras', 'y', 'señalan', 'su', 'camino'];
  let title = '';
  for (let i = 0; title.length < length; i++) title += `${title ? ' ' : ''}${words[i % words.length]}`;
  return title;
}

describe('a story’s file name and key, made from its title', () => {
  it('caps a 300-character title at a word, at most MAX_SLUG_LENGTH characters', () => {
    const title = longTitle(300);
    expect(title.length).toBeGreaterThanOrEqual(300);
    const slug = storySlug(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    // Whole words of the full slug: it is a prefix ending where a word ends.
    expect(slugify(title).startsWith(`${slug}-`)).toBe(true);
    expect(slug).toMatch(/^las-cooperativas-cafetaleras-de-amazonas-reunen-a-jovenes-productoras/);
    // The next word would not have fitted.
    const next = slugify(title)
      .slice(slug.length + 1)
      .split('-')[0]!;
    expect(slug.length + 1 + next.length).toBeGreaterThan(MAX_SLUG_LENGTH);
  });

  it('folds accents before counting, as the file name is ASCII', () => {
    const title = `${'Ñandú '.repeat(20)}árbol`;
    // 13 words of 5 letters and their hyphens are 77 characters; a 14th would make 83.
    expect(storySlug(title)).toBe(Array(13).fill('nandu').join('-'));
  });

  it('cuts a single over-long word at the cap', () => {
    expect(storySlug('A'.repeat(300))).toBe('a'.repeat(MAX_SLUG_LENGTH));
    expect(storySlug(`${'b'.repeat(100)} and more`)).toBe('b'.repeat(MAX_SLUG_LENGTH));
  });

  it('leaves a slug of exactly the cap whole, and cuts one a character longer at its last word', () => {
    const exact = `${'x'.repeat(MAX_SLUG_LENGTH - 7)}-coffee`;
    expect(exact.length).toBe(MAX_SLUG_LENGTH);
    expect(capSlug(exact)).toBe(exact);
    // The word ends exactly at the cap: the hyphen after it is the cut.
    expect(capSlug(`${exact}-x`)).toBe(exact);
    expect(capSlug(`${exact}s`)).toBe('x'.repeat(MAX_SLUG_LENGTH - 7));
    expect(storySlug('Short title')).toBe('short-title');
  });
});

describe('npm run new', () => {
  it('names a story with a 300-character title as storySlug does, and the checker accepts it', () => {
    const fixture = contentFixture();
    try {
      const title = longTitle(300);
      const made = spawnSync(process.execPath, [resolve('scripts/new.ts'), '--content', fixture.dir, '--lang', 'es', '--title', title], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      const created = readdirSync(join(fixture.dir, 'articles/es')).filter((f) => f.startsWith('las-cooperativas'));
      expect(created).toEqual([`${storySlug(title)}.md`]);
      const problems = checkContent(fixture.dir, 'en').problems.filter((p) => p.file.includes('las-cooperativas'));
      expect(problems.map((p) => p.message).filter((m) => /too long/.test(m))).toEqual([]);
    } finally {
      fixture.cleanup();
    }
  });
});

describe('the checker', () => {
  it('refuses a file name or translationKey longer than the cap, naming the value and the name to use', () => {
    const long = storySlug(longTitle(300));
    const name = `${long}-y-mas-palabras-todavia`;
    const key = `${long}-and-more`;
    const fixture = contentFixture({ [`articles/en/${name}.md`]: article({ ...validArticle, translationKey: key }) });
    try {
      const problems = checkContent(fixture.dir, 'en').problems.filter((p) => p.file === join(fixture.dir, `articles/en/${name}.md`) && p.severity === 'error');
      expect(problems).toEqual([
        expect.objectContaining({
          line: 1,
          message: `file name '${name}.md' is too long: ${name.length} characters before .md, more than the ${MAX_SLUG_LENGTH} every file system accepts; rename it to '${long}.md'`,
        }),
        expect.objectContaining({
          field: 'translationKey',
          line: 6,
          message: `translationKey '${key}' is too long: ${key.length} characters, more than the ${MAX_SLUG_LENGTH} a file name may have; shorten it to '${long}' in every language version of the story`,
        }),
      ]);
    } finally {
      fixture.cleanup();
    }
  });
});
