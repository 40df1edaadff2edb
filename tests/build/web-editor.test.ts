import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmsConfig } from '@sveltia/cms';
import { EDITOR_POLICY } from '../../src/lib/editor/admin-page.ts';
import { builtSite, htmlPages } from '../helpers/build.ts';

const sample = builtSite('sample');

/** A built site's editor settings for one language. */
const settings = (dir: string, locale: string) => JSON.parse(readFileSync(join(dir, 'admin', `settings.${locale}.json`), 'utf8')) as { config: CmsConfig };

describe('the web editor in the build', () => {
  it('is built at /admin/: its page, its bundle and one configuration per language', () => {
    const admin = join(sample, 'admin');
    expect(readdirSync(admin).sort()).toEqual(['assets', 'editor.js', 'index.html', 'settings.en.json', 'settings.es.json']);
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`content="${EDITOR_POLICY}"`);
    expect(settings(sample, 'es').config.collections![0]).toMatchObject({ label: 'Historias' });
    // Its UI strings and fonts come with it, not from a CDN.
    expect(readdirSync(join(admin, 'assets')).some((f) => f.startsWith('es-CO-'))).toBe(true);
    expect(readdirSync(join(admin, 'assets')).some((f) => f.endsWith('.woff2'))).toBe(true);
  });

  it("leaves reader pages as they were: none links to the editor or loads its code, and no sitemap lists it", () => {
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

  it('under a sub-path, lives under it', () => {
    const dir = builtSite('sample-base');
    expect(existsSync(join(dir, 'admin', 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('/newsletter/admin/*\n');
  });

  it('follows the declaration: a third language and a sixth taxonomy appear with no change to the editor', () => {
    const dir = builtSite('trilingual');
    expect(existsSync(join(dir, 'admin', 'settings.pt.json'))).toBe(true);
    const { config } = settings(dir, 'pt');
    expect(config.i18n).toMatchObject({ locales: ['en', 'es', 'pt'] });
    const fields = (config.collections![0] as { fields: { name: string; label: string }[] }).fields;
    expect(fields.map((f) => f.name)).toContain('region');
    expect(fields.find((f) => f.name === 'title')?.label).toBe('Título');
  });
});
