import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // The sample site and fixtures are built once, before any test file runs.
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
