import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { scanBody } from './article-body.ts';
import type { ArticleFile } from './content-check.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** The files that are articles. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.mdx']);

/** Whether a link target is a path inside the content folder (not a URL, site path or anchor). */
export function isRelativeTarget(target: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(target);
}

/** Host names of the editor's own computer or network: a picture there (pasted into the web editor, say) reaches no reader. */
const PRIVATE_HOST = /^(?:localhost|.*\.localhost|.*\.local|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[f[cd][0-9a-f:]*\])$/i;

/**
 * Where a picture's address that is not a file of the content folder points:
 * the editor's own computer or network (`local`), anywhere else (`remote`:
 * the site loads nothing from other hosts, so readers would see no picture),
 * or undefined for the addresses `scanBody` already refuses (`data:`…).
 */
export function pictureElsewhere(url: string): 'local' | 'remote' | undefined {
  if (/^(?:javascript|vbscript|data):/i.test(url.trim())) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://site.invalid/');
  } catch {
    return 'remote';
  }
  if (parsed.protocol === 'file:' || PRIVATE_HOST.test(parsed.hostname)) return 'local';
  return 'remote';
}

/**
 * Checks the bodies of all articles: unsafe HTML (see `scanBody`), pictures
 * that are missing, not files of the content folder, or have no alt text, and links to other stories, which
 * must be written in Markdown and point to an article in the same language,
 * or (a warning) to another language's when the story has none in this one.
 * Sets each article's `links`. Problems are told in `language`.
 */
export function checkBodies(articles: ArticleFile[], language: Locale, problems: Problem[]) {
  const t = useTranslations(language);
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const article of articles) {
    const scan = scanBody(article.source.body, extname(article.file) === '.mdx', language);
    const fileLine = (line: number) => article.source.bodyLine + line - 1;
    for (const problem of scan.problems) problems.push({ severity: 'error', file: article.file, line: fileLine(problem.line), message: problem.message });
    for (const { url, line: bodyLine, image, alt, element } of scan.links) {
      const line = fileLine(bodyLine);
      if (!isRelativeTarget(url)) {
        const elsewhere = image ? pictureElsewhere(url) : undefined;
        if (elsewhere) problems.push({ severity: 'error', file: article.file, line, message: t(elsewhere === 'local' ? 'checker:localImage' : 'checker:remoteImage', { url }) });
        continue;
      }
      const target = decodeURI(url.split('#')[0]!);
      if (!target) continue;
      const path = resolve(dirname(article.file), target);
      if (image) {
        if (!existsSync(path)) {
          problems.push({ severity: 'error', file: article.file, line, message: t('checker:imageMissing', { url }) });
        }
        if (!alt?.trim()) {
          problems.push({ severity: 'error', file: article.file, line, message: t('checker:noAltText', { url }) });
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
          message: t('checker:linkToNothing', { url, suggestion: didYouMean(basename(target), near, language) }),
        });
      } else {
        const counterpart =
          linked.locale !== article.locale && articles.find((a) => a.locale === article.locale && a.data && a.data.translationKey === linked.data?.translationKey);
        if (counterpart) {
          // Not an error: readers are taken to the version in their language (see `linkDestination`), so a
          // translation that appears after the link was written never stops a build.
          problems.push({
            severity: 'warning',
            file: article.file,
            line,
            message: t('checker:linkToTranslation', { url, language: linked.locale, counterpart: `./${relative(dirname(article.file), counterpart.file)}` }),
          });
        } else if (element) {
          // Only Markdown links are turned into the story's URL: an HTML link would be published pointing at the file.
          problems.push({ severity: 'error', file: article.file, line, message: t('checker:htmlLink', { url }) });
        } else if (linked.locale !== article.locale) {
          // Not an error: the story has no version in this language yet, so the editor could link to nothing better.
          // The build marks the link as leading to another language (see `articleLinks`).
          problems.push({ severity: 'warning', file: article.file, line, message: t('checker:linkToUntranslated', { url, language: linked.locale, own: article.locale }) });
        }
      }
    }
  }
}
