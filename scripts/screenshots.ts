/**
 * `npm run screenshots`: pictures of the built site (`npm run build` first)
 * for the README, taken in headless Chromium (the browser tests' own, see
 * scripts/lib/chromium.ts) so they stay true when the design changes: each
 * language's home page, an article and the search page with results, on a
 * phone; the countries map and an edition's email on a wider screen. Writes
 * PNG files into `.github/screenshots/` (or `SCREENSHOTS_DIR`) and prints
 * their paths.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { locales } from '../src/i18n/locales.ts';
import { emailUrl, homeUrl, outputPath, sectionUrl } from '../src/lib/site/urls.ts';
import { builtOutput, firstArticle, projectRoot } from './lib/built-output.ts';
import { describeChromium, findChromium, HEADLESS_ARGS } from './lib/chromium.ts';
import { serve } from './lib/static-server.ts';
import { newsletter } from '../src/config/newsletter.ts';

const dist = builtOutput();
const out = resolve(process.env['SCREENSHOTS_DIR'] || join(projectRoot, '.github/screenshots'));

/** The newest edition with an email (emails are written per edition and language). */
function latestEdition(): string {
  const editions = readdirSync(join(dist, 'email'))
    .filter((name) => name !== 'pictures')
    .sort();
  if (!editions.length) throw new Error('the built site has no email');
  return editions.at(-1)!;
}

/** What to take: a file name, a site path, a screen width, and what to wait for. */
interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
  waitFor?: string;
}

/** A word to search for in a language: the first term the language's first article is filed under, which finds at least that story. */
function searchWord(locale: (typeof locales)[number]): string {
  const html = readFileSync(join(dist, outputPath(firstArticle(dist, locale)), 'index.html'), 'utf8');
  const term = /data-pagefind-filter="[^"]+">([^<]+)<\/a>/.exec(html)?.[1];
  if (!term) throw new Error(`the first ${locale} article is filed under no term`);
  return term;
}

const PHONE = { width: 390, height: 844 };
const SCREEN = { width: 1100, height: 800 };
const edition = latestEdition();
const shots: Shot[] = [
  ...locales.flatMap((l): Shot[] => [
    { name: `home-${l}`, path: homeUrl(l), ...PHONE },
    { name: `article-${l}`, path: firstArticle(dist, l), ...PHONE },
    { name: `search-${l}`, path: `${sectionUrl(l, 'search')}?q=${encodeURIComponent(searchWord(l))}`, ...PHONE, waitFor: '[data-results] li' },
  ]),
  { name: `map-${locales[0]}`, path: sectionUrl(locales[0]!, newsletter.taxonomies.find((t) => t.role === 'map')!.field), ...SCREEN, waitFor: '.country-map' },
  { name: `email-${locales.at(-1)}`, path: emailUrl(edition, locales.at(-1)!, 'html'), ...SCREEN },
];

const origin = new URL(process.env['SITE'] || newsletter.siteUrl).origin;
const browser = await findChromium();
console.error(describeChromium(browser));
const server = await serve(dist);
let chrome: Browser | undefined;
try {
  chrome = await chromium.launch({
    executablePath: browser.executablePath,
    args: HEADLESS_ARGS,
    env: { ...process.env, ...browser.env } as Record<string, string>,
  });
  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    const page = await chrome.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' });
    // Emails link their pictures by absolute URL, at the site's public origin: serve those from dist/ too.
    await page.route(`${origin}/**`, async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace(origin, server.url) }) }),
    );
    await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
    if (shot.waitFor) await page.waitForSelector(shot.waitFor);
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    await page.close();
    console.log(relative(process.cwd(), file));
  }
} finally {
  await chrome?.close();
  server.server.close();
}
