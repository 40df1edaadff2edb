import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { BuildReport } from '../../src/integrations/build-report.ts';
import { withLocale } from './locale.ts';
import { SAMPLE_CONFIG } from './fixtures.ts';
import { holdAstro } from './astro-lock.ts';

/** Where test builds go (ignored by git). */
export const OUTPUT = resolve(import.meta.dirname, '../.output');
const ASTRO = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/** Variables vitest sets that Vite and Astro would read as their own. */
const VITEST_ENV = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'TEST', 'BASE_URL']);

/** A site built by a test: its output folder, what the build printed and, when it succeeded, what it reported. */
export interface BuiltSite {
  outDir: string;
  status: number | null;
  log: string;
  report?: BuildReport;
}

/** How a test build is told what to build, where. */
export interface BuildOptions {
  content: string;
  /** Another newsletter's declaration (its languages, taxonomies, strings) than the frozen sample's (`SAMPLE_CONFIG`). */
  config?: string;
  base?: string;
  site?: string;
  /** A cache of another name, for builds of the same content. */
  cache?: string;
  /** Keep Astro's page-by-page log. */
  verbose?: boolean;
  /** The system locale to build under ("es_ES.UTF-8"), whatever the machine's: the language of the content's errors. */
  locale?: string;
}

/** The command line and environment of `astro build` for a test build named `name`. */
function buildCommand(name: string, options: BuildOptions) {
  const outDir = join(OUTPUT, name);
  const args = [ASTRO, 'build', ...(options.verbose ? [] : ['--silent'])];
  // Nothing of vitest's own environment (DEV, MODE, TEST, VITEST_*…) may leak into the build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITE') && !VITEST_ENV.has(k)));
  const env = {
    ...(options.locale ? withLocale(options.locale, inherited) : inherited),
    CONTENT_DIR: options.content,
    NEWSLETTER_CONFIG: options.config ?? SAMPLE_CONFIG,
    OUT_DIR: outDir,
    CACHE_DIR: cacheOf(options.cache ?? name),
    BASE: options.base ?? '/',
    SITE: options.site ?? 'https://newsletter.example.org',
    // No repository for the editor, whatever remote the checkout has (a clone of GitHub's in CI).
    EDITOR_REPO: '',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Plain text logs, also where CI=true would turn colours on.
    NO_COLOR: '1',
    // vitest sets NODE_ENV=test, under which Vite would build in development mode (drafts shown).
    NODE_ENV: 'production',
  };
  return { outDir, args, env, cwd: resolve(import.meta.dirname, '../..') };
}

/**
 * Builds the site from a content directory into `tests/.output/<name>`, with
 * its own cache (or a named one, for builds of the same content) so builds of
 * different content never share data. Runs on the
 * same Node as the tests (the pinned one under `npm test`).
 */
export function buildSite(name: string, options: BuildOptions): BuiltSite {
  const { outDir, args, env, cwd } = buildCommand(name, options);
  const done = holdAstro();
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' });
  done();
  const built: BuiltSite = { outDir, status: result.status, log: `${result.stdout}\n${result.stderr}` };
  return result.status === 0 ? { ...built, report: readReport(env.CACHE_DIR) } : built;
}

/**
 * Starts a verbose build as `buildSite` would and kills it (SIGKILL, with
 * every process it started, as an out-of-memory kill would) as soon as its
 * log matches `when`. Resolves with the log up to then; rejects if the build
 * ends first.
 */
export function killBuild(name: string, options: BuildOptions, when: RegExp): Promise<string> {
  const { args, env, cwd } = buildCommand(name, { ...options, verbose: true });
  const done = holdAstro();
  // Its own process group, so that the kill reaches Pagefind and the workers too.
  const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.once('exit', done);
  let log = '';
  return new Promise((killed, failed) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (when.test(log) && child.exitCode === null) {
        process.kill(-child.pid!, 'SIGKILL');
        child.once('exit', () => killed(log));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') failed(new Error(`the build ended (${code}) before its log matched ${when}:\n${log}`));
    });
  });
}

