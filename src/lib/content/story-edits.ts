import { isMap, isScalar, isSeq, parse, parseDocument, Scalar, type Node, type Pair } from 'yaml';
import { storyText, yamlString, yamlValue } from './frontmatter-text.ts';

/** A story file cut where its parts meet: the frontmatter's text, and everything after its closing `---` line. */
interface StoryParts {
  /** Up to and including the opening `---` line. */
  opening: string;
  frontmatter: string;
  /** The closing `---` line and the blank lines before the body. */
  closing: string;
  body: string;
  /** The file's own line ending, which added lines use. */
  eol: string;
}

const STORY = /^(---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n)*)([\s\S]*)$/;

/** A story file's parts, or nothing when it has no frontmatter. */
function storyParts(text: string): StoryParts | undefined {
  const match = STORY.exec(text);
  if (!match) return undefined;
  return { opening: match[1]!, frontmatter: match[2]!, closing: match[3]!, body: match[4]!, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A story file's frontmatter fields and its body (`body`), as the web editor shows them. */
export function storyFields(text: string): Record<string, unknown> {
  const parts = storyParts(text);
  if (!parts) return { body: text };
  return { ...((parse(parts.frontmatter) ?? {}) as Record<string, unknown>), body: parts.body };
}

/** How a story's fields are written: their order, and the values a field has when a file leaves it out. */
export interface StoryLayout {
  /** Frontmatter keys in `npm run new`'s order: a field the file did not have goes after the ones before it. */
  order: readonly string[];
  /** A value that is the same as leaving the field out (`draft: false`): never added to a file that lacks it. */
  defaults: Readonly<Record<string, unknown>>;
  /** Fields a saved file keeps as they were, whatever the editor sends (`translationKey`: renaming it would re-pair stories). */
  kept: readonly string[];
}

/** Whether a field's value is no value: the field is left out of the file. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A scalar written in the style the file already used for it (bare, "double" or 'single' quotes), where YAML reads it back unchanged. */
function scalarText(value: unknown, style: Scalar.Type | undefined): string {
  return typeof value === 'string' && style ? yamlString(value, style) : yamlValue(value);
}

/** The start of the line `offset` is on. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The end of the line `offset` is on, its line break included. */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** A pair's source range, from the start of its key's line to the end of its value's last line. */
function pairLines(text: string, pair: Pair<Node, Node | null>): [number, number] {
  const start = lineStart(text, pair.key.range![0]);
  const valueEnd = pair.value?.range ? pair.value.range[1] : pair.key.range![1];
  // A value's end may sit at the start of the next line (block sequences): step back onto its own.
  const end = valueEnd > start && text[valueEnd - 1] === '\n' ? valueEnd : lineEnd(text, Math.max(valueEnd - 1, start));
  return [start, end];
}

/** One replacement of a range of the frontmatter's text. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The new text of a value the editor changed, in the style its node had, or nothing when only a whole new line can say it. */
function valueText(text: string, node: Node | null, value: unknown): string | undefined {
  if (!node?.range || node.range[0] === node.range[1]) return undefined;
  if (isScalar(node)) {
    if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL || Array.isArray(value)) return undefined;
    return scalarText(value, node.type);
  }
  if (isSeq(node) && Array.isArray(value) && node.flow) {
    // Items the editor kept are written as the file wrote them.
    const written = new Map(node.items.flatMap((item) => (isScalar(item) && item.range ? [[JSON.stringify(item.value), text.slice(item.range[0], item.range[1])] as const] : [])));
    return `[${value.map((item) => written.get(JSON.stringify(item)) ?? yamlValue(item)).join(', ')}]`;
  }
  return undefined;
}

/**
 * A story file after the web editor saved `edited` (its fields and `body`):
 * the file's own text with exactly the fields the editor changed rewritten,
 * so one word changed is one line changed. Keys keep their order, quoting
 * style and comments; a field the editor emptied loses its line; a field the
 * file did not have is added (after the fields `order` puts before it)
 * unless it holds its default; fields the editor does not know are kept; an
 * unchanged body is kept byte for byte. Without `original` (a new file), the
 * story is written as `npm run new` writes one.
 */
export function editedStoryText(original: string | undefined, edited: Readonly<Record<string, unknown>>, layout: StoryLayout): string {
  const { body = '', ...fields } = edited;
  const parts = original === undefined ? undefined : storyParts(original);
  if (!parts) {
    const written = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, layout.defaults[key])));
    return storyText(written, layout.order, String(body));
  }
  const text = parts.frontmatter;
  const document = parseDocument(text);
  const map = isMap(document.contents) ? document.contents : undefined;
  const pairs = new Map((map?.items ?? []).flatMap((pair) => (isScalar(pair.key) ? [[String(pair.key.value), pair as Pair<Node, Node | null>] as const] : [])));
  const before = (document.toJS() ?? {}) as Record<string, unknown>;
  const eol = parts.eol;
  const line = (key: string, value: unknown) => `${key}: ${yamlValue(value)}${eol}`;
  const splices: Splice[] = [];
  // Every field the editor knows (those it sent and those it can empty), in the file's order, then the new ones.
  const keys = [...new Set([...layout.order, ...Object.keys(fields)])];
  for (const key of keys) {
    const value = fields[key];
    const pair = pairs.get(key);
    if (layout.kept.includes(key) && pair) continue;
    if (pair) {
      if (same(value, before[key]) || (isEmpty(value) && isEmpty(before[key]))) continue;
      const [start, end] = pairLines(text, pair);
      if (isEmpty(value)) {
        splices.push({ start, end, text: '' });
        continue;
      }
      const inPlace = valueText(text, pair.value, value);
      if (inPlace !== undefined) splices.push({ start: pair.value!.range![0], end: pair.value!.range![1], text: inPlace });
      else splices.push({ start, end, text: line(key, value) });
      continue;
    }
    if (isEmpty(value) || same(value, layout.defaults[key]) || !(key in fields)) continue;
    // After the nearest field the order puts before it that the file has; else before the first.
    const earlier = layout.order.slice(0, Math.max(layout.order.indexOf(key), 0)).findLast((k) => pairs.has(k));
    const at = earlier ? pairLines(text, pairs.get(earlier)!)[1] : 0;
    const ending = at > 0 && !text.slice(0, at).endsWith('\n') ? eol : '';
    splices.push({ start: at, end: at, text: `${ending}${line(key, value)}` });
  }
  let frontmatter = text;
  // From the end, so that earlier offsets still hold; insertions at one place keep their order.
  for (const splice of splices.map((s, index) => ({ ...s, index })).sort((a, b) => b.start - a.start || b.index - a.index)) {
    frontmatter = frontmatter.slice(0, splice.start) + splice.text + frontmatter.slice(splice.end);
  }
  // The closing `---` follows a line break of its own (`closing` starts with it).
  frontmatter = frontmatter.replace(/\r?\n$/, '');
  const newBody = String(body);
  const keptBody = newBody.trim() === parts.body.trim() ? parts.body : `${newBody.trim()}${eol}`;
  return `${parts.opening}${frontmatter}${parts.closing}${keptBody}`;
}
