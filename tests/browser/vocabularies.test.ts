import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { articleUrl } from '../../src/lib/site/urls.ts';
import { browserSession } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const { articles } = checkContent(SAMPLE_CONTENT);
const withTopic = (locale: Locale, topic: string) =>
  articles
    .filter((a) => a.locale === locale && a.data!.terms['topic']!.includes(topic))
    .map((a) => articleUrl(locale, a.slug))
    .sort();

const session = browserSession({ name: 'sample' });

async function search(page: Page, path: string): Promise<string[]> {
  await page.goto(`${session.server.url}${path}`);
  await page.waitForFunction(() => /found|encontrad|No story|Ninguna/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return (await page.$$eval('[data-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
}

/** The excerpts of the results shown, as readers see them. */
const excerpts = (page: Page) => page.$$eval('[data-results] .card-summary', (list) => list.map((p) => p.textContent ?? ''));
/** Every name of every term in both languages: the keyword list a story is indexed with, which no excerpt may show. */
const keywordLists = /Child labour · Trabajo infantil|Trabajo infantil · |· Advocacy|· Incidencia/;

describe('search that understands both vocabularies', () => {
  it('shows the story’s own words around the match, or its summary when only its keywords matched, never the keyword list', async () => {
    const page = await session.browser.newPage();
    await search(page, '/en/search/?q=trabajo+infantil');
    const shown = await excerpts(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).not.toMatch(keywordLists);
    // Only the Spanish keywords matched on the English page: the summary stands in.
    const summaries = articles.filter((a) => a.locale === 'en' && a.data!.terms['topic']!.includes('child-labour')).map((a) => a.data!.summary);
    expect(shown.every((text) => summaries.includes(text))).toBe(true);

    await search(page, '/en/search/?q=workshop');
    const around = await page.$$eval('[data-results] .card-summary', (list) =>
      list.map((p) => ({ text: p.textContent ?? '', marks: [...p.querySelectorAll('mark')].map((m) => m.textContent) })),
    );
    expect(around.length).toBeGreaterThan(0);
    for (const { text, marks } of around) {
      expect(text).not.toMatch(keywordLists);
      expect(marks.length, text).toBeGreaterThan(0);
      expect(
        marks.every((m) => /^workshop/i.test(m ?? '')),
        JSON.stringify(marks),
      ).toBe(true);
    }
    await page.close();
  });

  it('finds the child-labour stories in English for "trabajo infantil", and offers the topic as a facet', async () => {
    const page = await session.browser.newPage();
    expect(await search(page, '/en/search/?q=trabajo+infantil')).toEqual(withTopic('en', 'child-labour'));
    const suggestion = page.locator('[data-suggestions] button');
    expect(await suggestion.allTextContents()).toEqual(['Topic: Child labour']);
    await suggestion.click();
    await page.waitForURL(/topic=child-labour/);
    await page.close();
  });

  it('finds their Spanish versions for "child labour" on the Spanish page', async () => {
    const page = await session.browser.newPage();
    expect(await search(page, '/es/buscar/?q=child+labour')).toEqual(withTopic('es', 'child-labour'));
    expect(await page.locator('[data-suggestions] button').allTextContents()).toEqual(['Tema: Trabajo infantil']);
    await page.close();
  });

  it('finds the ASOCOOMAG story by the organization’s full name in both languages, and by its acronym', async () => {
    const page = await session.browser.newPage();
    const story = { en: '/en/articles/asocoomag-community-climate-strategy/', es: '/es/articulos/estrategia-climatica-comunitaria-asocoomag/' };
    expect(await search(page, '/en/search/?q=Asociaci%C3%B3n+de+Cooperativas+del+Magdalena')).toContain(story.en);
    expect(await search(page, '/es/buscar/?q=Asociacion+de+Cooperativas+del+Magdalena')).toContain(story.es);
    expect(await search(page, '/es/buscar/?q=ASOCOOMAG')).toContain(story.es);
    await page.close();
  });
});
