import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from './i18n/locales.ts';
import { articleSchema } from './schemas/article.ts';
import { termSchemas } from './schemas/vocabularies.ts';
import { cacheDir, contentDir } from './lib/content/content-dir.ts';
import { recordedLinkTargets } from './lib/content/link-targets.ts';
import { messageLanguage } from './lib/content/message-language.ts';
import { loadVocabularies, termCandidates, vocabularyFile, vocabularyTaxonomies } from './lib/content/vocabulary.ts';

const root = contentDir();
// The schemas' messages, where Astro reports them, are in the system locale's language, as the content check's are.
const language = messageLanguage();
const { vocabularies } = loadVocabularies(root);
// Astro calls the schema function once per article: work out the candidates once.
const candidates = termCandidates(vocabularies);

/**
 * Articles: content/articles/<locale>/*.md(x); ids are "<locale>/<file name>".
 * Astro keeps each article's HTML between builds until its file changes, but
 * a link in it is resolved to another article's URL: when a linked article's
 * URL changes (a new `slug`), the kept HTML would point to the old one. So
 * when the content check's link targets differ from the last build's, the
 * loader empties the collection's store first and every article is rendered
 * again; so it does when the content folder is another than the store's.
 */
function articlesLoader(): Loader {
  const files = glob({
    pattern: `{${locales.join(',')}}/**/*.{md,mdx}`,
    base: `${join(root, 'articles')}/`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // Pages render from the compiled HTML; keeping the source too would make
    // the content store (bundled into the build) about 40% bigger.
    retainBody: false,
  });
  return {
    name: 'newsletter-articles',
    load: async (context) => {
      // The dev server keeps its store in the project's .astro/ whatever the content folder: entries
      // kept from another folder's files of the same names and text would point to that folder's files.
      if (context.meta.get('content-root') !== root) {
        context.store.clear();
        context.meta.set('content-root', root);
      }
      const targets = recordedLinkTargets(cacheDir());
      if (targets !== undefined && context.meta.get('link-targets') !== targets) {
        context.store.clear();
        context.meta.set('link-targets', targets);
      }
      await files.load(context);
    },
  };
}

const articles = defineCollection({
  loader: articlesLoader(),
  schema: ({ image }) => articleSchema(candidates, language, image()),
});

/**
 * Articles, and one collection per vocabulary (named by its taxonomy's
 * field), one entry per term key. An optional taxonomy's missing file is no
 * collection: it has no terms.
 */
export const collections = {
  articles,
  ...Object.fromEntries(
    vocabularyTaxonomies
      .filter((t) => existsSync(join(root, vocabularyFile(t))))
      .map((t) => [t.field, defineCollection({ loader: file(join(root, vocabularyFile(t))), schema: termSchemas(language)[t.terms.kind] })]),
  ),
};
