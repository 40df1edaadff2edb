/**
 * `npm run translations`: every story × language: present, missing or outdated
 * (the original changed after the translation). Always exits 0.
 */
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { editionTaxonomy } from '../src/lib/content/vocabulary.ts';
import { fileHistories, translationStatus } from '../src/lib/content/translation-status.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, json: { type: 'boolean', default: false } } });
const { articles } = checkContent(values.content ?? contentDir());
const versions = articles.flatMap((a) =>
  a.data ? [{ file: a.file, locale: a.locale, slug: a.slug, title: a.data.title, translationKey: a.data.translationKey, edition: a.data.terms[editionTaxonomy.field][0]! }] : [],
);
const histories = fileHistories(versions.map((v) => v.file));
const stories = translationStatus(versions, histories);

if (values.json) {
  console.log(JSON.stringify(stories.map(({ translationKey, edition, source, states }) => ({ translationKey, edition, source, ...states })), null, 2));
} else {
  const rows = [[editionTaxonomy.field, 'translationKey', ...locales], ...stories.map((s) => [s.edition, s.translationKey, ...locales.map((l) => (s.source === l && s.states[l] === 'present' ? 'original' : s.states[l]))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const count = (state: string) => stories.reduce((n, s) => n + locales.filter((l) => s.states[l] === state).length, 0);
  console.log(`\n${stories.length} stories; ${count('missing')} missing and ${count('outdated')} outdated translations.`);
  if ([...histories.values()].some((h) => h.from === 'file-dates')) console.log('(Some files have no git history: their dates come from the file system.)');
}
