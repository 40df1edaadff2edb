import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from './i18n/locales.ts';
import { articleSchema } from './schemas/article.ts';
import { termSchemas } from './schemas/vocabularies.ts';
import { contentDir } from './lib/content-dir.ts';
import { loadVocabularies, termCandidates, vocabularyFile, vocabularyTaxonomies } from './lib/vocabulary.ts';

const root = contentDir();
const { vocabularies } = loadVocabularies(root);
// Astro calls the schema function once per article: work out the candidates once.
const candidates = termCandidates(vocabularies);

/** Articles: content/articles/<locale>/*.md(x); ids are "<locale>/<file name>". */
const articles = defineCollection({
  loader: glob({
    pattern: `{${locales.join(',')}}/**/*.{md,mdx}`,
    base: `${join(root, 'articles')}/`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // Pages render from the compiled HTML; keeping the source too would make
    // the content store (bundled into the build) about 40% bigger.
    retainBody: false,
  }),
  schema: ({ image }) => articleSchema(candidates, image()),
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
      .map((t) => [t.field, defineCollection({ loader: file(join(root, vocabularyFile(t))), schema: termSchemas[t.terms.kind] })]),
  ),
};
