import { newsletter } from '../../config/newsletter.ts';
import { defaultLocale, locales } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { escapeHtml } from '../site/html.ts';
import type { EditorBackend } from './editor-config.ts';
import { EDITOR_SCRIPT } from './editor-files.ts';

/**
 * The web editor's Content Security Policy: the readers' one, relaxed only as
 * much as Sveltia CMS needs, and only on `/admin/`. Its styles are set by
 * its script ('unsafe-inline'); it compiles WebAssembly to convert pictures;
 * it previews uploads from blob: URLs; once deployed it talks to GitHub's API
 * and shows the editors' GitHub avatars. Nothing else leaves the site.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * `/admin/index.html`: an empty page that loads the editor. Kept out of
 * search engines (noindex, and no reader page links to it); written after
 * the steps that read the built pages, so it is in no sitemap or search index.
 * Without a repository it holds, in each language, how to connect one, which
 * the script shows on the sign-in screen (`src/browser/editor/sign-in.ts`).
 */
export function adminPage(backend: EditorBackend): string {
  const t = useTranslations(defaultLocale);
  // The default language first: the script falls back on it.
  const offered = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  return [
    '<!DOCTYPE html>',
    `<html lang="${defaultLocale}" data-languages="${offered.join(' ')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="content-security-policy" content="${EDITOR_POLICY}">`,
    `<title>${escapeHtml(t('editor:title', { name: newsletter.name[defaultLocale] }))}</title>`,
    `<script type="module" src="./${EDITOR_SCRIPT}"></script>`,
    '</head>',
    '<body>',
    ...(backend.repo
      ? []
      : ['<template id="no-repository">', ...offered.map((l) => `<p lang="${l}">${escapeHtml(useTranslations(l)('editor:noRepository'))}</p>`), '</template>']),
    ...offered.map((l) => `<noscript><p lang="${l}">${escapeHtml(useTranslations(l)('editor:needsJavaScript'))}</p></noscript>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
