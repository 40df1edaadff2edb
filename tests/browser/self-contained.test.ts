import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtSite } from '../helpers/build.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';

const PAGES = [
  '/', '/en/', '/es/', '/en/articles/peru-coffee-network/', '/es/articulos/red-cafetalera-lonya-grande/', '/en/topics/', '/es/paises/',
  '/en/organizations/clac/', '/es/ediciones/2016-07/', '/en/search/?q=coffee&country=peru', '/es/buscar/?q=cafe', '/en/translations/', '/nowhere/',
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(builtSite('sample'));
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** Every URL a page asks for while it loads (and while search runs), and any CSP violation it reports. */
async function load(page: Page, path: string): Promise<{ requests: string[]; violations: string[] }> {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  if (path.includes('?q=')) await page.waitForSelector('[data-results] li');
  return { requests, violations };
}

describe('self-contained pages', () => {
  it('no page type asks any other origin for anything, and the CSP blocks nothing the site needs', async () => {
    const foreign: string[] = [];
    for (const path of PAGES) {
      const page = await browser.newPage();
      const { requests, violations } = await load(page, path);
      foreign.push(...requests.filter((u) => new URL(u).origin !== server.url && !u.startsWith('data:')).map((u) => `${path} → ${u}`));
      expect(violations, path).toEqual([]);
      await page.close();
    }
    expect(foreign).toEqual([]);
  });

  it('would notice a request to another host', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const { requests } = await load(page, '/en/');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="https://fonts.example.invalid/x.png" alt="">'));
    await page.waitForTimeout(200);
    expect(requests.some((u) => new URL(u).origin !== server.url)).toBe(true);
    await page.close();
  });

  it('the strict CSP really blocks an injected inline script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/`);
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
