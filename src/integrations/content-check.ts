import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, forBuild, type BuildContent, type CheckedArticle } from '../lib/content-check.ts';
import { formatText, hasErrors } from '../lib/problems.ts';

/** A hash of where every article that some article links to lives (its language and slug). */
function linkTargets(articles: readonly CheckedArticle[]): string {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const targets = [...new Set(articles.flatMap((a) => a.links))].sort().map((file) => `${file}\t${byFile.get(file)!.locale}\t${byFile.get(file)!.slug}`);
  return createHash('sha256').update(targets.join('\n')).digest('hex');
}

/**
 * Astro keeps each Markdown article's HTML between builds until the file
 * changes, but a link in it is resolved to another article's URL: when a
 * linked article's URL changes (a new `slug`), the kept HTML would point to
 * the old one. So the kept content is dropped, and every article rendered
 * again, when the URLs of linked articles differ from the last build's.
 */
function forgetStaleLinks(articles: readonly CheckedArticle[], cacheDir: string) {
  const stamp = join(cacheDir, 'newsletter-link-targets');
  const current = linkTargets(articles);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
  if (previous !== current) rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, current);
}

/**
 * Runs `npm run check`'s checks before Astro reads any content, so a broken
 * article stops the build with the editors' message (file, line, field,
 * value, nearest valid choices) rather than a stack trace. In `astro dev` the
 * problems are logged and the server keeps running. Then makes sure no
 * content Astro kept from the last build links to an article's old URL.
 */
export function contentCheck(contentDir: string, onChecked: (checked: BuildContent) => void): AstroIntegration {
  return {
    name: 'newsletter:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const checked = forBuild(checkContent(contentDir));
        onChecked(checked);
        const { problems } = checked;
        if (problems.length > 0) {
          const report = formatText(problems);
          if (hasErrors(problems) && command === 'build') {
            throw new Error(`The content has errors; nothing was built.\n\n${report}`);
          }
          logger.warn(`\n${report}`);
        }
        forgetStaleLinks(checked.articles, fileURLToPath(config.cacheDir));
      },
    },
  };
}
