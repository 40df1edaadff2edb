import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { isLocale, locales } from '../../i18n/locales.ts';
import type { ContentCheck } from '../content/content-check.ts';
import { escapeHtml } from '../site/html.ts';
import { editorUrl, emailsUrl, offlineLoaderUrl, outputPath, searchIndexUrl } from '../site/urls.ts';
import { pagePath, resolveSitePath, type BuiltOutput } from './built-output.ts';
import { expectedSite, type ExpectedSite } from './expected-site.ts';
import { readerPages, type PageFacts } from './page-facts.ts';
import { FIRST_ROUND_TRIP, OFFLINE_LOADER_BUDGET, pageWeigher, SEARCH_SCRIPT_BUDGET } from './page-weight.ts';
import { searchIndex } from './search-in-node.ts';
import { htmlErrors } from './valid-html.ts';

/** The invariants, each a promise about every page of any newsletter built with this generator. */
export const INVARIANTS = ['links', 'html', 'languages', 'reachable', 'search', 'budgets', 'drafts'] as const;

/** One invariant. */
export type Invariant = (typeof INVARIANTS)[number];

/** Something a built site breaks: the invariant, the page (or file) and what is wrong. */
export interface Violation {
  invariant: Invariant;
  /** The page's path in the output ("/es/temas/"), or the file. */
  where: string;
  message: string;
  /** A warning is shown and does not fail the site. */
  severity: 'error' | 'warning';
}

/** What verifying a site found, and how much it looked at. */
export interface Verification {
  violations: Violation[];
  pages: number;
  stories: number;
}

/** A site's own pages, read once, and what the content says they must hold. */
interface Subject {
  output: BuiltOutput;
  pages: Map<string, PageFacts>;
  expected: ExpectedSite;
}

type Check = (subject: Subject) => Violation[] | Promise<Violation[]>;

/** Every internal link, stylesheet, script and picture leads to a file of the site. */
const links: Check = ({ output, pages }) =>
  [...pages.values()].flatMap((page) =>
    [...new Set(page.references)]
      .filter((url) => !resolveSitePath(output.dir, output.base, url))
      .map((url) => ({ invariant: 'links', where: page.path, message: `${url} leads nowhere`, severity: 'error' }) as const),
  );

/** Every page is valid HTML (html-validate's recommended rules). */
const html: Check = async ({ pages }) => {
  const found: Violation[] = [];
  for (const page of pages.values())
    for (const message of await htmlErrors(page)) found.push({ invariant: 'html', where: page.path, message, severity: 'error' });
  return found;
};

/**
 * Every page is in a declared language, lists itself among its language
 * alternates, and each alternate it names exists, is in that language and
 * names it back.
 */
const languages: Check = ({ pages }) => {
  const found: Violation[] = [];
  const wrong = (where: string, message: string) => found.push({ invariant: 'languages', where, message, severity: 'error' });
  for (const page of pages.values()) {
    if (!isLocale(page.lang)) wrong(page.path, `<html lang="${page.lang}"> is not a declared language (${locales.join(', ')})`);
    if (page.alternates.size === 0) continue;
    if (page.alternates.get(page.lang) !== page.path && page.path !== '/')
      wrong(page.path, `its hreflang="${page.lang}" alternate is ${page.alternates.get(page.lang) ?? 'missing'}, not the page itself`);
    for (const [hreflang, target] of page.alternates) {
      if (hreflang === 'x-default' || hreflang === page.lang) continue;
      const other = pages.get(target);
      if (!other) wrong(page.path, `its hreflang="${hreflang}" alternate ${target} is not a page of the site`);
      else if (other.lang !== hreflang) wrong(page.path, `its hreflang="${hreflang}" alternate ${target} is in '${other.lang}'`);
      else if (page.path !== '/' && other.alternates.get(page.lang) !== page.path)
        wrong(page.path, `${target} does not name it back as its hreflang="${page.lang}" alternate`);
    }
  }
  return found;
};

/**
 * Every story a language lists (its own and the fallbacks it shows) is
 * reachable by links from that language's home, and is linked from each of
 * its term pages in that language (edition included), whichever page of the
 * listing it falls on.
 */
