import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { cardImage, siteCards } from '../../src/lib/media/card-text.ts';
import { articlesForLocale, publishedFromCheck, type Article } from '../../src/lib/site/articles.ts';
import { termPages } from '../../src/lib/site/routes.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { newsletter } from '../../src/config/newsletter.ts';
import { FIXTURE_CONTENT } from '../helpers/content-fixture.ts';

describe('the social card of every page', () => {
  const content = checkContent(FIXTURE_CONTENT);
  const articles: Article[] = publishedFromCheck(content.articles);
  const taxonomies = buildTaxonomies(
    content.vocabularies,
    articles.map((a) => a.data),
  );
  const listing = Object.fromEntries(locales.map((l) => [l, articlesForLocale(articles, l)])) as Record<Locale, Article[]>;
  const pages = termPages(taxonomies, listing);
  const cards = siteCards(articles, taxonomies, pages);
  const at = (src: string) => cards.find((c) => c.src === src)?.text;

  it('exists once for each page people share: chooser, homes, indexes, terms and stories', () => {
    const srcs = cards.map((c) => c.src);
    expect(new Set(srcs).size).toBe(srcs.length);
    const termsWithPages = pages.filter((p) => p.page === 1).length;
    const indexes = taxonomies.list.filter((t) => t.settings.pages).length * locales.length;
    expect(cards).toHaveLength(1 + locales.length + indexes + termsWithPages + articles.length);
    expect(srcs).toContain('/og.png');
    expect(srcs).toContain('/en/og.png');
    expect(srcs).toContain('/es/og.png');
  });

  it('says what the page is: an edition its number and date, an organization its country, a story its terms', () => {
    expect(at('/en/editions/2016-02/og.png')).toEqual({ title: 'First edition', subtitle: 'Edition 1 · 15 February 2016', brand: newsletter.name.en });
    expect(at('/es/ediciones/2016-02/og.png')?.subtitle).toBe('Edición 1 · 15 de febrero de 2016');
    expect(at('/es/organizaciones/montana-azul/og.png')?.subtitle).toBe('Perú');
    expect(at('/en/og.png')).toEqual({ title: newsletter.tagline.en, subtitle: `Published by ${newsletter.publisher.name}`, brand: newsletter.name.en });
    expect(at('/og.png')?.title).toBe(locales.map((l) => newsletter.name[l]).join(' · '));
    const story = cards.find((c) => c.src.endsWith('/coffee-network/og.png'))!;
    expect(story.text.title).toBe('Coffee network in Peru');
  });

  it('describes its picture in the alternative text, without repeating the newsletter name', () => {
    const edition = cards.find((c) => c.src === '/en/editions/2016-02/og.png')!;
    expect(cardImage(edition)).toMatchObject({ src: edition.src, alt: 'First edition · Edition 1 · 15 February 2016', width: 1200, height: 630 });
  });
});
