/** The built site (`npm run build`'s output) as the scripts that look at it find it. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { articleUrl, outputPath, sectionUrl } from '../../src/lib/site/urls.ts';

/** The project's root folder. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** The output folder (`dir`, else `OUT_DIR`, else dist/); exits with a hint when nothing is built there. */
export function builtOutput(dir?: string): string {
  const dist = resolve(dir || process.env['OUT_DIR'] || join(projectRoot, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}: run npm run build first.`);
    process.exit(2);
  }
  return dist;
}

/** The first article built in a language (its slug is its folder's name). */
export function firstArticle(dist: string, locale: Locale): string {
  const folder = join(dist, outputPath(sectionUrl(locale, 'articles')));
  const slug = readdirSync(folder).sort()[0];
  if (!slug) throw new Error(`no article in ${folder}`);
  return articleUrl(locale, slug);
}
