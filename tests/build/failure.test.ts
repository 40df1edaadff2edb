import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { article, contentFixture, validArticle } from '../helpers/content-fixture.ts';

const fixture = contentFixture({ 'articles/en/broken-story.md': article({ ...validArticle, topic: '[child-labor]' }) });
// A day that does not exist, which YAML would read as 1 March.
const misdated = contentFixture({ 'articles/en/misdated-story.md': article({ ...validArticle, date: '2016-02-30' }) });
afterAll(() => {
  fixture.cleanup();
  misdated.cleanup();
});

describe('a broken article stops the build', () => {
  it('fails with a message naming the file, line, field, value and the fix, and writes no site', () => {
    const build = buildSite('broken', { content: fixture.dir, locale: 'en_GB.UTF-8' });
    expect(build.status).not.toBe(0);
    expect(build.log).toContain('The content has errors; nothing was built.');
    expect(build.log).toMatch(/broken-story\.md:8: error: the topic 'child-labor' does not exist; did you mean 'child-labour'\?/);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('fails on a date that names no day of the calendar, quoting it as written, in the system locale’s language', () => {
    const build = buildSite('misdated', { content: misdated.dir, locale: 'es_ES.UTF-8' });
    expect(build.status).not.toBe(0);
    expect(build.log).toContain('El contenido tiene errores; no se compiló nada.');
    expect(build.log).toMatch(/misdated-story\.md:4: error: date: '2016-02-30' no es una fecha: febrero de 2016 tiene 29 días/);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
