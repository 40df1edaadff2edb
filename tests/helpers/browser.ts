import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import axe from 'axe-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { HEADLESS_ARGS } from '../../scripts/lib/chromium.ts';
import { builtSite } from './build.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for a built site on a free loopback port, as a static host would serve it under `base`. */
export async function serve(dir: string, base = '/'): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
    const file = inside === undefined ? undefined : join(dir, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
    try {
      if (!file) throw new Error('outside base');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, requests };
}

/** The Chromium the browser tier's setup found (never downloaded), headless, with no background network traffic. */
export function launchBrowser(): Promise<Browser> {
  const found = inject('chromium');
  return chromium.launch({ executablePath: found.executablePath, args: HEADLESS_ARGS, env: { ...process.env, ...found.env } as Record<string, string> });
}

/** axe-core's WCAG 2.2 A/AA violations on the loaded page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

/**
 * One Chromium and one static server per built site for a test file, started
 * before its tests and stopped after them. `session.server` is the first site's.
 */
export function browserSession(...sites: { name: Parameters<typeof builtSite>[0]; base?: string }[]) {
  let browser: Browser | undefined;
  const servers: Awaited<ReturnType<typeof serve>>[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const site of sites) servers.push(await serve(builtSite(site.name), site.base));
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.server.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get server() {
      return servers[0]!;
    },
    servers,
  };
}
