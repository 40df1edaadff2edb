/**
 * `npm run email -- --edition <key> --lang es`: writes that edition's email
 * (HTML and plain text) and prints the two paths. No build or server needed.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '../src/i18n/locales.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { cacheDir, contentDir } from '../src/lib/content/content-dir.ts';
import { writeEditionEmails } from '../src/lib/email/write-emails.ts';
import { emailServiceHint, newsletter } from '../src/config/newsletter.ts';

const { values } = parseArgs({
  options: {
    edition: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string', default: process.env['OUT_DIR'] || 'dist' },
    content: { type: 'string' },
  },
});
if (!values.edition || !values.lang || !isLocale(values.lang)) {
  console.error(`usage: npm run email -- --edition <edition key> --lang ${locales.join('|')} [--out dist]`);
  process.exit(2);
}
try {
  const files = await writeEditionEmails({
    content: checkContent(values.content ?? contentDir()),
    outDir: values.out,
    site: process.env['SITE'] || newsletter.siteUrl,
    editions: [values.edition],
    locales: [values.lang],
    cacheDir: join(cacheDir(), 'emails'),
  });
  for (const file of files) console.log(relative(process.cwd(), file));
  const hint = emailServiceHint();
  if (hint) console.warn(hint);
} catch (error) {
  console.error(`No email written: ${(error as Error).message}`);
  process.exit(1);
}
