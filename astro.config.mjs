// @ts-check
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { articleLinks } from './src/integrations/article-links.ts';
import { focusableCodeBlocks } from './src/integrations/code-blocks.ts';
import { builtSite } from './src/integrations/built-site.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { interruptedBuildGuard } from './src/integrations/interrupted-build.ts';
import { editionEmails } from './src/integrations/emails.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pruneUnusedImages } from './src/integrations/prune-originals.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { taskQueue } from './src/integrations/worker.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { alternatesFromPages } from './src/integrations/sitemap-alternates.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { cacheDir, contentDir } from './src/lib/content-dir.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { newsletter } from './src/config/newsletter.ts';

/**
 * What the content check found when the build started: articles (for
 * resolving links between them) and vocabularies (for the emails).
 */
/** @type {import('./src/lib/content-check.ts').BuildContent | undefined} */
let checked;

// SITE and BASE come from the environment so one build can be deployed at a
// domain root or under a sub-path such as /newsletter/. CONTENT_DIR, OUT_DIR
// and CACHE_DIR let tests and the benchmark build other content side by side.
const base = normalizeBase(process.env.BASE);
const outDir = process.env.OUT_DIR || 'dist';
const site = process.env.SITE || newsletter.siteUrl;
const search = pagefindIndex(join(cacheDir(), 'search'));
const built = builtSite();
const spareCores = taskQueue();
const interrupted = interruptedBuildGuard();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: process.env.CACHE_DIR || 'node_modules/.astro',
  trailingSlash: 'always',
  // Pages render two at a time: sharp (cards, pictures) works off the main thread.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  image: {
    // Markdown pictures get a srcset fitted to the text column.
    layout: 'constrained',
    breakpoints: [400, 700, 1000, 1344],
    // Sample illustrations are SVG files from the editors' own repository
    // (trusted input), rasterised to AVIF/WebP/JPEG by sharp.
    dangerouslyProcessSVG: true,
    // AVIF's default effort costs seconds a picture on a small CI machine for a
    // few percent of bytes; effort 2 keeps the files small and the build quick.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // A strict Content Security Policy in every page's <meta>, with hashes of
  // Astro's scripts and styles. 'wasm-unsafe-eval' lets Pagefind compile its
  // WebAssembly search engine; it allows no JavaScript eval.
  // Pages whose data (their `cacheKey`) and code are unchanged since the last
  // build in the same cacheDir are copied from it instead of rendered again.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: satteri({ mdastPlugins: [articleLinks(() => checked?.articles ?? [])], hastPlugins: [focusableCodeBlocks] }),
    // Shiki colours code with inline styles, which the CSP above refuses (and
    // Astro warns of). Editors rarely publish code: it comes plain, styled by
    // the site's stylesheet in both colour schemes. MDX follows this setting.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks MDX content's styles with a directive that Rolldown warns
        // it may not keep, on every build; Astro needs it only before bundling
        // (https://github.com/withastro/astro/issues/18087). Every other warning shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    // First and last: a build that did not finish leaves a mark, and the next
    // one starts without the half-written cache.
    interrupted.start,
    contentCheck(contentDir(), (result) => {
      checked = result;
    }),
    mdx(),
    // Timings before the other build:done steps, so those are measured from there.
    ...(process.env.BENCH_TIMINGS ? [buildTimings(process.env.BENCH_TIMINGS)] : []),
    // Search indexing (in Pagefind's own process) starts on a language once
    // its article pages are rendered, and runs while the next steps do.
    search.start,
    // Drawn and written in worker threads, one after the other: the cards from
    // the end of the content check (while Astro syncs content), then the
    // emails; put in the output when the build is done.
    socialCards(() => checked, join(cacheDir(), 'social-cards'), spareCores),
    editionEmails(() => checked, site, join(cacheDir(), 'emails'), spareCores),
    // Reads the built pages once for the next three steps.
    built.integration,
    sitemap({ serialize: alternatesFromPages(built.site, base) }),
    pruneUnusedImages(built.site),
    securityHeaders(base, built.site),
    search.finish,
    interrupted.finish,
  ],
});
