// No imports: the web editor's page (a browser bundle) shares these with the build.

/** Lower case, accents folded: how a person might type a value from memory. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A URL slug: accents folded, lower case, words joined by hyphens ("Montaña Azul" → "montana-azul"). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The shape every slug and key must have: what `slugify` produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
