/**
 * A worker thread of the Pagefind integration: indexes the built site, then
 * reports what it did. Its own event loop keeps Pagefind's process fed while
 * the build's main thread does other, synchronous work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexSite } from './pagefind.ts';

const { site, cacheDir } = workerData as { site: string; cacheDir: string };
parentPort!.postMessage(await indexSite(site, cacheDir));
