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

/**
 * The longest file name (without `.md`) and translationKey a story may have.
 * File systems take 255 bytes for a name (ext4, APFS, NTFS), eCryptfs-encrypted
 * home folders only 143, and Windows 260 characters for a whole path, of which
 * a checkout's folders take their share: 80 fits all of them with room to
 * spare, and still reads as a sentence in an address.
 */
export const MAX_SLUG_LENGTH = 80;

/**
 * A slug cut to `MAX_SLUG_LENGTH` at the end of a word (its last hyphen
 * that fits), so no word is cut in half; a single word longer than that is
 * cut at the limit.
 */
export function capSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const lastBreak = slug.slice(0, MAX_SLUG_LENGTH + 1).lastIndexOf('-');
  return lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** A story's file name and translationKey from its title, as `npm run new` and the web editor both make them. */
export function storySlug(title: string): string {
  return capSlug(slugify(title));
}
