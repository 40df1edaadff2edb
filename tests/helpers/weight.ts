import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { resolveSitePath } from './build.ts';

/** What a page costs a reader before anything else: gzip bytes of its HTML, its stylesheets and its scripts. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Render-blocking requests: stylesheets and classic scripts in the head. */
  blocking: string[];
  /** Bytes of script written in the page itself. */
  inlineJs: number;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Weighs one built page (path relative to `dir`), following its stylesheets and scripts. */
export function pageWeight(dir: string, path: string, base = '/'): PageWeight {
  const file = path.endsWith('.html') ? join(dir, path) : join(dir, path, 'index.html');
  const raw = readFileSync(file, 'utf8');
  const html = parse(raw);
  const local = (url: string) => resolveSitePath(dir, base, new URL(url, 'http://x/').pathname);
  const css = html.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
  const scripts = html.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
  const inline = html.querySelectorAll('script:not([src]):not([type="application/ld+json"])');
  return {
    html: gzip(raw),
    css: css.reduce((n, href) => n + gzip(readFileSync(local(href)!)), 0),
    js: scripts.reduce((n, src) => n + gzip(readFileSync(local(src)!)), 0) + inline.reduce((n, s) => n + gzip(s.text), 0),
    blocking: [...css, ...html.querySelectorAll('head script[src]:not([type="module"]):not([async]):not([defer])').map((s) => s.getAttribute('src')!)],
    inlineJs: inline.reduce((n, s) => n + Buffer.byteLength(s.text), 0),
  };
}
