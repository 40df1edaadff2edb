import type { CmsConfig, Field } from '@sveltia/cms';
import { newsletter, type TaxonomySettings } from '../../config/newsletter.ts';
import { defaultLocale, locales, type Locale } from '../../i18n/locales.ts';
import { formatDate, useTranslations } from '../../i18n/translate.ts';
import { editionTaxonomy, type Vocabularies } from '../content/vocabulary.ts';
import { countryCodes, countryName } from '../site/countries.ts';
import { buildTaxonomies, type Taxonomies } from '../site/taxonomy.ts';
import { missingImageAlt } from '../../schemas/article.ts';

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

/** What the editor's page loads: Sveltia CMS's configuration and the order its files' frontmatter keys are written in. */
export interface EditorSettings {
  /** Typed by Sveltia CMS's own declarations, so `astro check` catches an option it does not know. */
  config: CmsConfig;
  /** The name of the story files' format, which the page registers with the editor. */
  format: string;
  /** The name of the picture description's field type, which the page registers. */
  pictureDescription: string;
  /** Frontmatter keys in `npm run new`'s order; `translationKey` is written by the editor itself. */
  frontmatterOrder: string[];
  /**
   * The checker's messages for what the editor's own validation cannot see
   * (a rule across fields), in the editor's language: the page shows them
   * on the field, in the same words as `npm run check`, and refuses to save.
   */
  messages: { missingImageAlt: string };
}

/** Name of the field type of a picture's description, registered by the editor's page. */
const PICTURE_DESCRIPTION = 'picture-description';

/** Name of the custom file format (frontmatter written as `npm run new` writes it), registered by the editor's page. */
const FRONTMATTER_FORMAT = 'newsletter-frontmatter';

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
      ? byName(countryCodes().map((code) => ({ value: code, label: countryName(code, locale) })), locale)
      : t.role === 'edition'
        ? // Newest first, as the edition a new story belongs to usually is.
          taxonomy.terms.map((term) => ({
            value: term.key,
            label: translate('editor.edition', { number: term.edition!.number, title: term.edition!.title[locale].text, date: formatDate(term.edition!.date, locale) }),
          }))
        : byName(taxonomy.terms.map((term) => ({ value: term.key, label: term.name[locale].text })), locale);
  return {
    name: t.field,
    label: translate(`taxonomies.${t.field}.${t.multiple ? 'title' : 'label'}` as 'taxonomies.topic.title'),
    widget: 'select',
    options,
    multiple: t.multiple,
    required: t.required,
    // A dropdown with a search box rather than a wall of checkboxes.
    dropdown_threshold: 0,
    i18n: 'duplicate',
  };
}

/**
 * The frontmatter fields, in `npm run new`'s order: the article's own
 * fields and, after the date, every declared taxonomy (the edition first).
 * `translationKey` is not a field: the editor writes it (its canonical slug).
 */
function fields(locale: Locale, vocabularies: Vocabularies): Field[] {
  const t = useTranslations(locale);
  const articleField = (name: string, widget: 'string' | 'text' | 'datetime' | 'image' | 'boolean' | 'markdown' | typeof PICTURE_DESCRIPTION, i18n: true | 'duplicate', more: Record<string, unknown> = {}): Field => ({
    name,
    label: t(`editor.fields.${name}` as 'editor.fields.title'),
    widget,
    i18n,
    ...more,
  });
  const taxonomies = buildTaxonomies(vocabularies, []);
  const inOrder = [editionTaxonomy, ...newsletter.taxonomies.filter((taxonomy) => taxonomy !== editionTaxonomy)];
  return [
    articleField('title', 'string', true),
    articleField('summary', 'text', true, { hint: t('editor.hints.summary') }),
    articleField('date', 'datetime', 'duplicate', { type: 'date', format: 'YYYY-MM-DD', default: '{{now}}' }),
    ...inOrder.map((taxonomy) => taxonomyField(taxonomy, locale, taxonomies)),
    articleField('image', 'image', 'duplicate', { required: false, accept: 'image/*', choose_url: false }),
    // A text field that the page's script refuses, with the checker's message, when there is a picture.
    articleField('imageAlt', PICTURE_DESCRIPTION, true, { required: false, hint: t('editor.hints.imageAlt') }),
    articleField('imageCaption', 'string', true, { required: false }),
    articleField('imageCredit', 'string', true, { required: false }),
    articleField('draft', 'boolean', 'duplicate', { required: false, default: false, hint: t('editor.hints.draft') }),
    articleField('body', 'markdown', true, { modes: ['rich_text', 'raw'] }),
  ];
}

/**
 * Sveltia CMS's configuration for editors who read `locale`, generated from
 * the newsletter's declaration and vocabularies (never written by hand): one
 * collection of stories, every language side by side, each language's file
 * in `articles/<lang>/` under a slug made from its own title and linked to
 * the others by `translationKey`; pictures go to `images/`. Paths are from
 * the repository's root, where the editor works: `contentFolder` is the
 * content folder there.
 */
export function editorSettings(locale: Locale, vocabularies: Vocabularies, backend: EditorBackend, contentFolder = 'content'): EditorSettings {
  const t = useTranslations(locale);
  const storyFields = fields(locale, vocabularies);
  const config: CmsConfig = {
    backend: { name: 'github', repo: backend.repo ?? NO_REPOSITORY, ...(backend.branch ? { branch: backend.branch } : {}) },
    app_title: t('editor.title', { name: newsletter.name[locale] }),
    site_url: newsletter.siteUrl,
    // Pictures live beside the content, where articles point at them (`../../images/x.jpg`).
    media_folder: `${contentFolder}/images`,
    public_folder: `/${contentFolder}/images`,
    // Slugs as `npm run new` makes them: lower-case ASCII words joined by hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: {
      structure: 'multiple_folders',
      locales: [...locales],
      default_locale: defaultLocale,
      // Hugo's convention, which the checker and the site already follow.
      canonical_slug: { key: 'translationKey', value: '{{slug}}' },
    },
    collections: [
      {
        name: 'articles',
        label: t('editor.stories'),
        label_singular: t('editor.story'),
        folder: `${contentFolder}/articles`,
        extension: 'md',
        format: FRONTMATTER_FORMAT,
        // Relative to each story's file, as the site resolves `image:`.
        media_folder: '../../images',
        public_folder: '../../images',
        slug: { template: '{{title}}', i18n: true },
        summary: '{{title}}',
        sortable_fields: ['date', 'title'],
        i18n: true,
        fields: storyFields,
      },
    ],
  };
  return {
    config,
    format: FRONTMATTER_FORMAT,
    pictureDescription: PICTURE_DESCRIPTION,
    messages: { missingImageAlt: missingImageAlt(locale) },
    // As `npm run new` writes them: translationKey after the edition.
    frontmatterOrder: storyFields.flatMap((f) => (f.name === 'body' ? [] : f.name === editionTaxonomy.field ? [f.name, 'translationKey'] : [f.name])),
  };
}
