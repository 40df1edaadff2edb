import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolveSitePath, type BuiltOutput } from './built-output.ts';
import type { PageFacts } from './page-facts.ts';

/** The first round trip of a new connection carries about 14 KB: a page within it shows after one. */
export const FIRST_ROUND_TRIP = 14 * 1024;

/** The most JavaScript the search page may load before the first query (gzip). */
export const SEARCH_SCRIPT_BUDGET = 35 * 1024;

/** The most the offline worker's loader may weigh (bytes, uncompressed): every reading page loads it. */
export const OFFLINE_LOADER_BUDGET = 1024;

/** What a page costs a reader before anything else: gzip bytes of its HTML, its stylesheets and its scripts. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Bytes of script written in the page itself. */
  inlineJs: number;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Weighs pages, following their stylesheets and scripts; each file is
 * compressed once however many pages share it.
 */
export function pageWeigher(output: BuiltOutput): (page: PageFacts) => PageWeight {
  const files = new Map<string, number>();
  const weigh = (url: string) => {
    const file = resolveSitePath(output.dir, output.base, new URL(url, 'http://x/').pathname);
    if (!file) return 0;
    let size = files.get(file);
    if (size === undefined) files.set(file, (size = gzip(readFileSync(file))));
    return size;
  };
  return (page) => ({
    html: gzip(page.html),
    css: page.stylesheets.reduce((n, url) => n + weigh(url), 0),
    js: page.scripts.reduce((n, url) => n + weigh(url), 0) + page.inlineScripts.reduce((n, text) => n + gzip(text), 0),
    inlineJs: page.inlineScripts.reduce((n, text) => n + Buffer.byteLength(text), 0),
  });
}
