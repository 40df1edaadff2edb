import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { impossibleDate } from './calendar.ts';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

/**
 * What is wrong with a YAML text: one of the mistakes editors make most, for
 * which the checker says how to fix it, or the parser's own words.
 */
export type YamlMistake = 'no-frontmatter' | 'colon-in-value' | 'field-twice' | { parser: string };

/** A parser's message as one of the mistakes editors make most, where it is one. */
function mistakeOf(message: string): YamlMistake {
  if (message.startsWith('Nested mappings')) return 'colon-in-value';
  if (message.startsWith('Map keys must be unique')) return 'field-twice';
  return { parser: message };
}

/** A YAML mistake as the checker tells it, in `language` (a parser's message stays as the parser wrote it). */
export function describeMistake(mistake: YamlMistake, language: Locale): string {
  const t = useTranslations(language);
  if (mistake === 'no-frontmatter') return t('checker:noFrontmatter');
  if (mistake === 'colon-in-value') return t('checker:quoteColon');
  if (mistake === 'field-twice') return t('checker:fieldTwice');
  return mistake.parser;
}

/** What js-yaml's own schema makes of a plain scalar that starts like a date: a Date, or not. */
const asTimestamp = (data: string): Date | undefined => {
  if (!/^\d{4}-\d/.test(data)) return undefined;
  const value = load(data);
  return value instanceof Date ? value : undefined;
};

/**
 * js-yaml's schema, except that a date naming no day of the calendar
 * (2016-02-30) stays the text the editor wrote, for the checker to quote,
 * instead of being rolled over into 1 March.
 */
const CALENDAR_SCHEMA = DEFAULT_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:timestamp', {
      kind: 'scalar',
      resolve: (data: string) => asTimestamp(data) !== undefined && impossibleDate(data) === undefined,
      construct: (data: string) => asTimestamp(data),
      instanceOf: Date,
    }),
  ],
});

/** Parses YAML as Astro's frontmatter parser (js-yaml) does, but for impossible dates, which stay text. */
export function loadYaml(text: string): unknown {
  return load(text, { schema: CALENDAR_SCHEMA });
}

/** Parsed YAML that remembers where each value was written. */
export interface YamlSource {
  /** The parsed value, or undefined when the YAML is malformed. */
  data: unknown;
  /** The first syntax error, with its line in the file. */
  error?: { mistake: YamlMistake; line: number };
  /** The file line of the deepest node found along `path` (the key's line). */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML as Astro's frontmatter parser does (js-yaml), so the check and
 * the build read the same values. `firstLine` is the file line the YAML
 * starts on (2 for frontmatter after its opening `---`).
 *
 * Where a value was written, and the wording of a syntax error, come from the
 * `yaml` package, whose parser keeps positions. It is three times slower, so
 * it runs only when a problem is reported: for most files, never.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  let positioned: { doc: Document.Parsed; counter: LineCounter } | undefined;
  const withPositions = () => {
    if (!positioned) {
      const counter = new LineCounter();
      positioned = { doc: parseDocument(text, { lineCounter: counter, version: '1.1', prettyErrors: false, uniqueKeys: true }), counter };
    }
    return positioned;
  };
  const toLine = (offset: number) => withPositions().counter.linePos(offset).line + firstLine - 1;
  let data: unknown;
  try {
    data = loadYaml(text) ?? null;
  } catch (cause) {
    const [first] = withPositions().doc.errors;
    const error = first
      ? { mistake: mistakeOf(first.message.split('\n')[0]!), line: toLine(first.pos[0]) }
      : cause instanceof YAMLException
        ? { mistake: { parser: cause.reason }, line: cause.mark.line + firstLine }
        : { mistake: { parser: String(cause) }, line: firstLine };
    return { data: undefined, error, lineOf: () => firstLine };
  }
  return {
    data,
    lineOf(path) {
      let node: unknown = withPositions().doc.contents;
      let line = firstLine;
      for (const step of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(step));
          if (!pair) break;
          const keyRange = (pair.key as YamlNode | null)?.range;
          if (keyRange) line = toLine(keyRange[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof step === 'number') {
          const item = node.items[step] as YamlNode | undefined;
          if (!item?.range) break;
          line = toLine(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    },
  };
}

/** An article file split into its frontmatter (with positions) and its body. */
export interface MarkdownSource extends YamlSource {
  /** The Markdown after the frontmatter. */
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Reads the frontmatter block of a Markdown/MDX file; a missing block is an error on line 1. */
export function parseMarkdown(source: string): MarkdownSource {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      data: undefined,
      error: { mistake: 'no-frontmatter', line: 1 },
      lineOf: () => 1,
      body: text,
      bodyLine: 1,
    };
  }
  const yaml = parseYaml(match[1]!, 2);
  const bodyLine = match[0].split('\n').length;
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}
