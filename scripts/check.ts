/**
 * `npm run check`: validates all content without building the site.
 * Prints `file:line: message` grouped by file; `--json` for machines;
 * `--format github` for workflow annotations. Exits 1 on errors, 0 on warnings only.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { formatGithub, formatJson, formatText, hasErrors } from '../src/lib/content/problems.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
  },
});
const format = values.json ? 'json' : values.format;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`--format must be text, json or github, not '${format}'`);
  process.exit(2);
}
const started = performance.now();
const dir = values.content ?? contentDir();
const { problems, articles } = checkContent(dir);
if (format === 'json') console.log(formatJson(problems));
else if (format === 'github') {
  if (problems.length) console.log(formatGithub(problems));
} else {
  if (problems.length) console.log(formatText(problems));
  console.log(`Checked ${articles.length} articles in ${Math.round(performance.now() - started)} ms.`);
}
process.exit(hasErrors(problems) ? 1 : 0);
