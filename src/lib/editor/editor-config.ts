import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { newsletter, taxonomyKey, type TaxonomySettings } from '../../config/newsletter.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { formatDate, useTranslations } from '../../i18n/translate.ts';
import { editionTaxonomy, type Vocabularies } from '../content/vocabulary.ts';
import { countryCodes, countryName } from '../site/countries.ts';
import { buildTaxonomies, type Taxonomies } from '../site/taxonomy.ts';
import { missingImageAlt } from '../../schemas/article.ts';
import type { StoryLayout } from '../content/story-edits.ts';
import { MAX_SLUG_LENGTH } from '../content/slug.ts';
import { basePath } from '../site/urls.ts';
import { FILE_NAME_FIELD, FILE_NAME_SLUG, FILE_NAME_TYPE } from './file-name.ts';
import { storyPreviewPath } from './story-pages.ts';

/** Where the web editor commits once deployed. */
export interface EditorBackend {
  /** `owner/name` on GitHub; without one, the editor can only edit a local copy. */
  repo?: string | undefined;
  branch?: string | undefined;
}

/**
 * The repository named when none is known. Sveltia CMS needs one to start;
 * this one cannot be signed in to, so only "Work with Local Repository"
 * works (the build says so: see `editorBackend`).
 */
export const NO_REPOSITORY = 'not-configured/set-editor-repo-in-newsletter-config';

/** One language's stories in the editor: the collections that hold them and how to start a version in it. */
export interface EditorLanguage {
  code: Locale;
  /**
   * Its collections (Markdown stories, then stories with components, MDX,
   * where the language has some), each with the file format the page
   * registers for it: one per language and extension, so that reading a file
   * tells its language.
   */
  collections: { name: string; format: string; extension: 'md' | 'mdx' }[];
  /** "Add the English version", in the editor's language. */
  addVersion: string;
  /** "English: “title”", in the editor's language, with `{{title}}` left for the page to fill. */
  version: string;
}

/** What the editor's page loads: Sveltia CMS's configuration and how story files are read and written. */
export interface EditorSettings {
  /** Typed by Sveltia CMS's own declarations, so `astro check` catches an option it does not know. */
  config: CmsConfig;
  /** Every declared language, the editor's own first. */
  languages: EditorLanguage[];
  /** The names of the field types the page registers. */
  fieldTypes: { pictureDescription: string; versions: string };
  /** The hidden field that carries each file's own text, so that saving changes only what the editor changed. */
  source: string;
  /** The hidden field that names a story while it is edited, so that a second save edits what the first one wrote. */
  draft: string;
  /** The field that lists a story's versions in other languages: shown, never written. */
  versions: string;
  /** The fields a new version starts with, from the story it translates: date, terms and picture. */
  shared: string[];
  /** How story files are written: `npm run new`'s order, the defaults never added, the key never renamed. */
  layout: StoryLayout;
  /**
   * What the page says in the editor's language: the checker's messages for
   * what the editor's own validation cannot see (a rule across fields), in
   * the same words as `npm run check`, and the note on a story not saved yet.
   */
  messages: { missingImageAlt: string; saveFirst: string };
}

/** Name of the field type of a picture's description, registered by the editor's page. */
const PICTURE_DESCRIPTION = 'picture-description';

/** Name of the hidden field that holds a story file's text as it was read. */
const SOURCE_FIELD = '__source';

/** Name of the hidden field that tells one story from another while it is edited (a new one has no file yet). */
const DRAFT_FIELD = '__draft';

/** Name of the field type that lists a story's other languages, registered by the editor's page. */
const STORY_VERSIONS = 'story-versions';

/** Name of the field that lists them. */
const VERSIONS_FIELD = '__versions';

/** A language's collection of stories (`-mdx`: those with components). */
const collectionName = (language: Locale, extension: 'md' | 'mdx') => `stories-${language}${extension === 'mdx' ? '-mdx' : ''}`;

/** The name of its file format (frontmatter written as `npm run new` writes it): Sveltia CMS takes a name ending in `-frontmatter` for one. */
const storyFormat = (language: Locale, extension: 'md' | 'mdx') => `${collectionName(language, extension)}-frontmatter`;

