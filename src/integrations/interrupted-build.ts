import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file that says a build is using the cache folder and has not finished. */
export const BUILD_IN_PROGRESS = 'newsletter-build-in-progress';

/**
 * A build stopped part way (Ctrl-C, a cancelled CI job, an out-of-memory
 * kill) leaves what it keeps for the next build half written: Astro's
 * incremental page cache then lists pages whose pictures were never made, and
 * every later build fails to load its image service; a social card, an email
 * or a search index may be cut short. Checking each of those is fragile, so a
 * build marks the cache folder when it starts and unmarks it when it has
 * finished: a build that finds the mark starts from an empty cache, as a cold
 * build, and says why.
 *
 * `start` must be the first integration (nothing may read or write the cache
 * before it) and `finish` the last (its `astro:build:done` runs after every
 * other integration's). A build that fails leaves the mark too: what it
 * wrote before failing is as suspect as an interrupted build's.
 */
export function interruptedBuildGuard(): { start: AstroIntegration; finish: AstroIntegration } {
  let marker: string | undefined;
  return {
    start: {
      name: 'newsletter:interrupted-build:start',
      hooks: {
        'astro:config:setup': ({ command, config, logger }) => {
          if (command !== 'build') return;
          const cacheDir = fileURLToPath(config.cacheDir);
          marker = join(cacheDir, BUILD_IN_PROGRESS);
          if (existsSync(marker)) {
            logger.info(`The last build in ${cacheDir} did not finish; building without what it kept.`);
            emptyFolder(cacheDir);
          }
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(marker, `${process.pid}\n`);
        },
      },
    },
    finish: {
      name: 'newsletter:interrupted-build:finish',
      hooks: {
        'astro:build:done': () => {
          if (marker) rmSync(marker, { force: true });
        },
      },
    },
  };
}

/** Removes everything inside a folder, keeping the folder (it may be a mount or a CI cache). */
function emptyFolder(dir: string) {
  for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
}
