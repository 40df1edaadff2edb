// No imports but types: the web editor's page (a browser bundle) and its settings share these.
import type { CollectionSlugOptions } from '@sveltia/cms';

/**
 * The field that holds a story's file name, which the page fills from its
 * title as `npm run new` does (`storySlug`) and
 * Sveltia CMS names the file after. Sveltia's own slug options cannot do it:
 * `slug.maxlength` and the `truncate` transformation cut at a character
 * count, mid-word, and a template has no other way to shorten a title. Not
 * written to the file (its name says it).
 */
export const FILE_NAME_FIELD = 'fileName';

/** Name of the file name's field type, registered by the editor's page. */
export const FILE_NAME_TYPE = 'file-name';

/** A story's file is named after its file name field, which is already a slug. */
export const FILE_NAME_SLUG: CollectionSlugOptions = { template: `{{fields.${FILE_NAME_FIELD}}}` };
