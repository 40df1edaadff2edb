import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { locales, type Locale } from '../i18n/locales.ts';
import { packageVersion } from '../lib/cache-key.ts';
import { publishTree } from '../lib/publish.ts';
import { outputPath, searchIndexUrl, sectionUrl } from '../lib/urls.ts';
import { backgroundStep } from './background-step.ts';
import { filesUnder } from './built-site.ts';
import { runInWorker } from './worker.ts';

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

/**
 * Indexes one language's article pages into `target`, or takes the index
 * kept in `cacheDir` from a build whose article pages in that language were
 * byte for byte the same, but for what Pagefind skips (`indexedText`).
 */
async function indexLanguage(site: string, locale: Locale, target: string, cacheDir: string): Promise<{ pages: number; reused: boolean }> {
  const folder = outputPath(sectionUrl(locale, 'articles'));
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

/**
 * Indexes every language, one after the other, so Pagefind's memory holds
 * one at a time; reports what it did. Run by `pagefind-worker.ts`.
 */
export async function indexSite(site: string, cacheDir: string): Promise<string> {
  const started = performance.now();
  const done: string[] = [];
  try {
    for (const locale of locales) {
      const { pages, reused } = await indexLanguage(site, locale, join(site, outputPath(searchIndexUrl(locale))), cacheDir);
      done.push(`${locale} ${pages} pages${reused ? ' (unchanged, reused)' : ''}`);
    }
  } catch (cause) {
    throw new Error('Pagefind could not build the search index.', { cause });
  } finally {
    await close();
  }
  return `Search index: ${done.join(', ')}, in ${Math.round(performance.now() - started)} ms.`;
}

/**
 * Builds the search index when `astro build` is done, with Pagefind's Node
 * API: one bundle per language (`searchIndexUrl`), holding only what article
 * pages mark with `data-pagefind-body`. A language whose article pages are
 * unchanged since the last build, but for what Pagefind skips (its index is
 * kept in `cacheDir`), is linked from there, not indexed again.
 *
 * Pagefind indexes in its own process, driven from a worker thread, so the
 * build's other last steps (sitemap, headers, emails) neither wait for it
 * nor hold it up: put `start` before them and `finish`, which waits for the
 * index, after them.
 */
export function pagefindIndex(cacheDir: string): { start: AstroIntegration; finish: AstroIntegration } {
  return backgroundStep('newsletter:pagefind', ({ dir }) =>
    runInWorker<string>(new URL('./pagefind-worker.ts', import.meta.url), { site: fileURLToPath(dir), cacheDir }),
  );
}