const reachable: Check = ({ output, pages, expected }) => {
  const found: Violation[] = [];
  // Where each page's links lead, as page paths, worked out once per page.
  const linked = new Map<string, Set<string>>();
  const linksOf = (path: string) => {
    let targets = linked.get(path);
    if (!targets) {
      targets = new Set((pages.get(path)?.links ?? []).map((url) => pagePath(output, url)).filter((p): p is string => p !== undefined));
      linked.set(path, targets);
    }
    return targets;
  };
  // Every story a term listing links to, over all its pages (the URL builder names page 2, 3…).
  const listed = new Map<string, Set<string>>();
  const listedOn = (first: string) => {
    let stories = listed.get(first);
    if (!stories) {
      stories = new Set(linksOf(first));
      const pageAt = expected.listingPage.get(first)!;
      for (let n = 2; pages.has(pageAt(n)); n++) for (const target of linksOf(pageAt(n))) stories.add(target);
      listed.set(first, stories);
    }
    return stories;
  };
  for (const { locale, home, stories } of expected.languages) {
    // Every page of the language reachable from its home, and every page they link to.
    const seen = new Set([home]);
    const queue = [home];
    while (queue.length) {
      for (const next of linksOf(queue.pop()!)) {
        if (seen.has(next)) continue;
        seen.add(next);
        if (next.startsWith(home)) queue.push(next);
      }
    }
    for (const story of stories) {
      if (!seen.has(story.page) || !pages.has(story.page))
        found.push({ invariant: 'reachable', where: story.page, message: `“${story.title}” cannot be reached by links from ${home}`, severity: 'error' });
      for (const first of story.termPages) {
        if (!listedOn(first).has(story.page))
          found.push({
            invariant: 'reachable',
            where: first,
            message: `does not list “${story.title}” (${story.page}), which its ${locale} listing should`,
            severity: 'error',
          });
      }
    }
  }
  return found;
};

/** The search of every language finds, among its first results, each story the language lists, by its title. */
const search: Check = async ({ output, expected }) => {
  const found: Violation[] = [];
  for (const { locale, search: searchPage, stories } of expected.languages) {
    if (stories.length === 0 && expected.drafts.length === 0) continue;
    const fail = (message: string) => found.push({ invariant: 'search', where: searchPage, message, severity: 'error' });
    let query: (q: string) => Promise<string[]>;
    try {
      query = await searchIndex(join(output.dir, outputPath(searchIndexUrl(locale))), output.base);
    } catch (error) {
      fail(`its search index cannot be loaded: ${(error as Error).message}`);
      continue;
    }
    const finds = async (title: string) => (await query(title)).map((url) => pagePath(output, url));
    for (const story of stories) if (!(await finds(story.title)).includes(story.page)) fail(`searching “${story.title}” does not find ${story.page}`);
    for (const draft of expected.drafts) {
      if ((await finds(draft.title)).includes(draft.page))
        found.push({ invariant: 'drafts', where: searchPage, message: `searching “${draft.title}” finds the draft ${draft.page}`, severity: 'error' });
    }
  }
  return found;
};

/**
 * Reading pages (stories and every listing) carry no JavaScript and one
 * render-blocking stylesheet, and what the site puts around a story's text
 * fits in the first round trip (14 KB gzip, HTML and CSS). A story's own text
 * is the editor's: a long one is a warning, not a failure. The language
 * chooser's redirect and the search page's script stay small.
 */
