import type { TestProject } from 'vitest/node';
import { describeChromium, findChromium, type FoundChromium } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium every browser test launches (see scripts/lib/chromium.ts). */
    chromium: FoundChromium;
  }
}

/**
 * Finds the browser once for the browser tests, before any of them runs (the
 * npm-shipped one is unpacked here, not by several test files at once), and
 * says in the log which one it is.
 */
export default async function setup(project: TestProject) {
  const found = await findChromium();
  console.log(describeChromium(found));
  project.provide('chromium', found);
}
