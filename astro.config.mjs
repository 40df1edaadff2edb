// @ts-check
import { defineConfig } from 'astro/config';
import { newsletter } from './src/integrations/newsletter.ts';
import { normalizeBase } from './src/lib/site/urls.ts';
import { newsletter as declared } from './src/config/newsletter.ts';

// SITE and BASE come from the environment so one build can be deployed at a
// domain root or under a sub-path such as /newsletter/. CONTENT_DIR, OUT_DIR
// and CACHE_DIR let tests and the benchmark build other content side by side;
// NEWSLETTER_CONFIG names another newsletter's declaration (a test fixture's).
const base = normalizeBase(process.env.BASE);
const outDir = process.env.OUT_DIR || 'dist';
const site = process.env.SITE || declared.siteUrl;

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
  // Everything the newsletter adds (content check, MDX, search, cards, emails, sitemap, headers), in order.
  integrations: [newsletter({ site, base })],
});
