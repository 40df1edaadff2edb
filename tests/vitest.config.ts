import { defineConfig } from 'vitest/config';
import { SAMPLE_CONFIG, SAMPLE_CONTENT } from './helpers/fixtures.ts';

/**
 * Three tiers, each runnable alone (`npm run test:unit`, `test:build`,
 * `test:browser`); `npm test` runs them all. Unit tests build no site; build
 * and browser tests share the sites the global setup builds once per run.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // As long as a build takes on a busy 2-core machine: tests that build, or wait for a dev server, must not time out first.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two files at a time on a 2-core machine (vitest's default leaves one core idle): most of a
    // build or browser test's time is spent waiting on another process (a build, Chromium).
    maxWorkers: 2,
    // The tests' newsletter is the frozen sample under tests/fixtures, never the
    // publisher's declaration, strings and content, which change with every story.
    // Scripts the tests start inherit these too.
    // The tests' sites know no repository, whatever remote the checkout has (a clone of GitHub's in CI).
    env: { NEWSLETTER_CONFIG: SAMPLE_CONFIG, CONTENT_DIR: SAMPLE_CONTENT, EDITOR_REPO: '' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/build-sites.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/build-sites.ts', 'tests/setup/chromium.ts'] },
      },
    ],
  },
});
