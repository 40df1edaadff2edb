import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import type { ErrorPayload } from 'vite';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { checkContent, forBuild, type BuildContent } from '../lib/content/content-check.ts';
import { recordLinkTargets } from '../lib/content/link-targets.ts';
import { messageLanguage } from '../lib/content/message-language.ts';
import { formatText, hasErrors, type Problem } from '../lib/content/problems.ts';

/** How long the dev server waits after a content file's last event before checking again. */
const SETTLE_MS = 150;

/**
 * The dev server's error overlay for the content's errors: the same
 * `file:line: error: message` lines as the build prints, naming the first
 * file so the overlay can say where.
 */
function overlayError(problems: readonly Problem[], report: string, language: Locale): ErrorPayload['err'] {
  const first = problems.find((p) => p.severity === 'error')!;
  return {
    message: `${useTranslations(language)('checker:lastValidVersion')}\n\n${report}`,
    stack: '',
    id: first.file,
    loc: { file: first.file, line: first.line, column: 1 },
    plugin: 'newsletter:content-check',
  };
}

/**
 * Runs `npm run check`'s checks before Astro reads any content, so a broken
 * article stops the build with the editors' message (file, line, field,
 * value, nearest valid choices) rather than a stack trace. Then records
 * where linked articles live, so that no article Astro kept from the last
 * build links to another's old URL.
 *
 * In `astro dev` the server keeps running: the checks run again whenever a
 * file under the content folder changes, and their errors are printed in the
 * terminal and shown over the page in the browser (Vite's error overlay, also
 * to a browser that connects later), until a change fixes them.
 *
 * Its messages are in the system locale's language (see `messageLanguage`).
 */
export function contentCheck(contentDir: string, onChecked: (checked: BuildContent) => void): AstroIntegration {
  const language = messageLanguage();
  const t = useTranslations(language);
  /** What the check found when the server or build started. */
  let atStart: readonly Problem[] = [];
  return {
    name: 'newsletter:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const checked = forBuild(checkContent(contentDir, language));
        onChecked(checked);
        const { problems } = checked;
        atStart = problems;
        if (problems.length > 0) {
          const report = formatText(problems, language);
          if (hasErrors(problems) && command === 'build') {
            throw new Error(`${t('checker:notBuilt')}\n\n${report}`);
          }
          logger.warn(`\n${report}`);
        }
        // The articles' loader renders every article again when these differ from the last build's (see `articlesLoader`).
        recordLinkTargets(checked.articles, fileURLToPath(config.cacheDir));
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir);
        let shown: ErrorPayload['err'] | undefined;
        const recheck = () => {
          const checked = forBuild(checkContent(contentDir, language));
          onChecked(checked);
          const report = formatText(checked.problems, language);
          if (hasErrors(checked.problems)) {
            logger.error(`\n${report}`);
            shown = overlayError(checked.problems, report, language);
            server.hot.send({ type: 'error', err: shown });
          } else if (shown) {
            logger.info(t('checker:fixed'));
            shown = undefined;
            // Reloading clears the overlay and shows the corrected page.
            server.hot.send({ type: 'full-reload' });
          }
        };
        server.watcher.add(root);
        // A save is often several events (truncate, write; or write a copy, rename): check once they
        // settle, or a check could read a file half written and its last event be the one dropped.
        let settling: ReturnType<typeof setTimeout> | undefined;
        const onEvent = (file: string) => {
          if (!resolve(file).startsWith(`${root}${sep}`)) return;
          clearTimeout(settling);
          settling = setTimeout(recheck, SETTLE_MS);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
        if (hasErrors(atStart)) shown = overlayError(atStart, formatText(atStart, language), language);
        // A page opened (or reloaded) while the content is broken shows the errors too.
        server.hot.on('connection', () => {
          if (shown) server.hot.send({ type: 'error', err: shown });
        });
      },
    },
  };
}
