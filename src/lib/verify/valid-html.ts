import { HtmlValidate, type ConfigData } from 'html-validate';
import type { PageFacts } from './page-facts.ts';

/** html-validate's recommended preset, with each change explained. */
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Lists styled with `list-style: none` lose their list semantics in Safari/VoiceOver;
    // role="list" gives them back, so it is not redundant there.
    'no-redundant-role': 'off',
    // Page titles are the editors' headlines followed by the newsletter's name; search
    // engines shorten long ones themselves, and cutting them here would lose words.
    'long-title': 'off',
    // Search facets are groups of checkboxes sharing a name, as HTML forms intend.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};

const validator = new HtmlValidate(config);

/** Whatever html-validate finds wrong in a page, as "line: rule message". */
export async function htmlErrors(page: PageFacts): Promise<string[]> {
  const report = await validator.validateString(page.html, page.path);
  return report.results.flatMap((result) => result.messages.map((m) => `line ${m.line}: ${m.ruleId} ${m.message}`));
}
