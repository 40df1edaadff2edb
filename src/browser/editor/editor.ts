/**
 * The web editor's page script (`/admin/`): Sveltia CMS, configured for the
 * editor's language, writing story files exactly as `npm run new` does.
 * Bundled on its own (see `src/integrations/web-editor.ts`): no reader page
 * ever loads it.
 */
import CMS from '@sveltia/cms';
import { parse } from 'yaml';
import { storyText } from '../../lib/content/frontmatter-text.ts';
import type { EditorSettings } from '../../lib/editor/editor-config.ts';
import { settingsFile } from '../../lib/editor/editor-files.ts';

/** The page says which languages it has settings for (`data-languages`, the default first). */
function editorLanguage(): string {
  const offered = (document.documentElement.dataset['languages'] ?? '').split(' ').filter(Boolean);
  // The browser's preferred languages, as Sveltia CMS picks its own UI language.
  for (const wanted of navigator.languages) {
    const match = offered.find((code) => code === wanted.toLowerCase() || code === wanted.toLowerCase().split('-')[0]);
    if (match) return match;
  }
  return offered[0]!;
}

/** A story file's frontmatter and body, as the editor's fields. */
function readStory(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { body: text };
  const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
  return { ...data, body: match[2]!.replace(/^\r?\n/, '') };
}

const language = editorLanguage();
const settings = (await (await fetch(new URL(settingsFile(language), document.baseURI))).json()) as EditorSettings;

CMS.registerCustomFormat(settings.format, 'md', {
  fromFile: readStory,
  toFile: (data: Record<string, unknown>) => {
    const { body = '', ...frontmatter } = data;
    return storyText(frontmatter, settings.frontmatterOrder, String(body));
  },
});

/** What Sveltia CMS hands a field type's control (the parts used here). */
interface ControlProps {
  value: unknown;
  entry?: { toJS(): { data?: Record<string, unknown>; i18n?: Record<string, { data?: Record<string, unknown> }> } };
}

/** Whether the story has a picture: one field for every language, which a language's own fields may not hold yet. */
function hasPicture(entry: ControlProps['entry']): boolean {
  const { data = {}, i18n = {} } = entry?.toJS() ?? {};
  return [data, ...Object.values(i18n).map((version) => version.data ?? {})].some((fields) => Boolean(fields['image']));
}

/** React's class factory and element factory, which Sveltia CMS puts on `window` for field types. */
const { createClass, h } = window as unknown as {
  createClass: (spec: { isValid(this: { props: ControlProps }): true | { error: { message: string } }; render(this: { props: ControlProps }): unknown }) => never;
  h: (type: unknown, props: unknown) => unknown;
};

// A picture's description: a text field that, when the story has a picture,
// is required, with the checker's message (Sveltia CMS's own validation
// knows no rule across fields). The message shows on the field and the
// story is not saved; the checker still checks every language's file.
const text = CMS.getFieldType('string')!;
CMS.registerFieldType(
  settings.pictureDescription,
  createClass({
    isValid() {
      const described = String(this.props.value ?? '').trim() !== '';
      return described || !hasPicture(this.props.entry) ? true : { error: { message: settings.messages.missingImageAlt } };
    },
    render() {
      return h(text.control, this.props);
    },
  }),
  text.preview,
);

void CMS.init({ config: { ...settings.config, load_config_file: false } });
