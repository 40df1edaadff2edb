import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of Pagefind's browser API a search check needs. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/**
 * Pagefind's own browser bundle (`pagefind.js` of a built index) loads its
 * index and fragments with `fetch` relative to its own URL, a `file:` URL
 * here, which Node's fetch does not read. While searches run, `file:` URLs
 * are read from disk; every other request goes to the fetch there was.
 */
async function withFileFetch<T>(run: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return original(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  try {
    return await run();
  } finally {
    globalThis.fetch = original;
  }
}

/** Results a search page shows before the reader asks for more (`src/browser/search.ts`). */
export const FIRST_RESULTS = 10;

/** Loads of an index, so that a folder built again is read again rather than taken from Node's module cache. */
let loads = 0;

/**
 * A search of a built site's index folder, run by the same Pagefind code
 * readers' browsers run: each query gives the URLs of the results a reader
 * sees first, best first, as the site links them (with its base).
 */
export async function searchIndex(indexDir: string, base: string): Promise<(query: string) => Promise<string[]>> {
  // Pagefind's bundle fails outside any promise on an index of no page: say so first.
  const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  if (!Object.values(entry.languages).some((l) => l.page_count > 0)) throw new Error(`${indexDir} indexes no page`);
  const bundle = pathToFileURL(join(indexDir, 'pagefind.js'));
  bundle.search = `load=${++loads}`;
  const pagefind = (await import(/* @vite-ignore */ bundle.href)) as Pagefind;
  await withFileFetch(() => pagefind.options({ baseUrl: base, noWorker: true }));
  return (query) =>
    withFileFetch(async () => {
      const { results } = await pagefind.search(query);
      return Promise.all(results.slice(0, FIRST_RESULTS).map(async (r) => (await r.data()).url));
    });
}
