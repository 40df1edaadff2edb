import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/content/problems.ts';
import type { Violation } from '../../src/lib/verify/site-invariants.ts';
import { buildSite, OUTPUT, type BuildOptions } from '../helpers/build.ts';
import { article, contentFixture } from '../helpers/content-fixture.ts';
import { SAMPLE_CONFIG } from '../helpers/fixtures.ts';

/*
 * What editors and publishers do next, one change after another on a copy of
 * a fixture, each followed by what the deploy workflow's content path runs:
 * the content check, a build with the cache kept from the one before, and
 * the built site's invariants (`npm run verify`). None may fail.
 */
const fixture = contentFixture();
afterAll(() => fixture.cleanup());
const content = fixture.dir;
const NAME = 'editorial-change';
const site = join(OUTPUT, NAME);

/** Runs one of the project's commands on the copy, under a declaration (the frozen sample's unless another). */
function command(script: string, args: string[], config: string) {
  const run = spawnSync(process.execPath, [resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, NEWSLETTER_CONFIG: config, BASE: '/', SITE: 'https://newsletter.example.org' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The deploy workflow's content path on the copy: check, build with the kept cache, verify. Returns the errors of each step. */
function publish(config = SAMPLE_CONFIG) {
  const check = command('check.ts', ['--json'], config);
  const problems = (JSON.parse(check.stdout || '[]') as Problem[]).filter((p) => p.severity === 'error');
  const options: BuildOptions = { content, config };
  const built = buildSite(NAME, options);
  const verify = built.status === 0 ? command('verify.ts', ['--dir', site, '--json'], config) : undefined;
  const violations = verify ? (JSON.parse(verify.stdout || '[]') as Violation[]).filter((v) => v.severity === 'error') : [];
  return { problems, build: built.status === 0 ? 'built' : built.log.slice(-3000), violations, verifyStatus: verify?.status };
}

const story = (fields: Record<string, string>, body: string) =>
  article(
    {
      summary: 'A story an editor just wrote.',
      date: '2016-07-10',
      edition: '"2016-07"',
      country: '[PE]',
      topic: '[climate-change]',
      organization: '[clac]',
      ...fields,
    },
    body,
  );

describe('editorial change: every step publishes', { timeout: 600_000 }, () => {
  it('the fixture as it is', () => {
    expect(publish()).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
  });

  it('a story added in one language only (its translation to come)', () => {
    writeFileSync(
      join(content, 'articles/en/cocoa-carbon-footprint.md'),
      story({ title: 'Cocoa growers measure their carbon footprint', translationKey: 'cocoa-carbon-footprint' }, 'The cooperative measured its footprint.'),
    );
    expect(publish()).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
    expect(existsSync(join(site, 'en/articles/cocoa-carbon-footprint/index.html'))).toBe(true);
  });

  it('a story written in Spanish first', () => {
    writeFileSync(
      join(content, 'articles/es/cooperativa-de-mujeres.md'),
      story(
        {
          title: 'Una cooperativa de mujeres abre su propio taller',
          summary: 'Una historia escrita primero en español.',
          translationKey: 'womens-cooperative-workshop',
        },
        'Las socias abrieron su taller.',
      ),
    );
    expect(publish()).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
    expect(existsSync(join(site, 'es/articulos/cooperativa-de-mujeres/index.html'))).toBe(true);
  });

  it('a story and its translation deleted: their pages go too', () => {
    rmSync(join(content, 'articles/en/coffee-network.md'));
    rmSync(join(content, 'articles/es/red-cafetalera.md'));
    expect(publish()).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
    expect(existsSync(join(site, 'en/articles/coffee-network'))).toBe(false);
    expect(existsSync(join(site, 'es/articulos/red-cafetalera'))).toBe(false);
  });

  it('a term renamed, key and names, and the stories that carry it updated: its pages move', () => {
    const rename = (file: string) =>
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replaceAll('climate-change', 'climate-crisis')
          .replaceAll('Climate change', 'Climate crisis')
          .replaceAll('Cambio climático', 'Crisis climática'),
      );
    rename(join(content, 'vocabularies/topics.yaml'));
    for (const lang of ['en', 'es']) for (const file of readdirSync(join(content, 'articles', lang))) rename(join(content, 'articles', lang, file));
    expect(publish()).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
    expect(readFileSync(join(site, 'en/topics/climate-crisis/index.html'), 'utf8')).toContain('/en/articles/climate-story/');
    expect(existsSync(join(site, 'es/temas/crisis-climatica/index.html'))).toBe(true);
    expect(existsSync(join(site, 'en/topics/climate-change'))).toBe(false);
  });

  it('a language the fixtures do not have, from a declaration, its strings and content only', () => {
    // French: a block in the declaration, its strings (here the English ones, each marked; French plurals
    // have a `many` category, which takes the marked `_other`) and a story.
    const publisher = join(content, '.publisher');
    mkdirSync(publisher, { recursive: true });
    writeFileSync(
      join(publisher, 'fr.ts'),
      `import sample from ${JSON.stringify(SAMPLE_CONFIG)};\n` +
        `const marked = (k, v) => [k, \`(fr) \${v}\`];\n` +
        `const mark = (tree) => Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => typeof v !== 'string' ? [[k, mark(v)]] : k.endsWith('_other') ? [marked(k.replace(/_other$/, '_many'), v), marked(k, v)] : [marked(k, v)]));\n` +
        `export const fr = mark(sample.languages[0].strings);\n`,
    );
    writeFileSync(
      join(publisher, 'newsletter.config.ts'),
      `import sample from ${JSON.stringify(SAMPLE_CONFIG)};\nimport { fr } from './fr.ts';\n` +
        `const add = (record) => ({ ...record, fr: record.en });\n` +
        `export default {\n  ...sample,\n  name: add(sample.name),\n  tagline: add(sample.tagline),\n` +
        `  languages: [...sample.languages, { code: 'fr', tag: 'fr-HT', fallback: ['es'], strings: fr, sections: { articles: 'articles', search: 'rechercher', translations: 'traductions', print: 'imprimer' } }],\n` +
        `  taxonomies: sample.taxonomies.map((t) => ({ ...t, segment: { ...t.segment, fr: t.segment.en } })),\n};\n`,
    );
    mkdirSync(join(content, 'articles/fr'));
    writeFileSync(
      join(content, 'articles/fr/histoire-du-climat.md'),
      story(
        {
          title: 'Une histoire du climat au Salvador',
          summary: 'Le climat change.',
          translationKey: 'climate-story',
          country: '[SV]',
          topic: '[climate-crisis]',
        },
        'Le texte de l’histoire.',
      ),
    );
    expect(publish(join(publisher, 'newsletter.config.ts'))).toEqual({ problems: [], build: 'built', violations: [], verifyStatus: 0 });
    expect(existsSync(join(site, 'fr/articles/histoire-du-climat/index.html'))).toBe(true);
    // The French home lists the stories not yet in French, in the languages French readers fall back to.
    expect(readFileSync(join(site, 'fr/index.html'), 'utf8')).toContain('/es/articulos/cooperativa-de-mujeres/');
  });
});
