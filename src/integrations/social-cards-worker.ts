/**
 * A worker thread of the social-cards integration: makes the cards it is
 * given in the card cache, then ends. Runs on Node directly (type stripping),
 * outside Vite, so it imports only plain TypeScript.
 */
import { workerData } from 'node:worker_threads';
import { makeCard, type CardText } from '../lib/social-card.ts';

const { texts, cacheDir } = workerData as { texts: CardText[]; cacheDir: string };
for (const text of texts) await makeCard(text, cacheDir);
