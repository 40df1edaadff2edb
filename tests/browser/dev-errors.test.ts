import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { withLocale } from '../helpers/locale.ts';

const ASTRO = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const fixture = contentFixture();
const story = join(fixture.dir, 'articles/en/coffee-network.md');
const original = readFileSync(story, 'utf8');

/** A free loopback port for the dev server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Waits until `check` holds, or fails after `ms` with what was last seen. */
async function until<T>(what: string, read: () => Promise<T> | T, check: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last seen: ${String(value).slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

describe('npm run dev and a content error', () => {
  let stop = () => {};
  afterAll(() => {
    stop();
    fixture.cleanup();
  });

  it('shows the checker’s file:line message in the terminal and over the page, and clears it once fixed', async () => {
    const port = await freePort();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITE') && !['DEV', 'PROD', 'MODE', 'SSR', 'TEST', 'BASE_URL', 'NODE_ENV'].includes(k)));
    const dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: resolve(import.meta.dirname, '../..'),
      // The messages in English, whatever the machine's locale.
      env: { ...withLocale('en_GB.UTF-8', env), CONTENT_DIR: fixture.dir, CACHE_DIR: join(fixture.dir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      detached: true,
    });
    let log = '';
    dev.stdout.on('data', (d: Buffer) => (log += d.toString()));
    dev.stderr.on('data', (d: Buffer) => (log += d.toString()));
    stop = () => {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGKILL');
    };
    await until('the dev server', () => log, (l) => l.includes(`127.0.0.1:${port}`));

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const url = `http://127.0.0.1:${port}${articleUrl('en', 'coffee-network')}`;
      await page.goto(url);
      const title = await page.textContent('h1');

      writeFileSync(story, original.replace(/^topic: .*$/m, 'topic: [child-labor]'));
      const message = /coffee-network\.md:\d+: error: the topic 'child-labor' does not exist; did you mean 'child-labour'\?/;
      await until('the terminal to print the error', () => log, (l) => message.test(l));
      const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      await until('the overlay', overlay, (text) => message.test(text));
      expect(await overlay()).toContain('The content has errors; the pages show its last valid version.');
      // A page opened while the content is broken shows it too.
      await page.reload();
      await until('the overlay after a reload', overlay, (text) => message.test(text));

      writeFileSync(story, original.replace(/^title: .*$/m, 'title: A corrected story'));
      await until('the page to show the fix', async () => (await page.textContent('h1').catch(() => '')) ?? '', (h1) => h1 === 'A corrected story');
      // Astro's own content reload and the check's may arrive in either order: the overlay goes once both have.
      await until('the overlay to go', () => overlay().catch(() => 'reloading'), (text) => text === '');
      expect(await page.textContent('h1')).toBe('A corrected story');
      await until('the terminal to say the errors are fixed', () => log, (l) => l.includes('The content errors are fixed.'));
      expect(title).not.toBe('A corrected story');
    } finally {
      await browser.close();
      stop();
    }
  }, 180_000);
});
