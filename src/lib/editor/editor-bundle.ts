import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { EDITOR_SCRIPT } from './editor-files.ts';
import { sveltiaPatches } from './sveltia-patches.ts';
import { stringsFiles, sveltiaStrings } from './sveltia-strings.ts';

/** The page script, bundled with Sveltia CMS from npm (its UI strings, fonts and workers included, so nothing comes from a CDN). */
const ENTRY = resolve(import.meta.dirname, '../../browser/editor/editor.ts');

/** What a bundle was made from: the editor's version and each of our modules' hash. */
interface BundleManifest {
  sveltia: string;
  /** The hash of the files that make it (`recipe`): a change to how the bundle is made makes it again. */
  recipe: string;
  modules: Record<string, string>;
}

const MANIFEST = 'bundle.json';
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64url');

/**
 * The files that say how the bundle is made: this module, the changes it makes
 * to Sveltia CMS, and the strings it adds to its translations (each by name
 * too, so that adding, removing or renaming a language's file makes it again).
 */
const recipe = () => [
  import.meta.filename,
  resolve(import.meta.dirname, 'sveltia-patches.ts'),
  resolve(import.meta.dirname, 'icon-font.ts'),
  resolve(import.meta.dirname, 'sveltia-strings.ts'),
  ...stringsFiles().map(({ file }) => file),
];
const fingerprint = (file: string) => `${relative(import.meta.dirname, file)}:${hashOf(file)}`;
const recipeHash = () => createHash('sha256').update(recipe().map(fingerprint).join()).digest('base64url');

/** Sveltia CMS's installed version. */
function sveltiaVersion(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@sveltia/cms');
  return (JSON.parse(readFileSync(resolve(main, '../../package.json'), 'utf8')) as { version: string }).version;
}

/** Whether the bundle in `dir` was made from the modules as they are now. */
function isCurrent(dir: string, version: string): boolean {
  const file = join(dir, MANIFEST);
  if (!existsSync(file) || !existsSync(join(dir, EDITOR_SCRIPT))) return false;
  const made = JSON.parse(readFileSync(file, 'utf8')) as BundleManifest;
  return (
    made.sveltia === version &&
    made.recipe === recipeHash() &&
    Object.entries(made.modules).every(([module, hash]) => existsSync(module) && hashOf(module) === hash)
  );
}

/**
 * The editor's bundle (`editor.js` and its lazily loaded chunks, about
 * 8 MB, of which a session loads what it uses), made by Vite in `cache` and
 * made again only when Sveltia CMS or one of our modules changed: it is the
 * same for every site and every build.
 */
export async function editorBundle(cache: string): Promise<string> {
  const dir = join(cache, 'bundle');
  const version = sveltiaVersion();
  if (isCurrent(dir, version)) return dir;
  const { build } = await import('vite');
  const building = `${dir}.partial`;
  rmSync(building, { recursive: true, force: true });
  const output = await build({
    configFile: false,
    // The site's own public folder is not the editor's.
    publicDir: false,
    logLevel: 'warn',
    base: './',
    // Sveltia CMS as this project needs it: nothing from other hosts, zoom allowed, only what it uses,
    // and no English left in its translations of the newsletter's languages.
    plugins: [sveltiaPatches(), sveltiaStrings()],
    build: {
      outDir: building,
      emptyOutDir: true,
      // Sveltia CMS comes minified, but not what is bundled with it (its dependencies, ours):
      // minified, the editor's first load is 0.7 MB (100 KB compressed) lighter, for 4 s once per recipe.
      minify: true,
      // Its own modules target current browsers (top-level await included).
      target: 'esnext',
      reportCompressedSize: false,
      rolldownOptions: {
        input: ENTRY,
        output: { entryFileNames: EDITOR_SCRIPT, chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const modules = results
    .flatMap((r) => ('output' in r ? r.output : []))
    .flatMap((chunk) => ('moduleIds' in chunk ? chunk.moduleIds : []))
    .filter((id) => !id.includes('/node_modules/') && existsSync(id));
  const manifest: BundleManifest = { sveltia: version, recipe: recipeHash(), modules: Object.fromEntries([...new Set(modules)].map((m) => [m, hashOf(m)])) };
  writeFileSync(join(building, MANIFEST), JSON.stringify(manifest, null, 2));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  renameSync(building, dir);
  return dir;
}
