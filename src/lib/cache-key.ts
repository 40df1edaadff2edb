import { createHash } from 'node:crypto';

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
  return createHash('sha256').update(JSON.stringify(parts, serialisable)).digest('base64url').slice(0, 32);
}
