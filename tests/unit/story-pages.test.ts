import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import { editorSettings } from '../../src/lib/editor/editor-config.ts';
import { isViewPath, redirectPage, storyPages, storyPreviewPath } from '../../src/lib/editor/story-pages.ts';
import { article, contentFixture, FIXTURE_CONTENT, validArticle } from '../helpers/content-fixture.ts';

describe('the editor’s “View on Live Site”', () => {
  it('leads to the editor’s view page of the story file, under the base', () => {
    expect(storyPreviewPath('es', '/')).toBe('/admin/view/es/{{filename}}/');
    expect(storyPreviewPath('en', '/newsletter/')).toBe('/newsletter/admin/view/en/{{filename}}/');
    expect(isViewPath('/newsletter/admin/view/es/mi-historia/', '/newsletter/')).toBe(true);
    expect(isViewPath('/newsletter/admin/editor.js', '/newsletter/')).toBe(false);
    const { config } = editorSettings(
      'es',
      loadVocabularies(FIXTURE_CONTENT).vocabularies,
      {},
      { site: { url: 'https://newsletter.example.org', base: '/newsletter/' } },
    );
    expect(config.site_url).toBe('https://newsletter.example.org');
    expect(config.collections!.map((c) => (c as { preview_path?: string }).preview_path)).toEqual([
      '/newsletter/admin/view/es/{{filename}}/',
      '/newsletter/admin/view/en/{{filename}}/',
    ]);
  });

  it('maps each story file to its page in its own language’s section, drafts only where the site shows them', () => {
    const fixture = contentFixture({ 'articles/es/borrador.md': article({ ...validArticle, translationKey: 'coffee-network', draft: 'true' }) });
    try {
      const { articles } = checkContent(fixture.dir, 'en');
      // Under a base path, end to end: tests/browser/web-editor-preview.test.ts.
      expect(Object.fromEntries(storyPages(articles, false, '/'))).toEqual({
        '/admin/view/en/climate-story/': '/en/articles/climate-story/',
        '/admin/view/en/coffee-network/': '/en/articles/coffee-network/',
        '/admin/view/es/red-cafetalera/': '/es/articulos/red-cafetalera/',
      });
      expect(storyPages(articles, true, '/').get('/admin/view/es/borrador/')).toBe('/es/articulos/borrador/');
    } finally {
      fixture.cleanup();
    }
  });

  it('a view page sends the browser on at once, with a link to follow otherwise', () => {
    const page = redirectPage('/es/articulos/red-cafetalera/');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/es/articulos/red-cafetalera/">');
    expect(page).toContain('<a href="/es/articulos/red-cafetalera/">');
  });
});
