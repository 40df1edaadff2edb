import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { getSite, type SiteArticle } from '../../../../lib/content.ts';
import { cacheDir } from '../../../../lib/content-dir.ts';
import { cardPng } from '../../../../lib/social-card.ts';
import { sections } from '../../../../lib/urls.ts';
import { newsletter } from '../../../../newsletter.config.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.articles.map((article) => ({
    params: { locale: article.locale, section: sections.articles[article.locale], slug: article.slug },
    props: { article },
  }));
}

/** An article's social card, in its language, cached by content. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: SiteArticle };
  const { taxonomies } = await getSite();
  const png = await cardPng(
    {
      title: article.data.title,
      subtitle: article.data.country.map((code) => taxonomies.country.term(code)!.name[article.locale]).join(' · '),
      brand: newsletter.name[article.locale],
    },
    join(cacheDir(), 'social-cards'),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
