/**
 * The search integration's worker thread. A language is indexed as soon as
 * Astro has rendered all the article pages its index reads (its own and
 * those it borrows from other languages) and they are in the output
 * (while Astro renders the other pages), or else when the build is done
 * (Astro copied some of them from its cache instead of rendering them).
 * Its own event loop keeps Pagefind's process fed while the build's main
 * thread renders pages.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { indexLanguage, type BorrowedPage, type LanguageIndex, type SearchMessage } from './pagefind.ts';

const { site, cacheDir, borrowed } = workerData as { site: string; cacheDir: string; borrowed: Record<Locale, BorrowedPage[]> };
const indexed = new Map<Locale, Promise<LanguageIndex>>();
let queue: Promise<unknown> = Promise.resolve();
let buildDone = false;

/**
 * Resolves once every page is in the output whole (Astro writes a page just
 * after rendering it): true, or false if the build was done first (when
 * every page is in the output).
 */
async function written(pages: [path: string, size: number][]): Promise<boolean> {
  let left = pages;
  while (!buildDone) {
    left = left.filter(([path, size]) => statSync(join(site, path), { throwIfNoEntry: false })?.size !== size);
    if (!left.length) return true;
    await sleep(20);
  }
  return false;
}

/**
 * Indexes a language, after the languages asked for before it (Pagefind
 * holds one at a time), once `ready` (which tells whether that was before
 * the build was done); reports what it did.
 */
function index(locale: Locale, ready: () => Promise<boolean> = async () => false): void {
  const report = queue.then(async () => {
    const early = await ready();
    return { locale, early, ...(await indexLanguage(site, cacheDir, locale, borrowed[locale]!)) };
  });
  // The next language waits for this one however it ends; awaited when the build is done.
  queue = report.catch(() => {});
  indexed.set(locale, report);
}

/** Every language's index, once the build is done. */
async function finish(): Promise<LanguageIndex[]> {
  buildDone = true;
  for (const locale of locales) if (!indexed.has(locale)) index(locale);
  const done: LanguageIndex[] = [];
  try {
    for (const locale of locales) done.push(await indexed.get(locale)!);
  } catch (cause) {
    throw new Error('Pagefind could not build the search index.', { cause });
  } finally {
    await close();
  }
  return done;
}

parentPort!.on('message', (message: SearchMessage) => {
  if (message.kind === 'rendered') index(message.locale, () => written(message.pages));
  // A failure ends the worker with it, and the build with a message naming Pagefind.
  else
    void finish().then((report) => {
      parentPort!.postMessage(report);
      parentPort!.close();
    });
});
