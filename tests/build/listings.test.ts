import { describe, expect, it } from 'vitest';
import { newsletter } from '../../src/config/newsletter.ts';
import { locales } from '../../src/i18n/locales.ts';
import { homeUrl, outputPath, sectionUrl, termUrl } from '../../src/lib/site/urls.ts';
import { builtSite, htmlPages, page } from '../helpers/build.ts';

const sample = builtSite('sample');
const fixture = builtSite('fixture');
/** The term pages under a taxonomy's index (not the index, nor an edition's printable copy). */
const taxonomyPages = (index: string) => htmlPages(sample).filter((p) => p.startsWith(index) && /^[^/]+\/$/.test(p.slice(index.length)));
const srcsets = (html: ReturnType<typeof page>, selector: string) =>
  html.querySelectorAll(`${selector} source, ${selector} img`).map((e) => e.getAttribute('srcset'));

describe('pictures in listings', () => {
  it.each(locales)('the %s home page leads with the latest edition’s first story, large, its picture loaded first', (locale) => {
    const home = page(sample, outputPath(homeUrl(locale)));
    const cards = home.querySelectorAll('.latest .card');
    expect(cards[0]!.classList.contains('lead-story')).toBe(true);
    expect(cards.slice(1).every((c) => !c.classList.contains('lead-story'))).toBe(true);
    const imgs = home.querySelectorAll('.cards img');
    expect(imgs[0]!.getAttribute('loading')).toBe('eager');
    expect(imgs[0]!.getAttribute('fetchpriority')).toBe('high');
    expect(imgs.slice(1).every((i) => i.getAttribute('loading') === 'lazy')).toBe(true);
    // The title beside each picture says it all: screen readers do not read the story twice.
    expect(imgs.every((i) => i.getAttribute('alt') === '' && Number(i.getAttribute('width')) > 0 && Number(i.getAttribute('height')) > 0)).toBe(true);
    expect(home.querySelectorAll('.card picture source[type="image/avif"]').length).toBe(imgs.length);
  });

  it('a card’s picture is the same files as the article’s hero: the build makes each once', () => {
    const home = page(sample, outputPath(homeUrl('en')));
    const first = home.querySelector('.latest .card-title a')!.getAttribute('href')!;
    const article = page(sample, outputPath(first));
    expect(srcsets(home, '.lead-story.card')).toEqual(srcsets(article, 'figure.hero'));
  });

  it('a story without a picture gets a card without one: no empty box', () => {
    const edition = page(fixture, outputPath(termUrl('en', 'edition', '2016-02')));
    const cards = edition.querySelectorAll('.card');
    const bare = cards.filter((c) => !c.classList.contains('pictured'));
    const pictured = cards.filter((c) => c.classList.contains('pictured'));
    expect(bare.length).toBeGreaterThan(0);
    expect(pictured.length).toBeGreaterThan(0);
    for (const card of bare) expect(card.querySelector('picture, img')).toBeNull();
    for (const card of pictured) expect(card.querySelector('picture img')).not.toBeNull();
  });

  it('only edition pages lead with a story; other term pages list cards alike', () => {
    const indexes = locales.flatMap((l) => newsletter.taxonomies.filter((t) => t.role !== 'edition').map((t) => sectionUrl(l, t.field)));
    const pages = htmlPages(sample).filter((p) => indexes.some((index) => p.startsWith(index) && p !== index));
    for (const index of indexes) expect(pages.filter((p) => p.startsWith(index)).length, index).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(3 * locales.length);
    for (const path of pages) expect(page(sample, path).querySelector('.lead-story'), path).toBeNull();
    const editions = locales.flatMap((l) => taxonomyPages(sectionUrl(l, 'edition')));
    expect(editions.length).toBeGreaterThan(0);
    for (const path of editions) expect(page(sample, path).querySelector('.lead-story'), path).not.toBeNull();
  });
});
