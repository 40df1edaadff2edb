import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index at the end of `astro build`, with
 * Pagefind's Node API: one index per language (from `<html lang>`), holding
 * only what article pages mark with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'newsletter:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } catch (cause) {
          throw new Error('Pagefind could not build the search index.', { cause });
        } finally {
          await close();
        }
      },
    },
  };
}
