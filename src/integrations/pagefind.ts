import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { packageVersion } from '../lib/cache/cache-key.ts';
import { publishTree } from '../lib/cache/publish.ts';
import { outputPath, searchIndexUrl, sectionUrl, sitePath } from '../lib/site/urls.ts';
import { filesUnder } from './built-site.ts';
import type { prerenderWatch } from './prerenderer.ts';
import { startWorker, type RunningWorker } from './worker.ts';

/**
 * An `<aside>` that Pagefind is told to skip whole, content, filters and
 * metadata (`data-pagefind-ignore="all"`), with no other `<aside>` inside.
 * The notices that a translation is outdated or missing are such asides.
 */
const SKIPPED_ASIDE = /<aside\b[^>]*\sdata-pagefind-ignore="all"[^>]*>(?:(?!<aside\b)[\s\S])*?<\/aside>/g;

/**
 * A page as Pagefind reads it: all of it but the asides it skips whole. An
 * edited English story makes its Spanish translation's page say that it is
 * outdated; that alone leaves the Spanish index as it was. (An aside that
 * holds another is kept, which can only cost a reuse, never a stale index.)
 */
export function indexedText(html: string): string {
  return html.replace(SKIPPED_ASIDE, '');
}

/** A hash of everything Pagefind reads for one language: its article pages (paths and indexed text) and its own version. */
function pagesKey(site: string, files: readonly string[]): string {
  const hash = createHash('sha256').update(`pagefind ${packageVersion('pagefind')}\n`);
  // Latin-1 reads every byte as one character, untouched, and is the fastest to decode.
  for (const file of files) hash.update(`${relative(site, file)}\n`).update(indexedText(readFileSync(file, 'latin1')), 'latin1').update('\n');
  return hash.digest('base64url').slice(0, 32);
}

/** What was done for one language's index. */
export interface LanguageReport {
  pages: number;
  /** Whether the index was the one kept from an earlier build. */
  reused: boolean;
}

/** How one language was indexed in a build. */
export interface LanguageIndex extends LanguageReport {
  locale: Locale;
  /** Whether it was indexed while Astro still rendered other pages (as soon as its article pages were in the output). */
  early: boolean;
}

/** How the search index was made in a build: each language, and how long the end of the build waited for it. */
export interface SearchReport {
  languages: LanguageIndex[];
  waitedMs: number;
}

/** The build log's line on the search index ("Search index: en 10 pages (unchanged, reused), es …"). */
function searchReportLine(languages: readonly LanguageIndex[]): string {
  const language = (l: LanguageIndex) => `${l.locale} ${l.pages} pages${l.reused ? ' (unchanged, reused)' : l.early ? ' (indexed as soon as they were rendered)' : ''}`;
  return `Search index: ${languages.map(language).join(', ')}`;
}

/**
 * Indexes one language's article pages in the output, or takes the index
 * kept in `cacheDir` from a build whose article pages in that language were
 * byte for byte the same, but for what Pagefind skips (`indexedText`).
 */
