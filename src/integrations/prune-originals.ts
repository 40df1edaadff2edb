import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);
const TEXT = new Set(['.html', '.css', '.js', '.xml', '.json', '.txt']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Deletes the images in `_astro/` that no page, stylesheet or feed refers to.
 * Astro copies the original of every content image there (a 10 MB camera
 * photo included) even when only its resized versions are used; readers
 * never ask for it, so it is not deployed.
 */
export function pruneUnusedImages(): AstroIntegration {
  return {
    name: 'newsletter:prune-unused-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = files(root);
        const referenced = new Set<string>();
        for (const file of all.filter((f) => TEXT.has(extname(f)))) {
          for (const match of readFileSync(file, 'utf8').matchAll(/_astro\/([^"'\s),?#<>]+)/g)) referenced.add(match[1]!);
        }
        const unused = all.filter((f) => f.startsWith(join(root, '_astro')) && IMAGE.has(extname(f).toLowerCase()) && !referenced.has(f.slice(join(root, '_astro/').length)));
        for (const file of unused) rmSync(file);
        if (unused.length) logger.info(`Removed ${unused.length} unused original image${unused.length === 1 ? '' : 's'}.`);
      },
    },
  };
}
