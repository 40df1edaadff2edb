import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { BuildContent } from '../lib/content-check.ts';
import type { writeEditionEmails } from '../lib/email.ts';
import { backgroundStep } from './background-step.ts';
import { runInWorker } from './worker.ts';

/**
 * Writes every edition's email, in every language, into `dist/email/` when
 * the build is done, from the content check the build already ran; compiled
 * emails are kept in `cacheDir` for the next build. MJML runs in a worker
 * thread, so the build's other last steps (sitemap, search index) go on
 * meanwhile, and its garbage does not swell the build's own memory.
 */
export function editionEmails(checked: () => BuildContent | undefined, site: string, cacheDir: string): { start: AstroIntegration; finish: AstroIntegration } {
  return backgroundStep('newsletter:emails', async ({ dir }) => {
    const content = checked();
    if (!content) throw new Error('The emails need the content check, which did not run.');
    const files = await runInWorker<number>(new URL('./emails-worker.ts', import.meta.url), {
      content,
      outDir: fileURLToPath(dir),
      site,
      cacheDir,
    } satisfies Parameters<typeof writeEditionEmails>[0]);
    return `Emails: ${files / 2} (HTML and text).`;
  });
}
