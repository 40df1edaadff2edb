import { z } from 'astro/zod';
import { emailServiceSchema } from './email.ts';
import { keyPaths, missingStrings } from '../../i18n/strings.ts';
import { isLanguageTag, languageSchema } from './language.ts';
import { taxonomySchema } from './taxonomy.ts';

/** A value per language, keyed by language code; which codes it must have is checked against the declared languages. */
const perLanguage = (what: string) => z.record(z.string(), z.string()).describe(what);

/** Whether a value is a whole http(s) address, as a sign-up page's must be (readers follow it from any page). */
function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * A newsletter as its publisher declares it (`src/newsletter.config.ts`),
 * parsed into the newsletter every module reads: each option's default
 * filled in, each language's fallback languages resolved, the sending
 * service's placeholders looked up. Rules across options (languages named
 * everywhere a value is given per language, unique codes, fields and
 * segments, one edition taxonomy, UI strings for every taxonomy) are checked
 * once each option is valid on its own.
 */
export const newsletterSchema = z
  .object({
    name: perLanguage("The newsletter's name, per language (header, titles, feeds, social cards)."),
    tagline: perLanguage('One line under the name, per language.'),
    publisher: z
      .object({
        name: z.string(),
        inText: z.record(z.string(), z.string()).optional(),
        url: z.string().optional(),
      })
      .describe(
        'Who publishes it. `name` stands alone (structured data); `inText` is the name as it reads inside a sentence, per language, where that differs (Spanish writes "la CLAC": "Publicado por la CLAC").',
      ),
    siteUrl: z.string().describe("The site's origin when `SITE` is not set in the environment."),
    subscribe: z
      .record(z.string(), z.string().refine(isWebAddress, { error: (issue) => `'${String(issue.input)}' is not a web address (write it whole: https://…)` }))
      .default({})
      .describe(
        "Where readers sign up to get each edition by email (the mailing tool's sign-up page), per language: a plain link in the footer and on edition pages. A language without one shows no link; leave it out for none.",
      ),
    editor: z
      .object({
        repo: z
          .string()
          .refine((repo) => /^[\w.-]+\/[\w.-]+$/.test(repo), {
            error: (issue) => `'${String(issue.input)}' is not a GitHub repository; write it as owner/name`,
          })
          .optional(),
        branch: z.string().optional(),
      })
      .default({})
      .describe(
        'The web editor at `/admin/` (Sveltia CMS): the GitHub repository it commits to once deployed, as `owner/name`, and the branch. Left out, it is the repository the site is built from (its `origin` remote on github.com); with neither, the editor edits a local copy only (`npm run edit`).',
      ),
    emailService: emailServiceSchema
      .optional()
      .describe(
        "The service that sends the emails, so that their footers carry its unsubscribe link (and \"view in browser\" link, where it has one): by name (`'listmonk'`, `'mailchimp'`, `'buttondown'`, `'mailerlite'`) or as its placeholders (`{ unsubscribe: '%unsubscribe_url%' }`). Left out, the emails have neither link, and the build says how to set one.",
      ),
    languages: z.array(languageSchema).readonly().describe('The languages, in the order the site lists them.'),
    defaultLanguage: z.string().describe("The language of `x-default` alternates, of the root page's fallback and of term names not yet translated."),
    taxonomies: z.array(taxonomySchema).readonly().describe('The taxonomies, in the order readers browse them.'),
  })
  .check((ctx) => {
    const d = ctx.value;
    const issue = (path: PropertyKey[], message: string) => ctx.issues.push({ code: 'custom', input: d, continue: true, path, message });
    const codes = d.languages.map((l) => l.code);
    if (codes.length === 0) issue(['languages'], 'declare at least one language');
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) issue(['languages'], `'${code}' is declared twice`);
    });
    if (!codes.includes(d.defaultLanguage)) issue(['defaultLanguage'], `'${d.defaultLanguage}' is not one of the languages (${codes.join(', ')})`);
    const everyLanguage = (path: PropertyKey[], record: Record<string, string> | undefined) => {
      for (const code of codes) if (!record?.[code]?.trim()) issue(path, `no ${code} value`);
      for (const key of Object.keys(record ?? {})) if (!codes.includes(key)) issue(path, `'${key}' is not a declared language (${codes.join(', ')})`);
    };
    everyLanguage(['name'], d.name);
    everyLanguage(['tagline'], d.tagline);
    for (const code of Object.keys(d.subscribe)) if (!codes.includes(code)) issue(['subscribe'], `'${code}' is not a declared language (${codes.join(', ')})`);

    const reference = d.languages.find((l) => l.code === d.defaultLanguage);
    const referenceKeys = reference ? keyPaths(reference.strings) : [];
    d.languages.forEach((l, i) => {
      // Checked in the language's own plural categories, which need a valid tag (a wrong one is reported on its own).
      const tag = l.tag ?? l.code;
      const missing = reference && isLanguageTag(tag) ? missingStrings(reference.strings, l.strings, tag) : [];
      if (missing.length)
        issue(['languages', i, 'strings'], `missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
      for (const other of l.fallback ?? []) {
        if (!codes.includes(other) || other === l.code)
          issue(['languages', i, 'fallback'], `'${other}' is not another declared language (${codes.filter((c) => c !== l.code).join(', ')})`);
      }
    });

    const fields = d.taxonomies.map((t) => t.field);
    d.taxonomies.forEach((t, i) => {
      if (fields.indexOf(t.field) !== fields.lastIndexOf(t.field)) issue(['taxonomies', i], 'declared twice');
      everyLanguage(['taxonomies', i, 'segment'], t.segment);
      // Each taxonomy is named in the UI strings: its index's title, the label of one term, the intro of its index page, one term in a sentence (the checker's).
      const lacking = reference ? ['title', 'label', 'intro', 'inText'].filter((k) => !referenceKeys.includes(`site.taxonomies.${t.field}.${k}`)) : [];
      if (lacking.length)
        issue(
          ['languages', d.languages.indexOf(reference!), 'strings'],
          `taxonomies.${t.field} needs ${lacking.join(', ')} (e.g. { title: 'Regions', label: 'Region', intro: 'Stories by region.', inText: 'the region' })`,
        );
    });
    for (const role of ['edition', 'map'] as const) {
      const having = d.taxonomies.filter((t) => t.role === role).map((t) => t.field);
      if (having.length > 1) issue(['taxonomies'], `only one taxonomy may have role '${role}' (${having.join(', ')} do)`);
    }
    if (!d.taxonomies.some((t) => t.role === 'edition')) issue(['taxonomies'], "one taxonomy needs role 'edition' (the newsletter's editions)");
    // A language's URL segments share one level of its addresses (/es/<segment>/), but for print, which sits under an edition's page.
    for (const [i, l] of d.languages.entries()) {
      const taken = new Map<string, string>();
      const claim = (segment: string, path: PropertyKey[], what: string) => {
        const other = taken.get(segment);
        if (other) issue(path, `'${segment}' is also the ${l.code} segment of ${other}`);
        taken.set(segment, what);
      };
      for (const [section, segment] of Object.entries(l.sections))
        if (section !== 'print') claim(segment, ['languages', i, 'sections', section], `languages.${l.code}.sections.${section}`);
      for (const [j, t] of d.taxonomies.entries()) {
        const segment = t.segment[l.code];
        if (segment) claim(segment, ['taxonomies', j, 'segment', l.code], `taxonomies.${t.field}.segment.${l.code}`);
      }
    }
  })
  .transform(({ emailService, ...d }) => ({
    ...d,
    emailPlaceholders: emailService,
    // Its own choices first, then the default language, then the others in declared order.
    languages: d.languages.map((l) => ({
      ...l,
      fallback: [...new Set([...(l.fallback ?? []), d.defaultLanguage, ...d.languages.map((o) => o.code)])].filter((c) => c !== l.code),
    })),
  }))
  .describe('A newsletter, as its publisher declares it.');

/** A newsletter as its publisher declares it: what `defineNewsletter` takes. */
export type NewsletterInput = z.input<typeof newsletterSchema>;

/** A newsletter with every default filled in, as `newsletterSchema` gives it. */
export type NewsletterOutput = z.output<typeof newsletterSchema>;

/** The option that names an item of each list in messages: a language by its code, a taxonomy by its field. */
const ITEM_NAMES: Readonly<Record<string, string>> = { languages: 'code', taxonomies: 'field' };

/** Whether a value is an object whose properties can be read by name. */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Where an issue is, in the publisher's words: a language or a taxonomy by its name rather than its place in the list ("languages.es.fallback"). */
function optionPath(path: readonly PropertyKey[], input: unknown): string {
  const [list, index, ...rest] = path.map(String);
  const nameKey = ITEM_NAMES[list ?? ''];
  const items = isRecord(input) ? input[list ?? ''] : undefined;
  const item: unknown = nameKey && Array.isArray(items) ? items[Number(index)] : undefined;
  const name = isRecord(item) && nameKey && typeof item[nameKey] === 'string' ? item[nameKey] : index;
  return [list, name, ...rest].filter((part) => part !== undefined).join('.');
}

/**
 * Checks a declaration and fills in its defaults. Throws one error listing
 * every mistake, each naming the option and what would be valid.
 */
export function parseDeclaration(declared: unknown, file: string): NewsletterOutput {
  const parsed = newsletterSchema.safeParse(declared);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => (i.path.length ? `${optionPath(i.path, declared)}: ${i.message}` : i.message));
  throw new Error(`${file} declares the newsletter wrongly:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
