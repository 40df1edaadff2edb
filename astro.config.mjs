// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { articleLinks } from './src/integrations/article-links.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { newsletter } from './src/newsletter.config.ts';

/** Articles as found by the content check, for resolving links between them. */
/** @type {import('./src/lib/content-check.ts').ArticleFile[]} */
let checkedArticles = [];

// SITE and BASE come from the environment so one build can be deployed at a
// domain root or under a sub-path such as /newsletter/.
export default defineConfig({
  site: process.env.SITE || newsletter.siteUrl,
  base: normalizeBase(process.env.BASE),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ mdastPlugins: [articleLinks(() => checkedArticles)] }),
  },
  integrations: [
    contentCheck(contentDir(), (articles) => {
      checkedArticles = articles;
    }),
    mdx(),
  ],
});
