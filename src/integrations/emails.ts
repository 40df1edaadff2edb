import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailServiceHint } from '../config/newsletter.ts';
import type { BuildContent } from '../lib/content/content-check.ts';
import type { writeEditionEmails } from '../lib/email/write-emails.ts';
import { publishTree } from '../lib/cache/publish.ts';
import { runInWorker, type TaskQueue } from './worker.ts';

/**
 * Every edition's email, in every language, in `dist/email/`. Emails need
 * only the checked content (their pictures are made from the articles'
 * source images), so a worker thread writes them while Astro renders pages,
 * through `queue` (after the social cards), not while Astro loads content
 * on the main thread (MJML's garbage would slow it). Compiled emails and
 * pictures are kept in `cacheDir` for the next build; the emails are put
 * into the output when the build is done, with one warning if the
 * declaration names no sending service (they then have no unsubscribe link).
 */
export function editionEmails(checked: () => BuildContent | undefined, site: string, cacheDir: string, queue: TaskQueue): AstroIntegration {
  // This build's emails, written outside the output (which Astro may clear), then linked into it.
  const written = join(cacheDir, 'build');
  let writing: Promise<number> | undefined;
  return {
    name: 'newsletter:emails',
    hooks: {
      'astro:build:start': () => {
        const content = checked();
        if (!content) throw new Error('The emails need the content check, which did not run: put contentCheck before editionEmails.');
        rmSync(written, { recursive: true, force: true });
        writing = queue(() =>
          runInWorker<number>(new URL('./emails-worker.ts', import.meta.url), {
            content,
            outDir: written,
            site,
            cacheDir,
          } satisfies Parameters<typeof writeEditionEmails>[0]),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writing) throw new Error('The emails were never started.');
        const started = performance.now();
        const files = await writing;
        const waited = performance.now() - started;
        if (existsSync(written)) publishTree(written, fileURLToPath(dir));
        logger.info(`Emails: ${files / 2} (HTML and text; waited ${Math.round(waited)} ms for them).`);
        // Information, not a warning: a newsletter that sends no email is built as it should be.
        const hint = emailServiceHint();
        if (hint) logger.info(hint);
      },
    },
  };
}
