import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import type { CheckedArticle } from '../lib/content-check.ts';
import { isRelativeTarget } from '../lib/content-check.ts';
import { articleUrl } from '../lib/urls.ts';

/**
 * A Markdown plugin that turns links between article files
 * (`[text](./other-story.md)`, which also work in a git host's preview)
 * into the linked article's URL. The content check has already refused
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
    return defineMdastPlugin({
      name: 'article-links',
      link(node, ctx) {
        if (!isRelativeTarget(node.url)) return;
        const [path, hash] = node.url.split('#');
        if (!/\.mdx?$/.test(path!)) return;
        const target = byFile.get(resolve(from, decodeURI(path!)));
        if (target) ctx.setProperty(node, 'url', `${articleUrl(target.locale, target.slug)}${hash ? `#${hash}` : ''}`);
      },
    });
  };
}
