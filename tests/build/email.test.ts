import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { checkContent } from '../../src/lib/content-check.ts';
import { builtSite, page, resolveSitePath } from '../helpers/build.ts';

const SITE = 'https://newsletter.example.org';
const { articles } = checkContent('content');

for (const [name, base] of [['sample', '/'], ['sample-base', '/newsletter/']] as const) {
  describe(`edition emails (${name})`, () => {
    const dir = builtSite(name);
    const editions = readdirSync(join(dir, 'email')).filter((e) => e !== 'pictures');

    it('exist for every edition and language, as HTML and text', () => {
      expect(editions.sort()).toEqual(['2014-10', '2016-02', '2016-07']);
      for (const e of editions) expect(readdirSync(join(dir, 'email', e)).sort()).toEqual(['en.html', 'en.txt', 'es.html', 'es.txt']);
    });

    it.each(['en', 'es'] as const)('%s HTML: no script, no stylesheet link, only absolute URLs, described pictures, 600 px at most, every story linked to a page that exists', (locale) => {
      for (const edition of editions) {
        const raw = readFileSync(join(dir, 'email', edition, `${locale}.html`), 'utf8');
        const html = parse(raw);
        expect(html.querySelectorAll('script')).toHaveLength(0);
        expect(html.querySelectorAll('link[rel="stylesheet"], link')).toHaveLength(0);
        expect(html.querySelector('html')!.getAttribute('lang')).toBe(locale);
        const urls = [...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!), ...html.querySelectorAll('img').map((i) => i.getAttribute('src')!)];
        for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
        for (const img of html.querySelectorAll('img')) {
          expect(img.getAttribute('alt')).toBeTruthy();
          expect(Number(img.getAttribute('width'))).toBeLessThanOrEqual(600);
          expect(resolveSitePath(dir, base, new URL(img.getAttribute('src')!).pathname), img.getAttribute('src')).toBeDefined();
        }
        const widths = [...raw.matchAll(/(?:width="(\d+)"|width:\s*(\d+)px)/g)].map((m) => Number(m[1] ?? m[2]));
        expect(Math.max(...widths)).toBeLessThanOrEqual(600);
        const stories = new Set(articles.filter((a) => a.data!.edition === edition).map((a) => a.data!.translationKey));
        const linked = new Set(
          html
            .querySelectorAll('a[href]')
            .map((a) => new URL(a.getAttribute('href')!))
            .filter((u) => u.origin === SITE && /\/(articles|articulos)\//.test(u.pathname))
            .map((u) => {
              expect(resolveSitePath(dir, base, u.pathname), u.href).toBeDefined();
              return articles.find((a) => u.pathname === `${base}${a.locale}/${a.locale === 'en' ? 'articles' : 'articulos'}/${a.slug}/`)!.data!.translationKey;
            }),
        );
        expect(linked).toEqual(stories);
      }
    });

    it('show each story’s own picture, described as on its page, as a JPEG as wide as the email', async () => {
      let shown = 0;
      for (const edition of editions) {
        for (const locale of ['en', 'es'] as const) {
          const html = parse(readFileSync(join(dir, 'email', edition, `${locale}.html`), 'utf8'));
          const pictures = html.querySelectorAll('img').filter((i) => new URL(i.getAttribute('src')!).pathname.startsWith(`${base}email/pictures/`));
          const described = articles.filter((a) => a.locale === locale && a.data!.edition === edition && a.data!.image).map((a) => a.data!.imageAlt);
          expect(pictures.map((i) => i.getAttribute('alt'))).toEqual(expect.arrayContaining(described));
          for (const img of pictures) {
            const file = resolveSitePath(dir, base, new URL(img.getAttribute('src')!).pathname);
            expect(file, img.getAttribute('src')!).toBeDefined();
            const { format, width } = await sharp(file).metadata();
            expect([format, width]).toEqual(['jpeg', 600]);
          }
          shown += pictures.length;
        }
      }
      expect(shown).toBeGreaterThan(0);
    });

    it('the text version holds every title and URL, with no line over 72 characters but URLs', () => {
      for (const edition of editions) {
        for (const locale of ['en', 'es'] as const) {
          const text = readFileSync(join(dir, 'email', edition, `${locale}.txt`), 'utf8');
          for (const line of text.split('\n')) if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(72);
          const flat = text.replace(/\n {3}/g, ' ');
          for (const a of articles.filter((x) => x.locale === locale && x.data!.edition === edition)) {
            expect(flat).toContain(a.data!.title);
            expect(text).toContain(`${SITE}${base}${locale}/${locale === 'en' ? 'articles' : 'articulos'}/${a.slug}/`);
          }
        }
      }
    });
  });
}

describe('emails and untranslated stories', () => {
  it('a story missing in the email’s language comes in the other one, marked', () => {
    const text = readFileSync(join(builtSite('fixture'), 'email/2016-07/es.txt'), 'utf8');
    expect(text).toContain('Climate story from El Salvador');
    expect(text).toContain('(En inglés)');
    expect(text).toContain('https://newsletter.example.org/en/articles/climate-story/');
  });

  it('the editors’ page links to every email', () => {
    const dir = builtSite('sample');
    const hrefs = page(dir, '/en/translations/').querySelectorAll('.email-links a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain('/email/2016-07/es.html');
    expect(hrefs).toContain('/email/2016-07/es.txt');
    for (const href of hrefs) expect(resolveSitePath(dir, '/', href), href).toBeDefined();
  });
});
