/**
 * `npm run translations [-- --lang es]`: every story × language: present, missing or outdated
 * (the original changed after the translation). Words in `--lang`, else the
 * system locale's language, else the newsletter's default one; `--json` keeps
 * the states' names (`present`, `missing`, `outdated`). Always exits 0.
 */
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales.ts';
import { useTranslations } from '../src/i18n/translate.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { editionTaxonomy } from '../src/lib/content/vocabulary.ts';
import { fileHistories, translationStatus, type TranslationState } from '../src/lib/content/translation-status.ts';
import { commandLanguage } from './lib/command-language.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } } });
const language = commandLanguage(values.lang);
const t = useTranslations(language);
const { articles } = checkContent(values.content ?? contentDir(), language);
const versions = articles.flatMap((a) =>
  a.data
    ? [
        {
          file: a.file,
          locale: a.locale,
          slug: a.slug,
          title: a.data.title,
          translationKey: a.data.translationKey,
          edition: a.data.terms[editionTaxonomy.field]![0]!,
        },
      ]
    : [],
);
const histories = fileHistories(versions.map((v) => v.file));
const stories = translationStatus(versions, histories);

if (values.json) {
  console.log(
    JSON.stringify(
      stories.map(({ translationKey, edition, source, states }) => ({ translationKey, edition, source, ...states })),
      null,
      2,
    ),
  );
} else {
  // The states as the site's translations page names them.
  const rows = [
    [editionTaxonomy.field, 'translationKey', ...locales],
    ...stories.map((s) => [
      s.edition,
      s.translationKey,
      ...locales.map((l) => t(`translations.${s.source === l && s.states[l] === 'present' ? 'original' : s.states[l]!}`)),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const count = (state: TranslationState) => stories.reduce((n, s) => n + locales.filter((l) => s.states[l] === state).length, 0);
  const summary = t('checker:translationsSummary', {
    stories: t('listing.articleCount', { count: stories.length }),
    missing: t('checker:missingTranslations', { count: count('missing') }),
    outdated: t('checker:outdatedTranslations', { count: count('outdated') }),
  });
  console.log(`\n${summary}`);
  if ([...histories.values()].some((h) => h.from === 'file-dates')) console.log(t('checker:fileDates'));
}