/** The report a build wrote in its cache folder (see `src/integrations/build-report.ts`). */
function readReport(cache: string): BuildReport {
  return JSON.parse(readFileSync(join(cache, 'build-report.json'), 'utf8')) as BuildReport;
}

/** The paths a build copied from the previous one instead of rendering them. */
export function reusedPages(report: BuildReport): string[] {
  const rendered = new Set(report.rendered);
  return report.paths.filter((p) => !rendered.has(p));
}

/** The cache folder `buildSite` gives a build of that name. */
export function cacheOf(name: string): string {
  return join(OUTPUT, '.cache', name);
}

// Search index files are named by their content hashes: a different index has other names.
const COMPARED = new Set(['.html', '.xml', '.txt', '', '.json', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);

/**
 * The pages, feeds, sitemap, emails, headers and search index files (with
 * `every`, all files: pictures, cards, styles too) that differ, or exist on
 * one side only, between two builds.
 */
export function differences(a: string, b: string, { every = false } = {}): string[] {
  const list = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && (every || COMPARED.has(extname(e.name))))
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .sort();
  const left = list(a);
  const right = list(b);
  const names = [...new Set([...left, ...right])];
  return names.filter((n) => !left.includes(n) || !right.includes(n) || !readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
}

/** The sites the global setup builds (see `tests/setup/build-sites.ts`). */
export type SiteName = 'sample' | 'sample-base' | 'fixture' | 'edge' | 'trilingual';

/** The output folder of a site built by the global setup. */
export function builtSite(name: SiteName): string {
  const dir = join(OUTPUT, name);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${name} was not built; run the tests through vitest's global setup`);
  return dir;
}

/** The log of a site built by the global setup. */
export function buildLog(name: SiteName): string {
  return readFileSync(`${builtSite(name)}.log`, 'utf8');
}

/** How the global setup built a site, its content a copy kept beside it. */
export function siteOptions(name: SiteName): BuildOptions {
  return JSON.parse(readFileSync(`${builtSite(name)}.options.json`, 'utf8')) as BuildOptions;
}

/** The report of a site built by the global setup (kept beside its log: two sites share a cache). */
export function siteReport(name: SiteName): BuildReport {
  return JSON.parse(readFileSync(`${builtSite(name)}.report.json`, 'utf8')) as BuildReport;
}

// How a built site is read: the same functions `npm run verify` reads it with.
export { htmlPages, readPage as page, resolveSitePath } from '../../src/lib/verify/built-output.ts';

/** Attributes whose words readers get (screen readers, tooltips, pictures not shown). */
const READ_ATTRIBUTES = ['title', 'alt', 'aria-label', 'aria-roledescription'];

/**
 * Each piece of text readers get from an element (a text node, or an
 * attribute they hear or see) with the language it is in: the nearest `lang`,
 * `inherited` above the root. Code and hidden text are left out.
 */
export function textsByLanguage(root: HTMLElement, inherited = ''): { lang: string; text: string }[] {
  const parts: { lang: string; text: string }[] = [];
  const visit = (el: HTMLElement, above: string) => {
    const lang = el.getAttribute?.('lang') || above;
    // Hidden text (search keywords in every language) is shown to nobody.
    if (el.hasAttribute?.('hidden')) return;
    for (const name of READ_ATTRIBUTES) {
      const value = el.getAttribute?.(name);
      if (value) parts.push({ lang, text: value });
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 3) parts.push({ lang, text: child.rawText });
      else if (child.nodeType === 1) {
        const tag = (child as HTMLElement).tagName;
        // Code (identifiers such as translation keys) is in no human language.
        if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'CODE') visit(child as HTMLElement, lang);
      }
    }
  };
  visit(root, inherited);
  return parts;
}

/** The text of an element as readers get it, without the parts written in another language (see `textsByLanguage`). */
export function textInLanguage(root: HTMLElement, lang: string): string {
  return textsByLanguage(root, lang)
    .filter((part) => part.lang === lang)
    .map((part) => part.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}
