import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyPaths, missingStrings, type UiStrings } from '../i18n/strings.ts';
import type { EmailPlaceholders, EmailServicePreset, LanguageDeclaration, NewsletterDeclaration, SectionSegments, TaxonomyDeclaration, TaxonomyRole, TextDirection } from './declaration.ts';

/**
 * The declaration the types are checked against: the publisher's
 * (`src/newsletter.config.ts`, through package.json's `imports`), or, for the
 * tests, their own newsletter's (`tests/tsconfig.json` maps the name to the
 * frozen sample), so that a publisher's languages and taxonomies never make
 * the tests' code fail to compile.
 */
type Declared = typeof import('#newsletter-declaration').default;

/** A language the site is published in. */
export type Locale = Declared['languages'][number]['code'];

/** A taxonomy's frontmatter field (its id). */
export type TaxonomyId = Declared['taxonomies'][number]['field'];

/** A language as the site uses it: every default filled in. */
export interface Language {
  code: Locale;
  /** BCP 47 tag for `Intl`. */
  tag: string;
  /** Its name in itself. */
  label: string;
  /** Which way it is written. */
  dir: TextDirection;
  /** A font package for its social cards, where it declares one. */
  cardFont?: string;
  strings: UiStrings;
  sections: SectionSegments;
  /** The other languages, in the order its readers are offered them when a story is not in theirs. */
  fallback: Locale[];
}

/** A taxonomy as the site uses it: every default filled in. */
export interface TaxonomySettings {
  field: TaxonomyId;
  terms: 'countries' | { vocabulary: string; kind: 'term' | 'organization' | 'edition' };
  required: boolean;
  multiple: boolean;
  segment: Record<Locale, string>;
  pages: boolean;
  feeds: boolean;
  facet: boolean;
  onArticle: boolean;
  related: boolean;
  cards: boolean;
  results: 'meta' | 'tags' | false;
  navigation: boolean;
  home: 'terms' | 'link' | false;
  descriptions: boolean;
  order: 'vocabulary' | 'name' | 'newest';
  role: TaxonomyRole | undefined;
}

/** The newsletter as every module reads it. */
export interface Newsletter {
  /** The file it was declared in. */
  file: string;
  name: Record<Locale, string>;
  tagline: Record<Locale, string>;
  publisher: { name: string; inText?: Partial<Record<Locale, string>>; url?: string };
  siteUrl: string;
  /** Each language's sign-up page, where it has one. */
  subscribe: Partial<Record<Locale, string>>;
  /** The web editor's GitHub repository (`owner/name`) and branch, where declared. */
  editor: { repo?: string; branch?: string };
  /** The sending service's placeholders the emails link to, where the declaration names the service. */
  emailPlaceholders: EmailPlaceholders | undefined;
  defaultLanguage: Locale;
  languages: Language[];
  taxonomies: TaxonomySettings[];
}

/** Frontmatter fields every article has; no taxonomy may take one of these names. */
export const ARTICLE_FIELDS = ['title', 'summary', 'date', 'translationKey', 'image', 'imageAlt', 'imageCaption', 'imageCredit', 'slug', 'draft'] as const;

/**
 * The placeholders of the sending services a declaration may name
 * (`emailService: 'mailchimp'`), as each documents them. Buttondown and
 * MailerLite have no "view in browser" placeholder of their own.
 */
export const EMAIL_SERVICES: Record<EmailServicePreset, EmailPlaceholders> = {
  listmonk: { unsubscribe: '{{ UnsubscribeURL }}', viewInBrowser: '{{ MessageURL }}' },
  mailchimp: { unsubscribe: '*|UNSUB|*', viewInBrowser: '*|ARCHIVE|*' },
  buttondown: { unsubscribe: '{{ unsubscribe_url }}' },
  mailerlite: { unsubscribe: '{$unsubscribe}' },
};

/** Whether a declared placeholder is usable: some text, on one line (it goes into an attribute and a line of the text email). */
function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !/[\n\r]/.test(value);
}

/** The placeholders `emailService` names, or the mistakes in it. */
function emailPlaceholders(declared: NewsletterDeclaration['emailService'], problems: string[]): EmailPlaceholders | undefined {
  if (declared === undefined) return undefined;
  const presets = Object.keys(EMAIL_SERVICES).join(', ');
  if (typeof declared === 'string') {
    if (Object.hasOwn(EMAIL_SERVICES, declared)) return EMAIL_SERVICES[declared];
    problems.push(`emailService: '${declared}' is not a service the generator knows (${presets}); give its placeholders instead: { unsubscribe: '…', viewInBrowser: '…' }`);
    return undefined;
  }
  const { unsubscribe, viewInBrowser } = declared;
  if (!isPlaceholder(unsubscribe)) problems.push(`emailService.unsubscribe: write the service's unsubscribe placeholder, on one line (Mailchimp's is *|UNSUB|*), or name a service (${presets})`);
  if (viewInBrowser !== undefined && !isPlaceholder(viewInBrowser)) problems.push(`emailService.viewInBrowser: write the service's placeholder, on one line (Mailchimp's is *|ARCHIVE|*), or leave it out`);
  return { unsubscribe, ...(viewInBrowser !== undefined ? { viewInBrowser } : {}) };
}

