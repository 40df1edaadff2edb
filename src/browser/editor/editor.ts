/**
 * The web editor's page script (`/admin/`): Sveltia CMS, configured for the
 * editor's language, writing story files exactly as `npm run new` does.
 * Bundled on its own (see `src/integrations/web-editor.ts`): no reader page
 * ever loads it.
 */
import CMS from '@sveltia/cms';
import { storySlug } from '../../lib/content/slug.ts';
import { editedStoryText, storyFields } from '../../lib/content/story-edits.ts';
import type { EditorSettings } from '../../lib/editor/editor-config.ts';
import { settingsFile } from '../../lib/editor/editor-files.ts';
import { FILE_NAME_FIELD } from '../../lib/editor/file-name.ts';
import { registerFileName, withFileName, withoutFileName } from './file-name.ts';
import { editorLanguage } from './language.ts';
import './sign-in.ts'; // Without a repository, the sign-in screen says how to connect one (see sign-in.ts).

const language = editorLanguage();
const settings = (await (await fetch(new URL(settingsFile(language), document.baseURI))).json()) as EditorSettings;

/** Each story's versions the editor has read or saved: `translationKey` → language → title. */
const versions = new Map<string, Map<string, string>>();

/** Notes a version of a story, read from or written to a file. */
function remember(language: string, fields: Record<string, unknown>): void {
  const key = fields['translationKey'];
  if (typeof key !== 'string' || key === '') return;
  if (!versions.has(key)) versions.set(key, new Map());
  versions.get(key)!.set(language, String(fields['title'] ?? ''));
}

/**
 * What this session saved, by each story's draft id: the editor keeps a
 * saved story's fields, not its new file, so a second save edits the text
 * the first one wrote, and keeps the key it gave a new story.
 */
const written = new Map<string, { text: string; key: string }>();

// One format per language (and extension): reading a file tells its
// language. Each file's own text rides along with its fields (a hidden
// field), so that saving rewrites only what the editor changed in it.
for (const { code, collections } of settings.languages) {
  for (const { format, extension } of collections) {
    CMS.registerCustomFormat(format, extension, {
      fromFile: (text: string) => {
        const fields = storyFields(text);
        remember(code, fields);
        return { ...withFileName(fields), [settings.source]: text };
      },
      toFile: (data: Record<string, unknown>) => {
        const { [settings.source]: source, [settings.draft]: draft, [settings.versions]: _shown, ...edited } = withoutFileName(data);
        const id = typeof draft === 'string' && draft !== '' ? draft : undefined;
        const before = id === undefined ? undefined : written.get(id);
        // A new story's key is its file name, as `npm run new` makes them; a new version came with its story's.
        if (!edited['translationKey'])
          edited['translationKey'] = before?.key ?? (String(data[FILE_NAME_FIELD] ?? '') || storySlug(String(edited['title'] ?? '')));
        remember(code, edited);
        const text = editedStoryText(before?.text ?? (typeof source === 'string' && source !== '' ? source : undefined), edited, settings.layout);
        if (id !== undefined) written.set(id, { text, key: String(edited['translationKey']) });
        return text;
      },
    });
  }
}

/** What Sveltia CMS hands a field type's control (the parts used here). */
interface ControlProps {
  value: unknown;
  entry?: { toJS(): { data?: Record<string, unknown>; collection?: string; collectionName?: string } };
}

/** React's class factory and element factory, which Sveltia CMS puts on `window` for field types. */
const { createClass, h } = window as unknown as {
  createClass: (spec: {
    isValid?(this: { props: ControlProps }): true | { error: { message: string } };
    render(this: { props: ControlProps }): unknown;
  }) => never;
  h: (type: unknown, props: unknown, ...children: unknown[]) => unknown;
};

// A picture's description: a text field that, when the story has a picture,
// is required, with the checker's message (Sveltia CMS's own validation
// knows no rule across fields). The message shows on the field and the
// story is not saved; the checker still checks every file.
const text = CMS.getFieldType('string')!;
CMS.registerFieldType(
  settings.fieldTypes.pictureDescription,
  createClass({
    isValid() {
      const described = String(this.props.value ?? '').trim() !== '';
      return described || !this.props.entry?.toJS().data?.['image'] ? true : { error: { message: settings.messages.missingImageAlt } };
    },
    render() {
      return h(text.control, this.props);
    },
  }),
  text.preview,
);

/** The address that starts a story's version in `language`: its key, date, terms and picture filled in from the story. */
function newVersionUrl(language: (typeof settings.languages)[number], data: Record<string, unknown>, key: string): string {
  const query = new URLSearchParams({ translationKey: key });
  for (const field of settings.shared) {
    const value = data[field];
    if (value !== undefined && value !== null && value !== '') query.set(field, Array.isArray(value) ? value.join(',') : String(value));
  }
  return `#/collections/${language.collections[0]!.name}/new?${query.toString()}`;
}

// A story's versions in the other languages: the title of each that exists,
// a link that starts each missing one from this story.
CMS.registerFieldType(
  settings.fieldTypes.versions,
  createClass({
    render() {
      const { data = {}, collection, collectionName } = this.props.entry?.toJS() ?? {};
      const current = settings.languages.find((language) => language.collections.some((c) => c.name === (collection ?? collectionName)));
      const draft = data[settings.draft];
      const key = String(data['translationKey'] || (typeof draft === 'string' ? (written.get(draft)?.key ?? '') : ''));
      if (!key) return h('p', null, settings.messages.saveFirst);
      const known = versions.get(key) ?? new Map<string, string>();
      const others = settings.languages.filter((language) => language !== current);
      return h(
        'ul',
        null,
        ...others.map((language) =>
          h(
            'li',
            { key: language.code },
            known.has(language.code)
              ? h(
                  'span',
                  null,
                  ...language.version
                    .split('{{title}}')
                    .flatMap((part, index) => (index === 0 ? [part] : [h('span', { lang: language.code }, known.get(language.code)), part])),
                )
              : h('a', { href: newVersionUrl(language, data, key) }, language.addVersion),
          ),
        ),
      );
    },
  }),
);

registerFileName(CMS);

void CMS.init({ config: { ...settings.config, load_config_file: false } });
