import type { APIRoute } from 'astro';
import css from '../../styles/global.css?raw';
import { locales } from '../../i18n/locales.ts';
import { themeColours, webManifest } from '../../lib/site/offline.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

/** A language's web app manifest, its colours from the stylesheet's tokens. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params['locale']!, themeColours(css)), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
