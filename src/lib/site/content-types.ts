import { extname } from 'node:path';

/** The media types of the files a built site serves (pages, styles, scripts, pictures, the editor's fonts and WebAssembly). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file's `Content-Type`, from its extension (bytes for one it does not know). */
export function contentType(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}
