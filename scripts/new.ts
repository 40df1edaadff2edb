/**
 * `npm run new -- --lang es --title "…" [--translation-of <translationKey>] [--edition <key>]`
 * Creates an article with complete frontmatter in the right folder. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { newArticle } from '../src/lib/content/new-article.ts';
import { locales } from '../src/i18n/locales.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    title: { type: 'string' },
    'translation-of': { type: 'string' },
    edition: { type: 'string' },
    content: { type: 'string' },
  },
});
if (!values.lang || !values.title) {
  console.error(`usage: npm run new -- --lang ${locales.join('|')} --title "The headline" [--translation-of <translationKey>] [--edition <key>]`);
  process.exit(2);
}
const dir = values.content ?? contentDir();
const { articles, vocabularies } = checkContent(dir);
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const made = newArticle(
  { locale: values.lang, title: values.title, translationOf: values['translation-of'], edition: values.edition, today },
  articles,
  vocabularies,
  (path) => existsSync(join(dir, path)),
);
if (!made.ok) {
  console.error(`Not created: ${made.message}`);
  process.exit(1);
}
const path = join(dir, made.path);
mkdirSync(dirname(path), { recursive: true });
// 'wx' fails rather than overwrite, even if the file appeared in the meantime.
writeFileSync(path, made.text, { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), path)}`);
console.log('Fill in every TODO, then run `npm run check`.');
