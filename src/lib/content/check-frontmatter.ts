import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { newsletter } from '../../config/newsletter.ts';
import type { z } from 'astro/zod';
import { articleFields, type articleSchema } from '../../schemas/article.ts';
import type { ArticleFile } from './content-check.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** What `npm run new` writes where the editor still has to fill something in. */
export const PLACEHOLDER = 'TODO';

/** What to write in place of the placeholder, per field. */
const placeholderHints: Record<string, string> = {
  summary: 'write one or two sentences that tell the story',
  ...Object.fromEntries(
    newsletter.taxonomies.map((t) => {
      const many = t.multiple ? 'one or more' : 'one';
      return [t.field, t.terms === 'countries' ? `write ${many} ISO 3166-1 codes, e.g. [PE, CO]` : `write ${many} keys from vocabularies/${t.terms.vocabulary}.yaml`];
    }),
  ),
};

/** Frontmatter fields whose value (or one of whose values) is still the placeholder. */
function placeholderFields(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const holds = (v: unknown): boolean => (Array.isArray(v) ? v.some(holds) : typeof v === 'string' && v.includes(PLACEHOLDER));
  return Object.entries(data).filter(([, v]) => holds(v)).map(([k]) => k);
}

/**
 * Checks one article's frontmatter (placeholders left by `npm run new`, the
 * schema, unknown fields, the image file) and, when it is valid, sets the
 * article's data and slug. `root` is the content folder, for messages.
 */
export function checkFrontmatter(article: ArticleFile, schema: ReturnType<typeof articleSchema<z.ZodString>>, root: string, problems: Problem[]): void {
  const { file, source } = article;
  const placeholders = placeholderFields(source.data);
  for (const field of placeholders) {
    problems.push({
      severity: 'error',
      file,
      line: source.lineOf([field]),
      field,
      message: `${field} still holds the placeholder ${PLACEHOLDER}: ${placeholderHints[field] ?? `write the real ${field}`}`,
    });
  }
  source.body.split('\n').forEach((text, index) => {
    if (text.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({ severity: 'error', file, line: source.bodyLine + index, message: `the text still holds the placeholder ${PLACEHOLDER}: write the story` });
    }
  });
  const result = schema.safeParse(source.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (placeholders.includes(String(issue.path[0]))) continue;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            severity: 'error',
            file,
            line: source.lineOf([key]),
            field: key,
            message: `unknown field '${key}'; ${didYouMean(key, articleFields.map((k) => ({ key: k })))}`,
          });
        }
        continue;
      }
      const field = String(issue.path[0] ?? '');
      problems.push({
        severity: 'error',
        file,
        line: source.lineOf(issue.path),
        field,
        message: issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`,
      });
    }
    return;
  }
  if (placeholders.length) return;
  article.data = result.data;
  if (result.data.slug) article.slug = result.data.slug;
  if (result.data.image !== undefined) {
    const image = resolve(dirname(file), result.data.image);
    if (!existsSync(image) || !statSync(image).isFile()) {
      problems.push({
        severity: 'error',
        file,
        line: source.lineOf(['image']),
        field: 'image',
        message: `image '${result.data.image}' does not exist (looked for ${relative(root, image)})`,
      });
    }
  }
}
