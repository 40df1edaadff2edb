import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { declarationFile } from '../config/newsletter.ts';
import type { BuildContent } from '../lib/content/content-check.ts';
import { cacheDir, contentDir } from '../lib/content/content-dir.ts';
import { articleLinks } from './article-links.ts';
import { buildReport } from './build-report.ts';
import { builtSite } from './built-site.ts';
import { focusableCodeBlocks } from './code-blocks.ts';
import { contentCheck } from './content-check.ts';
import { editionEmails } from './emails.ts';
import { interruptedBuildGuard } from './interrupted-build.ts';
import { pagefindIndex } from './pagefind.ts';
import { prerenderWatch } from './prerenderer.ts';
import { offlineReading } from './offline-reading.ts';
import { pruneUnusedImages } from './prune-originals.ts';
import { securityHeaders } from './security-headers.ts';
import { alternatesFromPages } from './sitemap-alternates.ts';
import { socialCards } from './social-cards.ts';
import { taskQueue } from './worker.ts';
import { webEditor } from './web-editor.ts';
import { editorUrl } from '../lib/site/urls.ts';
import { EDITOR_POLICY } from '../lib/editor/admin-page.ts';

/** What `newsletter()` needs to know of the site it builds. */
export interface NewsletterOptions {
  /** The site's origin (absolute URLs in feeds, emails, sitemap). */
  site: string;
  /** The base path, with a slash at each end. */
  base: string;
}

/** Integrations a site's config may add itself (`astro add sitemap`), which newsletter() adds otherwise. */
export type SharedIntegration = '@astrojs/mdx' | '@astrojs/sitemap';

/** The shared integrations newsletter() adds: those the config has none of by name, so none runs twice (two sitemaps), as Starlight decides. */
export function absentIntegrations(integrations: readonly { name: string }[]): Set<SharedIntegration> {
  const shared: SharedIntegration[] = ['@astrojs/mdx', '@astrojs/sitemap'];
  return new Set(shared.filter((name) => !integrations.some((integration) => integration.name === name)));
}

/**
 * The whole newsletter as one integration: it adds its parts in the one
 * order that works, as Starlight does, so `astro.config.mjs` need not know
 * it. The content check comes first (the cards, the emails and the Markdown
 * links read what it found); the steps that read the built pages come after
 * the one that reads them; the interrupted-build guard wraps everything.
 * MDX and the sitemap are added only where the config lacks them.
 */
export function newsletter({ site, base }: NewsletterOptions): AstroIntegration {
  /** What the content check found when the build started (articles, for links between them; vocabularies, for cards and emails). */
  let checked: BuildContent | undefined;
  const watch = prerenderWatch();
  const report = buildReport(join(cacheDir(), 'build-report.json'), watch.seen);
  const search = pagefindIndex(join(cacheDir(), 'search'), () => checked, watch, report.search);
  const built = builtSite();
  const spareCores = taskQueue();
  const interrupted = interruptedBuildGuard();
  return {
    name: 'newsletter',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile, logger }) => {
        // A change to the declaration (languages, taxonomies, strings) restarts the dev server.
        addWatchFile(declarationFile());
        const absent = absentIntegrations(config.integrations);
        if (!absent.has('@astrojs/sitemap')) {
          logger.warn(
            "astro.config.mjs adds @astrojs/sitemap itself: the sitemap is made as it says, without the links between a story's languages (hreflang alternates) the newsletter's own sitemap has. Remove it from `integrations` to have them.",
          );
        }
        updateConfig({
          markdown: { processor: satteri({ hastPlugins: [articleLinks(() => checked?.articles ?? []), focusableCodeBlocks] }) },
          integrations: [
            // First and last: a build that did not finish leaves a mark, and the next one starts without the half-written cache.
            interrupted.start,
            contentCheck(contentDir(), (result) => {
              checked = result;
            }),
            ...(absent.has('@astrojs/mdx') ? [mdx()] : []),
            // Sees each page Astro renders, for search indexing and the build report.
            watch.integration,
            // Phase marks before the other build:done steps, so those are measured from there.
            report.start,
            // Search indexing (in Pagefind's own process) starts on a language once the article pages its index reads are rendered, and runs while the next steps do.
            search.start,
            // Drawn and written in worker threads, one after the other: the cards from the end of the content
            // check (while Astro syncs content), then the emails; put in the output when the build is done.
            socialCards(() => checked, join(cacheDir(), 'social-cards'), spareCores),
            editionEmails(() => checked, site, join(cacheDir(), 'emails'), spareCores),
            // Reads the built pages once for the next three steps.
            built.integration,
            ...(absent.has('@astrojs/sitemap') ? [sitemap({ serialize: alternatesFromPages(built.site, base) })] : []),
            pruneUnusedImages(built.site),
            // The offline worker keeps built pages: it hashes them for its build id.
            offlineReading(base, built.site),
            securityHeaders(base, built.site, [{ path: `${editorUrl(base)}*`, policy: EDITOR_POLICY }]),
            // After the steps that read the built pages: the editor is not one of them (no sitemap, no search, no budgets).
            webEditor(contentDir(), join(cacheDir(), 'web-editor'), () => checked),
            search.finish,
            report.finish,
            interrupted.finish,
          ],
        });
      },
    },
  };
}
