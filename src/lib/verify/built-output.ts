import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeBase, outputPath } from '../site/urls.ts';

/**
 * A built site as its invariants read it: the output folder, the base path
 * and origin it was built for. Pages are named by their path inside the
 * output, with a leading slash and without the base ("/en/topics/"), so that
 * a site built under /newsletter/ reads as one built at the root.
 */
export interface BuiltOutput {
  dir: string;
  /** The base path the site was built under ("/", "/newsletter/"). */
  base: string;
  /** The origin the site was built for (SITE): absolute links to it are internal. */
  site: string;
}

/** A built output folder, read for the base and origin it was built with. */
export function outputOf(dir: string, base = '/', site = 'https://newsletter.example.org'): BuiltOutput {
  return { dir, base: normalizeBase(base), site: new URL(site).origin };
}

/** Every HTML file of the output, as page paths ("/en/topics/", "/404.html"), sorted. */
export function htmlPages(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
  return walk(dir)
    .map((f) => `/${relative(dir, f).replace(/index\.html$/, '')}`)
    .sort();
}

/** The file of a page path ("/en/" → `<dir>/en/index.html`). */
export function pageFile(dir: string, path: string): string {
  return path.endsWith('.html') ? join(dir, path) : join(dir, path, 'index.html');
}

/** A built page, parsed. */
export function readPage(dir: string, path: string): HTMLElement {
  return parse(readFileSync(pageFile(dir, path), 'utf8'));
}

/** The page path a site URL path stands for, without its base ("/newsletter/en/" → "/en/"), or undefined outside the base. */
export function pagePath(output: BuiltOutput, pathname: string): string | undefined {
  if (!pathname.startsWith(output.base)) return undefined;
  return `/${outputPath(pathname, output.base)}`;
}

/**
 * The file a site URL path maps to, as a static host would serve it, or
 * undefined when nothing in the output answers it, or when the path leads
 * outside the output (`/..%2fsecret.txt`, or a link in it to a file elsewhere).
 */
export function resolveSitePath(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const root = resolve(dir);
  const candidate = resolve(root, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
  if (!candidate.startsWith(`${root}${sep}`) || !existsSync(candidate)) return undefined;
  // Where the file really is: a symbolic link in the output may lead out of it.
  if (!realpathSync(candidate).startsWith(`${realpathSync(root)}${sep}`)) return undefined;
  // A folder without its slash: hosts send readers on to its index page.
  if (statSync(candidate).isDirectory()) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  return candidate;
}

/**
 * The internal URL paths an attribute value names, resolved against the page
 * it is on: other origins, `mailto:` and fragments of the page itself are
 * left out, and so are the query and fragment of the rest.
 */
export function internalPaths(output: BuiltOutput, pageUrl: URL, values: readonly string[]): string[] {
  const paths: string[] = [];
  for (const value of values) {
    let url: URL;
    try {
      url = new URL(value, pageUrl);
    } catch {
      continue;
    }
    if (url.origin === output.site) paths.push(url.pathname);
  }
  return paths;
}

/** A page path's absolute URL on the site it was built for. */
export function pageUrl(output: BuiltOutput, path: string): URL {
  return new URL(`${output.base}${path.slice(1)}`, output.site);
}
