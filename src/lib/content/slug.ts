import { fold } from './suggest.ts';

/** A URL slug: accents folded, lower case, words joined by hyphens ("Montaña Azul" → "montana-azul"). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The shape every slug and key must have: what `slugify` produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
