import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one page declares in its head. */
export interface PageHead {
  /** Its language versions, from `<link rel="alternate" hreflang>` (x-default left out). */
  alternates: { lang: string; url: string }[];
  noindex: boolean;
  /** Its canonical URL, from `<link rel="canonical">`, if any. */
  canonical?: string;
  /** Its Content Security Policy, from the `<meta>`, if any. */
  csp?: string;
}

/** The built site as the final steps need it, read once. */
export interface BuiltSite {
  root: string;
  /** The folder Astro writes its assets to, relative to the root (`build.assets`, `_astro` by default). */
  assets: string;
  /** Every file, absolute. */
  files: string[];
  /** Each page's head, by its path relative to the root without `index.html` ("en/topics", "" for the home page, "404.html"). */
  pages: Map<string, PageHead>;
  /** Every file name under the assets folder that a page, stylesheet, script or feed mentions. */
  referenced: Set<string>;
}

const TEXT = new Set(['.html', '.css', '.js', '.xml', '.json', '.txt']);
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
/** Bytes that end an asset's name where a page, stylesheet or feed mentions it. */
const NAME_END = new Set([...`"'),?#<> \t\n\v\f\r`].map((c) => c.charCodeAt(0)));

/** Every file under a folder (none if it does not exist), absolute. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

/** A file's bytes, read into `into` (grown when too small); the buffer is reused from file to file. */
function readInto(file: string, into: { buffer: Buffer }): Buffer {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > into.buffer.length) into.buffer = Buffer.alloc(size * 2);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, into.buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return into.buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads every text file of a built site once: page heads, and the assets
 * they mention. Files are searched as bytes in one reused buffer, and only
 * heads and asset names become strings: a large site is hundreds of
 * megabytes of pages, which as strings would swell the build's memory at its
 * end, when the search index needs it most. `assets` is the folder Astro
 * writes its assets to (`build.assets`).
 */
export function scanBuiltSite(root: string, assets: string): BuiltSite {
  const asset = Buffer.from(`${assets}/`);
  const files = filesUnder(root);
  const pages = new Map<string, PageHead>();
  const referenced = new Set<string>();
  const reused = { buffer: Buffer.alloc(1 << 20) };
  for (const file of files) {
    if (!TEXT.has(extname(file))) continue;
    const bytes = readInto(file, reused);
    for (let at = bytes.indexOf(asset); at !== -1; at = bytes.indexOf(asset, at + 1)) {
      const start = at + asset.length;
      let end = start;
      while (end < bytes.length && !NAME_END.has(bytes[end]!)) end++;
      if (end > start) referenced.add(bytes.toString('utf8', start, end));
    }
    if (extname(file) !== '.html') continue;
    const headEnd = bytes.indexOf('</head>');
    const head = bytes.toString('utf8', 0, headEnd === -1 ? bytes.length : headEnd);
    pages.set(
      relative(root, file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, ''),
      {
        alternates: [...head.matchAll(ALTERNATE)].filter(([, lang]) => lang !== 'x-default').map(([, lang, url]) => ({ lang: lang!, url: url! })),
        noindex: /<meta name="robots" content="noindex/.test(head),
        ...(CANONICAL.test(head) ? { canonical: CANONICAL.exec(head)![1]! } : {}),
        ...(META_CSP.test(head) ? { csp: META_CSP.exec(head)![1]! } : {}),
      },
    );
  }
  return { root, assets, files, pages, referenced };
}

/**
 * Reads the built site once, when the build is done, for the steps after it
 * (sitemap, unused pictures, headers), which would otherwise each read every
 * page again. Put it before them; they call `site()`.
 */
export function builtSite(): { integration: AstroIntegration; site: () => BuiltSite } {
  let scanned: BuiltSite | undefined;
  let assets: string | undefined;
  return {
    integration: {
      name: 'newsletter:built-site',
      hooks: {
        'astro:config:done': ({ config }) => {
          assets = config.build.assets;
        },
        'astro:build:done': ({ dir }) => {
          if (assets === undefined) throw new Error('The built site was read before the config was resolved.');
          scanned = scanBuiltSite(fileURLToPath(dir), assets);
        },
      },
    },
    site: () => {
      if (!scanned) throw new Error('The built site was not read: put builtSite().integration before the steps that use it.');
      return scanned;
    },
  };
}
