import { basename, extname } from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import { escapeHtml } from '../site/html.ts';
import { articleUrl, editorViewUrl } from '../site/urls.ts';

/**
 * Sveltia CMS's `preview_path` for a language's stories: the editor's own
 * view page of the story file (see `storyPages`). A template cannot name each language's
 * section ("articles", "articulos"), and the site's addresses come from
 * `urls.ts` only, so the link leads to a page that knows the address. The
 * base is in it: Sveltia keeps only the origin of `site_url`.
 */
export function storyPreviewPath(language: Locale, base: string): string {
  return editorViewUrl(language, '{{filename}}', base);
}

/** Whether a path is one of the editor's view pages (what `storyPreviewPath` leads to). */
export function isViewPath(path: string, base: string): boolean {
  const pattern = editorViewUrl('{{locale}}', '{{filename}}', base);
  return path.startsWith(pattern.slice(0, pattern.indexOf('{{')));
}

/** A story file as the content check read it (the parts used here). */
interface StoryFile {
  file: string;
  locale: Locale;
  slug: string;
  data?: { draft: boolean } | undefined;
}

/**
 * Each story file's view page (its path under the base) and the address of
 * the story's page on the site: every story with valid frontmatter, drafts
 * only when the site shows them (the dev server).
 */
export function storyPages(stories: readonly StoryFile[], includeDrafts: boolean, base: string): Map<string, string> {
  return new Map(
    stories
      .filter((s) => s.data && (includeDrafts || !s.data.draft))
      .map((s) => [editorViewUrl(s.locale, basename(s.file, extname(s.file)), base), articleUrl(s.locale, s.slug)]),
  );
}

/**
 * A view page of the built editor: it sends the browser on to the story's
 * page at once (a refresh, which the editor's policy allows where it allows
 * no inline script), with a link for a browser that does not follow it.
 */
export function redirectPage(url: string): string {
  const href = escapeHtml(url);
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<title>${href}</title>`,
    '</head>',
    `<body><p><a href="${href}">${href}</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}
