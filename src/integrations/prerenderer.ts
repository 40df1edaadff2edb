import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';

/** What an integration learns of the pages Astro generates, as it generates them. */
export interface PrerenderObserver {
  /** Every path Astro is about to generate (its pathnames, without the base path), once it knows them. */
  paths?(pathnames: readonly string[]): void;
  /**
   * A page Astro has just rendered: its pathname (as `paths` gives it) and
   * its response. Not called for the pages Astro copies from the previous
   * build instead (see `experimental.incrementalBuild`).
   */
  rendered?(pathname: string, response: Response): void | Promise<void>;
}

/** What the watch saw in one build. */
export interface PrerenderWatch {
  /** Every path Astro generated or copied, as `paths` gives them. */
  paths: string[];
  /** The ones of those Astro rendered (the others it copied from the last build). */
  rendered: string[];
}

/**
 * A page's path and the URL Astro renders it at, alike: without the base
 * path and without what the output format adds ("/404" is rendered at
 * "/newsletter/404.html", "/en/" at "/newsletter/en/").
 */
function pageKey(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  return path
    .replace(/\.html$/, '')
    .replace(/\/index$/, '')
    .replace(/\/+$/, '');
}

/**
 * Watches the pages Astro generates, for the integrations that act on a page
 * as soon as it is rendered (search indexing starts on a language once its
 * last article page is) and for the build report (which pages were rendered,
 * which copied from the last build).
 *
 * Astro has no hook per rendered page. Its public `setPrerenderer` (in
 * `astro:build:start`) replaces the object that renders pages; this keeps
 * Astro's own and only wraps two of its methods: `getStaticPaths` (to learn
 * every path) and `render` (called once per page actually rendered, not for
 * a page copied from the last build). The rest (setup, teardown…) is
 * inherited unchanged. This is the one place that relies on how Astro calls
 * its prerenderer; should Astro stop calling it, `astro:build:done` warns,
 * which fails the test of a clean build, and the build report says so.
 */
export function prerenderWatch(): { integration: AstroIntegration; observe(observer: PrerenderObserver): void; seen(): PrerenderWatch } {
  const observers: PrerenderObserver[] = [];
  const seen: PrerenderWatch = { paths: [], rendered: [] };
  let base = '/';
  /** Each path by its key (`pageKey`), to name a rendered URL as Astro named the path. */
  const byKey = new Map<string, string>();
  const watch = (astro: AstroPrerenderer): AstroPrerenderer =>
    Object.assign(Object.create(astro) as AstroPrerenderer, {
      async getStaticPaths() {
        const paths = await astro.getStaticPaths();
        const pathnames = paths.map((p) => p.pathname);
        seen.paths.push(...pathnames);
        for (const p of pathnames) byKey.set(pageKey(p, base), p);
        for (const o of observers) o.paths?.(pathnames);
        return paths;
      },
      async render(request, options) {
        const result = await astro.render(request, options);
        const url = new URL(request.url).pathname;
        const pathname = byKey.get(pageKey(url, base)) ?? url;
        seen.rendered.push(pathname);
        const response = result instanceof Response ? result : result.response;
        for (const o of observers) await o.rendered?.(pathname, response);
        return result;
      },
    } satisfies Partial<AstroPrerenderer>);
  const warnIfBlind = (logger: AstroIntegrationLogger, pages: readonly unknown[]) => {
    if (pages.length > 0 && seen.paths.length === 0) {
      logger.warn(
        'Astro generated pages without calling the prerenderer set by setPrerenderer: search indexing waited for the end of the build, and the build report lists no page as rendered.',
      );
    }
  };
  return {
    integration: {
      name: 'newsletter:prerender-watch',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
        'astro:build:start': ({ setPrerenderer }) => setPrerenderer(watch),
        'astro:build:done': ({ logger, pages }) => warnIfBlind(logger, pages),
      },
    },
    observe: (observer) => observers.push(observer),
    seen: () => seen,
  };
}
