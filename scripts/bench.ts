/**
 * `npm run bench -- [--pairs 1000] [--runs 1] [--keep]`: builds a synthetic
 * archive of N translation pairs (deterministic; made in a temporary folder,
 * never in content/) cold, then warm after changing one article, and prints a
 * table of phases, ms per page, processor time, peak memory of the whole
 * process tree and output sizes. With several runs, each figure is the median,
 * and the totals' range is shown too: shared or throttled machines vary.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildReport } from '../src/integrations/build-report.ts';
import { generateArchive } from './synthetic-archive.ts';

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
const pairs = Number(values.pairs);
const runs = Number(values.runs);
if (!Number.isInteger(pairs) || pairs < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('--pairs and --runs must be whole numbers, e.g. --pairs 1000 --runs 3');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), `newsletter-bench-${pairs}-`));
const content = join(work, 'content');
const out = join(work, 'dist');
const cache = join(work, 'cache');
const trash = join(work, 'trash');

/**
 * Takes a folder out of the build's way without deleting it: it is deleted
 * with the rest when the benchmark ends. Deleting the last build's 110,000
 * files just before a build can make that build's own file creation ten
 * times slower: on ext4 without a journal, the kernel will not reuse an
 * inode freed in the last few minutes, and checks every such inode it
 * passes (`recently_deleted`, seen with `perf`). A build on a fresh clone
 * deletes nothing first.
 */
function putAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, String(readdirSync(trash).length)));
}

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

/**
 * Processor seconds a process has used, with those of the children it has
 * waited for (Linux /proc): all of it, and the kernel's part (mostly the file
 * system's, which varies most from one build to the next on a virtual machine).
 */
function cpuSeconds(pid: number): { total: number; kernel: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime, in clock ticks (100 a second on Linux).
    const ticks = (...at: number[]) => at.reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
    return { total: ticks(11, 12, 13, 14), kernel: ticks(12, 14) };
  } catch {
    return { total: 0, kernel: 0 };
  }
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((n, e) => n + sizeOf(join(path, e)), 0) : stat.size;
}

interface Run {
  wall: number;
  /** Processor time of the build and its children, in seconds (sampled; Linux only). */
  cpu: number;
  /** The kernel's part of `cpu`. */
  kernel: number;
  peak: number;
  phases: Record<string, number>;
  pages: number;
  searchMs: number;
}

async function build(): Promise<Run> {
  putAside(out);
  // Every build starts with nothing waiting to be written to disk: otherwise a
  // build pays for the last one's gigabyte of writes as they are flushed.
  // (Where there is no `sync` command, nothing happens.)
  spawnSync('sync');
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  let cpu = { total: 0, kernel: 0 };
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
    // The last reading before the process ends (it reads 0 once it has gone).
    const now = cpuSeconds(child.pid!);
    if (now.total >= cpu.total) cpu = now;
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = performance.now() - started;
  if (code !== 0) throw new Error(`the build failed:\n${log.slice(-3000)}`);
  // What the build did, as the newsletter's integration reports it (not as Astro's log words it).
  const { marks, pages, search } = JSON.parse(readFileSync(join(cache, 'build-report.json'), 'utf8')) as BuildReport;
  const searchMs = search?.waitedMs ?? 0;
  return {
    wall,
    cpu: cpu.total,
    kernel: cpu.kernel,
    peak,
    pages,
    searchMs,
    phases: {
      'content check and sync': marks.buildStart - marks.setup,
      'pages, social cards, images': marks.generated - marks.buildStart,
      'start-up, sitemap, emails, search': wall - (marks.generated - marks.setup),
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Every run starts from the same archive: the changed article's text and date
// (a newer English story marks its Spanish translation outdated).
const original = { text: readFileSync(archive.changeable, 'utf8'), times: statSync(archive.changeable) };
const colds: Run[] = [];
const warms: Run[] = [];
let distSize = 0;
let indexSize = 0;
for (let run = 1; run <= runs; run++) {
  const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
  console.log(`Cold build (no caches)${of} …`);
  writeFileSync(archive.changeable, original.text);
  utimesSync(archive.changeable, original.times.atime, original.times.mtime);
  putAside(cache);
  colds.push(await build());
  distSize = sizeOf(out);
  indexSize = sizeOf(join(out, 'pagefind'));
  console.log(`Warm build (one article changed)${of} …`);
  appendFileSync(archive.changeable, '\nOne more sentence, added by the benchmark.\n');
  warms.push(await build());
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const typical = (list: Run[], of: (r: Run) => number) => median(list.map(of));
const range = (list: Run[], of: (r: Run) => number, show: (n: number) => string) => `${show(Math.min(...list.map(of)))}–${show(Math.max(...list.map(of)))}`;
const both = (of: (r: Run) => number, show: (n: number) => string): [string, string] => [show(typical(colds, of)), show(typical(warms, of))];
const cold = colds[0]!;

const rows: [string, string, string][] = [
  ['pages', String(cold.pages), String(warms[0]!.pages)],
  ['articles', String(archive.articles), String(archive.articles)],
  ...Object.keys(cold.phases).map((k) => [k, ...both((r) => r.phases[k]!, seconds)] as [string, string, string]),
  ['  of which waiting for the search index', ...both((r) => r.searchMs, seconds)],
  ['total (wall)', ...both((r) => r.wall, seconds)],
  ...(runs > 1 ? [['  range of the runs', range(colds, (r) => r.wall, seconds), range(warms, (r) => r.wall, seconds)] as [string, string, string]] : []),
  ['processor time (all cores)', ...both((r) => r.cpu * 1000, seconds)],
  ['  of which in the kernel', ...both((r) => r.kernel * 1000, seconds)],
  [
    'ms per page',
    ...both(
      (r) => r.wall / r.pages,
      (n) => n.toFixed(1),
    ),
  ],
  ['peak memory (process tree)', ...both((r) => r.peak, mb)],
  ['dist/ size', mb(distSize), ''],
  ['search index size', mb(indexSize), ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
const column = Math.max(8, ...rows.map((r) => r[1].length));
console.log(
  `\n${pairs} pairs on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}${runs > 1 ? `; medians of ${runs} runs` : ''}\n`,
);
console.log(`${'measure'.padEnd(width)} | ${'cold'.padEnd(column)} | warm`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(column)}-|---------`);
for (const [name, a, b] of rows) console.log(`${name.padEnd(width)} | ${a.padEnd(column)} | ${b}`);
console.log(`\nwarm / cold: ${(typical(warms, (r) => r.wall) / typical(colds, (r) => r.wall)).toFixed(2)}`);

rmSync(trash, { recursive: true, force: true });
if (values.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });
