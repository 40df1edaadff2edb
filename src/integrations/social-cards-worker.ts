/**
 * A worker thread of the social-cards integration: makes the cards it is
 * given in the card cache, then ends. Runs on Node directly (type stripping),
 * outside Vite, so it imports only plain TypeScript.
 */
import { workerData } from 'node:worker_threads';
import type { CardText } from '../lib/media/card-text.ts';
import { makeCard } from '../lib/media/social-card.ts';

const { texts, cacheDir } = workerData as { texts: CardText[]; cacheDir: string };
for (const text of texts) await makeCard(text, cacheDir);
