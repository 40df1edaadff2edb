import { z } from 'astro/zod';

/** Frontmatter fields every article has; no taxonomy may take one of these names. */
export const ARTICLE_FIELDS = ['title', 'summary', 'date', 'translationKey', 'image', 'imageAlt', 'imageCaption', 'imageCredit', 'slug', 'draft'] as const;

/** Where a taxonomy's terms come from: countries, or a vocabulary file. */
const termSourceSchema = z
  .union([
    z.literal('countries').describe('ISO 3166-1 alpha-2 country codes, named in every language by `Intl`.'),
    z.object({
      vocabulary: z.string().describe('A vocabulary file, `content/vocabularies/<file>.yaml`, mapping term keys to their fields.'),
      kind: z
        .enum(['term', 'organization', 'edition'])
        .optional()
        .describe(
          "The fields a term has: `term` (name, description, aliases, slug), `organization` (adds acronym, kind, country and website) or `edition` (number, date, title, intro). `term` by default; `edition` for the taxonomy with role 'edition'.",
        ),
    }),
  ])
  .describe('Where its terms come from.');

/**
 * One way of classifying stories: a frontmatter field whose values are terms,
 * every option but its field, terms and segments defaulted. `role` says how
 * the site treats the taxonomy, `terms.kind` what fields its terms have: an
 * edition taxonomy's terms must be editions (they carry the date and number
 * the site orders by), so `kind` defaults to `edition` under that role and
 * may not say otherwise; a vocabulary of `edition` terms without the role is
 * allowed (only one taxonomy is *the* editions).
 */
export const taxonomySchema = z
  .object({
    field: z.string().describe("The frontmatter field, also the taxonomy's name in UI strings (`taxonomies.<field>`) and in search URLs."),
    terms: termSourceSchema,
    required: z.boolean().default(true).describe('Whether every story must carry at least one term.'),
    multiple: z.boolean().default(true).describe('Whether a story may carry several terms (a list) or exactly one.'),
    segment: z.record(z.string(), z.string()).describe('The URL segment of its pages, per language (`/es/temas/…`).'),
    pages: z.boolean().default(true).describe('Whether it has an index page and a page per term.'),
    feeds: z.boolean().default(false).describe("Whether each of its terms has an RSS feed (and its terms are the feeds' categories)."),
    facet: z.boolean().default(true).describe('Whether search offers it as a filter.'),
    onArticle: z.boolean().default(true).describe('Whether article pages link to a story\'s terms in their "About this story" list.'),
    related: z.boolean().default(false).describe('Whether stories sharing its terms are related ("Related stories" on article pages).'),
    cards: z.boolean().default(false).describe("Whether a story's term names show on its social card and in the emails, under its title."),
    results: z
      .union([z.enum(['meta', 'tags']), z.literal(false)])
      .default(false)
      .describe("Where a search result shows the story's term names: on the line of its date (`meta`), under its summary (`tags`), or not at all."),
    navigation: z.boolean().default(false).describe("Whether the site's main navigation links to its index."),
    home: z
      .union([z.enum(['terms', 'link']), z.literal(false)])
      .default('link')
      .describe("On each language's home page: its terms as links (`terms`), one link to its index (`link`), or nothing."),
    descriptions: z.boolean().default(false).describe("Whether its index page lists each term's description."),
    order: z
      .enum(['vocabulary', 'name', 'newest'])
      .optional()
      .describe(
        "Term order wherever its terms are listed (index, home page, search filters): by name in each page's language (`name`), or an editorial order, the same in every language: file order (`vocabulary`) or newest first (`newest`, editions). Default `name`; `newest` for editions.",
      ),
    role: z
      .enum(['edition', 'map'])
      .optional()
      .describe(
        "Behaviour of its own: `edition`, its terms are the newsletter's editions (one per story; they order the home page, the emails and the printable edition); `map`, its terms are countries, drawn on a map on its index page and beside organizations.",
      ),
  })
  .check((ctx) => {
    const t = ctx.value;
    const issue = (message: string) => ctx.issues.push({ code: 'custom', input: t, continue: true, message });
    // Named on the taxonomy rather than on its field, as the field is how every message names the taxonomy.
    if (!/^[a-z][a-zA-Z0-9]*$/.test(t.field)) issue(`the field '${t.field}' must be one word in camelCase, such as region or certification`);
    if ((ARTICLE_FIELDS as readonly string[]).includes(t.field)) issue(`'${t.field}' is already an article field (${ARTICLE_FIELDS.join(', ')})`);
    if (t.role === 'map' && t.terms !== 'countries') issue("role 'map' needs terms: 'countries'");
    if (t.role === 'edition' && (t.terms === 'countries' || (t.terms.kind ?? 'edition') !== 'edition'))
      issue("role 'edition' needs terms: { vocabulary: …, kind: 'edition' }");
    if (t.role === 'edition' && t.multiple !== false) issue("role 'edition' needs multiple: false (a story is in one edition)");
  })
  .transform(({ terms, order, ...taxonomy }) => {
    const resolved = terms === 'countries' ? terms : { vocabulary: terms.vocabulary, kind: terms.kind ?? (taxonomy.role === 'edition' ? 'edition' : 'term') };
    // Readers find a term by its name in their language; editions, by date.
    return { ...taxonomy, terms: resolved, order: order ?? (resolved !== 'countries' && resolved.kind === 'edition' ? 'newest' : 'name') };
  })
  .describe('One way of classifying stories: a frontmatter field whose values are terms.');
