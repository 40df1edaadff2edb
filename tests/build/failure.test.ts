import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { article, contentFixture, validArticle } from '../helpers/content-fixture.ts';

const fixture = contentFixture({ 'articles/en/broken-story.md': article({ ...validArticle, topic: '[child-labor]' }) });
afterAll(() => fixture.cleanup());

describe('a broken article stops the build', () => {
  it('fails with a message naming the file, line, field, value and the fix, and writes no site', () => {
    const build = buildSite('broken', { content: fixture.dir });
    expect(build.status).not.toBe(0);
    expect(build.log).toContain('The content has errors; nothing was built.');
    expect(build.log).toMatch(/broken-story\.md:8: error: topic 'child-labor' is not a topic; did you mean 'child-labour'\?/);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
