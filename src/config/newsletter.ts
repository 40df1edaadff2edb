import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseKeys } from 'i18next';
import { EMAIL_SERVICES } from '../schemas/declaration/email.ts';
import { parseDeclaration, type NewsletterOutput } from '../schemas/declaration/index.ts';

export { EMAIL_SERVICES };
export { ARTICLE_FIELDS } from '../schemas/declaration/taxonomy.ts';

/**
 * A language the site is published in: one of the declared codes. A plain
 * string rather than the declaration's literal codes, so that the engine
 * compiles the same for any newsletter (the sample's two languages, the
 * trilingual fixture's three, a publisher's ten): the schema checks the
 * declaration's codes, `isLocale` a URL's or a file's. Records per language
 * are complete by construction (built over `locales`, or checked by the
 * schema), which is why lookups in them assert their value.
 */
export type Locale = string;

/** A taxonomy's frontmatter field (its id): one of the declared fields, a plain string for the same reason as `Locale`. */
export type TaxonomyId = string;

/** A taxonomy's UI strings: its index's title, the label of one term, the intro of its index page, one term in a sentence. */
type TaxonomyString = 'title' | 'label' | 'intro' | 'inText';

/**
 * The `t()` key of one of a taxonomy's UI strings ("taxonomies.region.title").
 * Keys are typed from the default language's strings, which a field (a plain
 * string) cannot be checked against at compile time; the schema checks
 * instead that those strings have all four for every declared taxonomy,
 * hence the one cast, to a key of that type.
 */
export function taxonomyKey<P extends TaxonomyString>(field: TaxonomyId, part: P): Extract<ParseKeys, `taxonomies.${string}.${P}`> {
  return `taxonomies.${field}.${part}` as Extract<ParseKeys, `taxonomies.${string}.${P}`>;
}

/** A language as the site uses it: every default filled in. */
export type Language = NewsletterOutput['languages'][number];

/** A taxonomy as the site uses it: every default filled in. */
export type TaxonomySettings = NewsletterOutput['taxonomies'][number];

/** The newsletter as every module reads it: the declaration with every default filled in, and the file it was declared in. */
export type Newsletter = NewsletterOutput & { file: string };

/**
 * Checks a declaration and fills in its defaults (see `newsletterSchema`).
 * Throws one error listing every mistake, each naming the option and what
 * would be valid.
 */
export function resolveNewsletter(declared: unknown, file: string): Newsletter {
  return { file, ...parseDeclaration(declared, file) };
}

/**
 * The project's folder: the nearest one above this module holding a
 * `package.json`. Found from the module rather than the working directory so
 * that scripts run from anywhere (editors' tools are often run from a content
 * folder), and from the bundled copy Astro prerenders with as well.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/**
 * The declaration's file: the project's `src/newsletter.config.ts`, or the one
 * `NEWSLETTER_CONFIG` names, relative to the working directory (the test
 * fixtures declare other newsletters).
 */
export function declarationFile(env: NodeJS.ProcessEnv = process.env): string {
  const named = env['NEWSLETTER_CONFIG'];
  return named ? resolve(named) : join(projectRoot(), 'src', 'newsletter.config.ts');
}

// Loaded by path rather than imported, so that one build of the code serves
// any newsletter: Node (scripts, workers, prerendering) and Vite (dev, tests)
// both load it as it stands on disk. Cache keys include `newsletterFingerprint`
// since the bundle's hash does not cover it.
const file = declarationFile();
const loaded = (await import(/* @vite-ignore */ file)) as { default: unknown };

/** The newsletter this build publishes. */
export const newsletter: Newsletter = resolveNewsletter(loaded.default, file);

/**
 * A hash of the whole declaration, UI strings included: part of every cache
 * key of what the build keeps between runs (pages, cards, emails).
 */
export const newsletterFingerprint: string = createHash('sha256').update(JSON.stringify(newsletter)).digest('base64url').slice(0, 16);

/** The publisher's name as it reads inside a sentence in `locale` (see `publisher.inText`). */
export function publisherInText(locale: Locale): string {
  return newsletter.publisher.inText?.[locale] ?? newsletter.publisher.name;
}

/**
 * What the build and `npm run email` say, once, when the declaration names no
 * sending service: the emails work, but no service sends an email without
 * an unsubscribe link.
 */
export function emailServiceHint(): string | undefined {
  if (newsletter.emailPlaceholders) return undefined;
  return (
    `The emails have no unsubscribe link, which sending services require: name yours in ${relative(process.cwd(), newsletter.file)}, ` +
    `emailService: ${Object.keys(EMAIL_SERVICES)
      .map((s) => `'${s}'`)
      .join(' | ')}, or give its placeholders, emailService: { unsubscribe: '…', viewInBrowser: '…' } (docs/editors.md, "Sending the emails").`
  );
}

/** Where a language's readers sign up for the emails (see `subscribe`), if the newsletter says. */
export function subscribeUrl(locale: Locale): string | undefined {
  return newsletter.subscribe[locale];
}
