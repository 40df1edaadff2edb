import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { builtSite, htmlPages } from '../helpers/build.ts';

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

async function errors(dir: string): Promise<string[]> {
  const found: string[] = [];
  // Emails are table-based HTML for mail clients, checked by their own tests.
  for (const path of htmlPages(dir).filter((p) => !p.startsWith('/email/'))) {
    const file = join(dir, path.endsWith('.html') ? path : `${path}index.html`);
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const m of result.messages) found.push(`${path}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  return found;
}

describe('valid HTML (html-validate, recommended preset)', () => {
  it.each(['sample', 'fixture'] as const)('every page of the %s site has zero errors', async (name) => {
    expect(await errors(builtSite(name))).toEqual([]);
  });

  it('would catch invalid markup', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">x</p><p id="a"><div>y</div></main></body></html>');
    expect(report.valid).toBe(false);
    expect(report.results[0]!.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });
});
