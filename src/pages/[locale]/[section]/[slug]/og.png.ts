import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { cacheKey } from '../../../../lib/cache-key.ts';
import { getSite } from '../../../../lib/content.ts';
import { cacheDir } from '../../../../lib/content-dir.ts';
import { cardPng, type CardText } from '../../../../lib/social-card.ts';
import { sections } from '../../../../lib/urls.ts';
import { newsletter } from '../../../../newsletter.config.ts';

export async function getStaticPaths() {
  const { articles, taxonomies } = await getSite();
  return articles.map((article) => {
    const text: CardText = {
      title: article.data.title,
      subtitle: article.data.country.map((code) => taxonomies.country.term(code)!.name[article.locale]).join(' · '),
      brand: newsletter.name[article.locale],
    };
    return {
      params: { locale: article.locale, section: sections.articles[article.locale], slug: article.slug },
      props: { text },
      cacheKey: cacheKey(text),
    };
  });
}

/** An article's social card, in its language, cached by content. */
export const GET: APIRoute = async ({ props }) => {
  const png = await cardPng((props as { text: CardText }).text, join(cacheDir(), 'social-cards'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
