import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildContent } from '../lib/content/content-check.ts';
import { cardFile } from '../lib/media/social-card.ts';
import { checkCardFonts } from '../lib/media/card-layout.ts';
import { siteCards, type CardText } from '../lib/media/card-text.ts';
import { outputPath } from '../lib/site/urls.ts';
import { publish } from '../lib/cache/publish.ts';
import { articlesForLocale, publishedFromCheck, type Article } from '../lib/site/articles.ts';
import { termPages } from '../lib/site/routes.ts';
import { buildTaxonomies } from '../lib/site/taxonomy.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { runInWorker, type TaskQueue } from './worker.ts';

/**
 * Every page's social card (`og.png` beside the page: see `siteCards`). Cards
 * missing from the cache are drawn in worker threads (through `queue`) from
 * the end of the content check, while Astro syncs content and renders pages
 * on the main thread; when the build is done they are put into the output.
 */
export function socialCards(checked: () => BuildContent | undefined, cacheDir: string, queue: TaskQueue): AstroIntegration {
  let cards: { path: string; text: CardText }[] = [];
  let drawing: Promise<unknown> = Promise.resolve();
  return {
    name: 'newsletter:social-cards',
    hooks: {
      // As soon as the content check is done: Astro's content sync, next,
      // leaves most of a core free.
      'astro:config:done': () => {
        const content = checked();
        if (!content) throw new Error('The social cards need the content check, which did not run.');
        // The site model the pages see, from the checked content: published stories, their taxonomies and term pages.
        const articles: Article[] = publishedFromCheck(content.articles);
        const taxonomies = buildTaxonomies(
          content.vocabularies,
          articles.map((a) => a.data),
        );
        const listing = Object.fromEntries(locales.map((l) => [l, articlesForLocale(articles, l)])) as Record<Locale, Article[]>;
        const all = siteCards(articles, taxonomies, termPages(taxonomies, listing));
        cards = all.map((c) => ({ path: outputPath(c.src), text: c.text }));
        // Checked before any is drawn (a cached card was checked when it was drawn), so the build stops at once, naming every card at fault.
        const unmade = all.filter((c) => !existsSync(cardFile(c.text, cacheDir)));
        checkCardFonts(unmade);
        const missing = unmade.map((c) => c.text);
        // One thread fewer than the cores (the main thread syncs content and
        // renders pages meanwhile), none when every card is cached, one for a few dozen.
        const threads = Math.min(Math.max(1, availableParallelism() - 1), Math.ceil(missing.length / 50));
        drawing = queue(() =>
          Promise.all(
            Array.from({ length: threads }, (_, t) =>
              runInWorker(new URL('./social-cards-worker.ts', import.meta.url), { texts: missing.filter((_, i) => i % threads === t), cacheDir }),
            ),
          ),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await drawing;
        const waited = performance.now() - started;
        const out = fileURLToPath(dir);
        for (const card of cards) {
          const target = join(out, card.path);
          mkdirSync(dirname(target), { recursive: true });
          publish(cardFile(card.text, cacheDir), target);
        }
        logger.info(`Social cards: ${cards.length} (waited ${Math.round(waited)} ms for the last ones).`);
      },
    },
  };
}
