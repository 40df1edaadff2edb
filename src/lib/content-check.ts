import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { newsletter } from '../config/newsletter.ts';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { languageName } from '../i18n/translate.ts';
import { articleFields, articleSchema, type ArticleData } from '../schemas/article.ts';
import type { Problem } from './problems.ts';
import { scanBody } from './article-body.ts';
import { didYouMean } from './suggest.ts';
import { loadVocabularies, termCandidates, type Vocabularies } from './vocabulary.ts';
import { parseMarkdown, type MarkdownSource } from './yaml-source.ts';

/** An article file as the checker found it. */
export interface ArticleFile {
  /** Absolute path. */
  file: string;
  locale: Locale;
  /** The URL slug: frontmatter `slug`, or the file name. */
  slug: string;
  /** Valid frontmatter, when it parsed. */
  data?: ArticleData;
  source: MarkdownSource;
  /** The article files its body links to (absolute paths), found by the check. */
  links: string[];
}

/** What checking a content directory found. */
export interface ContentCheck {
  problems: Problem[];
  vocabularies: Vocabularies;
  articles: ArticleFile[];
}

/** An article as the build keeps it once checked: without its source, which only the check reads. */
export type CheckedArticle = Omit<ArticleFile, 'source'>;

/** What the build keeps of a content check, from its start to its end (see `forBuild`). */
export interface BuildContent {
  problems: Problem[];
  vocabularies: Vocabularies;
  articles: CheckedArticle[];
}

/**
 * A content check without each file's source (its text and parsed YAML
 * tree, with positions for messages): the build holds the check until it
 * ends, and at 10,000 articles the sources are most of its memory.
 */
export function forBuild({ problems, vocabularies, articles }: ContentCheck): BuildContent {
  return { problems, vocabularies, articles: articles.map(({ file, locale, slug, data, links }) => ({ file, locale, slug, links, ...(data ? { data } : {}) })) };
}

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

const ARTICLE_EXTENSIONS = new Set(['.md', '.mdx']);
// The checker speaks English.
const languageNames = Object.fromEntries(locales.map((l) => [l, languageName(l, 'en')])) as Record<Locale, string>;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Whether a link target is a path inside the content folder (not a URL, site path or anchor). */
export function isRelativeTarget(target: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(target);
}

/**
 * Checks every article and vocabulary of a content directory: schema, unknown
 * terms, duplicates, links between articles, images and alt text, missing
 * translations. The build and `npm run check` both call this one function.
 */
export function checkContent(contentDir: string): ContentCheck {
  const root = resolve(contentDir);
  const { vocabularies, problems } = loadVocabularies(root);
  const schema = articleSchema(termCandidates(vocabularies));
  const articlesDir = join(root, 'articles');
  const articles: ArticleFile[] = [];

  if (!existsSync(articlesDir)) {
    problems.push({ severity: 'error', file: articlesDir, line: 1, message: `there is no articles folder; put articles in ${locales.map((l) => `articles/${l}/`).join(' and ')}` });
  }

  for (const file of walk(articlesDir)) {
    if (!ARTICLE_EXTENSIONS.has(extname(file))) continue;
    const [folder] = relative(articlesDir, file).split(sep);
    if (!folder || !isLocale(folder) || dirname(file) === articlesDir) {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        message: `articles must live in a language folder (${locales.map((l) => `articles/${l}/`).join(', ')}); '${folder}' is not one`,
      });
      continue;
    }
    const source = parseMarkdown(readFileSync(file, 'utf8'));
    const article: ArticleFile = { file, locale: folder, slug: basename(file, extname(file)), source, links: [] };
    articles.push(article);
    if (source.error) {
      problems.push({ severity: 'error', file, line: source.error.line, message: `malformed frontmatter: ${source.error.message}` });
      continue;
    }
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
      continue;
    }
    if (placeholders.length) continue;
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

  checkDuplicates(articles, problems);
  checkBodies(articles, problems);
  checkTranslations(articles, problems);
  return { problems, vocabularies, articles };
}

