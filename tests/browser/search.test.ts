import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import type { TermData } from '../../src/schemas/vocabularies.ts';
import { builtSite } from '../helpers/build.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const { articles } = checkContent(SAMPLE_CONTENT);
const spanish = articles.filter((a) => a.locale === 'es');
const topics = loadVocabularies(SAMPLE_CONTENT).vocabularies.get('topic')! as Map<string, TermData>;
/** A Spanish story's topic names, as its search result lists them. */
const topicNames = (slug: string) =>
  spanish
    .find((a) => a.slug === slug)!
    .data!.terms['topic']!.map((key) => topics.get(key)!.name['es']!.text)
    .join(' · ');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Result links on the page, once the status says the search finished. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return /found|encontrad|No story|Ninguna|Nenhuma/.test(status);
  });
  return page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function countOf(page: Page, facet: string, slug: string): Promise<number> {
  return Number(
    await page.locator(`input[name="${facet}"][value="${slug}"] + [data-count], input[name="${facet}"][value="${slug}"] ~ [data-count]`).textContent(),
  );
}

for (const base of ['/', '/newsletter/']) {
  describe(`search (base ${base})`, () => {
    let server: Awaited<ReturnType<typeof serve>>;
    let origin: string;
    beforeAll(async () => {
      server = await serve(builtSite(base === '/' ? 'sample' : 'sample-base'), base);
      origin = `${server.url}${base.slice(0, -1)}`;
    });
    afterAll(() => server?.server.close());

    it('starts without moving anything on a phone (facets folded), and shows the facets unfolded on a wide screen', async () => {
      const phone = await browser.newPage({ viewport: { width: 412, height: 823 } });
      await phone.goto(`${origin}/en/search/`);
      await phone.waitForLoadState('networkidle');
      /** The page's cumulative layout shift so far, as Lighthouse counts it. */
      const layoutShift = () =>
        phone.evaluate(
          () =>
            new Promise<number>((done) => {
              new PerformanceObserver((list) => done(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0))).observe({
                type: 'layout-shift',
                buffered: true,
              });
              setTimeout(() => done(0), 300);
            }),
        );
      expect(await layoutShift()).toBeLessThan(0.01);
      expect(await phone.locator('.facets > summary').isVisible()).toBe(true);
      expect(await phone.locator('[data-facet] input').first().isVisible()).toBe(false);
      // The measure would notice content pushed down after the page started.
      await phone.evaluate(() => document.querySelector('.search-layout')!.prepend(Object.assign(document.createElement('div'), { style: 'height: 300px' })));
      expect(await layoutShift()).toBeGreaterThan(0.05);
      await phone.close();

      const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await wide.goto(`${origin}/en/search/`);
      expect(await wide.locator('[data-facet] input').first().isVisible()).toBe(true);
      expect(await wide.locator('.facets > summary').isVisible()).toBe(false);
      await wide.close();
    });

    it('finds the Peru coffee story for "coffee" in English, and loads no index before the reader searches', async () => {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.goto(`${origin}/en/search/`);
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      await page.fill('#search-query', 'coffee');
      await page.press('#search-query', 'Enter');
      const links = await results(page);
      expect(links.slice(0, 10)).toContain(`${base}en/articles/peru-coffee-network/`);
      // Only the English bundle: a reader downloads the index of the page's language.
      expect(fetched.some((u) => u.includes(`${base}pagefind/en/pagefind.js`))).toBe(true);
      expect(fetched.filter((u) => u.includes(`${base}pagefind/es/`))).toEqual([]);
      await page.close();
    });

    it('finds the Spanish version for "cafe" typed without an accent, and no English page', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/es/buscar/?q=cafe`);
      const links = await results(page);
      expect(links).toContain(`${base}es/articulos/red-cafetalera-lonya-grande/`);
      expect(links.every((l) => l.startsWith(`${base}es/`))).toBe(true);
      // Beside its date, its country (`results: 'meta'`); under its summary, its topics (`results: 'tags'`), in Spanish.
      const card = page.locator('[data-results] li', { has: page.locator(`a[href$="/red-cafetalera-lonya-grande/"]`) });
      const lines = await card.locator('.card-meta').allTextContents();
      expect(lines[0]).toMatch(/ · Perú$/);
      expect(lines[1]).toBe(topicNames('red-cafetalera-lonya-grande'));
      for (const [q, slug] of [
        ['nino', 'red-cafetalera-lonya-grande'],
        ['Peru', 'red-cafetalera-lonya-grande'],
        ['cooperativa', 'gestion-financiera-colombia'],
      ]) {
        await page.goto(`${origin}/es/buscar/?q=${q}`);
        expect(await results(page), q).toContain(`${base}es/articulos/${slug}/`);
      }
      await page.close();
    });

    it('narrows by a country facet, widens with two topics, and shows counts equal to the results', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/es/buscar/`);
      await page.check('input[name="country"][value="el-salvador"]');
      const inSalvador = await results(page);
      const expectedSalvador = spanish.filter((a) => a.data!.terms['country']!.includes('SV')).length;
      expect(inSalvador).toHaveLength(expectedSalvador);
      expect(await countOf(page, 'country', 'el-salvador')).toBe(expectedSalvador);
      await page.uncheck('input[name="country"][value="el-salvador"]');
      await page.check('input[name="topic"][value="juventud"]');
      const youth = (await results(page)).length;
      expect(await countOf(page, 'topic', 'juventud')).toBe(youth);
      await page.check('input[name="topic"][value="gestion-financiera"]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length > n, youth);
      const both = await results(page);
      const expected = spanish.filter((a) => a.data!.terms['topic']!.some((t) => t === 'youth' || t === 'finance')).length;
      expect(both).toHaveLength(expected);
      expect(both.length).toBeGreaterThan(youth);
      await page.close();
    });

    it('links only to pages that exist, and restores the search from the URL after reload and Back', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/en/search/`);
      await page.fill('#search-query', 'workshop');
      await page.press('#search-query', 'Enter');
      const all = await results(page);
      expect(all.length).toBeGreaterThan(2);
      for (const link of all) expect((await page.request.get(`${server.url}${link}`)).status(), link).toBe(200);
      await page.check('input[name="country"][value="costa-rica"]');
      await page.waitForURL(/country=costa-rica/);
      const narrowed = await results(page);
      expect(narrowed.length).toBeLessThan(all.length);
      expect(new URL(page.url()).searchParams.get('q')).toBe('workshop');
      await page.reload();
      expect(await results(page)).toEqual(narrowed);
      expect(await page.isChecked('input[name="country"][value="costa-rica"]')).toBe(true);
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('country'));
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length === n, all.length);
      expect(await page.inputValue('#search-query')).toBe('workshop');
      expect(await page.isChecked('input[name="country"][value="costa-rica"]')).toBe(false);
      await page.close();
    });

    it('orders by date when asked', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/en/search/?q=workshop&sort=newest`);
      const links = await results(page);
      const dates = links.map((l) => articles.find((a) => l.endsWith(`/${a.slug}/`))!.data!.date.getTime());
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      await page.close();
    });
  });
}

