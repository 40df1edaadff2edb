import { parse } from 'yaml';
import { SLUG_PATTERN } from './slug.ts';

/** A calendar date as editors write it, which YAML keeps bare. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One frontmatter value as `npm run new` writes it: keys (`child-labour`,
 * `PE`), dates and booleans bare, lists on one line (`[PE, CO]`), every
 * other text in double quotes, so a colon or a `#` in a title never
 * changes what YAML reads.
 */
export function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'string') {
    // Keys, codes and dates read best bare, unless YAML would read them as something else than
    // this text ("true", "null", "1e3", "0x1f" are a boolean, null and numbers).
    const bare = DATE.test(value) || (((SLUG_PATTERN.test(value) && /[a-z]/.test(value)) || /^[A-Z]{2}$/.test(value)) && parse(value) === value);
    return bare ? value : JSON.stringify(value);
  }
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
