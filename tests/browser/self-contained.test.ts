import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { articleUrl, homeUrl, sectionUrl, termUrl } from '../../src/lib/site/urls.ts';
import { browserSession } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const { articles, vocabularies } = checkContent(SAMPLE_CONTENT);
const taxonomies = buildTaxonomies(
  vocabularies,
  articles.map((a) => a.data!),
);

/** One page of each type, in every language. */
const PAGES = [
  '/',
  ...locales.flatMap((l) => [
    homeUrl(l),
    articleUrl(l, articles.find((a) => a.locale === l && a.data!.translationKey === 'peru-coffee-network')!.slug),
    sectionUrl(l, 'topic'),
    sectionUrl(l, 'country'),
    termUrl(l, 'organization', taxonomies.get('organization').term('clac')!.slug[l]!),
    termUrl(l, 'edition', '2016-07'),
    `${sectionUrl(l, 'search')}?q=${encodeURIComponent(taxonomies.get('product').term('coffee')!.name[l]!.text)}&country=${taxonomies.get('country').term('PE')!.slug[l]}`,
    sectionUrl(l, 'translations'),
  ]),
  '/nowhere/',
];

const session = browserSession({ name: 'sample' });

/** Every URL a page asks for while it loads (and while search runs), and any CSP violation it reports. */
async function load(page: Page, path: string): Promise<{ requests: string[]; violations: string[] }> {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
  if (path.includes('?q=')) await page.waitForSelector('[data-results] li');
  return { requests, violations };
}

describe('self-contained pages', () => {
  it('no page type asks any other origin for anything, and the CSP blocks nothing the site needs', async () => {
    const foreign: string[] = [];
    for (const path of PAGES) {
      const page = await session.browser.newPage();
      const { requests, violations } = await load(page, path);
      foreign.push(...requests.filter((u) => new URL(u).origin !== session.server.url && !u.startsWith('data:')).map((u) => `${path} → ${u}`));
      expect(violations, path).toEqual([]);
      await page.close();
    }
    expect(foreign).toEqual([]);
  });

  it('would notice a request to another host', async () => {
    const page = await session.browser.newPage({ bypassCSP: true });
    const { requests } = await load(page, '/en/');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="https://fonts.example.invalid/x.png" alt="">'));
    await page.waitForTimeout(200);
    expect(requests.some((u) => new URL(u).origin !== session.server.url)).toBe(true);
    await page.close();
  });

  it('the strict CSP really blocks an injected inline script', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/en/`);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
