import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { EmailEdition } from '../../src/lib/email/edition-model.ts';

const root = resolve(import.meta.dirname, '../..');

/** Every source file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * A label joined to its value by a colon written in code: after a rendered
 * expression (`{t('…')}:`), between two interpolations (`${a}: ${b}`), or
 * closing a template (`${label}:`).
 */
const CODED_COLON = /\)\}:|\}: \$\{|\}:`/;

describe('punctuation comes from the UI strings', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('the plain-text email spaces its lead-ins as the language writes them', async () => {
    // The sample with English punctuated the French way, loaded as its own newsletter.
    vi.stubEnv('NEWSLETTER_CONFIG', join(root, 'tests/fixtures/french-spacing/newsletter.config.ts'));
    vi.resetModules();
    const { plainTextEmail } = await import('../../src/lib/email/plain-text-email.ts');
    const edition: EmailEdition = {
      locale: 'en',
      newsletterName: 'Voices',
      title: 'Coffee',
      intro: 'Intro.',
      dateLine: 'Edition 1 · 1 May 2026',
      preheader: '',
      webUrl: 'https://example.org/en/editions/1/',
      others: [{ label: 'Read this edition in Spanish', url: 'https://example.org/es/ediciones/1/', lang: 'es' }],
      stories: [
        { title: 'A story', summary: 'Its summary.', url: 'https://example.org/en/articles/a/', picture: { src: '', alt: '', ratio: 1 }, meta: '1 May 2026' },
      ],
      footer: 'From us.',
    };
    const lines = plainTextEmail(edition).split('\n');
    expect(lines).toContain('   Read the full story :');
    expect(lines).toContain('Read this edition on the web :');
    expect(lines).toContain('Read this edition in Spanish :');
    expect(lines.filter((l) => /\S:$/.test(l))).toEqual([]);
  });

  it('no page, component, email or browser script joins a label to its value with a colon of its own', () => {
    // What readers see: pages, emails, the search page's script and the cards' texts (the build's own messages are English only).
    const folders = ['src/components', 'src/layouts', 'src/pages', 'src/lib/email', 'src/lib/site', 'src/browser'];
    const found = [...folders.flatMap((f) => sourceFiles(join(root, f))), join(root, 'src/lib/media/card-text.ts')]
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(root, file)}:${i + 1}` }))
          .filter(({ line }) => CODED_COLON.test(line) && !/^\s*(\/\/|\*)/.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(found).toEqual([]);
  });

  it('would catch each way of writing one', () => {
    for (const coded of ["{t('translations.email')}:{' '}", '`${label}: ${value}`', "`   ${t('email:readMore')}:`"]) expect(coded).toMatch(CODED_COLON);
    expect("{t('common.leadIn', { label: t('translations.email') })}").not.toMatch(CODED_COLON);
  });
});
