/**
 * `npm run lighthouse`: Lighthouse 13 (mobile: emulated phone, simulated slow
 * 4G and CPU) on the built site (`npm run build` first), for a home, an
 * article and the search page in each language. Prints each page's four
 * category scores and the audits that cost points; exits 1 below 100.
 *
 * Lighthouse is not a dependency of the project (it is large, and only this
 * command uses it): npm fetches the pinned version on first use. Chromium is
 * the one the browser tests use (scripts/lib/chromium.ts): CHROMIUM_PATH, a
 * system Chromium, or the one shipped in the @sparticuz/chromium package.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { describeChromium, findChromium, HEADLESS_ARGS } from './lib/chromium.ts';
import { homeUrl, sectionUrl } from '../src/lib/site/urls.ts';
import { builtOutput, firstArticle, projectRoot } from './lib/built-output.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const dist = builtOutput();

const port = 4400 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
  cwd: projectRoot,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((ready, fail) => {
  server.stdout!.on('data', (d: Buffer) => d.toString().includes(String(port)) && ready());
  server.on('exit', (code) => fail(new Error(`astro preview stopped (code ${code}) before serving the site`)));
});

const browser = await findChromium();
console.log(describeChromium(browser));

let failed = false;
try {
  const pages = locales.flatMap((l) => [homeUrl(l), firstArticle(dist, l), sectionUrl(l, 'search')]);
  for (const path of pages) {
    const run = spawnSync(
      'npm',
      [
        'exec',
        '--yes',
        `--package=${LIGHTHOUSE}`,
        '--',
        'lighthouse',
        `http://127.0.0.1:${port}${path}`,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${HEADLESS_ARGS.join(' ')}`,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...browser.env, CHROME_PATH: browser.executablePath } },
    );
    if (run.status !== 0) throw new Error(`Lighthouse failed on ${path}:\n${run.stderr}`);
    const report = JSON.parse(run.stdout) as {
      categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; title: string }>;
    };
    const scores = CATEGORIES.map((c) => Math.round(report.categories[c]!.score * 100));
    console.log(`${path.padEnd(40)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join('  ')}`);
    for (const c of CATEGORIES) {
      for (const ref of report.categories[c]!.auditRefs) {
        const audit = report.audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${c}: ${audit.title} (${audit.score})`);
      }
    }
    if (scores.some((s) => s < 100)) failed = true;
  }
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
