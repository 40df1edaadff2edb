import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layout of `src/` is the architecture: these rules keep it true.
 * src/browser runs in readers' browsers, except src/browser/editor, the web
 * editor's page (/admin/ only, bundled on its own); src/lib/* at build time,
 * in Node (Astro's renderer, worker threads, the command-line scripts).
 */
const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|astro|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Every module a file imports (static, dynamic, side effect, or a worker's `new URL(…, import.meta.url)`), as written. */
function importsOf(file: string): string[] {
  return importsIn(readFileSync(file, 'utf8'));
}

/** Every module a source text imports, as written. */
function importsIn(text: string): string[] {
  const patterns = [/\bfrom\s+'([^']+)'/g, /\bimport\s+'([^']+)'/g, /\bimport\(\s*'([^']+)'\s*\)/g, /new URL\(\s*'([^']+)',\s*import\.meta\.url\)/g];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

/** A relative import as the absolute path of the file it names, else undefined (packages, `astro:` modules). */
function resolved(from: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
}

const files = sourceFiles(src);
const inFolder = (folder: string) => (file: string) => file.startsWith(join(src, folder) + '/');
const name = (file: string) => relative(root, file);

/** The files `entries` import, directly or through others. */
function moduleGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const s of importsOf(file)) {
      const target = resolved(file, s);
      if (target) visit(target);
    }
  };
  entries.forEach(visit);
  return seen;
}

describe('the layout of src/', () => {
  it('finds the modules it checks (a broken scan would pass every rule)', () => {
    expect(files.filter(inFolder('browser')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter(inFolder('lib')).length).toBeGreaterThan(30);
    expect(importsOf(join(src, 'browser/search.ts'))).toContain('./search-excerpt.ts');
    expect(moduleGraph([join(src, 'pages/[locale]/[section]/[slug].astro')])).toContain(join(src, 'lib/media/card-size.ts'));
  });

  it('browser code imports only browser code: nothing of Node, the build or a package', () => {
    const wrong = files
      .filter((f) => inFolder('browser')(f) && !inFolder('browser/editor')(f))
      .flatMap((file) =>
        importsOf(file)
          .filter((s) => !resolved(file, s)?.startsWith(join(src, 'browser') + '/'))
          .map((s) => `${name(file)} imports ${s}`),
      );
    expect(wrong).toEqual([]);
  });

  it("the web editor's page imports Sveltia CMS, a YAML parser, and modules that need nothing of Node (types aside)", () => {
    // Type-only imports are erased: they do not reach the bundle.
    const valueImports = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return importsOf(file).filter((s) => !new RegExp(`import type [^;]*'${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'`).test(text));
    };
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const s of valueImports(file)) {
        const target = resolved(file, s);
        if (target) visit(target);
        else packages.add(s);
      }
    };
    files.filter(inFolder('browser/editor')).forEach(visit);
    expect(packages).toEqual(new Set(['@sveltia/cms', 'yaml']));
    expect(
      [...seen]
        .filter((f) => !inFolder('browser/editor')(f))
        .map(name)
        .sort(),
    ).toEqual([
      'src/lib/content/frontmatter-text.ts',
      'src/lib/content/slug.ts',
      'src/lib/content/story-edits.ts',
      'src/lib/editor/editor-files.ts',
      'src/lib/editor/file-name.ts',
    ]);
  });

  it('build-time code never imports routes, components, layouts or integrations', () => {
    const above = ['pages', 'components', 'layouts', 'integrations'].map((f) => join(src, f) + '/');
    const wrong = files.filter(inFolder('lib')).flatMap((file) =>
      importsOf(file)
        .filter((s) => above.some((a) => resolved(file, s)?.startsWith(a)))
        .map((s) => `${name(file)} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('pages do not load the card renderer, the emails or the content checker: a change to them leaves every cached page valid', () => {
    const pages = moduleGraph(files.filter(inFolder('pages')));
    const renderers = [
      ...['card-layout.ts', 'card-raster.ts', 'png.ts', 'social-card.ts'].map((f) => join(src, 'lib/media', f)),
      ...files.filter(inFolder('lib/email')),
      join(src, 'lib/content/content-check.ts'),
    ];
    expect(renderers.filter((f) => pages.has(f)).map(name)).toEqual([]);
  });

  it('the build imports only packages it depends on: none of the devDependencies an install for production leaves out (types aside)', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const packageOf = (specifier: string) => /^(@[^/]+\/[^/]+|[^/]+)/.exec(specifier)![1]!;
    // Type-only imports vanish when TypeScript is stripped: they may name a devDependency.
    const valueImports = (file: string) => importsIn(readFileSync(file, 'utf8').replace(/\b(?:import|export)\s+type\b[^;]*?from\s+'[^']+'/g, ''));
    // Browser code too: Vite bundles it during the build.
    const build = moduleGraph([join(root, 'astro.config.mjs'), ...files]);
    const packages = new Set(
      [...build]
        .flatMap(valueImports)
        .filter((s) => !/^(?:\.|node:|astro:|virtual:|#)/.test(s))
        .map(packageOf),
    );
    expect(packages).toContain('vite');
    expect([...packages].filter((p) => !(p in dependencies)).sort()).toEqual([]);
  });
});

describe('the tests own their newsletter', () => {
  // The publisher's content, declaration and strings change with every story: no test may read them.
  // Fixtures are the tests' newsletters; this file names the paths to look for.
  const testFiles = sourceFiles(join(root, 'tests')).filter(
    (f) => !f.includes(`${join(root, 'tests', 'fixtures')}/`) && !f.includes('/.output/') && f !== import.meta.filename,
  );
  const publishers =
    /'[^'\n]*(?:\.\.\/content|src\/newsletter\.config\.ts|src\/i18n\/(?:(?!locales|translate|strings)[a-z-]+\.ts|[a-z-]+\/[a-z-]+\.json))[^'\n]*'|(?:checkContent|loadVocabularies)\(\s*'content'|(?:content|from):\s*'content'/g;

  it('finds the test files it checks', () => {
    expect(testFiles.length).toBeGreaterThan(40);
  });

  it("no test names the publisher's content/, src/newsletter.config.ts or src/i18n strings: they read tests/fixtures/", () => {
    const named = testFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(publishers)].map((m) => `${name(file)}: ${m[0]}`));
    expect(named).toEqual([]);
    // The pattern would catch what it is for.
    expect(`resolve(dir, '../../content')`.match(publishers)).not.toBeNull();
    expect(`import site from '../../src/i18n/en/site.json' with { type: 'json' }`.match(publishers)).not.toBeNull();
    expect(`checkContent('content')`.match(publishers)).not.toBeNull();
    expect(`import { locales } from '../../src/i18n/locales.ts'`.match(publishers)).toBeNull();
  });
});
