import { newsletter, type Locale, type TaxonomyId } from '../../config/newsletter.ts';
import type { SectionSegments } from '../../config/declaration.ts';

/** A part of the site with its own localized path segment: one of the site's own sections, or a taxonomy. */
export type Section = keyof SectionSegments | TaxonomyId;

/**
 * Each language's path segment of each section, from the newsletter's
 * declaration. Every URL of the site is built from these by the functions
 * below: no page writes a path by hand.
 */
const segments = new Map(
  newsletter.languages.map((l) => [
    l.code,
    new Map<string, string>([...Object.entries(l.sections), ...newsletter.taxonomies.map((t) => [t.field, t.segment[l.code]!] as const)]),
  ]),
);

/** A section's path segment in a language ("temas"). */
export function sectionSegment(locale: Locale, section: Section): string {
  const segment = segments.get(locale)?.get(section);
  if (segment === undefined) throw new Error(`no ${locale} URL segment for '${section}'`);
  return segment;
}

/** The site's base path with exactly one slash at each end ("/", "/newsletter/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path the site is built with: Astro's `BASE_URL`, or `BASE` outside Astro. */
export function basePath(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return normalizeBase(env?.BASE_URL ?? process.env['BASE']);
}

/** A path under the base, from segments: `sitePath('en', 'topics')` → "/newsletter/en/topics/". */
export function sitePath(...segments: (string | number)[]): string {
  const path = segments.map((s) => encodeURIComponent(String(s))).join('/');
  return `${basePath()}${path ? `${path}/` : ''}`;
}

/**
 * Where a site path's file lives inside the output folder: the path without
 * the base, decoded ("/newsletter/en/articles/x/" → "en/articles/x/").
 */
export function outputPath(path: string, base = basePath()): string {
  if (!path.startsWith(base)) throw new Error(`${path} is not under the site's base path ${base}`);
  return decodeURIComponent(path.slice(base.length));
}

/** The web editor's page ("/newsletter/admin/"), under `base`. */
export function editorUrl(base = basePath()): string {
  return `${base}admin/`;
}

/**
 * The editor's page that opens a story's page on the site, by the story
 * file's language folder and name ("/newsletter/admin/view/es/mi-historia/"):
 * where the editor's "View on Live Site" link leads. Not encoded, so Sveltia
 * CMS's template tags (`{{locale}}`, `{{filename}}`) can stand for both.
 */
export function editorViewUrl(folder: string, fileName: string, base = basePath()): string {
  return `${editorUrl(base)}view/${folder}/${fileName}/`;
}

/** A language's home page. */
export function homeUrl(locale: Locale): string {
  return sitePath(locale);
}

/** A section's index page in a language ("/es/temas/"). */
export function sectionUrl(locale: Locale, section: Section): string {
  return sitePath(locale, sectionSegment(locale, section));
}

/** An article's page. */
export function articleUrl(locale: Locale, slug: string): string {
  return sitePath(locale, sectionSegment(locale, 'articles'), slug);
}

/** A page's social card image (1200×630 PNG), beside the page: `socialCardUrl(homeUrl('es'))` → "/es/og.png". */
export function socialCardUrl(pagePath: string): string {
  return `${pagePath}og.png`;
}

/** A term's page in a taxonomy, page 1 unless `page` > 1. */
export function termUrl(locale: Locale, taxonomy: TaxonomyId, termSlug: string, page = 1): string {
  return page > 1 ? sitePath(locale, sectionSegment(locale, taxonomy), termSlug, page) : sitePath(locale, sectionSegment(locale, taxonomy), termSlug);
}

/** An edition as one document to print or save as PDF: its intro, contents and every story in full. */
export function printUrl(locale: Locale, edition: TaxonomyId, editionSlug: string): string {
  return sitePath(locale, sectionSegment(locale, edition), editionSlug, sectionSegment(locale, 'print'));
}

/** The page a feed belongs to: a language's home, or a term's first page. */
function feedHome(locale: Locale, taxonomy?: TaxonomyId, termSlug?: string): string {
  return taxonomy && termSlug ? termUrl(locale, taxonomy, termSlug) : homeUrl(locale);
}

/** A language's RSS feed, or a term's when `taxonomy` and `termSlug` are given. */
export function feedUrl(locale: Locale, taxonomy?: TaxonomyId, termSlug?: string): string {
  return `${feedHome(locale, taxonomy, termSlug)}rss.xml`;
}

/** The JSON Feed beside each RSS feed (`feedUrl`): the same items, for readers and services that read JSON. */
export function jsonFeedUrl(locale: Locale, taxonomy?: TaxonomyId, termSlug?: string): string {
  return `${feedHome(locale, taxonomy, termSlug)}feed.json`;
}

/** The folder of the editions' emails and their pictures: files for a mailing tool, not pages of the site. */
export function emailsUrl(): string {
  return sitePath('email');
}

/** An edition's email in one language, as HTML or plain text (written by the build). */
export function emailUrl(edition: string, locale: Locale, format: 'html' | 'txt'): string {
  return `${emailsUrl()}${encodeURIComponent(edition)}/${locale}.${format}`;
}

/** A picture in the emails: a JPEG the build makes for them (see `emailPicture`), by its file name. */
export function emailPictureUrl(file: string): string {
  return `${emailsUrl()}pictures/${file}`;
}

/** The folder of a language's search index (Pagefind's bundle: `pagefind.js`, its index and fragments). */
export function searchIndexUrl(locale: Locale): string {
  return sitePath('pagefind', locale);
}

/** A language's web app manifest ("/es/manifest.webmanifest"): the installed app opens that language's home. */
export function manifestUrl(locale: Locale): string {
  return `${sitePath(locale)}manifest.webmanifest`;
}

/** One of the app icons made from the favicon (see `APP_ICONS`): "/icons/icon-192.png". */
export function appIconUrl(name: string): string {
  return `${sitePath('icons')}${name}.png`;
}

/**
 * The offline worker, at the root of the base ("/newsletter/sw.js") so that
 * its scope covers every language; and the few bytes that register it.
 */
export function offlineWorkerUrl(base = basePath()): string {
  return `${base}sw.js`;
}

/** The script every reading page loads (deferred) to register the offline worker. */
export function offlineLoaderUrl(base = basePath()): string {
  return `${base}offline.js`;
}

/** What the offline worker keeps, per language, as the build found it (JSON). */
export function offlineListUrl(base = basePath()): string {
  return `${base}offline.json`;
}

/** The page a reader gets offline when the page they asked for is not kept, in their language. */
export function offlinePageUrl(locale: Locale): string {
  return sitePath(locale, 'offline');
}

/** An absolute URL for a site path, for canonical links, feeds and social cards. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
