import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import type { CheckedArticle } from '../lib/content/content-check.ts';
import { isRelativeTarget } from '../lib/content/check-bodies.ts';
import { articleUrl } from '../lib/site/urls.ts';

/**
 * A Markdown plugin that turns links between article files
 * (`[text](./other-story.md)` or reference-style, which also work in a git
 * host's preview) into the linked article's URL. The content check has already refused
 * links that point nowhere or at another language.
 */
export function articleLinks(articles: () => readonly CheckedArticle[]): MdastPluginEntry {
  // Indexed once per content check, not once per Markdown file.
  const indexes = new WeakMap<readonly CheckedArticle[], Map<string, CheckedArticle>>();
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const from = dirname(fileURLToPath(fileURL));
    const list = articles();
    const byFile = indexes.get(list) ?? new Map(list.map((a) => [a.file, a]));
    indexes.set(list, byFile);
    /** The linked story's URL for a link to its file, or undefined. */
    const storyUrl = (url: string) => {
      if (!isRelativeTarget(url)) return undefined;
      const [path, hash] = url.split('#');
      if (!/\.mdx?$/.test(path!)) return undefined;
      const target = byFile.get(resolve(from, decodeURI(path!)));
      return target && `${articleUrl(target.locale, target.slug)}${hash ? `#${hash}` : ''}`;
    };
    return defineMdastPlugin({
      name: 'article-links',
      link(node, ctx) {
        const url = storyUrl(node.url);
        if (url) ctx.setProperty(node, 'url', url);
      },
      // Reference-style links ([text][w] … [w]: ./story.md) take their address from the definition.
      definition(node, ctx) {
        const url = storyUrl(node.url);
        if (url) ctx.setProperty(node, 'url', url);
      },
    });
  };
}
