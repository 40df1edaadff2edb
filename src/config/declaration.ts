/**
 * What a publisher declares in `src/newsletter.config.ts`: the newsletter's
 * identity, its languages and its taxonomies. Everything else (schemas,
 * routes, URLs, search facets, feeds, emails, the map) is derived from this
 * one declaration. Its options, their defaults and their documentation are
 * the schema's (`src/schemas/declaration/`); this module gives the
 * publisher's file their types and one identity function, and imports the
 * schema for its types only, so that the file a publisher edits loads with
 * nothing but Node.
 */
import type { z } from 'astro/zod';
import type { NewsletterInput } from '../schemas/declaration/index.ts';
import type { sectionsSchema } from '../schemas/declaration/language.ts';

export type { EmailPlaceholders } from '../schemas/declaration/email.ts';
export type { StringTree, TextDirection } from '../schemas/declaration/language.ts';

/** A newsletter, as its publisher declares it (see `newsletterSchema` for each option). */
export type NewsletterDeclaration = NewsletterInput;

/** The URL segments of the site's own sections, in one language. */
export type SectionSegments = z.output<typeof sectionsSchema>;

/** The language codes a declaration declares. */
type Codes<D extends NewsletterDeclaration> = D['languages'][number]['code'];

/** What a declaration gives per language, keyed by its own codes, so that the publisher's editor flags a language left out before the build does. */
interface PerLanguage<D extends NewsletterDeclaration> {
  name: Record<Codes<D>, string>;
  tagline: Record<Codes<D>, string>;
  defaultLanguage: Codes<D>;
  taxonomies: readonly (NewsletterDeclaration['taxonomies'][number] & { segment: Record<Codes<D>, string> })[];
}

/**
 * Declares a newsletter. An identity function: it exists so that the
 * publisher's editor checks the declaration against its type (each value per
 * language given for every declared code); the build checks it in full
 * (`newsletterSchema`).
 */
export function defineNewsletter<const D extends NewsletterDeclaration>(declaration: D & PerLanguage<D>): D {
  return declaration;
}
