import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { buildSite, OUTPUT, type BuildOptions, type SiteName } from '../helpers/build.ts';
import { SAMPLE_CONTENT, TRILINGUAL_CONFIG, TRILINGUAL_CONTENT } from '../helpers/fixtures.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { addCameraPhoto, addGeneratedStories, commitWithOutdatedTranslation, makeEdgeCases } from '../helpers/generate-content.ts';

/** Number of generated stories in the fixture site: enough for three pages of 12. */
export const GENERATED_STORIES = 26;

/** The builds of this test run, shared by the build and browser tiers' setups (both run in vitest's main process). */
const shared = globalThis as { newsletterTestSites?: Promise<void> };

/**
 * Builds, once for the whole test run, the sites the build and browser tests
 * read: the frozen sample newsletter (`tests/fixtures/sample`) at the root and under /newsletter/, and a
 * fixture with pagination, an untranslated story and a draft, the edge
 * cases of `makeEdgeCases`, and a newsletter in three languages with a sixth
 * taxonomy (`tests/fixtures/trilingual`).
 */
export default function setup(): Promise<void> {
  return (shared.newsletterTestSites ??= buildAll());
}

async function buildAll() {
  rmSync(OUTPUT, { recursive: true, force: true });
  const fixture = contentFixture();
  addGeneratedStories(fixture.dir, GENERATED_STORIES);
  await addCameraPhoto(fixture.dir);
  commitWithOutdatedTranslation(fixture.dir);
  const edge = contentFixture();
  makeEdgeCases(edge.dir);
  const sites: [SiteName, BuildOptions][] = [
    ['sample', { content: SAMPLE_CONTENT }],
    // With Astro's full log, kept for the test that no warning is printed.
    ['sample-base', { content: SAMPLE_CONTENT, base: '/newsletter/', cache: 'sample', verbose: true }],
    ['fixture', { content: fixture.dir }],
    ['edge', { content: edge.dir }],
    // Three languages and a sixth taxonomy, from configuration, strings and content only.
    ['trilingual', { content: TRILINGUAL_CONTENT, config: TRILINGUAL_CONFIG }],
  ];
  for (const [name, options] of sites) {
    const b = buildSite(name, options);
    if (b.status !== 0) throw new Error(`building ${b.outDir} failed:\n${b.log}`);
    writeFileSync(`${b.outDir}.log`, b.log);
    writeFileSync(`${b.outDir}.report.json`, JSON.stringify(b.report));
    // The content it was built from, for the tests that verify the built site against it.
    const content = `${b.outDir}.content`;
    cpSync(options.content, content, { recursive: true });
    writeFileSync(`${b.outDir}.options.json`, JSON.stringify({ ...options, content }));
  }
  fixture.cleanup();
  edge.cleanup();
}
