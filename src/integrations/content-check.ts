import type { AstroIntegration } from 'astro';
import { checkContent, type ContentCheck } from '../lib/content-check.ts';
import { formatText, hasErrors } from '../lib/problems.ts';

/**
 * Runs `npm run check`'s checks before Astro reads any content, so a broken
 * article stops the build with the editors' message (file, line, field,
 * value, nearest valid choices) rather than a stack trace. In `astro dev` the
 * problems are logged and the server keeps running.
 */
export function contentCheck(contentDir: string, onChecked: (checked: ContentCheck) => void): AstroIntegration {
  return {
    name: 'newsletter:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const checked = checkContent(contentDir);
        onChecked(checked);
        const { problems } = checked;
        if (problems.length === 0) return;
        const report = formatText(problems);
        if (hasErrors(problems) && command === 'build') {
          throw new Error(`The content has errors; nothing was built.\n\n${report}`);
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
