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
const settings = (await (await fetch(new URL(`settings.${language}.json`, document.baseURI))).json()) as EditorSettings;

CMS.registerCustomFormat(settings.format, 'md', {
  fromFile: readStory,
  toFile: (data: Record<string, unknown>) => {
    const { body = '', ...frontmatter } = data;
    return storyText(frontmatter, settings.frontmatterOrder, String(body));
  },
});
/** What one language version of a story holds, as the editor hands it over before saving. */
interface SavedVersion {
  data?: Record<string, unknown>;
}

// A picture without a description is refused with the checker's message,
// which Sveltia CMS shows: its own validation knows no rule across fields.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const { data, i18n = {} } = (entry as unknown as { toJS(): SavedVersion & { i18n?: Record<string, SavedVersion> } }).toJS();
    const versions = [['', data ?? {}], ...Object.entries(i18n).map(([locale, version]) => [locale, version.data ?? {}] as const)] as const;
    const missing = versions.filter(([, fields]) => fields['image'] && !String(fields['imageAlt'] ?? '').trim()).map(([locale]) => locale);
    if (missing.length) throw new Error(missing.map((locale) => `${locale ? `${locale}: ` : ''}${settings.messages.missingImageAlt}`).join('\n'));
  },
});

void CMS.init({ config: { ...settings.config, load_config_file: false } });
