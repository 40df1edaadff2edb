import { relative } from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';

/** Something wrong (error) or worth a look (warning) in an editor's file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Absolute path of the file. */
  file: string;
  /** 1-based line, where known. */
  line: number;
  /** The frontmatter field or vocabulary entry concerned, when there is one. */
  field?: string;
  /** What is wrong and how to fix it, naming the bad value and the nearest valid ones. */
  message: string;
}

/** Whether any problem is an error (warnings alone do not fail a build). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

const byPosition = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;

/**
 * `file:line: error: message` lines, grouped under each file, with a closing
 * count; the severity words and the count in `language` (the messages already are).
 */
export function formatText(problems: readonly Problem[], language: Locale, cwd = process.cwd()): string {
  const t = useTranslations(language);
  const lines: string[] = [];
  let current = '';
  for (const p of [...problems].sort(byPosition)) {
    const file = relative(cwd, p.file);
    if (file !== current) {
      if (current) lines.push('');
      lines.push(`${file}`);
      current = file;
    }
    lines.push(`  ${file}:${p.line}: ${t(`checker:${p.severity}`)}: ${p.message}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push('', t('checker:counts', { errors: t('checker:errorCount', { count: errors }), warnings: t('checker:warningCount', { count: warnings }) }));
  return lines.join('\n');
}

/** Machine-readable problems, paths relative to `cwd`: field names and severities in English, messages as the check wrote them. */
export function formatJson(problems: readonly Problem[], cwd = process.cwd()): string {
  return JSON.stringify(
    [...problems].sort(byPosition).map((p) => ({ ...p, file: relative(cwd, p.file) })),
    null,
    2,
  );
}

/** GitHub Actions workflow commands, so each problem shows on the pull request's line. */
export function formatGithub(problems: readonly Problem[], cwd = process.cwd()): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return [...problems]
    .sort(byPosition)
    .map((p) => `::${p.severity} file=${escapeProperty(relative(cwd, p.file))},line=${p.line}::${escape(p.message)}`)
    .join('\n');
}
