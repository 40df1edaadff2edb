import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmsConfig } from '@sveltia/cms';
import { EDITOR_POLICY } from '../../src/lib/editor/admin-page.ts';
import { builtSite, htmlPages } from '../helpers/build.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const sample = builtSite('sample');

/** A built site's editor settings for one language. */
const settings = (dir: string, locale: string) => JSON.parse(readFileSync(join(dir, 'admin', `settings.${locale}.json`), 'utf8')) as { config: CmsConfig };

describe('the web editor in the build', () => {
  it('is built at /admin/: its page, its bundle, one configuration per language and the stories’ view pages', () => {
    const admin = join(sample, 'admin');
    expect(readdirSync(admin).sort()).toEqual(['assets', 'editor.js', 'index.html', 'settings.en.json', 'settings.es.json', 'view']);
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`content="${EDITOR_POLICY}"`);
    // The editor's language's stories first; the sample's stories with components in collections of their own.
    expect(settings(sample, 'es').config.collections!.map((c) => (c as { label: string }).label)).toEqual([
      'Historias en español',
      'Historias con componentes (MDX) en español',
      'Historias en inglés',
      'Historias con componentes (MDX) en inglés',
    ]);
    // Its UI strings and fonts come with it, not from a CDN.
    expect(readdirSync(join(admin, 'assets')).some((f) => f.startsWith('es-CO-'))).toBe(true);
    expect(readdirSync(join(admin, 'assets')).some((f) => f.endsWith('.woff2'))).toBe(true);
  });

  it('leaves reader pages as they were: none links to the editor or loads its code, and no sitemap lists it', () => {
    const readerPages = htmlPages(sample).filter((p) => !p.startsWith('/admin/'));
    expect(readerPages.length).toBeGreaterThan(150);
    for (const path of readerPages) {
      const html = readFileSync(join(sample, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');
      expect(html, path).not.toMatch(/\/admin\/|editor\.js|sveltia/i);
    }
    for (const file of readdirSync(join(sample, '_astro'))) {
      if (file.endsWith('.js')) expect(readFileSync(join(sample, '_astro', file), 'utf8'), file).not.toMatch(/sveltia/i);
    }
    for (const file of readdirSync(sample).filter((f) => f.startsWith('sitemap'))) expect(readFileSync(join(sample, file), 'utf8')).not.toContain('/admin/');
  });

  it('has a policy of its own in _headers, and the readers keep theirs', () => {
    const headers = readFileSync(join(sample, '_headers'), 'utf8');
    expect(headers).toContain(`/admin/*\n  Content-Security-Policy: ${EDITOR_POLICY}; frame-ancestors 'none'`);
    expect(headers).toMatch(/\/en\/\*\n  Content-Security-Policy: default-src 'self'; img-src 'self' data:; connect-src 'self';/);
  });

  it('has a view page for each published story file, which sends the browser on to its page', () => {
    const view = (dir: string, path: string) => readFileSync(join(dir, 'admin', 'view', path, 'index.html'), 'utf8');
    expect(view(sample, 'en/clac-first-youth-conference')).toContain('<meta http-equiv="refresh" content="0; url=/en/articles/clac-first-youth-conference/">');
    // One per story file (the sample has no drafts).
    expect(readdirSync(join(sample, 'admin', 'view', 'es')).sort()).toEqual(
      readdirSync(join(SAMPLE_CONTENT, 'articles', 'es'))
        .map((f) => f.replace(/\.mdx?$/, ''))
        .sort(),
    );
    expect(view(builtSite('sample-base'), 'en/clac-first-youth-conference')).toContain('url=/newsletter/en/articles/clac-first-youth-conference/');
    // The editor's "View on Live Site" leads there, on the live site, under the base.
    const { config } = settings(builtSite('sample-base'), 'es');
    expect(config.site_url).toBe('https://newsletter.example.org');
    expect(config.collections!.map((c) => (c as { preview_path: string }).preview_path)).toEqual([
      '/newsletter/admin/view/es/{{filename}}/',
      '/newsletter/admin/view/es/{{filename}}/',
      '/newsletter/admin/view/en/{{filename}}/',
      '/newsletter/admin/view/en/{{filename}}/',
    ]);
  });

  it('under a sub-path, lives under it', () => {
    const dir = builtSite('sample-base');
    expect(existsSync(join(dir, 'admin', 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('/newsletter/admin/*\n');
  });

  it('follows the declaration: a third language and a sixth taxonomy appear with no change to the editor', () => {
    const dir = builtSite('trilingual');
    expect(existsSync(join(dir, 'admin', 'settings.pt.json'))).toBe(true);
    const { config } = settings(dir, 'pt');
    expect(config.collections!.map((c) => c.name)).toEqual(['stories-pt', 'stories-en', 'stories-es']);
    const fields = (config.collections![0] as { fields: { name: string; label: string }[] }).fields;
    expect(fields.map((f) => f.name)).toContain('region');
    expect(fields.find((f) => f.name === 'title')?.label).toBe('Título');
  });
});
