import { dirname, join, relative, resolve } from 'node:path';
import { newsletter, taxonomyKey } from '../../config/newsletter.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { ArticleFile } from './content-check.ts';
import { yamlValue } from './frontmatter-text.ts';
import { PLACEHOLDER } from './check-frontmatter.ts';
import { storySlug } from './slug.ts';
import { didYouMean } from './suggest.ts';
import { editionsOf, editionTaxonomy, type Vocabularies } from './vocabulary.ts';

/** What an editor asks `npm run new` for. */
export interface NewArticleRequest {
  /** The story's language, which the messages and the placeholders' hints are in too. */
  locale: Locale;
  title: string;
  /** The translationKey of the story this one translates. */
  translationOf?: string | undefined;
  /** An edition key; the newest edition by default. */
  edition?: string | undefined;
  /** Today, as YYYY-MM-DD: a new story's date (a translation takes the original's). */
  today: string;
}

/** The file to create, or why it cannot be created. */
export type NewArticle = { ok: true; path: string; text: string } | { ok: false; message: string };

/** The taxonomies other than the edition, in declared order: what a story is about. */
const classifiers = newsletter.taxonomies.filter((t) => t !== editionTaxonomy);

/** The words that go with a picture, which a translation writes in its own language. */
const PICTURE_TEXTS = ['imageAlt', 'imageCaption', 'imageCredit'] as const;

/** A picture's path as written in `from` (relative to that file), written for the file `to`. */
function imagePath(image: string, from: string, to: string): string {
  const path = relative(dirname(to), resolve(dirname(from), image));
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The path (under the content folder `root`) and text of a new article, with
 * full frontmatter and placeholders the checker flags until they are filled
 * in. A translation carries what every version of a story shares (date,
 * edition, terms, picture) and leaves its words to translate.
 * Pure: `exists` answers for the file system, and the script writes the file.
 */
export function newArticle(
  request: NewArticleRequest,
  root: string,
  articles: readonly ArticleFile[],
  vocabularies: Vocabularies,
  exists: (path: string) => boolean,
): NewArticle {
  const { locale: lang, title, today } = request;
  const t = useTranslations(lang);
  const slug = storySlug(title);
  if (!slug) return { ok: false, message: t('checker:noLetters') };
  const path = `articles/${lang}/${slug}.md`;
  if (exists(path)) return { ok: false, message: t('checker:fileExists', { path }) };

  const known = editionsOf(vocabularies);
  const editions = [...known].sort(([, a], [, b]) => b.date.getTime() - a.date.getTime());
  const edition = request.edition ?? editions[0]?.[0];
  if (!edition || !known.has(edition)) {
    const candidates = editions.map(([key]) => ({ key }));
    const value = request.edition ?? '';
    return { ok: false, message: t('checker:unknownTerm', { taxonomy: t(taxonomyKey(editionTaxonomy.field, 'inText')), value, suggestion: didYouMean(value, candidates, lang) }) };
  }

  let date = today;
  let fields: Record<string, string>;
  let bodyText: string;
  if (request.translationOf) {
    const key = request.translationOf;
    const sources = articles.filter((a) => a.data?.translationKey === key);
    if (sources.length === 0) {
      const keys = [...new Set(articles.flatMap((a) => (a.data ? [a.data.translationKey] : [])))].map((k) => ({ key: k }));
      return { ok: false, message: t('checker:unknownStory', { key, suggestion: didYouMean(key, keys, lang) }) };
    }
    if (sources.some((a) => a.locale === lang)) {
      return { ok: false, message: t('checker:alreadyTranslated', { key, language: lang, file: sources.find((a) => a.locale === lang)!.file }) };
    }
    const original = sources[0]!;
    const source = original.data!;
    date = source.date.toISOString().slice(0, 10);
    // The same terms and picture as the story it translates; the picture's words are the translator's to write.
    fields = {
      [editionTaxonomy.field]: yamlValue(request.edition ?? source.terms[editionTaxonomy.field]![0]!),
      translationKey: key,
      ...Object.fromEntries(
        classifiers
          .filter((t) => source.terms[t.field]!.length > 0)
          .map((t) => [t.field, yamlValue(t.multiple ? source.terms[t.field]! : source.terms[t.field]![0]!)]),
      ),
      // The checker's data holds the path as written.
      ...(typeof source.image === 'string' ? { image: yamlValue(imagePath(source.image, original.file, join(root, path))) } : {}),
      ...Object.fromEntries(
        PICTURE_TEXTS.flatMap((field) => {
          const text = source[field];
          // "" marks a decorative picture: there is nothing to translate.
          return text === undefined ? [] : [[field, yamlValue(text ? `${PLACEHOLDER}: ${text}` : text)]];
        }),
      ),
    };
    bodyText = `${PLACEHOLDER}: ${t('checker:translateBody', { file: `${original.locale}/${original.file.split('/').pop()}` })}`;
  } else {
    // A placeholder for every required taxonomy, which the checker flags until it is filled in.
    fields = {
      [editionTaxonomy.field]: yamlValue(edition),
      translationKey: slug,
      ...Object.fromEntries(classifiers.filter((t) => t.required).map((t) => [t.field, t.multiple ? `[${PLACEHOLDER}]` : PLACEHOLDER])),
    };
    bodyText = `${PLACEHOLDER}: ${t('checker:newBody')}`;
  }
  if (!request.translationOf && articles.some((a) => a.locale === lang && a.data?.translationKey === slug)) {
    return { ok: false, message: t('checker:keyTaken', { key: slug, language: lang }) };
  }
  const frontmatter = [
    `title: ${yamlValue(title)}`,
    `summary: ${yamlValue(`${PLACEHOLDER}: ${t('checker:summary')}`)}`,
    `date: ${date}`,
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
  ];
  return { ok: true, path, text: `---\n${frontmatter.join('\n')}\n---\n\n${bodyText}\n` };
}
