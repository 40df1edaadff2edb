import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { builtSite, htmlPages, page } from '../helpers/build.ts';
import { HOSTILE_SUMMARY, HOSTILE_TITLE, LONG_TITLE } from '../helpers/generate-content.ts';

const edge = builtSite('edge');
const ARTICLE = '/en/articles/hostile/';

describe('text that tries to break out is written safely everywhere', () => {
  const raw = readFileSync(join(edge, ARTICLE, 'index.html'), 'utf8');
  const html = page(edge, ARTICLE);

  it('adds no element: the only scripts are the page’s own (its structured data, the offline loader)', () => {
    expect(html.querySelectorAll('script').map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).toEqual(['application/ld+json', '/offline.js']);
    expect(html.querySelectorAll('img')).toHaveLength(0);
    expect(html.querySelector('h1 b')).toBeNull();
    // Outside attribute values (where only a quote could end them, and quotes are escaped) no tag survives.
    const outsideAttributes = raw.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>window.__pwned');
    expect(outsideAttributes).not.toMatch(/<img src=x/i);
  });

  it('shows the text as written in the heading, <title>, meta description and Open Graph tags', () => {
    expect(html.querySelector('h1')!.text).toBe(HOSTILE_TITLE);
    expect(html.querySelector('title')!.text).toBe(`${HOSTILE_TITLE} · Fair Trade Voices`);
    expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(HOSTILE_SUMMARY);
    expect(html.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(HOSTILE_TITLE);
  });

  it('keeps JSON-LD intact and closed', () => {
    const block = html.querySelector('script[type="application/ld+json"]')!;
    expect(block.innerHTML).not.toMatch(/<\/script/i);
    const data = JSON.parse(block.text);
    expect(data.headline).toBe(HOSTILE_TITLE);
    expect(data.mentions[0].name).toBe('Org </script><script>window.__pwned=3</script> & "Co"');
  });

  it('escapes the organization’s name and description on its page', () => {
    // Its address is made from its name: follow the story's link to it.
    const link = html.querySelectorAll('a').find((a) => a.text.includes('Org </script>'))!;
    const orgPage = page(edge, new URL(link.getAttribute('href')!, 'https://newsletter.example.org').pathname);
    expect(orgPage.querySelector('h1')!.text).toContain('Org </script><script>window.__pwned=3</script> & "Co"');
    expect(orgPage.querySelector('.lead')!.text).toBe(`Described with <script>window.__pwned=4</script> & 'quotes' 🎉`);
    expect(orgPage.querySelectorAll('script').map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).toEqual(['application/ld+json', '/offline.js']);
    expect(JSON.parse(orgPage.querySelector('script[type="application/ld+json"]')!.text).description).toContain('<script>window.__pwned=4</script>');
  });

  it('writes valid RSS with the same text', () => {
    const channel = new XMLParser({ isArray: (n) => n === 'item' }).parse(readFileSync(join(edge, 'en/rss.xml'), 'utf8')).rss.channel;
    const item = channel.item.find((i: { link: string }) => i.link.endsWith(ARTICLE));
    expect(item.title).toBe(HOSTILE_TITLE);
    expect(readFileSync(join(edge, 'en/rss.xml'), 'utf8')).not.toContain('<script>');
    expect(item.description).toBe(HOSTILE_SUMMARY);
  });
});

describe('edge cases build and render', () => {
  it('a language with no article of its own still has its pages, listing the other language’s stories', () => {
    const home = page(edge, '/es/');
    expect(home.querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(home.querySelectorAll('.card[lang="en"]').length).toBeGreaterThan(0);
    expect(htmlPages(edge)).toContain('/es/temas/trabajo-infantil/');
  });

  it('an edition without articles breaks nothing and is not listed', () => {
    expect(page(edge, '/en/editions/').text).not.toContain('An empty edition');
    expect(htmlPages(edge).some((p) => p.includes('2017-01'))).toBe(false);
  });

  it('a 300-character title with emoji and right-to-left text renders whole, marked for bidirectional layout', () => {
    expect(LONG_TITLE).toHaveLength(300);
    const h1 = page(edge, '/en/articles/long-title/').querySelector('h1')!;
    expect(h1.text).toBe(LONG_TITLE);
    expect(h1.getAttribute('dir')).toBe('auto');
  });
});
