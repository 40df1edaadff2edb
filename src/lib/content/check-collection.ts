import { dirname, relative } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { ArticleFile } from './content-check.ts';
import type { Problem } from './problems.ts';

/** Checks that no two articles of a language share a slug or a translationKey; problems in `language`. */
export function checkDuplicates(articles: ArticleFile[], language: Locale, problems: Problem[]) {
  const t = useTranslations(language);
  for (const locale of locales) {
    const inLocale = articles.filter((a) => a.locale === locale && a.data);
    for (const field of ['slug', 'translationKey'] as const) {
      const valueOf = (a: ArticleFile) => (field === 'slug' ? a.slug : a.data!.translationKey);
      const groups = Map.groupBy(inLocale, valueOf);
      for (const [value, sharing] of groups) {
        if (sharing.length < 2) continue;
        for (const article of sharing) {
          const others = sharing.filter((a) => a !== article).map((a) => relative(dirname(article.file), a.file));
          problems.push({
            severity: 'error',
            file: article.file,
            line: article.source.lineOf([field]),
            field,
            message: t('checker:duplicate', { field, value, others, count: others.length, language: locale }),
          });
        }
      }
    }
  }
}

/** Warns of each story that is missing in some language (by translationKey); warnings in `language`. */
export function checkTranslations(articles: ArticleFile[], language: Locale, problems: Problem[]) {
  const t = useTranslations(language);
  const byKey = new Map<string, ArticleFile[]>();
  for (const article of articles) {
    if (!article.data) continue;
    byKey.set(article.data.translationKey, [...(byKey.get(article.data.translationKey) ?? []), article]);
  }
  for (const [key, versions] of byKey) {
    const missing = locales.filter((l) => !versions.some((v) => v.locale === l));
    for (const article of versions) {
      if (missing.length === 0) break;
      problems.push({
        severity: 'warning',
        file: article.file,
        line: article.source.lineOf(['translationKey']),
        field: 'translationKey',
        message: t('checker:untranslated', { languages: missing, key }),
      });
    }
  }
}
