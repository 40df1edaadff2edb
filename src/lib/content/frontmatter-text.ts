import { Scalar, stringify } from 'yaml';
import { SLUG_PATTERN } from './slug.ts';

/** A calendar date as editors write it, which YAML keeps bare. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One string as a YAML scalar on one line, in `style` where YAML reads that
 * back as this same text; else in double quotes. The `yaml` package decides
 * and escapes, against YAML 1.1's implicit types plus 1.2's `0o` octals:
 * Astro reads frontmatter with js-yaml, which takes timestamps and `0o17`
 * as non-text, so a text either schema would misread is quoted. Dates stay
 * bare when asked, as date fields want them read as dates.
 */
export function yamlString(value: string, style: Scalar.Type = Scalar.QUOTE_DOUBLE): string {
  if (style === Scalar.PLAIN && DATE.test(value)) return value;
  const scalar = new Scalar(value);
  // A line break in a plain or single-quoted scalar folds it over several lines: one line needs double quotes.
  scalar.type = /[\r\n]/.test(value) ? Scalar.QUOTE_DOUBLE : style;
  return stringify(scalar, { schema: 'yaml-1.1', customTags: ['intOct'], lineWidth: 0, singleQuote: scalar.type === Scalar.QUOTE_SINGLE }).replace(/\n$/, '');
}

/**
 * One frontmatter value as `npm run new` writes it: keys (`child-labour`,
 * `PE`), dates and booleans bare, lists on one line (`[PE, CO]`), every
 * other text in double quotes, so a colon or a `#` in a title never
 * changes what YAML reads.
 */
export function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'string') return yamlString(value, DATE.test(value) || (SLUG_PATTERN.test(value) && /[a-z]/.test(value)) || /^[A-Z]{2}$/.test(value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE);
  return String(value);
}

/** Whether a value is left out of the file: an optional field the editor left empty. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * A story file: its frontmatter in `order` (keys it does not list follow in
 * their own order, so nothing an editor wrote is lost), then the body.
 */
export function storyText(data: Readonly<Record<string, unknown>>, order: readonly string[], body: string): string {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  const lines = keys.filter((k) => !isEmpty(data[k])).map((k) => `${k}: ${yamlValue(data[k])}`);
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}
