import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';

/** When a file was created and last changed, and how we know. */
export interface FileHistory {
  created: number;
  changed: number;
  from: 'git' | 'file-dates';
}

/**
 * Creation and last-change times of files, from one `git log` over their
 * folder; files git does not know, or that have uncommitted changes, fall
 * back to the file system's dates.
 */
export function fileHistories(files: readonly string[]): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>();
  if (files.length === 0) return histories;
  const folder = dirname(resolve(files[0]!));
  const fromGit = new Map<string, { created: number; changed: number }>();
  const dirty = new Set<string>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--no-renames', '--', '.'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let time = 0;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) time = Number(line.slice(1)) * 1000;
      else if (line) {
        const file = resolve(top, line);
        const known = fromGit.get(file);
        // The log runs newest first: the first time a file appears is its last change.
        fromGit.set(file, { changed: known?.changed ?? time, created: time });
      }
    }
    const status = execFileSync('git', ['status', '--porcelain', '--', '.'], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const line of status.split('\n')) if (line.length > 3) dirty.add(resolve(top, line.slice(3)));
  } catch {
    // Not a git checkout (a downloaded archive, a fixture): dates it is.
  }
  for (const file of files) {
    const git = fromGit.get(resolve(file));
    if (git && !dirty.has(resolve(file))) histories.set(file, { ...git, from: 'git' });
    else {
      const stat = statSync(file);
      histories.set(file, { created: stat.birthtimeMs || stat.mtimeMs, changed: stat.mtimeMs, from: 'file-dates' });
    }
  }
  return histories;
}

/** How much later an original's file date must be for its translation to count as outdated. */
const FILE_DATE_TOLERANCE = 60_000;

/** The state of one language version of a story. */
export type TranslationState = 'present' | 'missing' | 'outdated';

/** What the translation report needs to know of an article. */
export interface ArticleVersion {
  file: string;
  locale: Locale;
  slug: string;
  title: string;
  translationKey: string;
  edition: string;
}

/** One story in every language: which versions exist, which is the original, which lag behind it. */
export interface StoryTranslations {
  translationKey: string;
  edition: string;
  /** The language the story was first written in (its oldest file). */
  source: Locale;
  states: Record<Locale, TranslationState>;
  versions: Partial<Record<Locale, ArticleVersion>>;
}

/**
 * Every story's translation state: a version is outdated when the original
 * changed after the version's own last change.
 */
export function translationStatus(articles: readonly ArticleVersion[], histories: Map<string, FileHistory>): StoryTranslations[] {
  const stories = Map.groupBy(articles, (a) => a.translationKey);
  return [...stories]
    .map(([translationKey, versions]) => {
      const byLocale = Object.fromEntries(versions.map((v) => [v.locale, v])) as Partial<Record<Locale, ArticleVersion>>;
      const history = (v: ArticleVersion) => histories.get(v.file) ?? { created: 0, changed: 0, from: 'file-dates' as const };
      const original = [...versions].sort((a, b) => history(a).created - history(b).created || locales.indexOf(a.locale) - locales.indexOf(b.locale))[0]!;
      const states = Object.fromEntries(
        locales.map((l) => {
          const version = byLocale[l];
          if (!version) return [l, 'missing'];
          // File dates are coarse (a checkout or a copy touches every file), so they need a clear lead.
          const lead = history(original).from === 'git' && history(version).from === 'git' ? 0 : FILE_DATE_TOLERANCE;
          return [l, version !== original && history(original).changed - history(version).changed > lead ? 'outdated' : 'present'];
        }),
      ) as Record<Locale, TranslationState>;
      return { translationKey, edition: versions[0]!.edition, source: original.locale, states, versions: byLocale };
    })
    .sort((a, b) => a.edition.localeCompare(b.edition) || a.translationKey.localeCompare(b.translationKey));
}