const budgets: Check = ({ output, pages, expected }) => {
  const found: Violation[] = [];
  const over = (where: string, message: string, severity: Violation['severity'] = 'error') => found.push({ invariant: 'budgets', where, message, severity });
  const weigh = pageWeigher(output);
  const searchPages = new Set(expected.languages.map((l) => l.search));
  const storyPages = new Set(expected.languages.flatMap((l) => l.stories.map((s) => s.page)));
  const loader = offlineLoaderUrl(output.base);
  const loaderFile = resolveSitePath(output.dir, output.base, loader);
  if (loaderFile && statSync(loaderFile).size >= OFFLINE_LOADER_BUDGET)
    over(loader, `is ${statSync(loaderFile).size} bytes; the offline loader should stay under ${OFFLINE_LOADER_BUDGET}`);
  for (const page of pages.values()) {
    if (!expected.languages.some((l) => page.path.startsWith(l.home))) continue;
    const weight = weigh(page);
    if (searchPages.has(page.path)) {
      if (weight.js > SEARCH_SCRIPT_BUDGET) over(page.path, `loads ${weight.js} bytes of JavaScript (gzip) before a query, over ${SEARCH_SCRIPT_BUDGET}`);
      continue;
    }
    // The editors' report of translations is a page for editors, not readers.
    if (page.noindex) continue;
    // The offline worker's loader, deferred, is the one script a reading page may load.
    const reading = weigh({ ...page, scripts: page.scripts.filter((url) => new URL(url, 'http://x/').pathname !== loader) });
    if (reading.js > 0) over(page.path, `loads ${reading.js} bytes of JavaScript (gzip); reading pages carry none but the offline loader`);
    if (page.blocking.length !== 1) over(page.path, `has ${page.blocking.length} render-blocking stylesheets or scripts, not 1`);
    const total = weight.html + weight.css;
    if (total <= FIRST_ROUND_TRIP) continue;
    if (storyPages.has(page.path)) {
      const root = parse(page.html);
      for (const text of root.querySelectorAll('.prose')) text.set_content('');
      const frame = weigh({ ...page, html: root.toString() });
      if (frame.html + frame.css > FIRST_ROUND_TRIP)
        over(page.path, `is ${frame.html + frame.css} bytes (HTML + CSS, gzip) without its story's text, over ${FIRST_ROUND_TRIP}`);
      else
        over(
          page.path,
          `is ${total} bytes (HTML + CSS, gzip), over ${FIRST_ROUND_TRIP}: a long story; readers on slow connections wait a second round trip`,
          'warning',
        );
    } else over(page.path, `is ${total} bytes (HTML + CSS, gzip), over ${FIRST_ROUND_TRIP}`);
  }
  const chooser = pages.get('/');
  if (chooser && weigh(chooser).inlineJs >= 500)
    over('/', `carries ${weigh(chooser).inlineJs} bytes of inline script; the language chooser's redirect should stay under 500`);
  return found;
};

/** Text files a draft's title must not appear in: pages, feeds, sitemaps, emails. */
const TEXT_FILES = new Set(['.html', '.xml', '.txt', '.json']);

/** No draft has a page, and no page, feed, sitemap or email names one. */
const drafts: Check = ({ output, expected }) => {
  const found: Violation[] = [];
  if (expected.drafts.length === 0) return found;
  const published = new Set(expected.languages.flatMap((l) => l.stories.map((s) => s.title)));
  const titled = expected.drafts.filter((d) => !published.has(d.title));
  const files = readdirSync(output.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && TEXT_FILES.has(extname(e.name)));
  for (const draft of expected.drafts) {
    if (resolveSitePath(output.dir, '/', draft.page))
      found.push({ invariant: 'drafts', where: draft.page, message: `the draft ${draft.file} is published`, severity: 'error' });
  }
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const draft of titled) {
      if (text.includes(escapeHtml(draft.title)) || text.includes(draft.title))
        found.push({
          invariant: 'drafts',
          where: `/${relative(output.dir, file)}`.replace(/(^|\/)index\.html$/, '$1'),
          message: `names the draft “${draft.title}” (${draft.file})`,
          severity: 'error',
        });
    }
  }
  return found;
};

const CHECKS: Record<Invariant, Check> = { links, html, languages, reachable, search, budgets, drafts };

/**
 * Verifies a built site against the content it was built from: the promises
 * every newsletter made with this generator keeps, whatever its content
 * (no counts, no names). Runs every invariant unless `only` names some.
 */
export async function verifySite(output: BuiltOutput, content: ContentCheck, only: readonly Invariant[] = INVARIANTS): Promise<Verification> {
  // The editions' emails are HTML for mail programs, and the web editor's page is the editors': neither is a reader's page.
  const skipped = [editorUrl(), emailsUrl()].map((url) => `/${outputPath(url)}`);
  const pages = new Map(readerPages(output, skipped).map((p) => [p.path, p]));
  const expected = expectedSite(content);
  const subject = { output, pages, expected };
  const violations: Violation[] = [];
  for (const invariant of only) violations.push(...(await CHECKS[invariant](subject)));
  return { violations, pages: pages.size, stories: new Set(expected.languages.flatMap((l) => l.stories.map((s) => s.page))).size };
}
