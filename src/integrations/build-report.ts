import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SearchReport } from './pagefind.ts';
import type { PrerenderWatch } from './prerenderer.ts';

/**
 * What a build did, written as JSON to `<CACHE_DIR>/build-report.json` when it
 * ends: what the benchmark and the tests read, instead of Astro's log.
 */
export interface BuildReport {
  /** When each phase began, in milliseconds since the build's process started. */
  marks: { setup: number; buildStart: number; generated: number; done: number };
  /** How many HTML pages the site has (as Astro counts them: not feeds or other files). */
  pages: number;
  /** Every path Astro generated, pages and other files (pathnames without the base path, as Astro gives them). */
  paths: string[];
  /** The paths Astro rendered, as in `paths`; the others it copied from the last build. */
  rendered: string[];
  /** How the search index was made. */
  search?: SearchReport;
}

/**
 * The build report's two ends: `start` marks the phases (put it before the
 * other `astro:build:done` steps, so they are measured from there), `finish`
 * writes the report (put it after every step that tells it something).
 */
export function buildReport(
  file: string,
  seen: () => PrerenderWatch,
): { start: AstroIntegration; finish: AstroIntegration; search(report: SearchReport): void } {
  const marks: Partial<BuildReport['marks']> = {};
  const mark = (name: keyof BuildReport['marks']) => {
    marks[name] = Math.round(performance.now());
  };
  let search: SearchReport | undefined;
  return {
    start: {
      name: 'newsletter:build-report',
      hooks: {
        'astro:config:setup': () => mark('setup'),
        'astro:build:start': () => mark('buildStart'),
        'astro:build:generated': () => mark('generated'),
        'astro:build:done': () => mark('done'),
      },
    },
    finish: {
      name: 'newsletter:build-report-finish',
      hooks: {
        'astro:build:done': ({ pages }) => {
          const report: BuildReport = { marks: marks as BuildReport['marks'], pages: pages.length, ...seen(), ...(search ? { search } : {}) };
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, JSON.stringify(report));
        },
      },
    },
    search: (report) => {
      search = report;
    },
  };
}
