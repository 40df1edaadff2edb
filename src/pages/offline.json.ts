import type { APIRoute } from 'astro';
import { locales } from '../i18n/locales.ts';
import { keptPages } from '../lib/site/offline.ts';
import { getSite } from '../lib/site/site.ts';

/** What the offline worker keeps for each language, from the site model; the build writes it into the worker (see `offlineWorker`). */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(Object.fromEntries(locales.map((l) => [l, keptPages(site, l)]))), { headers: { 'Content-Type': 'application/json' } });
};
