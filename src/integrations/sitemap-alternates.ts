import type { SitemapItem } from '@astrojs/sitemap';
import { outputPath } from '../lib/site/urls.ts';
import type { BuiltSite } from './built-site.ts';

/**
 * A `serialize` hook for @astrojs/sitemap that lists each page's language
 * alternates as the page itself declares them in its `<head>`, so the sitemap
 * and the hreflang links can never disagree. Pages marked `noindex`, and
 * pages whose canonical URL is another page (an edition's printable version),
 * are left out.
 */
export function alternatesFromPages(site: () => BuiltSite, base: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const path = outputPath(new URL(item.url).pathname, base).replace(/\/$/, '');
    const head = site().pages.get(path);
    if (!head) throw new Error(`the sitemap lists ${item.url}, which was not built`);
    const elsewhere = head.canonical !== undefined && head.canonical !== item.url;
    return head.noindex || elsewhere ? undefined : { ...item, links: head.alternates };
  };
}
