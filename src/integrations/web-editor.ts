import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsletter } from '../config/newsletter.ts';
import { locales } from '../i18n/locales.ts';
import type { BuildContent } from '../lib/content/content-check.ts';
import { loadVocabularies } from '../lib/content/vocabulary.ts';
import { adminPage } from '../lib/editor/admin-page.ts';
import { settingsFile } from '../lib/editor/editor-files.ts';
import { contentType } from '../lib/site/content-types.ts';
import { editorUrl, normalizeBase, outputPath } from '../lib/site/urls.ts';
import { isViewPath, redirectPage, storyPages } from '../lib/editor/story-pages.ts';
import { editorBundle } from '../lib/editor/editor-bundle.ts';
import { editorSettings, type EditorBackend } from '../lib/editor/editor-config.ts';
import { withWorkingSignIn } from '../lib/editor/sign-in.ts';

/**
 * The GitHub repository the editor commits to: `EDITOR_REPO` for one build
 * (`owner/name`, or empty for none, as the tests' builds say), else the
 * declared one, else the one the site is built from (its `origin` remote,
 * when that is on github.com), else none (local editing only).
 */
export function editorBackend(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): EditorBackend {
  if (env['EDITOR_REPO'] !== undefined) return { ...newsletter.editor, repo: env['EDITOR_REPO'] || undefined };
  if (newsletter.editor.repo) return newsletter.editor;
  let origin = '';
  try {
    origin = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout, or no origin: the editor still edits a local copy.
  }
  const repo = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(origin)?.[1];
  return { ...newsletter.editor, repo };
}

/** Every file the editor's folder holds besides the bundle: the page and each language's settings, whose links open stories on `site`. */
function editorFiles(
  vocabularies: BuildContent['vocabularies'],
  backend: EditorBackend,
  contentDir: string,
  site: { url: string; base: string },
): Map<string, string> {
  const files = new Map<string, string>([['index.html', adminPage(backend)]]);
  // The content folder as the repository sees it (`content` unless CONTENT_DIR moved it inside the project).
  const inProject = relative(process.cwd(), contentDir);
  const contentFolder = inProject && !inProject.startsWith('..') && !isAbsolute(inProject) ? inProject.split(sep).join('/') : 'content';
  // Stories with components (MDX) get a collection of their own in the languages that have some.
  const withComponents = locales.filter(
    (locale) => existsSync(join(contentDir, 'articles', locale)) && readdirSync(join(contentDir, 'articles', locale)).some((file) => file.endsWith('.mdx')),
  );
  for (const locale of locales)
    files.set(settingsFile(locale), JSON.stringify(withWorkingSignIn(editorSettings(locale, vocabularies, backend, { contentFolder, withComponents, site }))));
  return files;
}

/**
 * The web editor at `/admin/` (Sveltia CMS): its page, its configuration in
 * each language (generated from the declaration and the vocabularies, so a
 * new term or language needs no change here) and its bundle, written into
 * the build and served by `astro dev`. No reader page links to it or loads
 * its code.
 */
export function webEditor(contentDir: string, cache: string, checked: () => BuildContent | undefined): AstroIntegration {
  /** The editor's page under the site's base ("/newsletter/admin/"), known once Astro's config is. */
  let page = editorUrl('/');
  let folder = outputPath(page, '/');
  let base = '/';
  /** The live site, where the built editor opens a story's page. */
  let live = '';
  /** The bundle, started with the build: made (or found in the cache) while the pages render. */
  let bundled: Promise<string> | undefined;
  return {
    name: 'newsletter:web-editor',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        base = normalizeBase(config.base);
        live = config.site ?? '';
        page = editorUrl(base);
        folder = outputPath(page, base);
        if (command === 'build') {
          bundled = editorBundle(cache);
          // Awaited when the build is done; until then a failure must not go unhandled.
          bundled.catch(() => {});
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const backend = editorBackend();
        const bundle = editorBundle(cache);
        bundle.catch((error: unknown) => logger.error(`The web editor could not be bundled: ${String(error)}`));
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (`${path}/` === page) {
            response.writeHead(301, { location: page }).end();
            return;
          }
          if (!path.startsWith(page)) return next();
          // A story's "View on Live Site": its page on this server, as the latest content check knows it (drafts too, as the dev server shows them).
          const story = isViewPath(path, base) ? storyPages(checked()?.articles ?? [], true, base).get(path.endsWith('/') ? path : `${path}/`) : undefined;
          if (story) {
            response.writeHead(302, { location: story, 'cache-control': 'no-store' }).end();
            return;
          }
          const name = path.slice(page.length) || 'index.html';
          // Read the vocabularies afresh: a term added while editing shows on reload. Stories open on this server, as the browser reached it.
          const site = { url: `http://${request.headers.host ?? 'localhost'}`, base };
          const generated = editorFiles(loadVocabularies(contentDir).vocabularies, backend, contentDir, site).get(name);
          const send = (body: string | Buffer) => response.writeHead(200, { 'content-type': contentType(name), 'cache-control': 'no-store' }).end(body);
          if (generated !== undefined) return send(generated);
          bundle.then(
            (dir) => {
              const file = normalize(join(dir, name));
              if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
              send(readFileSync(file));
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const content = checked();
        if (!content) return;
        const backend = editorBackend();
        if (!backend.repo) {
          logger.info(
            `The web editor (${page}) knows no GitHub repository: it can edit a local copy only. Set editor.repo in the newsletter's declaration (see docs/editors.md, "The web editor").`,
          );
        }
        const out = join(fileURLToPath(dir), folder);
        mkdirSync(out, { recursive: true });
        cpSync(await (bundled ?? editorBundle(cache)), out, { recursive: true, filter: (file) => !file.endsWith('bundle.json') });
        for (const [name, text] of editorFiles(content.vocabularies, backend, contentDir, { url: live, base })) writeFileSync(join(out, name), text);
        // Each published story's view page, which its "View on Live Site" link opens.
        for (const [path, url] of storyPages(content.articles, false, base)) {
          const file = join(fileURLToPath(dir), outputPath(path, base), 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(url));
        }
      },
    },
  };
}
