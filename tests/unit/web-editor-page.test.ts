import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { adminPage } from '../../src/lib/editor/admin-page.ts';
import { NO_REPOSITORY, editorSettings } from '../../src/lib/editor/editor-config.ts';
import { applyPatches, PATCHES } from '../../src/lib/editor/sveltia-patches.ts';
import { withWorkingSignIn } from '../../src/lib/editor/sign-in.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const sveltia = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8');

describe("the changes to Sveltia CMS's code", () => {
  it('each finds what it expects in the installed version, and leaves no CDN font, status check or zoom lock', () => {
    const patched = applyPatches(sveltia);
    expect(patched).not.toContain('https://cdn.jsdelivr.net/fontsource');
    expect(patched).not.toMatch(/checkStatus:[\w$]+,/);
    expect(patched).not.toContain('`maximum-scale=1`');
    expect(patched).not.toContain('@shikijs/langs/');
  });

  it('fails loudly, naming the patch, when an upgrade changed what a patch looks for', () => {
    expect(() => applyPatches(sveltia.replace('`maximum-scale=1`,', '`maximum-scale=2`,'))).toThrow(/patch "zoom disabled": expected 1 match\(es\), found 0/);
    expect(() => applyPatches('', PATCHES.slice(0, 1))).toThrow(/fonts from a CDN/);
  });
});

describe('the sign-in screen without a repository', () => {
  const { vocabularies } = loadVocabularies(SAMPLE_CONTENT);

  it('offers no sign-in method when there is no repository, and leaves a repository’s sign-in as it is', () => {
    const none = withWorkingSignIn(editorSettings('en', vocabularies, {}));
    expect(none.config.backend).toMatchObject({ repo: NO_REPOSITORY, auth_methods: [] });
    const repo = editorSettings('en', vocabularies, { repo: 'owner/name' });
    expect(withWorkingSignIn(repo)).toEqual(repo);
  });

  it('the page holds how to connect one, in each language, only when there is none', () => {
    expect(adminPage({})).toMatch(
      /<template id="no-repository">\n<p lang="en">This editor is not connected[^<]*<\/p>\n<p lang="es">Este editor no está conectado[^<]*<\/p>\n<\/template>/,
    );
    expect(adminPage({ repo: 'owner/name' })).not.toContain('no-repository');
  });
});
