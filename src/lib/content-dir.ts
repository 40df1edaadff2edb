import { resolve } from 'node:path';

/**
 * The content directory: `content/` unless `CONTENT_DIR` names another one
 * (the benchmark and the build tests point it at generated fixtures).
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CONTENT_DIR'] || 'content');
}