const CODE = /^[a-z]{2,3}(?:-[a-z0-9]+)*$/;
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a value is a whole http(s) address, as a sign-up page's must be (readers follow it from any page). */
function isWebAddress(value: string | undefined): boolean {
  if (!value) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** `Intl.Locale` with the text information Node and browsers give under one of two names (a method now, a getter before). */
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** Whether `tag` is a BCP 47 language tag `Intl` accepts. */
function isLanguageTag(tag: string): boolean {
  try {
    new Intl.Locale(tag);
    return true;
  } catch {
    return false;
  }
}

/** Which way a language is written, as `Intl` knows it for its tag; left to right where it does not say. */
function intlDirection(tag: string): TextDirection {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Whether a package can be loaded from the project (a card font must be installed). */
function isInstalled(pkg: string): boolean {
  try {
    createRequire(import.meta.url).resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a declaration and fills in its defaults. Throws one error listing
 * every mistake, each naming the field and what would be valid.
 */
export function resolveNewsletter(declared: NewsletterDeclaration, file: string): Newsletter {
  const problems: string[] = [];
  const codes = declared.languages.map((l) => l.code);
  if (codes.length === 0) problems.push('languages: declare at least one language');
  for (const code of codes) {
    if (!CODE.test(code)) problems.push(`languages: '${code}' is not a language code such as en, es or pt-br (lower case)`);
    if (codes.indexOf(code) !== codes.lastIndexOf(code)) problems.push(`languages: '${code}' is declared twice`);
  }
  const defaultLanguage = declared.defaultLanguage as Locale;
  if (!codes.includes(defaultLanguage)) problems.push(`defaultLanguage: '${defaultLanguage}' is not one of the languages (${codes.join(', ')})`);
  const everyLanguage = (what: string, record: Record<string, string> | undefined) => {
    for (const code of codes) if (!record?.[code]?.trim()) problems.push(`${what}: no ${code} value`);
    for (const key of Object.keys(record ?? {})) if (!codes.includes(key)) problems.push(`${what}: '${key}' is not a declared language (${codes.join(', ')})`);
  };
  everyLanguage('name', declared.name);
  everyLanguage('tagline', declared.tagline);
  if (declared.editor?.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(declared.editor.repo)) {
    problems.push(`editor.repo: '${declared.editor.repo}' is not a GitHub repository; write it as owner/name`);
  }
  const placeholders = emailPlaceholders(declared.emailService, problems);
  for (const [code, url] of Object.entries(declared.subscribe ?? {})) {
    if (!codes.includes(code)) problems.push(`subscribe: '${code}' is not a declared language (${codes.join(', ')})`);
    if (!isWebAddress(url)) problems.push(`subscribe.${code}: '${url}' is not a web address (write it whole: https://…)`);
  }

  const reference = declared.languages.find((l) => l.code === defaultLanguage);
  const referenceKeys = reference ? keyPaths(reference.strings) : [];
  const languages: Language[] = declared.languages.map((l: LanguageDeclaration) => {
    for (const other of l.fallback ?? []) {
      if (!codes.includes(other) || other === l.code) problems.push(`languages.${l.code}.fallback: '${other}' is not another declared language (${codes.filter((c) => c !== l.code).join(', ')})`);
    }
    for (const [section, segment] of Object.entries(l.sections)) {
      if (!SEGMENT.test(segment)) problems.push(`languages.${l.code}.sections.${section}: '${segment}' must be lower case words joined by hyphens`);
    }
    const fallback = [...new Set([...(l.fallback ?? []), defaultLanguage, ...codes])].filter((c) => c !== l.code) as Locale[];
    const tag = l.tag ?? l.code;
    const validTag = isLanguageTag(tag);
    if (!validTag) problems.push(`languages.${l.code}.tag: '${tag}' is not a BCP 47 language tag such as pt-BR`);
    // Checked in the language's own plural categories, which need a valid tag.
    const missing = reference && validTag ? missingStrings(reference.strings, l.strings, tag) : [];
    if (missing.length) problems.push(`languages.${l.code}.strings: missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
    if (l.dir !== undefined && l.dir !== 'ltr' && l.dir !== 'rtl') problems.push(`languages.${l.code}.dir: '${String(l.dir)}' must be 'ltr' or 'rtl'`);
    if (l.cardFont !== undefined && !/^@fontsource\/[a-z0-9-]+$/.test(l.cardFont)) problems.push(`languages.${l.code}.cardFont: '${l.cardFont}' is not a Fontsource package such as @fontsource/noto-sans-thai`);
    else if (l.cardFont !== undefined && !isInstalled(l.cardFont)) problems.push(`languages.${l.code}.cardFont: '${l.cardFont}' is not installed (npm install ${l.cardFont})`);
    return {
      code: l.code as Locale,
      tag,
      label: l.label ?? (validTag ? new Intl.DisplayNames([tag], { type: 'language' }).of(tag) : undefined) ?? l.code,
      dir: l.dir ?? (validTag ? intlDirection(tag) : 'ltr'),
      ...(l.cardFont ? { cardFont: l.cardFont } : {}),
      strings: l.strings,
      sections: l.sections,
      fallback,
    };
  });

  const fields = declared.taxonomies.map((t) => t.field);
  const taxonomies: TaxonomySettings[] = declared.taxonomies.map((t: TaxonomyDeclaration) => {
    const where = `taxonomies.${t.field}`;
    if (!/^[a-z][a-zA-Z0-9]*$/.test(t.field)) problems.push(`${where}: the field '${t.field}' must be one word in camelCase, such as region or certification`);
    if ((ARTICLE_FIELDS as readonly string[]).includes(t.field)) problems.push(`${where}: '${t.field}' is already an article field (${ARTICLE_FIELDS.join(', ')})`);
    if (fields.indexOf(t.field) !== fields.lastIndexOf(t.field)) problems.push(`${where}: declared twice`);
    everyLanguage(`${where}.segment`, t.segment);
    if (t.role === 'map' && t.terms !== 'countries') problems.push(`${where}: role 'map' needs terms: 'countries'`);
    if (t.role === 'edition' && (t.terms === 'countries' || t.terms.kind !== 'edition')) problems.push(`${where}: role 'edition' needs terms: { vocabulary: …, kind: 'edition' }`);
    if (t.role === 'edition' && t.multiple !== false) problems.push(`${where}: role 'edition' needs multiple: false (a story is in one edition)`);
    return {
      field: t.field as TaxonomyId,
      terms: t.terms === 'countries' ? 'countries' : { vocabulary: t.terms.vocabulary, kind: t.terms.kind ?? 'term' },
      required: t.required ?? true,
      multiple: t.multiple ?? true,
      segment: t.segment as Record<Locale, string>,
      pages: t.pages ?? true,
      feeds: t.feeds ?? false,
      facet: t.facet ?? true,
      onArticle: t.onArticle ?? true,
      related: t.related ?? false,
      cards: t.cards ?? false,
      results: t.results ?? false,
      navigation: t.navigation ?? false,
      home: t.home ?? 'link',
      descriptions: t.descriptions ?? false,
      // Readers find a term by its name in their language; editions, by date.
      order: t.order ?? (t.terms !== 'countries' && t.terms.kind === 'edition' ? 'newest' : 'name'),
      role: t.role,
    };
  });
  // Each taxonomy is named in the UI strings: its index's title, the label of one term, the intro of its index page, one term in a sentence (the checker's).
  if (reference) {
    for (const t of taxonomies) {
      const lacking = ['title', 'label', 'intro', 'inText'].filter((k) => !referenceKeys.includes(`site.taxonomies.${t.field}.${k}`));
      if (lacking.length) problems.push(`languages.${defaultLanguage}.strings: taxonomies.${t.field} needs ${lacking.join(', ')} (e.g. { title: 'Regions', label: 'Region', intro: 'Stories by region.', inText: 'the region' })`);
    }
  }
  for (const role of ['edition', 'map'] as const) {
    const having = taxonomies.filter((t) => t.role === role).map((t) => t.field);
    if (having.length > 1) problems.push(`taxonomies: only one taxonomy may have role '${role}' (${having.join(', ')} do)`);
  }
  if (!taxonomies.some((t) => t.role === 'edition')) problems.push(`taxonomies: one taxonomy needs role 'edition' (the newsletter's editions)`);
  for (const l of languages) {
    const taken = new Map<string, string>();
    const claim = (segment: string, what: string) => {
      const other = taken.get(segment);
      if (other) problems.push(`${what}: '${segment}' is also the ${l.code} segment of ${other}`);
      taken.set(segment, what);
    };
    for (const [section, segment] of Object.entries(l.sections)) if (section !== 'print') claim(segment, `languages.${l.code}.sections.${section}`);
    for (const t of taxonomies) if (t.segment[l.code]) claim(t.segment[l.code], `taxonomies.${t.field}.segment.${l.code}`);
  }
  if (problems.length) throw new Error(`${file} declares the newsletter wrongly:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return {
    file,
    name: declared.name as Record<Locale, string>,
    tagline: declared.tagline as Record<Locale, string>,
    publisher: declared.publisher,
    siteUrl: declared.siteUrl,
    subscribe: (declared.subscribe ?? {}) as Partial<Record<Locale, string>>,
    editor: { ...declared.editor },
    emailPlaceholders: placeholders,
    defaultLanguage,
    languages,
    taxonomies,
  };
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
const loaded = (await import(/* @vite-ignore */ file)) as { default: NewsletterDeclaration };

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
    `emailService: ${Object.keys(EMAIL_SERVICES).map((s) => `'${s}'`).join(' | ')}, or give its placeholders, emailService: { unsubscribe: '…', viewInBrowser: '…' } (README: "Sending the emails").`
  );
}

/** Where a language's readers sign up for the emails (see `subscribe`), if the newsletter says. */
export function subscribeUrl(locale: Locale): string | undefined {
  return newsletter.subscribe[locale];
}
