/**
 * `npm run check [-- --lang es]`: validates all content without building the site.
 * Prints `file:line: message` grouped by file; `--json` for machines;
 * `--format github` for workflow annotations. Messages are in `--lang`, else
 * the system locale's language, else the newsletter's default one.
 * Exits 1 on errors, 0 on warnings only.
 */
import { parseArgs } from 'node:util';
import { useTranslations } from '../src/i18n/translate.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatGithub, formatJson, formatText, hasErrors } from '../src/lib/content/problems.ts';
import { commandLanguage } from './lib/command-language.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
    lang: { type: 'string' },
  },
});
const language = commandLanguage(values.lang);
const t = useTranslations(language);
const format = values.json ? 'json' : values.format;
const formats = ['text', 'json', 'github'];
if (!formats.includes(format)) {
  console.error(t('checker:unknownFormat', { formats, value: format }));
  process.exit(2);
}
const started = performance.now();
const dir = values.content ?? contentDir();
const { problems, articles } = checkContent(dir, language);
if (format === 'json') console.log(formatJson(problems));
else if (format === 'github') {
  if (problems.length) console.log(formatGithub(problems));
} else {
  if (problems.length) console.log(formatText(problems, language));
  console.log(t('checker:checked', { count: articles.length, ms: Math.round(performance.now() - started) }));
}
process.exit(hasErrors(problems) ? 1 : 0);
