import { useTranslations } from '../../i18n/translate.ts';
import type { EmailEdition } from './edition-model.ts';

/** Plain-text emails wrap here. */
export const TEXT_WIDTH = 72;

/**
 * Wraps text at `width` columns, the first line after `first`, the others
 * after `indent`; a word longer than a line (a URL) stands alone on its line.
 */
export function wrap(text: string, width = TEXT_WIDTH, indent = '', first = indent): string {
  const lines: string[] = [];
  let line = first;
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (words > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      words = 0;
    }
    line += words > 0 ? ` ${word}` : word;
    words++;
  }
  if (words > 0) lines.push(line);
  return lines.join('\n');
}

/** An edition's email as plain text, for the mail clients and readers that do not show HTML. */
export function plainTextEmail(edition: EmailEdition): string {
  const t = useTranslations(edition.locale);
  const name = edition.newsletterName;
  const rule = '='.repeat(Math.min(TEXT_WIDTH, Math.max(name.length, 20)));
  return [
    name.toUpperCase(),
    edition.dateLine,
    '',
    wrap(edition.title),
    rule,
    '',
    wrap(edition.intro),
    '',
    ...edition.stories.flatMap((s, i) => [
      wrap(s.title, TEXT_WIDTH, '   ', `${i + 1}. `.padEnd(3)),
      ...(s.language ? [`   (${t('email:inLanguage', { language: s.language })})`] : []),
      wrap(s.meta, TEXT_WIDTH, '   '),
      '',
      wrap(s.summary, TEXT_WIDTH, '   '),
      `   ${t('common.leadIn', { label: t('email:readMore') })}`,
      `   ${s.url}`,
      '',
    ]),
    '-'.repeat(20),
    t('common.leadIn', { label: t('email:viewOnline') }),
    edition.webUrl,
    ...edition.others.flatMap((o) => [t('common.leadIn', { label: o.label }), o.url]),
    '',
    wrap(edition.footer),
    ...(edition.service?.viewInBrowser ? [t('common.leadIn', { label: t('email:viewInBrowser') }), edition.service.viewInBrowser] : []),
    ...(edition.service ? [t('common.leadIn', { label: t('email:unsubscribe') }), edition.service.unsubscribe] : []),
    '',
  ].join('\n');
}
