import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { articleLinks } from '../../src/integrations/article-links.ts';
import type { CheckedArticle } from '../../src/lib/content/content-check.ts';

const articles: CheckedArticle[] = [
  { file: '/content/articles/en/from.md', locale: 'en', slug: 'from', links: [] },
  { file: '/content/articles/en/other-story.md', locale: 'en', slug: 'the-other-story', links: [] },
];
const options = { mdastPlugins: [articleLinks(() => articles)], fileURL: pathToFileURL('/content/articles/en/from.md') };

describe('links between article files become the linked story’s URL', () => {
  it('in every Markdown link form', async () => {
    const { html } = await markdownToHtml(
      '[inline](./other-story.md "Title"), [full][w], [collapsed][], [w] and [anchored][a].\n\n[w]: ./other-story.md\n[collapsed]: <./other-story.md>\n[a]: ./other-story.md#end',
      options,
    );
    expect(html).not.toContain('other-story.md');
    expect(html).toContain('<a href="/en/articles/the-other-story/" title="Title">inline</a>');
    expect(html).toContain('<a href="/en/articles/the-other-story/">full</a>');
    expect(html).toContain('<a href="/en/articles/the-other-story/">collapsed</a>');
    expect(html).toContain('<a href="/en/articles/the-other-story/">w</a>');
    expect(html).toContain('<a href="/en/articles/the-other-story/#end">anchored</a>');
  });
});
