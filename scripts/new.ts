/**
 * `npm run new -- --lang es --title "…" [--translation-of <translationKey>] [--edition <key>]`
 * Creates an article with complete frontmatter in the right folder; a translation gets the
 * original's date, edition, terms and picture. Never overwrites a file.
 * `--lang` is the story's language, and the language of the messages and of the hints
 * left in the file (without it, the messages are in the system locale's language).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales.ts';
import { useTranslations } from '../src/i18n/translate.ts';
import { PLACEHOLDER } from '../src/lib/content/check-frontmatter.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { newArticle } from '../src/lib/content/new-article.ts';
import { commandLanguage } from './lib/command-language.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    title: { type: 'string' },
    'translation-of': { type: 'string' },
    edition: { type: 'string' },
    content: { type: 'string' },
  },
});
const language = commandLanguage(values.lang);
const t = useTranslations(language);
if (!values.lang || !values.title) {
  console.error(t('checker:newUsage', { languages: locales.join('|') }));
  process.exit(2);
}
const dir = values.content ?? contentDir();
const { articles, vocabularies } = checkContent(dir, language);
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const made = newArticle(
  { locale: language, title: values.title, translationOf: values['translation-of'], edition: values.edition, today },
  dir,
  articles,
  vocabularies,
  (path) => existsSync(join(dir, path)),
);
if (!made.ok) {
  console.error(t('checker:notCreated', { reason: made.message }));
  process.exit(1);
}
const path = join(dir, made.path);
mkdirSync(dirname(path), { recursive: true });
// 'wx' fails rather than overwrite, even if the file appeared in the meantime.
writeFileSync(path, made.text, { flag: 'wx' });
console.log(t('checker:created', { path: relative(process.cwd(), path) }));
console.log(t('checker:fillIn', { placeholder: PLACEHOLDER }));
