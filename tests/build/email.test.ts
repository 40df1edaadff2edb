import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { articleUrl, outputPath, sectionSegment } from '../../src/lib/site/urls.ts';
import { builtSite, page, resolveSitePath, textInLanguage } from '../helpers/build.ts';
import { foreignIn } from '../helpers/language.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';
import { en } from '../fixtures/trilingual/strings/en.ts';
import { es } from '../fixtures/trilingual/strings/es.ts';
import ptEmail from '../fixtures/trilingual/strings/pt/email.json' with { type: 'json' };

const SITE = 'https://newsletter.example.org';
const { articles } = checkContent(SAMPLE_CONTENT);
const editionOf = (a: (typeof articles)[number]) => a.data!.terms['edition']![0];
/** A story's page under a base path. */
const storyPath = (base: string, a: (typeof articles)[number]) => `${base}${outputPath(articleUrl(a.locale, a.slug))}`;

for (const [name, base] of [
  ['sample', '/'],
  ['sample-base', '/newsletter/'],
] as const) {
  describe(`edition emails (${name})`, () => {
    const dir = builtSite(name);
    const editions = readdirSync(join(dir, 'email')).filter((e) => e !== 'pictures');

    it('exist for every edition and language, as HTML and text', () => {
      expect(editions.sort()).toEqual(['2014-10', '2016-02', '2016-07']);
      for (const e of editions) expect(readdirSync(join(dir, 'email', e)).sort()).toEqual(locales.flatMap((l) => [`${l}.html`, `${l}.txt`]).sort());
    });

    it.each(locales)(
      '%s HTML: no script, no stylesheet link, only absolute URLs, described pictures, 600 px at most, every story linked to a page that exists',
      (locale) => {
        for (const edition of editions) {
          const raw = readFileSync(join(dir, 'email', edition, `${locale}.html`), 'utf8');
          const html = parse(raw);
          expect(html.querySelectorAll('script')).toHaveLength(0);
          expect(html.querySelectorAll('link[rel="stylesheet"], link')).toHaveLength(0);
          expect(html.querySelector('html')!.getAttribute('lang')).toBe(locale);
          const urls = [
            ...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
            ...html.querySelectorAll('img').map((i) => i.getAttribute('src')!),
          ];
          for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
          for (const img of html.querySelectorAll('img')) {
            expect(img.getAttribute('alt')).toBeTruthy();
            expect(Number(img.getAttribute('width'))).toBeLessThanOrEqual(600);
            expect(resolveSitePath(dir, base, new URL(img.getAttribute('src')!).pathname), img.getAttribute('src')).toBeDefined();
          }
          const widths = [...raw.matchAll(/(?:width="(\d+)"|width:\s*(\d+)px)/g)].map((m) => Number(m[1] ?? m[2]));
          expect(Math.max(...widths)).toBeLessThanOrEqual(600);
          const stories = new Set(articles.filter((a) => editionOf(a) === edition).map((a) => a.data!.translationKey));
          const linked = new Set(
            html
              .querySelectorAll('a[href]')
              .map((a) => new URL(a.getAttribute('href')!))
              .filter((u) => u.origin === SITE && locales.some((l) => u.pathname.startsWith(`${base}${l}/${sectionSegment(l, 'articles')}/`)))
              .map((u) => {
                expect(resolveSitePath(dir, base, u.pathname), u.href).toBeDefined();
                return articles.find((a) => u.pathname === storyPath(base, a))!.data!.translationKey;
              }),
          );
          expect(linked).toEqual(stories);
        }
      },
    );

    it('show each story’s own picture, described as on its page, as a JPEG as wide as the email', async () => {
      let shown = 0;
      for (const edition of editions) {
        for (const locale of locales) {
          const html = parse(readFileSync(join(dir, 'email', edition, `${locale}.html`), 'utf8'));
          const pictures = html.querySelectorAll('img').filter((i) => new URL(i.getAttribute('src')!).pathname.startsWith(`${base}email/pictures/`));
          const described = articles.filter((a) => a.locale === locale && editionOf(a) === edition && a.data!.image).map((a) => a.data!.imageAlt);
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
        for (const locale of locales) {
          const text = readFileSync(join(dir, 'email', edition, `${locale}.txt`), 'utf8');
          for (const line of text.split('\n')) if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(72);
          const flat = text.replace(/\n {3}/g, ' ');
          for (const a of articles.filter((x) => x.locale === locale && editionOf(x) === edition)) {
            expect(flat).toContain(a.data!.title);
            expect(text).toContain(`${SITE}${storyPath(base, a)}`);
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
    const hrefs = page(dir, '/en/translations/')
      .querySelectorAll('.email-links a')
      .map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain('/email/2016-07/es.html');
    expect(hrefs).toContain('/email/2016-07/es.txt');
    for (const href of hrefs) expect(resolveSitePath(dir, '/', href), href).toBeDefined();
  });
});

/**
 * A text email without the stories it marks as written in another language
 * ("(En inglés)"): their titles and summaries are in theirs, which plain text
 * cannot mark otherwise.
 */
function ownText(text: string, locale: Locale): string {
  const marks = locales.filter((l) => l !== locale).map((l) => `(${useTranslations(locale)('email:inLanguage', { language: l })})`);
  return text
    .split(/\n(?=\d+\. |-{20})/)
    .filter((block) => !marks.some((m) => block.includes(m)))
    .join('\n');
}

describe('emails speak their own language', () => {
  it.each(['sample', 'fixture', 'edge'] as const)(
    'every word of the HTML is in the email’s language or marked with its own, and of the text, in the email’s (%s)',
    (name) => {
      const dir = builtSite(name);
      const found: string[] = [];
      for (const edition of readdirSync(join(dir, 'email')).filter((e) => e !== 'pictures')) {
        for (const locale of locales) {
          const file = (format: string) => readFileSync(join(dir, 'email', edition, `${locale}.${format}`), 'utf8');
          const html = textInLanguage(parse(file('html')).querySelector('html')!, locale);
          for (const s of foreignIn(html, locale)) found.push(`${edition}/${locale}.html: "${s}"`);
          for (const s of foreignIn(ownText(file('txt'), locale), locale)) found.push(`${edition}/${locale}.txt: "${s}"`);
        }
      }
      expect(found).toEqual([]);
    },
  );

  it('MJML’s own words are translated: the Spanish email is a “correo” to screen readers', () => {
    const html = parse(readFileSync(join(builtSite('sample'), 'email/2016-07/es.html'), 'utf8'));
    expect(html.querySelector('[role="article"]')!.getAttribute('aria-roledescription')).toBe('correo');
  });

  it('names the other language as the email’s does, and marks a story in another language with it', () => {
    const dir = builtSite('fixture');
    expect(readFileSync(join(dir, 'email/2016-07/es.txt'), 'utf8')).toContain('Leer esta edición en inglés:');
    expect(readFileSync(join(dir, 'email/2016-07/en.txt'), 'utf8')).toContain('Read this edition in Spanish:');
    const html = parse(readFileSync(join(dir, 'email/2016-07/es.html'), 'utf8'));
    const title = html.querySelectorAll('a').find((a) => a.text === 'Climate story from El Salvador')!;
    expect([title.getAttribute('lang'), title.getAttribute('hreflang')]).toEqual(['en', 'en']);
    expect(html.querySelectorAll('img[lang="en"]').length).toBeGreaterThan(0);
  });
});

describe('emails and the sending service', () => {
  it.each([
    ['en', en.email],
    ['es', es.email],
    ['pt', ptEmail],
  ] as const)(
    'carry the declared service’s placeholders (listmonk), in the HTML footer and the text, named in the email’s language (trilingual, %s)',
    (locale, strings) => {
      const dir = builtSite('trilingual');
      const editions = readdirSync(join(dir, 'email')).filter((e) => e !== 'pictures');
      expect(editions.length).toBeGreaterThan(0);
      for (const edition of editions) {
        const links = parse(readFileSync(join(dir, 'email', edition, `${locale}.html`), 'utf8'))
          .querySelectorAll('a')
          .map((a) => [a.text, a.getAttribute('href')]);
        expect(links).toEqual(
          expect.arrayContaining([
            [strings.viewInBrowser, '{{ MessageURL }}'],
            [strings.unsubscribe, '{{ UnsubscribeURL }}'],
          ]),
        );
        const text = readFileSync(join(dir, 'email', edition, `${locale}.txt`), 'utf8');
        expect(text).toContain(`${strings.viewInBrowser}:\n{{ MessageURL }}\n`);
        expect(text).toContain(`${strings.unsubscribe}:\n{{ UnsubscribeURL }}\n`);
      }
    },
  );

  it('without one, the emails have no such link (sample)', () => {
    const dir = builtSite('sample');
    for (const format of ['html', 'txt']) expect(readFileSync(join(dir, `email/2016-07/es.${format}`), 'utf8')).not.toContain('Cancelar la suscripción');
  });
});
