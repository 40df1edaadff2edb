import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ContentCheck } from '../lib/content-check.ts';
import { writeEditionEmails } from '../lib/email.ts';

/**
 * Writes every edition's email, in every language, into `dist/email/` at the
 * end of the build, from the content check the build already ran; compiled
 * emails are kept in `cacheDir` for the next build.
 */
export function editionEmails(checked: () => ContentCheck | undefined, cacheDir: string): AstroIntegration {
  let site = '';
  return {
    name: 'newsletter:emails',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const content = checked();
        if (!content) throw new Error('The emails need the content check, which did not run.');
        const files = await writeEditionEmails({ content, outDir: fileURLToPath(dir), site, cacheDir });
        logger.info(`Emails: ${files.length / 2} (HTML and text).`);
      },
    },
  };
}
