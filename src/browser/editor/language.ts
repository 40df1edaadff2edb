/**
 * The editor's language: the first of the browser's preferred languages that
 * the page has settings for (`data-languages` on <html>, the default first),
 * as Sveltia CMS picks its own UI language; else the default.
 */
export function editorLanguage(): string {
  const offered = (document.documentElement.dataset['languages'] ?? '').split(' ').filter(Boolean);
  for (const wanted of navigator.languages) {
    const match = offered.find((code) => code === wanted.toLowerCase() || code === wanted.toLowerCase().split('-')[0]);
    if (match) return match;
  }
  return offered[0]!;
}
