import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { newsletter } from '../../config/newsletter.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { articleFields, termsOf, type articleSchema } from '../../schemas/article.ts';
import { unknownField } from '../../schemas/issues.ts';
import type { ArticleFile } from './content-check.ts';
import type { Problem } from './problems.ts';
import { capSlug, MAX_SLUG_LENGTH, storySlug } from './slug.ts';

/** What `npm run new` writes where the editor still has to fill something in. */
export const PLACEHOLDER = 'TODO';

/** What to write in place of the placeholder in a field, in `language`. */
function placeholderFix(field: string, language: Locale): string {
  const t = useTranslations(language);
  const taxonomy = newsletter.taxonomies.find((tx) => tx.field === field);
  const what = field === 'summary' ? t('checker:summary') : taxonomy ? termsOf(taxonomy, language) : undefined;
  return what ? t('checker:write', { what }) : t('checker:writeValue');
}

/** Frontmatter fields whose value (or one of whose values) is still the placeholder. */
function placeholderFields(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const holds = (v: unknown): boolean => (Array.isArray(v) ? v.some(holds) : typeof v === 'string' && v.includes(PLACEHOLDER));
  return Object.entries(data).filter(([, v]) => holds(v)).map(([k]) => k);
}

/**
 * A story's file name and translationKey fit `MAX_SLUG_LENGTH` (a longer one,
 * written by hand, cannot be checked out everywhere); the fix is the name
 * `npm run new` and the web editor would make.
 */
function checkLengths(article: ArticleFile, key: string, language: Locale, problems: Problem[]): void {
  const t = useTranslations(language);
  const { file, source } = article;
  const extension = extname(file);
  const name = basename(file, extension);
  if (name.length > MAX_SLUG_LENGTH) {
    const fix = `${storySlug(name)}${extension}`;
    problems.push({ severity: 'error', file, line: 1, message: t('checker:longFileName', { file: basename(file), length: name.length, extension, max: MAX_SLUG_LENGTH, fix }) });
  }
  if (key.length > MAX_SLUG_LENGTH) {
    problems.push({
      severity: 'error',
      file,
      line: source.lineOf(['translationKey']),
      field: 'translationKey',
      message: t('checker:longKey', { key, length: key.length, max: MAX_SLUG_LENGTH, fix: capSlug(key) }),
    });
  }
}

/**
 * Checks one article's frontmatter (placeholders left by `npm run new`, the
 * schema, unknown fields, the lengths of its file name and key, the image
 * file) and, when it is valid, sets the article's data and slug. `root` is
 * the content folder, for messages; the schema's messages and the others are
 * in `language`.
 */
export function checkFrontmatter(article: ArticleFile, schema: ReturnType<typeof articleSchema<z.ZodString>>, root: string, language: Locale, problems: Problem[]): void {
  const t = useTranslations(language);
  const { file, source } = article;
  const placeholders = placeholderFields(source.data);
  for (const field of placeholders) {
    problems.push({
      severity: 'error',
      file,
      line: source.lineOf([field]),
      field,
      message: t('checker:placeholder', { field, placeholder: PLACEHOLDER, fix: placeholderFix(field, language) }),
    });
  }
  source.body.split('\n').forEach((text, index) => {
    if (text.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({ severity: 'error', file, line: source.bodyLine + index, message: t('checker:bodyPlaceholder', { placeholder: PLACEHOLDER }) });
    }
  });
  const result = schema.safeParse(source.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (placeholders.includes(String(issue.path[0]))) continue;
      if (issue.code === 'unrecognized_keys') {
        // One problem per field, each on its own line.
        for (const key of issue.keys) {
          problems.push({ severity: 'error', file, line: source.lineOf([key]), field: key, message: unknownField(key, articleFields, language) });
        }
        continue;
      }
      // The article schema's messages name their field.
      problems.push({ severity: 'error', file, line: source.lineOf(issue.path), field: String(issue.path[0] ?? ''), message: issue.message });
    }
    return;
  }
  if (placeholders.length) return;
  article.data = result.data;
  if (result.data.slug) article.slug = result.data.slug;
  checkLengths(article, result.data.translationKey, language, problems);
  if (result.data.image !== undefined) {
    const image = resolve(dirname(file), result.data.image);
    if (!existsSync(image) || !statSync(image).isFile()) {
      problems.push({
        severity: 'error',
        file,
        line: source.lineOf(['image']),
        field: 'image',
        message: t('checker:imageNotFound', { image: result.data.image, file: relative(root, image) }),
      });
    }
  }
}
