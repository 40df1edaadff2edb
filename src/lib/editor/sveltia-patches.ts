import type { Plugin } from 'vite';
import { subsetIconFont } from './icon-font.ts';

/** One change to Sveltia CMS's published code: what it finds, how many times it must find it, and why. */
interface Patch {
  name: string;
  find: RegExp;
  /** How many matches the installed version has: any other number means its code changed, and the patch must be looked at again. */
  expected: number | 'at least one';
  replace: string;
}

/**
 * What this project changes in Sveltia CMS 0.221 (`@sveltia/cms/npm/index.js`),
 * each matched against its minified code. An upgrade that changes any of
 * them fails the bundle, naming the patch, rather than quietly bringing back
 * what it removed.
 */
export const PATCHES: Patch[] = [
  {
    // Its UI library's stylesheet also names the fonts on a CDN, which the
    // page's policy blocks (a console error each); the same fonts are
    // registered from the bundle's own copies (FontFace, `document.fonts`).
    name: 'fonts from a CDN',
    find: /\/\* https:\/\/fontsource\.org\/fonts\/[\w-]+\/cdn \*\/\s*@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g,
    expected: 3,
    replace: '',
  },
  {
    // Each backend polls its service's status page (www.githubstatus.com)
    // every five minutes, which the policy blocks; without `checkStatus` the
    // editor shows no status banner and asks nothing.
    name: 'service status checks',
    find: /checkStatus:[\w$]+,/g,
    expected: 'at least one',
    replace: '',
  },
  {
    // Its viewport meta says maximum-scale=1, which stops readers zooming (WCAG 1.4.4).
    name: 'zoom disabled',
    find: /`maximum-scale=1`,/g,
    expected: 1,
    replace: '',
  },
  {
    // An empty `auth_methods` is refused as a configuration error; this project
    // gives one when there is no repository, so that the sign-in screen offers
    // neither GitHub button, only the local folder (see `sign-in.ts`).
    name: 'no sign-in methods',
    find: /Array\.isArray\(([\w$]+)\)&&!\1\.length&&[\w$]+\.add\([\w$]+\(`config\.error\.no_auth_methods`\)\)/g,
    expected: 1,
    replace: 'void 0',
  },
  {
    // Unsaved work is backed up as the editor types and offered back when the
    // story is opened again (after Escape, the back arrow or a reload), but its
    // store is dropped as soon as its setup runs a second time with a
    // backend signed in (`if (backend && !store) {…return} store = null`), so
    // nothing was ever backed up. Kept while a backend is signed in.
    name: 'draft backups dropped',
    find: /(if\(([\w$]+)&&!([\w$]+)\)\{let\{databaseName:[\w$]+\}=\2\.repository\?\?\{\};if\([\w$]+\)\{\3=new [\w$]+\([\w$]+,`draft-backups`,[^}]*\}\);return\}\})\3=null/g,
    expected: 1,
    replace: '$1$2||($3=null)',
  },
  {
    // Its IndexedDB stores (file cache, settings, draft backups…) share one
    // database, each added by an upgrade to the next version when first
    // opened. Two opened at once both ask for the same next version: one
    // upgrade adds its store, the other finds the version already there and
    // keeps a connection without its store, so every later read or write
    // fails ("One of the specified object stores was not found"): backups
    // lost, and a save that stops half-way. Upgraded again until the store
    // is there.
    name: 'object stores raced',
    find: /return ([\w$]+)&&\(([\w$]+)\.close\(\),\2=await this\.#o\([\w$]+\+1\)\),\2\.onversionchange=/g,
    expected: 1,
    replace:
      'for(let upgrades=0;$1&&upgrades<9;upgrades++){$2.close();try{$2=await this.#o($2.version+1)}catch{$2=await this.#o()}$1=!$2.objectStoreNames.contains(this.#r)}return $2.onversionchange=',
  },
  {
    // Syntax colours for 242 languages' code blocks, a chunk each (about 9 MB):
    // the site shows code blocks uncoloured, so the editor needs none. A
    // language it cannot load leaves the block as plain text.
    name: 'code block languages',
    find: /[\w$"-]+:\(\)=>[\w$]+\(\(\)=>import\(`@shikijs\/langs\/[\w-]+`\),\[\],import\.meta\.url\),?/g,
    expected: 'at least one',
    replace: '',
  },
];

/** `code` with every patch applied; throws, naming the patch, when one does not find what it expects. */
export function applyPatches(code: string, patches = PATCHES): string {
  return patches.reduce((text, patch) => {
    const found = text.match(patch.find)?.length ?? 0;
    if (patch.expected === 'at least one' ? found === 0 : found !== patch.expected) {
      throw new Error(
        `Sveltia CMS patch "${patch.name}": expected ${patch.expected} match(es), found ${found}. Sveltia's code changed (an upgrade?): see src/lib/editor/sveltia-patches.ts.`,
      );
    }
    return text.replace(patch.find, patch.replace);
  }, code);
}

/** Sveltia CMS's published module, the one the patches apply to. */
const SVELTIA_MODULE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;

/**
 * The editor bundle's Vite plugin: patches Sveltia CMS's code as it is
 * bundled (see `PATCHES`) and cuts its icon font to the icons its code names
 * (see `subsetIconFont`). Fails the bundle if Sveltia's module was never seen.
 */
export function sveltiaPatches(): Plugin {
  let patched = false;
  return {
    name: 'newsletter:sveltia-patches',
    enforce: 'pre',
    transform(code, id) {
      if (!SVELTIA_MODULE.test(id)) return null;
      patched = true;
      return { code: applyPatches(code), map: null };
    },
    async generateBundle(_options, bundle) {
      if (!patched) throw new Error('Sveltia CMS patches: @sveltia/cms/npm/index.js was not bundled; see src/lib/editor/sveltia-patches.ts.');
      const font = await subsetIconFont(bundle);
      this.emitFile({ type: 'asset', fileName: font.fileName, source: font.source });
    },
  };
}
