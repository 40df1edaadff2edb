import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/**
 * A `serialize` hook for @astrojs/sitemap that lists each page's language
 * alternates as the page itself declares them in its `<head>`, so the sitemap
 * and the hreflang links can never disagree. Pages marked `noindex` are left out.
 */
export function alternatesFromPages(outDir: string, base: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const path = decodeURI(new URL(item.url).pathname).slice(base.length - 1);
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
    if (/<meta name="robots" content="noindex/.test(html)) return undefined;
    const links = [...html.matchAll(ALTERNATE)]
      .filter(([, lang]) => lang !== 'x-default')
      .map(([, lang, url]) => ({ lang: lang!, url: url! }));
    return { ...item, links };
  };
}
