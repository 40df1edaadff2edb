/**
 * `npm run edit [-- --port 4322]`: the web editor on this copy of the site.
 * Starts the dev server, which serves the editor at /admin/ and the site's
 * preview; the editor's local backend is the browser's own access to this
 * folder ("Work with Local Repository", Chrome and Edge), so nothing else
 * runs. What the editor saves lands in content/, where the dev server's
 * content check and preview pick it up.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { useTranslations } from '../src/i18n/translate.ts';
import { messageLanguage } from '../src/lib/content/message-language.ts';
import { editorUrl, sitePath } from '../src/lib/site/urls.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { port: { type: 'string', default: '4321' } }, strict: false });
const origin = `http://localhost:${String(values.port)}`;
// In the system's language, as the checker speaks (`--lang` is not taken: astro dev's own flags pass through).
const t = useTranslations(messageLanguage());
console.log(`\n${t('editor:local', { url: `${origin}${editorUrl()}`, folder: process.cwd(), site: `${origin}${sitePath()}` })}\n`);
const astro = spawn(process.execPath, [resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'dev', ...args], { stdio: 'inherit' });
astro.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
