import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { BuiltSite } from './built-site.ts';

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);

/**
 * Deletes the images in the assets folder (`build.assets`, `_astro/` by
 * default) that no page, stylesheet or feed refers to.
 * Astro copies the original of every content image there (a 10 MB camera
 * photo included) even when only its resized versions are used; readers
 * never ask for it, so it is not deployed.
 */
export function pruneUnusedImages(site: () => BuiltSite): AstroIntegration {
  return {
    name: 'newsletter:prune-unused-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { root, assets, files, referenced } = site();
        const folder = join(root, assets, sep);
        const unused = files.filter((f) => f.startsWith(folder) && IMAGE.has(extname(f).toLowerCase()) && !referenced.has(f.slice(folder.length)));
        for (const file of unused) rmSync(file);
        if (unused.length) logger.info(`Removed ${unused.length} unused original image${unused.length === 1 ? '' : 's'}.`);
      },
    },
  };
}
