import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import FeedStory from './FeedStory.astro';
import { feedBody, type FeedBody } from '../lib/site/feed-html.ts';
import type { SiteArticle } from '../lib/site/site.ts';

/**
 * Renders components outside a page: a feed is an endpoint, which cannot
 * render a component itself. One per build, with the MDX renderer (MDX
 * stories' components).
 */
let container: Promise<AstroContainer> | undefined;

/**
 * Each story's body for feeds, rendered once per build whatever number of
 * feeds carry it (a story is in its language's feed, its terms' feeds and
 * other languages' feeds while untranslated, each in two formats).
 */
const bodies = new Map<string, Promise<FeedBody>>();

/** A story's picture and text as feeds carry them (see `feedBody`), its links made absolute against `url`, its page. */
export function feedStory(article: SiteArticle, url: string): Promise<FeedBody> {
  let body = bodies.get(article.id);
  if (!body) {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    body = container.then((c) => c.renderToString(FeedStory, { props: { article } })).then((html) => feedBody(html, url));
    bodies.set(article.id, body);
  }
  return body;
}
