import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeEditionEmails } from '../lib/email.ts';

/** Writes every edition's email, in every language, into `dist/email/` at the end of the build. */
export function editionEmails(contentDir: string): AstroIntegration {
  let site = '';
  return {
    name: 'newsletter:emails',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeEditionEmails({ contentDir, outDir: fileURLToPath(dir), site });
        logger.info(`Emails: ${files.length / 2} (HTML and text).`);
      },
    },
  };
}
