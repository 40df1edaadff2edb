import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerOfflineWorker } from '../browser/offline-loader.ts';
import { offlineWorker, type KeptLanguage, type OfflineConfig } from '../browser/offline-worker.ts';
import { newsletter } from '../config/newsletter.ts';
import { editorUrl, offlineListUrl, offlineLoaderUrl, offlineWorkerUrl, outputPath } from '../lib/site/urls.ts';
import type { BuiltSite } from './built-site.ts';

/** A function's source as a script that calls it: indentation, whole-line comments and runs of spaces left out, since every reader downloads it. */
export function callScript(fn: (arg: never) => void, arg: unknown): string {
  const source = fn
    .toString()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n')
    // What stripping the types left: runs of spaces.
    .replace(/ {2,}/g, ' ');
  return `(${source})(${JSON.stringify(arg)});\n`;
}

/**
 * Writes the offline worker and its loader once the pages are built: the
 * worker with what each language keeps (the list the build rendered from the
 * site model, `offline.json`) and a build id, a hash of those pages (whose
 * stylesheets and pictures have content-hashed names) and of the worker's own
 * code, so that a build that changes them gets a new cache and one that does
 * not keeps the readers' copies.
 */
export function offlineReading(base: string, site: () => BuiltSite): AstroIntegration {
  return {
    name: 'newsletter:offline-reading',
    hooks: {
      'astro:build:done': () => {
        const { root } = site();
        const file = (url: string) => join(root, outputPath(url, base));
        const languages = JSON.parse(readFileSync(file(offlineListUrl(base)), 'utf8')) as Record<string, KeptLanguage>;
        const worker = offlineWorker.toString();
        const hash = createHash('sha256').update(worker).update(JSON.stringify(languages));
        for (const kept of Object.values(languages)) {
          for (const path of [kept.home, kept.offline, ...(kept.edition ? [kept.edition] : []), ...kept.stories])
            hash.update(readFileSync(join(file(path), 'index.html')));
        }
        const config: OfflineConfig = {
          build: hash.digest('hex').slice(0, 16),
          base,
          editor: editorUrl(base),
          fallback: newsletter.defaultLanguage,
          languages,
        };
        writeFileSync(file(offlineWorkerUrl(base)), callScript(offlineWorker, config));
        writeFileSync(file(offlineLoaderUrl(base)), callScript(registerOfflineWorker, offlineWorkerUrl(base)));
      },
    },
  };
}
