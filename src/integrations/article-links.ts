import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastContent, type HastPluginEntry } from 'satteri';
import { languageLabels, type Locale } from '../i18n/locales.ts';
import type { CheckedArticle } from '../lib/content/content-check.ts';
import { isRelativeTarget } from '../lib/content/check-bodies.ts';
import { linkDestination } from '../lib/content/link-targets.ts';
import { articleUrl } from '../lib/site/urls.ts';

/**
 * The mark of a story in another language, as story cards show it beside
 * their link (LanguageBadge.astro): the language's name, in that language.
 * Search leaves it out: it is not what the story says.
 */
const languageBadge = (locale: Locale): HastContent => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['lang-badge'], lang: locale, dataPagefindIgnore: '' },
  children: [{ type: 'text', value: languageLabels[locale]! }],
});

/**
 * A Markdown plugin that turns links between article files
 * (`[text](./other-story.md)` or reference-style, which also work in a git
 * host's preview) into the linked article's URL. It works on the HTML tree,
 * where a reference-style link has its definition's address, and where
 * links written in HTML are not elements (the content check refuses those).
 * The content check has already refused links that point nowhere. A link to
 * another language's version of a story leads to the story's version in this
 * language when there is one (the checker warns to link it), else to the
 * version it names, marked as such: `hreflang` on the link, and the
 * language's name after it.
 */
export function articleLinks(articles: () => readonly CheckedArticle[]): HastPluginEntry {
  // Indexed once per content check, not once per Markdown file.
  const indexes = new WeakMap<readonly CheckedArticle[], Map<string, CheckedArticle>>();
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const file = fileURLToPath(fileURL);
    const folder = dirname(file);
    const list = articles();
    const byFile = indexes.get(list) ?? new Map(list.map((a) => [a.file, a]));
    indexes.set(list, byFile);
    const from = byFile.get(file);
    return defineHastPlugin({
      name: 'article-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties.href;
          if (typeof href !== 'string' || !isRelativeTarget(href)) return;
          const [path, hash] = href.split('#');
          if (!/\.mdx?$/.test(path!)) return;
          const named = byFile.get(resolve(folder, decodeURI(path!)));
          if (!named) return;
          const target = linkDestination(from, named, list);
          ctx.setProperty(node, 'href', `${articleUrl(target.locale, target.slug)}${hash ? `#${hash}` : ''}`);
          if (from === undefined || target.locale === from.locale) return;
          // Spelt as the attribute: MDX hands property names to Astro, which writes them as they are.
          ctx.setProperty(node, 'hreflang', target.locale);
          ctx.insertAfter(node, [{ type: 'text', value: ' ' }, languageBadge(target.locale)]);
        },
      },
    });
  };
}
