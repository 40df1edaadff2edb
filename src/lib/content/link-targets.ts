import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedArticle } from './content-check.ts';

/** Where the content check leaves the hash of the articles' link targets for the articles' loader. */
const stampFile = (cacheDir: string) => join(cacheDir, 'newsletter-link-targets');

/**
 * Where a link from one story to another story's file takes readers: the
 * linked story's version in the linking story's language when there is one
 * (a link written before the translation existed, or to the wrong file), else
 * the version it names, which the page then marks with its language.
 */
export function linkDestination<A extends Pick<CheckedArticle, 'locale' | 'data'>>(from: A | undefined, target: A, articles: readonly A[]): A {
  if (!from || target.locale === from.locale || !target.data) return target;
  const key = target.data.translationKey;
  return articles.find((a) => a.locale === from.locale && a.data?.translationKey === key) ?? target;
}

/**
 * A hash of where every link between stories leads (the destination's
 * language and slug): it changes when a linked story moves, and when a
 * translation appears that a link now leads to instead.
 */
export function linkTargets(articles: readonly CheckedArticle[]): string {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const targets = articles
    .flatMap((from) =>
      from.links.map((file) => {
        const to = linkDestination(from, byFile.get(file)!, articles);
        return `${from.file}\t${file}\t${to.locale}\t${to.slug}`;
      }),
    )
    .sort();
  return createHash('sha256').update(targets.join('\n')).digest('hex');
}

/** Records this build's link targets (see `linkTargets`), for the articles' loader to compare with the last build's. */
export function recordLinkTargets(articles: readonly CheckedArticle[], cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile(cacheDir), linkTargets(articles));
}

/** The link targets the content check recorded for this build, if it ran. */
export function recordedLinkTargets(cacheDir: string): string | undefined {
  const file = stampFile(cacheDir);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
