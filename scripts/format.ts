/**
 * `npm run format`: Prettier over the project's code (`.prettierignore`
 * leaves out the editors' content and the prose), rewriting files in its
 * format. `npm run format -- --check` rewrites nothing and fails, naming the
 * files, when one is not in it (CI): Prettier's own `--check` beside
 * `--write` would fix the files and pass.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const run = spawnSync(process.execPath, [prettier, '.', ...(args.includes('--check') ? [] : ['--write']), ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
