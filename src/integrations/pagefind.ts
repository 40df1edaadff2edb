import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { locales } from '../i18n/locales.ts';
import { backgroundStep } from './background-step.ts';
import { outputPath, sectionUrl } from '../lib/urls.ts';

/**
 * Builds the Pagefind search index at the end of `astro build`, with
 * Pagefind's Node API: one index per language (from `<html lang>`), holding
 * only what article pages mark with `data-pagefind-body`.
 *
 * Pagefind indexes in its own process, so the build's other last steps
 * (sitemap, headers, emails) can run meanwhile: put `start` before them and
 * `finish`, which waits for the index, after them.
 */
export function pagefindIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  async function index(site: string): Promise<string> {
    const started = performance.now();
    try {
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(errors.join('\n'));
      // Only article pages hold searchable text; the others need not be read.
      const articleFolders = locales.map((l) => outputPath(sectionUrl(l, 'articles')).replace(/\/$/, ''));
      const added = await index.addDirectory({ path: site, glob: `{${articleFolders.join(',')}}/**/*.html` });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
      const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
      if (written.errors.length) throw new Error(written.errors.join('\n'));
      return `Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`;
    } catch (cause) {
      throw new Error('Pagefind could not build the search index.', { cause });
    } finally {
      await close();
    }
  }

  return backgroundStep('newsletter:pagefind', ({ dir }) => index(fileURLToPath(dir)));
}