export async function indexLanguage(site: string, cacheDir: string, locale: Locale): Promise<LanguageReport> {
  const folder = articleFolder(locale);
  const target = join(site, outputPath(searchIndexUrl(locale)));
  const files = filesUnder(join(site, folder)).filter((f) => f.endsWith('.html')).sort();
  const kept = join(cacheDir, locale);
  const cached = join(kept, pagesKey(site, files));
  // Whatever a build left there is replaced whole, never written through (its files may be links into the cache).
  rmSync(target, { recursive: true, force: true });
  if (existsSync(cached)) {
    publishTree(cached, target);
    return { pages: files.length, reused: true };
  }
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site, glob: `${folder}**/*.html` });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  // Pagefind holds one language at a time: freed before the next is read.
  await index.deleteIndex();
  // Kept for the next build; only this build's index, as older ones would only grow the cache.
  const partial = `${kept}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  publishTree(target, join(partial, basename(cached)));
  rmSync(kept, { recursive: true, force: true });
  renameSync(partial, kept);
  return { pages: files.length, reused: false };
}

/** A language's article folder in the output ("es/articulos/"). */
function articleFolder(locale: Locale): string {
  return outputPath(sectionUrl(locale, 'articles'));
}

/** The article page at one of Astro's pathnames (which leave out the base path), if it is one: its language and file in the output. */
function articlePage(pathname: string): { locale: Locale; path: string } | undefined {
  const folder = outputPath(sitePath(...pathname.split('/').filter(Boolean)));
  const locale = locales.find((l) => folder.startsWith(articleFolder(l)));
  return locale && { locale, path: `${folder}index.html` };
}

/** What the build tells the search worker (`pagefind-worker.ts`). */
export type SearchMessage =
  /** Astro has rendered every article page of a language in this build: their paths (relative to the output folder) and sizes in bytes. */
  | { kind: 'rendered'; locale: Locale; pages: [path: string, size: number][] }
  /** The build is done: finish every language. */
  | { kind: 'done' };

/**
 * Builds the search index with Pagefind's Node API: one bundle per language
 * (`searchIndexUrl`), holding only what article pages mark with
 * `data-pagefind-body`. A language whose article pages are unchanged since
 * the last build, but for what Pagefind skips, gets the index kept in
 * `cacheDir` instead.
 *
 * Pagefind runs in its own process, driven from a worker thread. The
 * integration watches the article pages rendered (`prerenderWatch`):
 * once a language's last one is in the output, Pagefind indexes it while
 * Astro renders the index pages on its main thread, a core being free by
 * then. A language whose pages Astro partly copied from its cache (instead
 * of rendering them) is indexed when the build is done.
 *
 * Put `start` before the build's other last steps (sitemap, headers), which
 * run while the index is finished, and `finish`, which waits for it, after them;
 * `finish` tells `done` how the index was made (for the build report).
 */
export function pagefindIndex(
  cacheDir: string,
  watch: Pick<ReturnType<typeof prerenderWatch>, 'observe'>,
  done: (report: SearchReport) => void,
): { start: AstroIntegration; finish: AstroIntegration } {
  let site = '';
  let search: RunningWorker<LanguageIndex[]> | undefined;
  const post = (message: SearchMessage) => {
    if (!search) {
      search = startWorker<LanguageIndex[]>(new URL('./pagefind-worker.ts', import.meta.url), { site, cacheDir });
      // Awaited in `finish`; a failure meanwhile is not unhandled.
      search.result.catch(() => {});
    }
    search.post(message);
  };
  /** Each language's article pages not rendered yet in this build. */
  const waiting = new Map<Locale, Set<string>>(locales.map((l) => [l, new Set()]));
  /** Each language's article pages rendered in this build, with their sizes. */
  const rendered = new Map<Locale, [path: string, size: number][]>(locales.map((l) => [l, []]));

  watch.observe({
    paths(pathnames) {
      for (const pathname of pathnames) {
        const page = articlePage(pathname);
        if (page) waiting.get(page.locale)!.add(page.path);
      }
    },
    async rendered(pathname, response) {
      const page = articlePage(pathname);
      const pending = page && waiting.get(page.locale);
      if (page && pending?.delete(page.path)) {
        rendered.get(page.locale)!.push([page.path, (await response.clone().arrayBuffer()).byteLength]);
        if (pending.size === 0) post({ kind: 'rendered', locale: page.locale, pages: rendered.get(page.locale)! });
      }
    },
  });

  return {
    start: {
      name: 'newsletter:pagefind',
      hooks: {
        'astro:config:done': ({ config }) => {
          site = fileURLToPath(config.outDir);
        },
        'astro:build:done': () => post({ kind: 'done' }),
      },
    },
    finish: {
      name: 'newsletter:pagefind-finish',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!search) throw new Error('newsletter:pagefind was never started: put its start integration before its finish.');
          const started = performance.now();
          const languages = await search.result;
          const report = { languages, waitedMs: Math.round(performance.now() - started) };
          logger.info(`${searchReportLine(languages)}; the build waited ${report.waitedMs} ms for it.`);
          done(report);
        },
      },
    },
  };
}
