import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/site/urls.ts';

/** Lets every crawler in and points it to the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`${sitePath()}sitemap-index.xml`, site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
