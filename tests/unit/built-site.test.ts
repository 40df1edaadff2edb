import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtSite, scanBuiltSite } from '../../src/integrations/built-site.ts';
import { pruneUnusedImages } from '../../src/integrations/prune-originals.ts';

describe('scanBuiltSite', () => {
  it('reads each page head and every asset that pages, stylesheets and feeds mention, however large the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'built-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write(
      'es/index.html',
      [
        '<!doctype html><html lang="es"><head><meta http-equiv="content-security-policy" content="default-src \'self\'">',
        '<link rel="alternate" hreflang="en" href="https://example.org/en/"><link rel="alternate" hreflang="es" href="https://example.org/es/">',
        '<link rel="alternate" hreflang="x-default" href="https://example.org/"></head>',
        // Past the first megabyte: the reused buffer has to grow.
        `<body>${'<p>relleno</p>'.repeat(100_000)}<img srcset="/_astro/foto.A1_w400.avif 400w,/_astro/foto.A1_w800.avif 800w" src='/_astro/foto.A1.jpg'>`,
        '<p>_astro/</p></body></html>',
      ].join(''),
    );
    write('404.html', '<html><head><meta name="robots" content="noindex"></head><body><a href="/_astro/x.svg#icon">x</a></body></html>');
    write('_astro/site.css', 'body{background:url(/_astro/fondo.webp)}@font-face{src:url("/_astro/letra.woff2")}');
    write('_astro/unused.png', 'not text: never read');
    const site = scanBuiltSite(root, '_astro');
    expect(site.files).toHaveLength(4);
    expect(site.pages.get('es')).toEqual({
      alternates: [
        { lang: 'en', url: 'https://example.org/en/' },
        { lang: 'es', url: 'https://example.org/es/' },
      ],
      noindex: false,
      csp: "default-src 'self'",
    });
    expect(site.pages.get('404.html')).toEqual({ alternates: [], noindex: true });
    expect([...site.referenced].sort()).toEqual(['fondo.webp', 'foto.A1.jpg', 'foto.A1_w400.avif', 'foto.A1_w800.avif', 'letra.woff2', 'x.svg']);
    rmSync(root, { recursive: true });
  });

  it('honours the assets folder Astro is configured with (build.assets), for what pages mention and the unused images it prunes', () => {
    const root = mkdtempSync(join(tmpdir(), 'built-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('index.html', '<html><head></head><body><img src="/static/used.png"><img src="/_astro/other.png"></body></html>');
    write('static/used.png', 'image');
    write('static/unused.png', 'image');
    // Not an asset folder of this build: never pruned.
    write('_astro/other.png', 'image');
    write('_astro/stray.png', 'image');
    const built = builtSite();
    // As Astro calls them, with the part of their options these use: the resolved config, then the output folder.
    const call = (hook: unknown, options: object) => (hook as (options: object) => unknown)(options);
    call(built.integration.hooks['astro:config:done'], { config: { build: { assets: 'static' } } });
    call(built.integration.hooks['astro:build:done'], { dir: pathToFileURL(`${root}/`) });
    expect([...built.site().referenced]).toEqual(['used.png']);
    call(pruneUnusedImages(built.site).hooks['astro:build:done'], { logger: { info: () => {} } });
    expect(['static/used.png', 'static/unused.png', '_astro/other.png', '_astro/stray.png'].filter((f) => existsSync(join(root, f)))).toEqual([
      'static/used.png',
      '_astro/other.png',
      '_astro/stray.png',
    ]);
    rmSync(root, { recursive: true });
  });
});
