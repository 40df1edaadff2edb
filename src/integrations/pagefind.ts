import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';
import { intlLocales, locales, type Locale } from '../i18n/locales.ts';
import { packageVersion } from '../lib/cache/cache-key.ts';
import { publishTree } from '../lib/cache/publish.ts';
import type { BuildContent } from '../lib/content/content-check.ts';
import { storyFilters } from '../lib/search/search-facets.ts';
import { articlesForLocale, publishedFromCheck } from '../lib/site/articles.ts';
import { escapeHtml } from '../lib/site/html.ts';
import { buildTaxonomies } from '../lib/site/taxonomy.ts';
import { articleUrl, outputPath, searchIndexUrl, sectionUrl, sitePath } from '../lib/site/urls.ts';
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

/** A story a language's index borrows from another language: one its pages list in that language, having none of its own (see `articlesForLocale`). */
export interface BorrowedPage {
  /** Its article page in the output ("es/articulos/taller-juvenil/index.html"). */
  path: string;
  /** The language it is written in. */
  lang: Locale;
  /** Its Pagefind filters in the borrowing language (`storyFilters`). */
  filters: Record<string, string[]>;
}

/** Each language's borrowed stories, from the content check: what its search must find besides its own. */
export function borrowedPages(content: BuildContent): Record<Locale, BorrowedPage[]> {
  const articles = publishedFromCheck(content.articles);
  const taxonomies = buildTaxonomies(
    content.vocabularies,
    articles.map((a) => a.data),
  );
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      articlesForLocale(articles, locale)
        .filter((a) => a.locale !== locale)
        .map((a) => ({ path: `${outputPath(articleUrl(a.locale, a.slug))}index.html`, lang: a.locale, filters: storyFilters(taxonomies, a.data, locale) })),
    ]),
  ) as Record<Locale, BorrowedPage[]>;
}

/** A `data-pagefind-filter` attribute, inside a tag (the text of a page never holds a bare `<`). */
const FILTER_ATTRIBUTE = /(<[a-zA-Z][^<>]*?)\sdata-pagefind-filter="[^"]*"/g;
/** The opening tag of the element Pagefind indexes. */
const BODY_TAG = /<[a-zA-Z][^<>]*\sdata-pagefind-body(?:[\s=][^<>]*)?>/;

/**
 * A borrowed story's page as a record of the borrowing language's index:
 * the filters its page marks, named in its own language, give way to the
 * borrowing language's (so that its search page's facets find and count
 * it), and it says which language it is written in (`lang` metadata, which
 * the search page shows as on a card). Its text is indexed as it is.
 */
export function borrowedRecord(html: string, page: BorrowedPage): string {
  const marks = [
    ...Object.entries(page.filters).flatMap(([id, names]) => names.map((name) => `<span data-pagefind-filter="${escapeHtml(id)}">${escapeHtml(name)}</span>`)),
    `<span data-pagefind-meta="lang">${page.lang}</span>`,
  ].join('');
  const own = html.replace(FILTER_ATTRIBUTE, '$1');
  if (!BODY_TAG.test(own)) throw new Error(`${page.path} has no element marked data-pagefind-body.`);
  return own.replace(BODY_TAG, (tag) => `${tag}<div hidden data-pagefind-ignore>${marks}</div>`);
}

/** A record Pagefind is given as HTML at a URL: a borrowed story's. */
interface HtmlRecord {
  url: string;
  content: string;
}

/**
 * A hash of everything Pagefind reads for one language: its article pages
 * (paths and indexed text), the records it borrows (the same, with their
 * filters), and Pagefind's version. A story that starts or stops being
 * borrowed, or a name of its terms that changes, changes it.
 */
function pagesKey(site: string, files: readonly string[], borrowed: readonly HtmlRecord[]): string {
  const hash = createHash('sha256').update(`pagefind ${packageVersion('pagefind')}\n`);
  // Latin-1 reads every byte as one character, untouched, and is the fastest to decode.
  for (const file of files)
    hash
      .update(`${relative(site, file)}\n`)
      .update(indexedText(readFileSync(file, 'latin1')), 'latin1')
      .update('\n');
  for (const record of borrowed) hash.update(`${record.url}\n`).update(indexedText(record.content)).update('\n');
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
  const language = (l: LanguageIndex) =>
    `${l.locale} ${l.pages} pages${l.reused ? ' (unchanged, reused)' : l.early ? ' (indexed as soon as they were rendered)' : ''}`;
  return `Search index: ${languages.map(language).join(', ')}`;
}

/**
 * Indexes one language's article pages in the output, and the stories it
 * borrows from other languages (`borrowedRecord`), or takes the index kept
 * in `cacheDir` from a build where all of those were byte for byte the same,
 * but for what Pagefind skips (`indexedText`).
 */