/** A select's options, sorted as the editor reads them: by name in the editor's language. */
function byName(options: { label: string; value: string }[], locale: Locale) {
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** A taxonomy's field: a searchable select of its terms, named in the editor's language. */
function taxonomyField(t: TaxonomySettings, locale: Locale, taxonomies: Taxonomies): Field {
  const translate = useTranslations(locale);
  const taxonomy = taxonomies.get(t.field);
  const options =
    t.terms === 'countries'
      ? byName(
          countryCodes().map((code) => ({ value: code, label: countryName(code, locale) })),
          locale,
        )
      : t.role === 'edition'
        ? // Newest first, as the edition a new story belongs to usually is.
          taxonomy.terms.map((term) => ({
            value: term.key,
            label: translate('editor:edition', {
              number: term.edition!.number,
              title: term.edition!.title[locale]!.text,
              date: formatDate(term.edition!.date, locale),
            }),
          }))
        : byName(
            taxonomy.terms.map((term) => ({ value: term.key, label: term.name[locale]!.text })),
            locale,
          );
  return {
    name: t.field,
    label: translate(taxonomyKey(t.field, t.multiple ? 'title' : 'label')),
    widget: 'select',
    options,
    multiple: t.multiple,
    required: t.required,
    // A dropdown with a search box rather than a wall of checkboxes.
    dropdown_threshold: 0,
  };
}

/** The declared taxonomies in `npm run new`'s order: the edition first. */
function taxonomiesInOrder(): TaxonomySettings[] {
  return [editionTaxonomy, ...newsletter.taxonomies.filter((taxonomy) => taxonomy !== editionTaxonomy)];
}

/**
 * A story's fields, in `npm run new`'s order: the article's own fields and,
 * after the date, every declared taxonomy (the edition first), then the
 * fields the editor never writes: the story's other languages (first, where
 * editors see it) and the file's own text. `translationKey` is hidden: read
 * from the file, prefilled for a new version, made from the title for a new
 * story (see the page script).
 */
function fields(locale: Locale, vocabularies: Vocabularies, extension: 'md' | 'mdx'): Field[] {
  const t = useTranslations(locale);
  const articleField = (
    name: string,
    widget: 'string' | 'text' | 'datetime' | 'image' | 'boolean' | 'markdown' | typeof PICTURE_DESCRIPTION | typeof FILE_NAME_TYPE,
    more: Record<string, unknown> = {},
  ): Field => ({
    name,
    label: t(`editor:fields.${name}` as 'editor:fields.title'),
    widget,
    ...more,
  });
  const taxonomies = buildTaxonomies(vocabularies, []);
  return [
    { name: VERSIONS_FIELD, label: t('editor:fields.versions'), widget: STORY_VERSIONS, required: false },
    articleField('title', 'string'),
    // Shown under the title it is made from; the page fills it in (see `FILE_NAME_FIELD`).
    articleField(FILE_NAME_FIELD, FILE_NAME_TYPE, { required: false, hint: t('editor:hints.fileName', { max: MAX_SLUG_LENGTH }) }),
    articleField('summary', 'text', { hint: t('editor:hints.summary') }),
    articleField('date', 'datetime', { type: 'date', format: 'YYYY-MM-DD', default: '{{now}}' }),
    { name: 'translationKey', widget: 'hidden' },
    ...taxonomiesInOrder().map((taxonomy) => taxonomyField(taxonomy, locale, taxonomies)),
    articleField('image', 'image', { required: false, accept: 'image/*', choose_url: false }),
    // A text field that the page's script refuses, with the checker's message, when there is a picture.
    articleField('imageAlt', PICTURE_DESCRIPTION, { required: false, hint: t('editor:hints.imageAlt') }),
    articleField('imageCaption', 'string', { required: false }),
    articleField('imageCredit', 'string', { required: false }),
    articleField('draft', 'boolean', { required: false, default: false, hint: t('editor:hints.draft') }),
    // Components (MDX) have no rich-text form: their text is edited as written.
    articleField('body', 'markdown', { modes: extension === 'mdx' ? ['raw'] : ['rich_text', 'raw'] }),
    // Never shown, never written: the file's text as read, which saving edits (see `editedStoryText`),
    // and an id for the story while it is edited, which the page remembers what it saved by.
    { name: SOURCE_FIELD, widget: 'hidden' },
    { name: DRAFT_FIELD, widget: 'hidden', default: '{{uuid}}' },
  ];
}

/** Where the editor works and what it links to. */
export interface EditorSiteOptions {
  /** The content folder, from the repository's root. Default: `content`. */
  contentFolder?: string;
  /** The languages that have stories with components (MDX), which get a collection of their own. */
  withComponents?: readonly string[];
  /** The site "View on Live Site" opens a story on: the live one, or the dev server under `npm run edit` (its base is the site's path under it). */
  site?: { url: string; base: string };
}

/**
 * Sveltia CMS's configuration for editors who read `locale`, generated from
 * the newsletter's declaration and vocabularies (never written by hand).
 * Each language's stories are a collection of their own (`articles/<lang>/`,
 * the editor's language first; stories with components, MDX, in a second
 * one where `withComponents` says the language has some): a story can be
 * written in any language first, and each file is saved on its own, so
 * saving one language never rewrites another. Versions of one story share
 * a `translationKey`; the page offers to start a missing one from the story
 * it translates. Pictures go to `images/`. Paths are from the repository's
 * root, where the editor works: `contentFolder` is the content folder there.
 */
export function editorSettings(locale: Locale, vocabularies: Vocabularies, backend: EditorBackend, options: EditorSiteOptions = {}): EditorSettings {
  const { contentFolder = 'content', withComponents = [], site = { url: newsletter.siteUrl, base: basePath() } } = options;
  const t = useTranslations(locale);
  const inOrder = [locale, ...locales.filter((l) => l !== locale)];
  const extensionsOf = (language: Locale): ('md' | 'mdx')[] => (withComponents.includes(language) ? ['md', 'mdx'] : ['md']);
  const collection = (language: Locale, extension: 'md' | 'mdx'): Collection => ({
    name: collectionName(language, extension),
    label: t(extension === 'mdx' ? 'editor:storiesWithComponentsIn' : 'editor:storiesIn', { language }),
    label_singular: t('editor:story'),
    folder: `${contentFolder}/articles/${language}`,
    extension,
    format: storyFormat(language, extension),
    // Relative to each story's file, as the site resolves `image:`.
    media_folder: '../../images',
    public_folder: '../../images',
    // Named as `npm run new` names them; never renamed by hand, which would move a published page.
    slug: { ...FILE_NAME_SLUG, editable: false },
    preview_path: storyPreviewPath(language, site.base),
    summary: '{{title}}',
    sortable_fields: ['date', 'title'],
    fields: fields(locale, vocabularies, extension),
  });
  const config: CmsConfig = {
    backend: { name: 'github', repo: backend.repo ?? NO_REPOSITORY, ...(backend.branch ? { branch: backend.branch } : {}) },
    app_title: t('editor:title', { name: newsletter.name[locale] }),
    // The site the editor's "View on Live Site" opens a story on: the live one, or the dev server under `npm run edit`.
    site_url: site.url,
    // Pictures live beside the content, where articles point at them (`../../images/x.jpg`).
    media_folder: `${contentFolder}/images`,
    public_folder: `/${contentFolder}/images`,
    // Slugs as `npm run new` makes them: lower-case ASCII words joined by hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: inOrder.flatMap((language) => extensionsOf(language).map((extension) => collection(language, extension))),
  };
  const storyFields = fields(locale, vocabularies, 'md');
  return {
    config,
    languages: inOrder.map((code) => ({
      code,
      collections: extensionsOf(code).map((extension) => ({ name: collectionName(code, extension), format: storyFormat(code, extension), extension })),
      addVersion: t('editor:addVersion', { language: code }),
      version: t('editor:version', { language: code, title: '{{title}}' }),
    })),
    fieldTypes: { pictureDescription: PICTURE_DESCRIPTION, versions: STORY_VERSIONS },
    source: SOURCE_FIELD,
    draft: DRAFT_FIELD,
    versions: VERSIONS_FIELD,
    shared: ['date', ...taxonomiesInOrder().map((taxonomy) => taxonomy.field), 'image'],
    messages: { missingImageAlt: missingImageAlt(locale), saveFirst: t('editor:saveFirst') },
    layout: {
      // As `npm run new` writes them: translationKey after the edition.
      order: storyFields.flatMap((f) =>
        ['body', 'translationKey', FILE_NAME_FIELD, SOURCE_FIELD, DRAFT_FIELD, VERSIONS_FIELD].includes(f.name)
          ? []
          : f.name === editionTaxonomy.field
            ? [f.name, 'translationKey']
            : [f.name],
      ),
      defaults: { draft: false },
      kept: ['translationKey'],
    },
  };
}
