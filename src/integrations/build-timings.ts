import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

/**
 * For `npm run bench`: records when each build phase starts and ends (content
 * sync, page rendering with images, the build:done steps) into the JSON file
 * named by BENCH_TIMINGS. Added to the config only when that variable is set.
 */
export function buildTimings(file: string): AstroIntegration {
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.now();
  };
  return {
    name: 'newsletter:build-timings',
    hooks: {
      'astro:config:setup': () => mark('setup'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => {
        mark('done');
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
