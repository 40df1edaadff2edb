import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import type { Problem } from './problems.ts';
import { ARTICLE_EXTENSIONS, checkBodies } from './check-bodies.ts';
import { checkDuplicates, checkTranslations } from './check-collection.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { loadVocabularies, termCandidates, type Vocabularies } from './vocabulary.ts';
import { describeMistake, parseMarkdown, type MarkdownSource } from './yaml-source.ts';

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

/** Every file under a folder, hidden ones left out. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/**
 * Checks every article and vocabulary of a content directory: schema, unknown
 * terms, duplicates, links between articles, images and alt text, missing
 * translations. The build and `npm run check` both call this one function;
 * they ask for the problems in the editors' language (`messageLanguage`),
 * others get them in the newsletter's default language.
 */
export function checkContent(contentDir: string, language: Locale = defaultLocale): ContentCheck {
  const t = useTranslations(language);
  const root = resolve(contentDir);
  const { vocabularies, problems } = loadVocabularies(root, language);
  const schema = articleSchema(termCandidates(vocabularies), language);
  const articlesDir = join(root, 'articles');
  const articles: ArticleFile[] = [];
  const folders = locales.map((l) => `articles/${l}/`);

  if (!existsSync(articlesDir)) {
    problems.push({ severity: 'error', file: articlesDir, line: 1, message: t('checker:noArticlesFolder', { folders }) });
  }

  for (const file of walk(articlesDir)) {
    if (!ARTICLE_EXTENSIONS.has(extname(file))) continue;
    const [folder] = relative(articlesDir, file).split(sep);
    if (!folder || !isLocale(folder) || dirname(file) === articlesDir) {
      problems.push({ severity: 'error', file, line: 1, message: t('checker:notInLanguageFolder', { folders, folder }) });
      continue;
    }
    const source = parseMarkdown(readFileSync(file, 'utf8'));
    const article: ArticleFile = { file, locale: folder, slug: basename(file, extname(file)), source, links: [] };
    articles.push(article);
    if (source.error) {
      problems.push({ severity: 'error', file, line: source.error.line, message: t('checker:malformedFrontmatter', { reason: describeMistake(source.error.mistake, language) }) });
      continue;
    }
    checkFrontmatter(article, schema, root, language, problems);
  }

  checkDuplicates(articles, language, problems);
  checkBodies(articles, language, problems);
  checkTranslations(articles, language, problems);
  return { problems, vocabularies, articles };
}