function checkDuplicates(articles: ArticleFile[], problems: Problem[]) {
  for (const locale of locales) {
    const inLocale = articles.filter((a) => a.locale === locale && a.data);
    for (const field of ['slug', 'translationKey'] as const) {
      const valueOf = (a: ArticleFile) => (field === 'slug' ? a.slug : a.data!.translationKey);
      const groups = Map.groupBy(inLocale, valueOf);
      for (const [value, sharing] of groups) {
        if (sharing.length < 2) continue;
        for (const article of sharing) {
          const others = sharing.filter((a) => a !== article).map((a) => relative(dirname(article.file), a.file));
          problems.push({
            severity: 'error',
            file: article.file,
            line: article.source.lineOf([field]),
            field,
            message: `${field} '${value}' is also used by ${others.join(', ')} in ${languageNames[locale]}; each ${languageNames[locale]} article needs its own`,
          });
        }
      }
    }
  }
}

function checkBodies(articles: ArticleFile[], problems: Problem[]) {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const article of articles) {
    const scan = scanBody(article.source.body, extname(article.file) === '.mdx');
    const fileLine = (line: number) => article.source.bodyLine + line - 1;
    for (const problem of scan.problems) problems.push({ severity: 'error', file: article.file, line: fileLine(problem.line), message: problem.message });
    for (const { url, line: bodyLine, image, alt, element } of scan.links) {
      const line = fileLine(bodyLine);
      if (!isRelativeTarget(url)) continue;
      const target = decodeURI(url.split('#')[0]!);
      if (!target) continue;
      const path = resolve(dirname(article.file), target);
      if (image) {
        if (!existsSync(path)) {
          problems.push({ severity: 'error', file: article.file, line, message: `image '${url}' does not exist` });
        }
        if (!alt?.trim()) {
          problems.push({ severity: 'error', file: article.file, line, message: `image '${url}' has no alt text: describe it between the brackets, ![like this](${url})` });
        }
        continue;
      }
      if (!ARTICLE_EXTENSIONS.has(extname(target))) continue;
      const linked = byFile.get(path);
      if (linked && !element) article.links.push(linked.file);
      if (!linked) {
        const near = articles.filter((a) => a.locale === article.locale).map((a) => ({ key: basename(a.file) }));
        problems.push({
          severity: 'error',
          file: article.file,
          line,
          message: `link '${url}' points to no article; ${didYouMean(basename(target), near)}`,
        });
      } else if (linked.locale !== article.locale) {
        const counterpart = articles.find((a) => a.locale === article.locale && a.data && a.data.translationKey === linked.data?.translationKey);
        problems.push({
          severity: 'error',
          file: article.file,
          line,
          message: `link '${url}' points to the ${languageNames[linked.locale]} version; ${
            counterpart
              ? `link to ./${relative(dirname(article.file), counterpart.file)} instead`
              : `there is no ${languageNames[article.locale]} version yet`
          }`,
        });
      } else if (element) {
        // Only Markdown links are turned into the story's URL: an HTML link would be published pointing at the file.
        problems.push({ severity: 'error', file: article.file, line, message: `link '${url}' is written in HTML: write it in Markdown, [text](${url})` });
      }
    }
  }
}

function checkTranslations(articles: ArticleFile[], problems: Problem[]) {
  const byKey = new Map<string, ArticleFile[]>();
  for (const article of articles) {
    if (!article.data) continue;
    byKey.set(article.data.translationKey, [...(byKey.get(article.data.translationKey) ?? []), article]);
  }
  for (const [key, versions] of byKey) {
    const missing = locales.filter((l) => !versions.some((v) => v.locale === l));
    for (const article of versions) {
      if (missing.length === 0) break;
      problems.push({
        severity: 'warning',
        file: article.file,
        line: article.source.lineOf(['translationKey']),
        field: 'translationKey',
        message: `no ${missing.map((l) => languageNames[l]).join(' or ')} version yet (translationKey '${key}')`,
      });
    }
  }
}
