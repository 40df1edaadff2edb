import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentType } from '../../src/lib/site/content-types.ts';
import { resolveSitePath } from '../../src/lib/verify/built-output.ts';

/** A path as the site names its files, or as it came when it is not valid percent-encoding. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A static server for a built site on a free loopback port, as a static host would serve it under `base`. */
export async function serve(dir: string, base = '/'): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const raw = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(decoded(raw));
    // Nothing outside the folder, however the path is spelt.
    const file = resolveSitePath(dir, base, raw);
    try {
      if (!file) throw new Error('not in the site');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': contentType(file) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': contentType('404.html') });
      res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, requests };
}
