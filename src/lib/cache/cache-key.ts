import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Maps and sets as lists, so that their contents count (JSON would write `{}`). */
function serialisable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/**
 * A short hash of everything a generated page shows, for Astro's incremental
 * builds: a page whose key and code are unchanged since the last build is
 * copied from it instead of rendered. The parts must cover every value the
 * page reads that is not code (code is hashed by Astro itself).
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(serialise(parts)).digest('base64url').slice(0, 32);
}

/**
 * A value as `cacheKey` reads it. A part of many keys can be serialised once
 * and passed as this string: the key changes exactly when the value does.
 */
export function serialise(value: unknown): string {
  return JSON.stringify(value, serialisable);
}

/** Where something made from `parts` is kept in a cache folder: a file named by their hash. */
export function cacheFile(dir: string, extension: string, ...parts: unknown[]): string {
  return join(dir, `${cacheKey(...parts)}.${extension}`);
}

/**
 * Writes a cache file whole: under a temporary name, then renamed, so that
 * another thread or process never reads half of it.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

const require = createRequire(import.meta.url);
const versions = new Map<string, string>();

/** An installed package's version, for cache keys of what it makes. */
export function packageVersion(name: string): string {
  let version = versions.get(name);
  if (!version) {
    // Looked up where Node would find the package: not every package exports its package.json.
    const file = require.resolve
      .paths(name)
      ?.map((dir) => join(dir, name, 'package.json'))
      .find((f) => existsSync(f));
    if (!file) throw new Error(`${name} is not installed`);
    version = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    versions.set(name, version);
  }
  return version;
}
