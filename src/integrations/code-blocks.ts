import { defineHastPlugin } from 'satteri';

/**
 * A Markdown (and MDX) plugin that lets the keyboard reach code blocks: they
 * keep their lines and scroll sideways (see `pre` in global.css), and a region
 * that scrolls must take focus for keyboard users to scroll it (WCAG 2.1.1,
 * axe's `scrollable-region-focusable`). Code is not highlighted: Shiki's
 * colours are inline styles, which the site's Content Security Policy refuses.
 */
export const focusableCodeBlocks = defineHastPlugin({
  name: 'focusable-code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});
