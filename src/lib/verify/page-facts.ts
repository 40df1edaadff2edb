import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { htmlPages, internalPaths, pageFile, pagePath, pageUrl, type BuiltOutput } from './built-output.ts';

/** What the site's invariants need of one built page, read once. */
export interface PageFacts {
  /** The page's path in the output ("/es/temas/"). */
  path: string;
  /** The page's own HTML, as served. */
  html: string;
  /** `<html lang>`. */
  lang: string;
  /** Its language alternates: hreflang → page path (internal ones only). */
  alternates: Map<string, string>;
  /** Where its links lead (`<a href>`), as site URL paths. */
  links: string[];
  /** Every internal URL path it refers to: links, stylesheets, scripts, pictures and srcset candidates, icons, feeds. */
  references: string[];
  /** Its stylesheets (`<link rel="stylesheet">`). */
  stylesheets: string[];
  /** Stylesheets and classic scripts in the head: what holds the first paint. */
  blocking: string[];
  /** External scripts (`<script src>`). */
  scripts: string[];
  /** The text of scripts written in the page (structured data left out). */
  inlineScripts: string[];
  /** Asks search engines not to index it. */
  noindex: boolean;
}

/** Reads one built page's facts. */
export function pageFacts(output: BuiltOutput, path: string): PageFacts {
  const html = readFileSync(pageFile(output.dir, path), 'utf8');
  const root = parse(html);
  const url = pageUrl(output, path);
  const attributes = (selector: string, name: string) => root.querySelectorAll(selector).map((e) => e.getAttribute(name) ?? '');
  const internal = (values: string[]) => internalPaths(output, url, values);
  const srcsets = attributes('img[srcset], source[srcset]', 'srcset').flatMap((set) =>
    set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  const alternates = new Map<string, string>();
  for (const link of root.querySelectorAll('link[rel="alternate"][hreflang]')) {
    const [target] = internal([link.getAttribute('href') ?? '']);
    const inOutput = target === undefined ? undefined : pagePath(output, target);
    if (inOutput !== undefined) alternates.set(link.getAttribute('hreflang')!, inOutput);
  }
  const scripts = attributes('script[src]', 'src');
  const stylesheets = attributes('link[rel="stylesheet"]', 'href');
  return {
    path,
    html,
    lang: root.querySelector('html')?.getAttribute('lang') ?? '',
    alternates,
    links: internal(attributes('a[href]', 'href')),
    references: internal([...attributes('a[href], link[href]', 'href'), ...attributes('img[src], script[src], source[src]', 'src'), ...srcsets]),
    stylesheets,
    blocking: [...stylesheets, ...attributes('head script[src]:not([type="module"]):not([async]):not([defer])', 'src')],
    scripts,
    inlineScripts: root.querySelectorAll('script:not([src]):not([type="application/ld+json"])').map((s) => s.text),
    noindex: root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') ?? false,
  };
}

/** Every HTML page of a built site but those under the `skipped` folders (page paths), read once. */
export function readerPages(output: BuiltOutput, skipped: readonly string[]): PageFacts[] {
  return htmlPages(output.dir)
    .filter((path) => !skipped.some((folder) => path.startsWith(folder)))
    .map((path) => pageFacts(output, path));
}
