import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { withLocale } from './locale.ts';
import { holdAstro } from './astro-lock.ts';

/** A free loopback port for a dev server. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Waits until `check` holds, or fails after `ms` with what was last seen. */
export async function until<T>(what: string, read: () => Promise<T> | T, check: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${String(value).slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

/**
 * Starts one of the project's scripts (`args[0]`, run by the pinned Node) as
 * a process group with the test environment's variables minus vitest's own,
 * in the system locale `locale` (English messages by default, whatever the
 * machine's), collecting what it prints. `stop()` kills it and everything it started.
 * The scripts started so run Astro's dev server: no other Astro runs meanwhile (see `holdAstro`).
 */
export function startScript(args: string[], env: Record<string, string>, locale = 'en_GB.UTF-8') {
  const clean = withLocale(
    locale,
    Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITE') && !['DEV', 'PROD', 'MODE', 'SSR', 'TEST', 'BASE_URL', 'NODE_ENV'].includes(k)),
    ),
  );
  const done = holdAstro();
  const child = spawn(process.execPath, args, {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    detached: true,
  });
  const output = { log: '' };
  child.stdout.on('data', (d: Buffer) => (output.log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output.log += d.toString()));
  child.once('exit', done);
  return {
    output,
    stop: () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}
