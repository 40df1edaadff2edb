import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewsletterDeclaration } from '../../src/config/declaration.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { loadYaml } from '../../src/lib/content/yaml-source.ts';
import { builtSite, htmlPages, page, resolveSitePath, siteOptions, type SiteName } from '../helpers/build.ts';
import sample from '../fixtures/sample/newsletter.config.ts';
import trilingual from '../fixtures/trilingual/newsletter.config.ts';

/*
 * Every list of terms a reader sees follows the reader's language: names in
 * that language's alphabetical order, and each term's address made from its
 * name in that language wherever the vocabulary gives one.
 */
const SITES: [SiteName, NewsletterDeclaration][] = [
  ['sample', sample as NewsletterDeclaration],
  ['trilingual', trilingual as NewsletterDeclaration],
];
/** The taxonomies each site lists by name (every one but the editions, which go newest first). */
const LISTED = ['topic', 'country', 'organization'];

const cases = SITES.flatMap(([site, declaration]) =>
  declaration.languages.map((language) => ({ site, declaration, lang: language.code, tag: language.tag ?? language.code })),
);
const segment = (declaration: NewsletterDeclaration, field: string, lang: string) => declaration.taxonomies.find((t) => t.field === field)!.segment[lang]!;
/** A link's own text: the term's name, without the count after it. */
const nameOf = (link: ReturnType<typeof page>) =>
  link.childNodes
    .filter((n) => !('classList' in n && (n as ReturnType<typeof page>).classList.contains('count')))
    .map((n) => n.text)
    .join('')
    .trim();

describe('term lists in the reader’s order', () => {
  it.each(cases)(
    '$site, $lang: topics, countries and organizations by name in $tag’s collation on their index, the home page and the search page',
    ({ site, declaration, lang, tag }) => {
      const dir = builtSite(site);
      const collator = new Intl.Collator(tag);
      const expectSorted = (names: string[], where: string) => {
        expect(names.length, where).toBeGreaterThan(0);
        expect(names, where).toEqual([...names].sort(collator.compare));
      };
      for (const field of LISTED) {
        const index = page(dir, `/${lang}/${segment(declaration, field, lang)}/`);
        // Organizations come grouped by country: the countries in order (those not given last), and the organizations of each.
        const headings = index.querySelectorAll('main section > h2:not(#group-unknown)').map((h) => h.text.trim());
        if (headings.length) expectSorted(headings, `${field} index groups`);
        for (const list of index.querySelectorAll('main ul.terms'))
          expectSorted(
            list.querySelectorAll(':scope > li > a').map((a) => a.text.trim()),
            `${field} index`,
          );
        const search = page(dir, `/${lang}/${declaration.languages.find((l) => l.code === lang)!.sections.search}/`);
        expectSorted(
          search.querySelectorAll(`fieldset[data-facet="${field}"] input`).map((input) => input.getAttribute('data-label')!),
          `${field} search filters`,
        );
      }
      const home = page(dir, `/${lang}/`);
      const blocks = home.querySelectorAll('section[aria-labelledby="browse"] ul.chips');
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expectSorted(block.querySelectorAll('a').map(nameOf), 'home');
    },
  );

  it('lists Spanish topics by their Spanish names, not in the order of their English ones', () => {
    const topics = page(builtSite('sample'), '/es/temas/')
      .querySelectorAll('main ul.terms > li > a')
      .map((a) => a.text.trim());
    expect(topics).toContain('Cambio climático');
    expect(topics.indexOf('Cambio climático')).toBeLessThan(topics.indexOf('Trabajo infantil'));
  });
});

/** A vocabulary as its file gives it: each term's name, acronym and slug, as text or one text per language. */
type Named = string | Record<string, string> | undefined;
type Entry = { name?: Named; acronym?: Named; slug?: Record<string, string> };
const textIn = (value: Named, lang: string) => (typeof value === 'string' ? value : value?.[lang]);

describe('term addresses in the page’s language', () => {
  const vocabularyCases = cases.flatMap((c) =>
    c.declaration.taxonomies.flatMap((t) =>
      t.terms !== 'countries' && t.terms.kind !== 'edition' ? [{ ...c, field: t.field, vocabulary: t.terms.vocabulary }] : [],
    ),
  );

  it.each(vocabularyCases)(
    '$site, $lang: each $field is at the slug of its $lang name where the vocabulary gives one, never at another language’s',
    ({ site, declaration, lang, field, vocabulary }) => {
      const dir = builtSite(site);
      const file = join(siteOptions(site).content, 'vocabularies', `${vocabulary}.yaml`);
      const terms = Object.entries(loadYaml(readFileSync(file, 'utf8')) as Record<string, Entry>);
      const languages = declaration.languages.map((l) => l.code);
      const section = join(dir, lang, segment(declaration, field, lang));
      const built = new Set(
        existsSync(section)
          ? readdirSync(section, { withFileTypes: true })
              .filter((e) => e.isDirectory())
              .map((e) => e.name)
          : [],
      );
      const carried = new Set(
        readdirSync(join(dir, declaration.defaultLanguage, segment(declaration, field, declaration.defaultLanguage)), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name),
      );
      let checked = 0;
      for (const [key, term] of terms) {
        const own = [term.slug?.[lang], textIn(term.acronym, lang), textIn(term.name, lang)].filter((s): s is string => !!s).map((s) => slugify(s));
        if (!textIn(term.name, lang)) continue;
        const foreign = languages
          .filter((other) => other !== lang)
          .flatMap((other) => [textIn(term.acronym, other), textIn(term.name, other)])
          .filter((s): s is string => !!s)
          .map((s) => slugify(s))
          .filter((s) => !own.includes(s));
        for (const slug of foreign) expect(built.has(slug), `${key}: /${lang}/…/${slug}/ is another language’s name`).toBe(false);
        // A term with a page in the default language has one here too, at one of its own slugs.
        const inDefault = [
          term.slug?.[declaration.defaultLanguage],
          textIn(term.acronym, declaration.defaultLanguage),
          textIn(term.name, declaration.defaultLanguage),
          key,
        ]
          .filter((s): s is string => !!s)
          .map((s) => slugify(s));
        if (inDefault.some((s) => carried.has(s))) {
          expect(
            own.some((s) => built.has(s)),
            `${key} has no page at ${own.join(' or ')} in ${lang}`,
          ).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it.each(cases)('$site, $lang: each country is at the slug of its name in that language', ({ site, declaration, lang }) => {
    const dir = builtSite(site);
    const countries = `/${lang}/${segment(declaration, 'country', lang)}/`;
    const pages = htmlPages(dir).filter((p) => p.startsWith(countries) && /^[^/]+\/$/.test(p.slice(countries.length)));
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) expect(path.slice(countries.length, -1)).toBe(slugify(page(dir, path).querySelector('h1')!.text.trim()));
  });

  it.each(SITES.map(([site]) => site))('%s: every link of every page leads to a page of the site: none kept a term’s former address', (site) => {
    const dir = builtSite(site);
    const base = siteOptions(site).base ?? '/';
    const broken = htmlPages(dir).flatMap((path) =>
      page(dir, path)
        .querySelectorAll('a[href^="/"]')
        .map((a) => a.getAttribute('href')!.split(/[?#]/)[0]!)
        .filter((href) => !resolveSitePath(dir, base, href))
        .map((href) => `${path} → ${href}`),
    );
    expect(broken).toEqual([]);
  });
});