export async function indexLanguage(site: string, cacheDir: string, locale: Locale, borrowed: readonly BorrowedPage[]): Promise<LanguageReport> {
  const folder = articleFolder(locale);
  const target = join(site, outputPath(searchIndexUrl(locale)));
  const files = filesUnder(join(site, folder))
    .filter((f) => f.endsWith('.html'))
    .sort();
  // At the URL Pagefind gives a page it finds in a folder: its path from the output's root.
  const records = borrowed.map((page) => ({
    url: `/${page.path.replace(/index\.html$/, '')}`,
    content: borrowedRecord(readFileSync(join(site, page.path), 'utf8'), page),
  }));
  const pages = files.length + records.length;
  const kept = join(cacheDir, locale);
  const cached = join(kept, pagesKey(site, files, records));
  // Whatever a build left there is replaced whole, never written through (its files may be links into the cache).
  rmSync(target, { recursive: true, force: true });
  if (existsSync(cached)) {
    publishTree(cached, target);
    return { pages, reused: true };
  }
  // One language for all its records, the borrowed ones too (Pagefind would otherwise split them into indexes of their own languages, which this page's search never loads).
  const { index, errors } = await createIndex({ forceLanguage: new Intl.Locale(intlLocales[locale]!).language });
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site, glob: `${folder}**/*.html` });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  for (const record of records) {
    const file = await index.addHTMLFile(record);
    if (file.errors.length) throw new Error(file.errors.join('\n'));
  }
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
  return { pages, reused: false };
}

/** A language's article folder in the output ("es/articulos/"). */
function articleFolder(locale: Locale): string {
  return outputPath(sectionUrl(locale, 'articles'));
}

/** The article page at one of Astro's pathnames (which leave out the base path), if it is one: its language and file in the output. */
function articlePage(pathname: string): { locale: Locale; path: string } | undefined {
  const folder = outputPath(sitePath(...pathname.split('/').filter(Boolean)));
  const locale = locales.find((l) => folder.startsWith(articleFolder(l)));
  return locale === undefined ? undefined : { locale, path: `${folder}index.html` };
}

/** What the build tells the search worker (`pagefind-worker.ts`). */
export type SearchMessage =
  /** Astro has rendered every page a language's index reads (its article pages, and those it borrows) in this build: their paths (relative to the output folder) and sizes in bytes. */
  | { kind: 'rendered'; locale: Locale; pages: [path: string, size: number][] }
  /** The build is done: finish every language. */
  | { kind: 'done' };

/**
 * Builds the search index with Pagefind's Node API: one bundle per language
 * (`searchIndexUrl`), holding only what article pages mark with
 * `data-pagefind-body`: the language's own, and the stories it borrows
 * from others (`borrowedPages`, from the content check `checked` gives), so
 * that its search finds every story its pages list with one index to fetch.
 * A language whose pages are unchanged since the last build, but for what
 * Pagefind skips, gets the index kept in `cacheDir` instead.
 *
 * Pagefind runs in its own process, driven from a worker thread. The
 * integration watches the article pages rendered (`prerenderWatch`):
 * once the last one a language's index reads is in the output, Pagefind
 * indexes it while Astro renders the index pages on its main thread, a core
 * being free by then. A language some of whose pages Astro copied from its
 * cache (instead of rendering them) is indexed when the build is done.
 *
 * Put `start` before the build's other last steps (sitemap, headers), which
 * run while the index is finished, and `finish`, which waits for it, after them;
 * `finish` tells `done` how the index was made (for the build report).
 */
export function pagefindIndex(
  cacheDir: string,
  checked: () => BuildContent | undefined,
  watch: Pick<ReturnType<typeof prerenderWatch>, 'observe'>,
  done: (report: SearchReport) => void,
): { start: AstroIntegration; finish: AstroIntegration } {
  let site = '';
  let borrowed: Record<Locale, BorrowedPage[]> | undefined;
  let search: RunningWorker<LanguageIndex[]> | undefined;
  const post = (message: SearchMessage) => {
    if (!search) {
      search = startWorker<LanguageIndex[]>(new URL('./pagefind-worker.ts', import.meta.url), { site, cacheDir, borrowed });
      // Awaited in `finish`; a failure meanwhile is not unhandled.
      search.result.catch(() => {});
    }
    search.post(message);
  };
  /** The languages whose index borrows each page. */
  const borrowers = new Map<string, Locale[]>();
  /** Every page each language's index reads, and those of them not rendered yet in this build. */
  const read = new Map<Locale, string[]>(locales.map((l) => [l, []]));
  const waiting = new Map<Locale, Set<string>>(locales.map((l) => [l, new Set()]));
  /** The sizes of the pages rendered so far. */
  const sizes = new Map<string, number>();

  watch.observe({
    paths(pathnames) {
      for (const pathname of pathnames) {
        const page = articlePage(pathname);
        if (!page) continue;
        for (const locale of [page.locale, ...(borrowers.get(page.path) ?? [])]) {
          read.get(locale)!.push(page.path);
          waiting.get(locale)!.add(page.path);
        }
      }
    },
    async rendered(pathname, response) {
      const page = articlePage(pathname);
      const readers = page ? locales.filter((l) => waiting.get(l)!.has(page.path)) : [];
      if (!page || readers.length === 0) return;
      sizes.set(page.path, (await response.clone().arrayBuffer()).byteLength);
      for (const locale of readers) {
        const pending = waiting.get(locale)!;
        pending.delete(page.path);
        if (pending.size === 0) post({ kind: 'rendered', locale, pages: read.get(locale)!.map((path) => [path, sizes.get(path)!]) });
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
        'astro:build:start': () => {
          const content = checked();
          if (!content) throw new Error('The search index needs the content check, which did not run: put contentCheck before pagefindIndex.');
          borrowed = borrowedPages(content);
          for (const locale of locales) for (const page of borrowed[locale]!) borrowers.set(page.path, [...(borrowers.get(page.path) ?? []), locale]);
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
