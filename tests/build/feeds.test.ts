import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkContent } from '../../src/lib/content-check.ts';
import { builtSite, page, resolveSitePath } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';
const dir = builtSite('sample');
const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
const { articles } = checkContent('content');

function feed(path: string) {
  const xml = readFileSync(join(dir, path), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss.channel;
}

/** Every rss.xml under a folder, relative to it. */
function feedFiles(root: string, sub = ''): string[] {
  return readdirSync(join(root, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? feedFiles(root, join(sub, e.name)) : e.name === 'rss.xml' ? [join(sub, e.name)] : [],
  );
}

describe('RSS feeds', () => {
  it('every feed (language, topic, edition) is valid RSS with absolute links to pages that exist', () => {
    const files = feedFiles(dir);
    expect(files.length).toBe(2 + 2 * (8 + 3));
    for (const file of files) {
      const channel = feed(file);
      expect(channel.item.length, file).toBeGreaterThan(0);
      for (const item of channel.item) expect(resolveSitePath(dir, '/', new URL(item.link).pathname), file).toBeDefined();
    }
  });

  it.each(['en', 'es'] as const)('the %s feed lists that language’s newest stories with absolute links', (locale) => {
    const channel = feed(`${locale}/rss.xml`);
    const newest = articles
      .filter((a) => a.locale === locale)
      .sort((a, b) => b.data!.date.getTime() - a.data!.date.getTime())
      .map((a) => a.data!.title);
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(newest);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${SITE}/${locale}/`));
      expect(resolveSitePath(dir, '/', new URL(item.link).pathname)).toBeDefined();
    }
    expect(channel.language).toBe(locale === 'en' ? 'en-GB' : 'es');
  });

  it('each topic has a feed, announced in its page head', () => {
    const html = page(dir, '/es/temas/trabajo-infantil/');
    const href = html.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')!;
    expect(href).toBe(`${SITE}/es/temas/trabajo-infantil/rss.xml`);
    const channel = feed('es/temas/trabajo-infantil/rss.xml');
    const expected = articles.filter((a) => a.locale === 'es' && a.data!.topic.includes('child-labour')).length;
    expect(channel.item).toHaveLength(expected);
    expect(channel.item[0].category).toContain('Trabajo infantil');
  });
});
