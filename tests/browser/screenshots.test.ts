import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { builtSite } from '../helpers/build.ts';

const root = resolve(import.meta.dirname, '../..');

describe('npm run screenshots', () => {
  it('writes, from a built site, every picture the README shows', () => {
    const out = mkdtempSync(join(tmpdir(), 'screenshots-'));
    const run = spawnSync(process.execPath, ['scripts/screenshots.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: builtSite('sample'), SCREENSHOTS_DIR: out, CHROMIUM_PATH: inject('chromium').executablePath },
    });
    expect(run.status, run.stderr).toBe(0);
    const written = readdirSync(out).sort();
    const shown = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\.github\/screenshots\/([\w-]+\.png)/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(written).toEqual([...new Set(shown)].sort());
    for (const file of written) expect(readFileSync(join(out, file)).subarray(1, 4).toString()).toBe('PNG');
    rmSync(out, { recursive: true });
  }, 120_000);
});
