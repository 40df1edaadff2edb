import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedArticle } from './content-check.ts';

/** Where the content check leaves the hash of the articles' link targets for the articles' loader. */
const stampFile = (cacheDir: string) => join(cacheDir, 'newsletter-link-targets');

/** A hash of where every article that some article links to lives (its language and slug). */
export function linkTargets(articles: readonly CheckedArticle[]): string {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const targets = [...new Set(articles.flatMap((a) => a.links))].sort().map((file) => `${file}\t${byFile.get(file)!.locale}\t${byFile.get(file)!.slug}`);
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
