import { resolve } from 'node:path';

/**
 * The content directory: `content/` unless `CONTENT_DIR` names another one
 * (the benchmark and the build tests point it at generated fixtures).
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CONTENT_DIR'] || 'content');
}

/** Where build caches live (social cards); `CACHE_DIR` moves them, as Astro's own cache. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CACHE_DIR'] || 'node_modules/.astro');
}
