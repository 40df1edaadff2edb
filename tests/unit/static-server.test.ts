import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/static-server.ts';

describe('the test and preview static server', () => {
  // A built site in a folder, beside a file that is not part of it.
  const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  const site = join(parent, 'site');
  mkdirSync(join(site, 'en'), { recursive: true });
  writeFileSync(join(site, 'en/index.html'), 'home');
  writeFileSync(join(site, '404.html'), 'not found');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  // A link in the output to a file outside it, and one to a file inside it.
  symlinkSync(join(parent, 'secret.txt'), join(site, 'out.txt'));
  symlinkSync(join(site, 'en/index.html'), join(site, 'in.html'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('serves the site’s files under its base, and nothing outside its folder however the path is spelt', async () => {
    const { url, server } = await serve(site, '/newsletter/');
    try {
      const get = async (path: string) => {
        const response = await fetch(`${url}${path}`);
        return `${response.status} ${await response.text()}`;
      };
      expect(await get('/newsletter/en/')).toBe('200 home');
      expect(await get('/en/')).toBe('404 not found');
      for (const path of ['/newsletter/..%2fsecret.txt', '/newsletter/%2e%2e/secret.txt', '/newsletter/en/..%2f..%2fsecret.txt', '/newsletter/%E0%A4%A']) {
        expect(await get(path), path).toBe('404 not found');
      }
    } finally {
      server.close();
    }
  });

  it('serves nothing outside its folder at the root base either, nor through a link that leads out of it', async () => {
    const { url, server } = await serve(site);
    try {
      const get = async (path: string) => {
        const response = await fetch(`${url}${path}`);
        return `${response.status} ${await response.text()}`;
      };
      expect(await get('/in.html')).toBe('200 home');
      for (const path of ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/%2E%2E/secret.txt', '/en/%2e%2e/%2e%2e/secret.txt', '/out.txt']) {
        expect(await get(path), path).toBe('404 not found');
      }
    } finally {
      server.close();
    }
  });
});
