import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { articleLinks } from '../../src/integrations/article-links.ts';
import { languageLabels } from '../../src/i18n/locales.ts';
import type { CheckedArticle } from '../../src/lib/content/content-check.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const articles: CheckedArticle[] = [
  { file: '/content/articles/en/from.md', locale: 'en', slug: 'from', links: [] },
  { file: '/content/articles/en/other-story.md', locale: 'en', slug: 'the-other-story', links: [] },
  { file: '/content/articles/es/solo.md', locale: 'es', slug: 'solo-en-espanol', links: [] },
  { file: '/content/articles/es/traducida.md', locale: 'es', slug: 'historia-traducida', links: [], data: { translationKey: 'translated' } as ArticleData },
  { file: '/content/articles/en/translated.md', locale: 'en', slug: 'the-translated-story', links: [], data: { translationKey: 'translated' } as ArticleData },
];
const options = { hastPlugins: [articleLinks(() => articles)], fileURL: pathToFileURL('/content/articles/en/from.md') };

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

  it('to a story not yet in the page’s language: its version in another, marked with that language, inline or by reference', async () => {
    const { html } = await markdownToHtml('See [the story](../es/solo.md) and [again][s].\n\n[s]: ../es/solo.md#end', options);
    // As story cards mark it: the language's name beside the link, in that language, and not indexed for search.
    const badge = `<span class="lang-badge" lang="es" data-pagefind-ignore="">${languageLabels.es}</span>`;
    expect(html).toContain(`<a href="/es/articulos/solo-en-espanol/" hreflang="es">the story</a> ${badge}`);
    expect(html).toContain(`<a href="/es/articulos/solo-en-espanol/#end" hreflang="es">again</a> ${badge}`);
  });

  it('to another language’s version of a story the page’s language has: the version in the page’s language, unmarked', async () => {
    // Written before the translation existed, or to the wrong file: the checker warns, readers get their language.
    const { html } = await markdownToHtml('See [the story](../es/traducida.md).', options);
    expect(html).toContain('<a href="/en/articles/the-translated-story/">the story</a>.');
  });

  it('in MDX too, with the attributes spelt as HTML writes them', async () => {
    const { code } = await mdxToJs('See [the story](../es/solo.md).', options);
    expect(code).toMatch(/href: "\/es\/articulos\/solo-en-espanol\/",\s+hreflang: "es"/);
    expect(code).toContain('"data-pagefind-ignore": ""');
  });

  it('leaves other links as written', async () => {
    const { html } = await markdownToHtml(
      '[a site](https://example.org/x.md), [a page](/en/), [a file](./notes.txt), [no story](./nowhere.md) and <a href="./other-story.md">HTML</a>.',
      options,
    );
    expect(html).toContain('<a href="https://example.org/x.md">a site</a>');
    expect(html).toContain('<a href="/en/">a page</a>');
    expect(html).toContain('<a href="./notes.txt">a file</a>');
    expect(html).toContain('<a href="./nowhere.md">no story</a>');
    // The content check refuses it, so that no link is published pointing at a file.
    expect(html).toContain('<a href="./other-story.md">HTML</a>');
  });
});
