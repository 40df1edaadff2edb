// No imports: the web editor's page (a browser bundle) names these files as the build writes them.

/** The editor's script, as the bundle names it (next to the page). */
export const EDITOR_SCRIPT = 'editor.js';

/** Each language's settings file, beside the page: the script loads the one for the editor's language. */
export function settingsFile(locale: string): string {
  return `settings.${locale}.json`;
}
