import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Field, SelectField } from '@sveltia/cms';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { storyText, yamlValue } from '../../src/lib/content/frontmatter-text.ts';
import { editedStoryText, storyFields } from '../../src/lib/content/story-edits.ts';
import { loadVocabularies } from '../../src/lib/content/vocabulary.ts';
import { adminPage, EDITOR_POLICY } from '../../src/lib/editor/admin-page.ts';
import { editorSettings, NO_REPOSITORY } from '../../src/lib/editor/editor-config.ts';
import { headersFile, pagePatterns } from '../../src/integrations/security-headers.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** The editor's settings for a copy of the fixture content, after `change` edits it. */
function settingsFor(locale: (typeof locales)[number], change: (dir: string) => void = () => {}) {
  const fixture = contentFixture();
  cleanups.push(fixture.cleanup);
  change(fixture.dir);
  const { vocabularies, problems } = loadVocabularies(fixture.dir);
  expect(problems).toEqual([]);
  return editorSettings(locale, vocabularies, { repo: 'clac/newsletter', branch: 'main' });
}

function field(settings: ReturnType<typeof editorSettings>, name: string): Field {
  const collection = settings.config.collections![0] as { fields: Field[] };
  const found = collection.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const options = (f: Field) => (f as SelectField).options as { label: string; value: string }[];

describe("the web editor's configuration, generated from the declaration and the vocabularies", () => {
  it("gives each declared language its own collection of stories, the editor's own first, so any language can be written first", () => {
    const { config, languages } = settingsFor('es');
    expect(config.i18n).toBeUndefined();
    expect(config.collections!.map((c) => c as { name: string; folder: string; label: string }).map((c) => [c.name, c.folder, c.label])).toEqual([
      ['stories-es', 'content/articles/es', 'Historias en español'],
      ['stories-en', 'content/articles/en', 'Historias en inglés'],
    ]);
    expect(config.collections![0]).toMatchObject({
      extension: 'md',
      format: 'stories-es-frontmatter',
      slug: { template: '{{fields.fileName}}', editable: false },
      media_folder: '../../images',
    });
    expect(languages.map((l) => [l.code, l.addVersion])).toEqual([
      ['es', 'Añadir la versión en español'],
      ['en', 'Añadir la versión en inglés'],
    ]);
    expect(settingsFor('en').config.collections!.map((c) => c.name)).toEqual(['stories-en', 'stories-es']);
    expect(settingsFor('en').config.backend).toEqual({ name: 'github', repo: 'clac/newsletter', branch: 'main' });
  });

  it('gives stories with components (MDX) a collection of their own in the languages that have some, edited as written', () => {
    const fixture = contentFixture();
    cleanups.push(fixture.cleanup);
    const settings = editorSettings('en', loadVocabularies(fixture.dir).vocabularies, {}, { withComponents: ['es'] });
    expect(settings.config.collections!.map((c) => c.name)).toEqual(['stories-en', 'stories-es', 'stories-es-mdx']);
    const mdx = settings.config.collections![2] as { extension: string; format: string; fields: Field[] };
    expect(mdx).toMatchObject({ extension: 'mdx', format: 'stories-es-mdx-frontmatter', label: 'Stories with components (MDX) in Spanish' });
    expect(mdx.fields.find((f) => f.name === 'body')).toMatchObject({ modes: ['raw'] });
    expect(settings.languages[1]!.collections).toEqual([
      { name: 'stories-es', format: 'stories-es-frontmatter', extension: 'md' },
      { name: 'stories-es-mdx', format: 'stories-es-mdx-frontmatter', extension: 'mdx' },
    ]);
  });

  it('a term added to a vocabulary appears in the editor, named in each language, with no change to any configuration', () => {
    const addTerm = (dir: string) => {
      const file = join(dir, 'vocabularies/topics.yaml');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}gender-equity:\n  name: { en: Gender equity, es: Equidad de género }\n  description: { en: Women and men alike., es: Mujeres y hombres por igual. }\n`,
      );
    };
    expect(options(field(settingsFor('en'), 'topic')).map((o) => o.value)).not.toContain('gender-equity');
    expect(options(field(settingsFor('en', addTerm), 'topic'))).toContainEqual({ value: 'gender-equity', label: 'Gender equity' });
    expect(options(field(settingsFor('es', addTerm), 'topic'))).toContainEqual({ value: 'gender-equity', label: 'Equidad de género' });
  });

  it('gives every field the widget editors expect, required where the schema requires it, labelled in the editor’s language', () => {
    const es = settingsFor('es');
    expect(field(es, 'title')).toMatchObject({ widget: 'string', label: 'Título' });
    expect(field(es, 'date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field(es, 'topic')).toMatchObject({ widget: 'select', multiple: true, required: true, label: 'Temas' });
    expect(field(es, 'product')).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(field(es, 'edition')).toMatchObject({ widget: 'select', multiple: false, required: true, label: 'Edición' });
    // Editions newest first, with their number, title and date; countries by name.
    expect(options(field(es, 'edition')).map((o) => o.label)).toEqual([
      'N.º 2: Segunda edición (15 de julio de 2016)',
      'N.º 1: Primera edición (15 de febrero de 2016)',
    ]);
    expect(options(field(es, 'country'))).toContainEqual({ value: 'PE', label: 'Perú' });
    expect(field(es, 'image')).toMatchObject({ widget: 'image', required: false });
    expect(field(es, 'imageAlt')).toMatchObject({ widget: 'picture-description', required: false, label: 'Descripción de la imagen' });
    expect(field(es, 'body')).toMatchObject({ widget: 'markdown', modes: ['rich_text', 'raw'] });
    expect(field(es, '__versions')).toMatchObject({ widget: 'story-versions', label: 'Otros idiomas' });
    expect(field(es, 'translationKey')).toMatchObject({ widget: 'hidden' });
    // No field is tied to a language: each file is a story of its own language.
    expect((es.config.collections![0] as { fields: Field[] }).fields.filter((f) => 'i18n' in f)).toEqual([]);
    expect(es.config.collections![0]).toMatchObject({ label_singular: 'Historia' });
    // A new version starts with its story's date, terms and picture.
    expect(es.shared).toEqual(['date', 'edition', 'topic', 'country', 'organization', 'product', 'image']);
  });

  it("writes the frontmatter in `npm run new`'s order, translationKey after the edition", () => {
    expect(settingsFor('en').layout.order).toEqual([
      'title',
      'summary',
      'date',
      'edition',
      'translationKey',
      'topic',
      'country',
      'organization',
      'product',
      'image',
      'imageAlt',
      'imageCaption',
      'imageCredit',
      'draft',
    ]);
  });

  it('names a repository that cannot be signed in to when none is known, so only local editing works', () => {
    const fixture = contentFixture();
    cleanups.push(fixture.cleanup);
    const { config } = editorSettings('en', loadVocabularies(fixture.dir).vocabularies, {});
    expect(config.backend).toEqual({ name: 'github', repo: NO_REPOSITORY });
  });
});

describe('story files as the editor writes them', () => {
  it('are what `npm run new` writes: a translation it made, read and written back by the editor, is the same file', () => {
    const fixture = contentFixture();
    cleanups.push(fixture.cleanup);
    const made = spawnSync(
      process.execPath,
      [resolve('scripts/new.ts'), '--content', fixture.dir, '--lang', 'es', '--title', 'Una historia del clima', '--translation-of', 'climate-story'],
      { encoding: 'utf8' },
    );
    expect(made.status, made.stderr).toBe(0);
    const text = readFileSync(join(fixture.dir, 'articles/es/una-historia-del-clima.md'), 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text)!;
    const { layout } = editorSettings('es', loadVocabularies(fixture.dir).vocabularies, {});
    expect(storyText(parse(frontmatter!) as Record<string, unknown>, layout.order, body!)).toBe(text);
    // Saved by the editor as a new file, it is that file too.
    expect(editedStoryText(undefined, { ...(parse(frontmatter!) as Record<string, unknown>), draft: false, body }, layout)).toBe(text);
    expect(frontmatter).toMatch(/^edition: "2016-07"\ntranslationKey: climate-story\n/m);
  });

  it('keeps keys, codes and dates bare, quotes other text and writes lists on one line', () => {
    expect(yamlValue('child-labour')).toBe('child-labour');
    expect(yamlValue('PE')).toBe('PE');
    expect(yamlValue('2016-02-20')).toBe('2016-02-20');
    expect(yamlValue('2016-02')).toBe('"2016-02"');
    expect(yamlValue('Coffee: a record # harvest')).toBe('"Coffee: a record # harvest"');
    expect(yamlValue(['PE', 'CO'])).toBe('[PE, CO]');
    expect(yamlValue(false)).toBe('false');
  });

  it('writes any text so that the checker reads back that text, new or edited in a file that wrote it bare or quoted: words YAML would read as something else are quoted', () => {
    // A valid English story's other fields, as the editor hands them over.
    const otherFields = {
      date: '2016-02-15',
      edition: '2016-02',
      translationKey: 'valid-story',
      country: ['PE'],
      topic: ['child-labour'],
      organization: ['clac'],
    };
    const layout = { order: ['title', 'summary', 'date', 'edition', 'translationKey', 'topic', 'country', 'organization'], defaults: {}, kept: [] };
    const texts = [
      'true',
      'null',
      'yes',
      'no',
      'on',
      'NO',
      '~',
      '1e3',
      '0x1f',
      '0o17',
      '0b11',
      '.inf',
      'nan',
      '2016-02-15 10:00:00',
      'a: b',
      'a # b',
      '# x',
      '-',
      '- x',
      '[x]',
      '{x}',
      '*x',
      '&x',
      '!x',
      '%x',
      '@x',
      '`x`',
      'He said "hi"',
      "it's",
      `"both" and 'both'`,
      'Café con leche ☕',
      'one\ntwo',
      'x'.repeat(5000),
    ];
    for (const text of texts) {
      const fields = { ...otherFields, title: text, summary: text };
      // A file whose title and summary were written in one style, then edited to `text`.
      const edited = (style: string) =>
        editedStoryText(
          storyText(otherFields, layout.order, 'Body.').replace('---\n', `---\ntitle: ${style}\nsummary: ${style}\n`),
          { ...fields, body: 'Body.' },
          layout,
        );
      const written = [storyText(fields, layout.order, 'Body.'), edited('Coffee'), edited("'Coffee'"), edited('"Coffee"')];
      for (const file of written) {
        // Each field on one line, and read back as the text by the editor as well as by the checker.
        expect(file.split('\n').length, text.slice(0, 20)).toBe(13);
        expect(storyFields(file), text.slice(0, 20)).toMatchObject({ title: text, summary: text });
        const fixture = contentFixture({ 'articles/en/story.md': file });
        const { problems, articles } = checkContent(fixture.dir);
        fixture.cleanup();
        expect(
          problems.filter((p) => p.severity === 'error' && p.file.endsWith('/en/story.md')),
          text.slice(0, 20),
        ).toEqual([]);
        const data = articles.find((a) => a.file.endsWith('/en/story.md'))!.data!;
        expect([data.title, data.summary], text.slice(0, 20)).toEqual([text, text]);
      }
    }
    expect(yamlValue('true')).toBe('"true"');
    expect(yamlValue('1e3')).toBe('"1e3"');
    expect(yamlValue('0b11')).toBe('"0b11"');
  });

  it('orders the frontmatter, drops empty optional fields, keeps fields it does not know, and reads back the same', () => {
    const text = storyText(
      { organization: ['clac'], title: 'Título: "uno"', imageCaption: '', extra: 'kept', date: '2016-02-20', translationKey: 'uno', product: [] },
      ['title', 'date', 'translationKey', 'organization', 'product', 'imageCaption'],
      'Body.\n\n',
    );
    expect(text).toBe('---\ntitle: "Título: \\"uno\\""\ndate: 2016-02-20\ntranslationKey: uno\norganization: [clac]\nextra: kept\n---\n\nBody.\n');
    expect(parse(text.split('---\n')[1]!)).toEqual({
      title: 'Título: "uno"',
      date: '2016-02-20',
      translationKey: 'uno',
      organization: ['clac'],
      extra: 'kept',
    });
  });
});

describe("the editor's page and its policy", () => {
  it('is kept out of search engines and relaxes the policy only as the editor needs', () => {
    const html = adminPage({ repo: 'owner/name' });
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<meta http-equiv="content-security-policy" content="${EDITOR_POLICY}">`);
    expect(html).toContain('<script type="module" src="./editor.js"></script>');
    expect(html).toMatch(/data-languages="en es"/);
    // Scripts only from the site itself; no eval; the only other host is GitHub's API (and its avatars).
    expect(EDITOR_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(EDITOR_POLICY).not.toMatch(/ 'unsafe-eval'|\*/);
    expect(EDITOR_POLICY.match(/https:\/\/[^\s;]+/g)).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
  });

  it('gives each section of the site one policy in _headers: never two for the same path', () => {
    const patterns = pagePatterns(['', '404.html', 'en/topics', 'en', 'es/temas/x', 'email/2016-02/en'], '/news/');
    expect(patterns).toEqual(['/news/', '/news/404.html', '/news/email/*', '/news/en/*', '/news/es/*', '/news/index.html']);
    const file = headersFile([...patterns.map((path) => ({ path, policy: "default-src 'self'" })), { path: '/news/admin/*', policy: EDITOR_POLICY }], '/news/');
    expect(file).toContain(`/news/admin/*\n  Content-Security-Policy: ${EDITOR_POLICY}; frame-ancestors 'none'`);
    expect(file.match(/^\/news\/\*$/m)).toHaveLength(1);
    expect(file).not.toMatch(/^\/news\/\*\n(?:  .*\n)*  Content-Security-Policy/m);
  });
});
