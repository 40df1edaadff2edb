import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { locales } from './i18n/locales.ts';
import { articleSchema } from './schemas/article.ts';
import { editionSchema, organizationSchema, productSchema, topicSchema } from './schemas/vocabularies.ts';
import { contentDir } from './lib/content-dir.ts';
import { loadVocabularies, termCandidates, vocabularyFiles } from './lib/vocabulary.ts';

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

/** Controlled vocabularies: content/vocabularies/*.yaml, one entry per term key. */
export const collections = {
  articles,
  topics: defineCollection({ loader: file(join(root, vocabularyFiles.topics.file)), schema: topicSchema }),
  organizations: defineCollection({ loader: file(join(root, vocabularyFiles.organizations.file)), schema: organizationSchema }),
  products: defineCollection({ loader: file(join(root, vocabularyFiles.products.file)), schema: productSchema }),
  editions: defineCollection({ loader: file(join(root, vocabularyFiles.editions.file)), schema: editionSchema }),
};
