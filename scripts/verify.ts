/**
 * `npm run verify`: checks the built site in `dist/` (or `--dir`) against
 * the content it was built from, with no counts or names of any sample:
 * every internal link and asset resolves, every page is valid HTML, `lang`
 * and hreflang alternates are reciprocal, every published story is reachable
 * from its language's home and listed on its term and edition pages, the
 * search of every language that lists a story finds it by its title, page
 * budgets hold, and no draft is anywhere. Run it after `npm run build`, with
 * the same BASE, SITE and CONTENT_DIR. `--only links,html` runs some checks;
 * `--json` prints what it found for machines. Exits 1 when anything fails.
 */
import { parseArgs } from 'node:util';
import { newsletter } from '../src/config/newsletter.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { hasErrors } from '../src/lib/content/problems.ts';
import { outputOf } from '../src/lib/verify/built-output.ts';
import { builtOutput } from './lib/built-output.ts';
import { INVARIANTS, verifySite, type Invariant } from '../src/lib/verify/site-invariants.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    content: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const only = (values.only?.split(',').map((s) => s.trim()) ?? [...INVARIANTS]) as Invariant[];
const unknown = only.filter((name) => !(INVARIANTS as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`--only takes ${INVARIANTS.join(', ')}; not ${unknown.join(', ')}`);
  process.exit(2);
}

const dir = builtOutput(values.dir);
const started = performance.now();
const content = checkContent(values.content ?? contentDir());
if (hasErrors(content.problems)) {
  console.error('The content has errors: run npm run check, fix them and build again before verifying.');
  process.exit(1);
}
const output = outputOf(dir, process.env['BASE'], process.env['SITE'] || newsletter.siteUrl);
const { violations, pages, stories } = await verifySite(output, content, only);
const errors = violations.filter((v) => v.severity === 'error');

if (values.json) console.log(JSON.stringify(violations, null, 2));
else {
  for (const invariant of only) {
    const found = violations.filter((v) => v.invariant === invariant);
    for (const v of found) console.log(`${v.severity === 'error' ? '✗' : '!'} ${invariant}: ${v.where}: ${v.message}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warnings = violations.length - errors.length;
  console.log(`${dir}: ${pages} pages, ${stories} stories; ${only.join(', ')}: ${errors.length} errors, ${warnings} warnings (${seconds} s)`);
}
process.exit(errors.length ? 1 : 0);
