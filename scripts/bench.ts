/**
 * `npm run bench -- [--pairs 1000] [--keep]`: builds a synthetic archive of N
 * translation pairs (deterministic; made in a temporary folder, never in
 * content/) cold, then warm after changing one article, and prints a table of
 * phases, ms per page, peak memory of the whole process tree and output sizes.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from './synthetic-archive.ts';

const { values } = parseArgs({ options: { pairs: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) {
  console.error('--pairs must be a whole number, e.g. --pairs 1000');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), `newsletter-bench-${pairs}-`));
const content = join(work, 'content');
const out = join(work, 'dist');
const cache = join(work, 'cache');
const timingsFile = join(work, 'timings.json');

console.log(`Generating ${pairs} translation pairs in ${content} …`);
const archive = generateArchive({ from: join(root, 'content'), to: content, pairs });
console.log(`${archive.articles} articles (${archive.untranslated} in one language only, ${archive.withImage} with a picture), ${archive.editions} editions.`);

/** Peak resident memory of a process and all its descendants, sampled from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((n, e) => n + sizeOf(join(path, e)), 0) : stat.size;
}

interface Run {
  wall: number;
  peak: number;
  phases: Record<string, number>;
  pages: number;
  searchMs: number;
}

async function build(): Promise<Run> {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: cache, BENCH_TIMINGS: timingsFile, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = performance.now() - started;
  if (code !== 0) throw new Error(`the build failed:\n${log.slice(-3000)}`);
  const marks = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  const searchMs = Number(/Search index: .*, in (\d+) ms/.exec(log)?.[1] ?? 0);
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
  return {
    wall,
    peak,
    pages,
    searchMs,
    phases: {
      'content check and sync': marks['buildStart']! - marks['setup']!,
      'pages, social cards, images': marks['generated']! - marks['buildStart']!,
      'start-up, sitemap, emails, search': wall - (marks['generated']! - marks['setup']!),
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log('Cold build (no caches) …');
rmSync(cache, { recursive: true, force: true });
const cold = await build();
const distSize = sizeOf(out);
const indexSize = sizeOf(join(out, 'pagefind'));

console.log('Warm build (one article changed) …');
appendFileSync(archive.changeable, '\nOne more sentence, added by the benchmark.\n');
const warm = await build();

const rows: [string, string, string][] = [
  ['pages', String(cold.pages), String(warm.pages)],
  ['articles', String(archive.articles), String(archive.articles)],
  ...Object.keys(cold.phases).map((k) => [k, seconds(cold.phases[k]!), seconds(warm.phases[k]!)] as [string, string, string]),
  ['  of which search indexing', seconds(cold.searchMs), seconds(warm.searchMs)],
  ['total (wall)', seconds(cold.wall), seconds(warm.wall)],
  ['ms per page', (cold.wall / cold.pages).toFixed(1), (warm.wall / warm.pages).toFixed(1)],
  ['peak memory (process tree)', mb(cold.peak), mb(warm.peak)],
  ['dist/ size', mb(distSize), ''],
  ['search index size', mb(indexSize), ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${pairs} pairs on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}\n`);
console.log(`${'measure'.padEnd(width)} | cold     | warm`);
console.log(`${'-'.repeat(width)}-|----------|---------`);
for (const [name, a, b] of rows) console.log(`${name.padEnd(width)} | ${a.padEnd(8)} | ${b}`);
console.log(`\nwarm / cold: ${(warm.wall / cold.wall).toFixed(2)}`);

if (values.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });
