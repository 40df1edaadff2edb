import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The small, valid fixture content every test starts from. */
export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../fixtures/content');

/**
 * Copies the fixture content into a temporary directory and applies changes:
 * a string writes that file, `null` deletes it. Returns the directory and a
 * cleanup function.
 */
export function contentFixture(changes: Record<string, string | null> = {}, from = FIXTURE_CONTENT) {
  const dir = mkdtempSync(join(tmpdir(), 'newsletter-content-'));
  cpSync(from, dir, { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const target = join(dir, path);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid English article's frontmatter fields, to vary one at a time. */
export const validArticle = {
  title: 'A valid story',
  summary: 'It validates.',
  date: '2016-02-15',
  edition: '"2016-02"',
  translationKey: 'valid-story',
  country: '[PE]',
  topic: '[child-labour]',
  organization: '[clac]',
};

/** Writes frontmatter from fields (values are raw YAML), dropping those set to undefined. */
export function article(fields: Record<string, string | undefined>, body = 'Body text.'): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