describe('search without JavaScript', () => {
  it('says so and links to the topic and country indexes', async () => {
    const server = await serve(builtSite('sample'));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/es/buscar/`);
    const notice = page.locator('noscript p, .notice');
    await expect.poll(() => notice.first().textContent()).toContain('La búsqueda necesita JavaScript');
    const hrefs = await page.$$eval('.notice a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/es/temas/', '/es/paises/']);
    await context.close();
    server.server.close();
  });
});

describe('search in a language that shows stories of others (the three-language fixture)', () => {
  it('finds on /pt/busca/ every story /pt/ lists by its title, a borrowed one in its language with its badge', async () => {
    const server = await serve(builtSite('trilingual'));
    const page = await browser.newPage();
    await page.goto(`${server.url}/pt/`);
    const listed = await page.$$eval('main article.card', (cards) =>
      cards.map((card) => ({
        title: card.querySelector('.card-title a')!.textContent!,
        url: card.querySelector('.card-title a')!.getAttribute('href')!,
        lang: card.getAttribute('lang'),
        badge: card.querySelector('.lang-badge')?.textContent ?? null,
      })),
    );
    expect(listed.map((s) => s.lang).sort()).toEqual(['en', 'es', null]);
    for (const story of listed) {
      await page.goto(`${server.url}/pt/busca/?q=${encodeURIComponent(story.title)}`);
      expect(await results(page), story.title).toContain(story.url);
      const found = page.locator('[data-results] li', { has: page.locator(`a[href="${story.url}"]`) });
      // Marked as the home page's card marks it: the story's language on it, its name on a badge; the date line in Portuguese.
      expect(await found.getAttribute('lang'), story.title).toBe(story.lang);
      const badge = found.locator('.lang-badge');
      expect((await badge.count()) ? await badge.textContent() : null, story.title).toBe(story.badge);
      if (story.lang) expect(await found.locator('.card-meta').first().getAttribute('lang')).toBe('pt');
    }
    // A Portuguese facet finds a borrowed story, and counts it.
    await page.goto(`${server.url}/pt/busca/?topic=climate-change`);
    expect(await results(page)).toEqual(['/en/articles/climate-story/']);
    expect(await countOf(page, 'topic', 'climate-change')).toBe(1);
    // Its topic, named in English for want of a Portuguese name, says so.
    expect(await page.locator('[data-results] li .card-meta span[lang="en"]').allTextContents()).toContain('Climate change');
    await page.close();
    server.server.close();
  });
});

describe('search weight', () => {
  it('fetches at most 120 KB in all to show the first results (text gzipped, as static hosts send it)', async () => {
    const server = await serve(builtSite('sample'));
    const page = await browser.newPage();
    let bytes = 0;
    const urls: string[] = [];
    page.on('response', async (r) => {
      urls.push(r.url());
      const body = await r.body().catch(() => Buffer.alloc(0));
      const text = /text|javascript|json|svg|xml/.test(r.headers()['content-type'] ?? '');
      bytes += text ? gzipSync(body).length : body.length;
    });
    await page.goto(`${server.url}/es/buscar/?q=cafe`);
    await results(page);
    await page.waitForLoadState('networkidle');
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(120 * 1024);
    expect(urls.some((u) => u.includes('pagefind-worker'))).toBe(false);
    await page.close();
    server.server.close();
  });
});
