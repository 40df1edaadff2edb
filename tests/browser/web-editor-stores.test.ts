import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { applyPatches } from '../../src/lib/editor/sveltia-patches.ts';

const sveltia = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8');

/** The source of Sveltia CMS's IndexedDB store class (one store of a shared database), cut from its module by its first members. */
function storeClass(code: string): string {
  const start = code.indexOf('class{#e;#t;#n=``;#r=``;#i={};#a=[];constructor(');
  expect(start, "Sveltia's store class").toBeGreaterThan(-1);
  let depth = 0;
  for (let at = code.indexOf('{', start); at < code.length; at++) {
    if (code[at] === '{') depth++;
    else if (code[at] === '}' && --depth === 0) return code.slice(start, at + 1);
  }
  throw new Error("Sveltia's store class does not end");
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** What two new stores of one database, opened at once (as the editor does on its first load), answer when each writes and reads back: "ok" or the error. */
async function twoStoresAtOnce(source: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    // A page of its own origin: IndexedDB needs one, and nothing is fetched.
    await page.route('http://stores.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stores</title>' }));
    await page.goto('http://stores.test/');
    return await page.evaluate(async (source) => {
      const Store = new Function(`return ${source}`)() as new (
        database: string,
        store: string,
      ) => { set(key: string, value: string): Promise<unknown>; get(key: string): Promise<string> };
      // The database exists with one store; two more are added at once, each by an upgrade to its next version.
      await new Store('repository', 'meta').set('key', 'value');
      const stores = ['file-cache', 'draft-backups'].map((name) => new Store('repository', name));
      return Promise.all(
        stores.map((store, i) =>
          store
            .set('key', `value ${i}`)
            .then(() => store.get('key'))
            .then(
              (value) => (value === `value ${i}` ? 'ok' : `read ${value}`),
              (error: unknown) => String(error),
            ),
        ),
      );
    }, source);
  } finally {
    await page.close();
  }
}

describe("Sveltia CMS's IndexedDB stores (its file cache, settings, draft backups)", () => {
  it('two added at once to a database both find their store once patched (each upgrade made again until its store is there), where the published code loses one', async () => {
    expect(await twoStoresAtOnce(storeClass(applyPatches(sveltia)))).toEqual(['ok', 'ok']);
    expect((await twoStoresAtOnce(storeClass(sveltia))).join('\n')).toMatch(/object stores was not found/);
  });
});
