import type { KeptLanguage } from '../../browser/offline-worker.ts';
import type { Locale } from '../../i18n/locales.ts';
import { textDirection } from '../../i18n/locales.ts';
import { newsletter } from '../../config/newsletter.ts';
import { articlesByTerm } from './articles.ts';
import { countedTerms } from './indexes.ts';
import type { Site } from './site.ts';
import { appIconUrl, articleUrl, homeUrl, offlinePageUrl, termUrl } from './urls.ts';

/** The app icons made from the favicon: the sizes installers ask for, and a maskable one drawn inside the safe zone. */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, purpose: 'maskable' },
  // iOS ignores the manifest's icons and fills transparency with black: an opaque square of its own.
  { name: 'apple-touch-icon', size: 180, purpose: 'apple' },
] as const;

/** One of `APP_ICONS`. */
export type AppIcon = (typeof APP_ICONS)[number];

/** A language's latest edition, as its home page leads with it, and the stories it lists in that language. */
export function latestEdition(site: Site, locale: Locale) {
  const editions = site.taxonomies.edition;
  const term = countedTerms(site.listing[locale]!, editions, locale)[0]?.term;
  return term && { term, stories: articlesByTerm(site.listing[locale]!, editions, term.key) };
}

/** What a language's readers keep for offline reading: its home, its latest edition's page and that edition's stories. */
export function keptPages(site: Site, locale: Locale): KeptLanguage {
  const latest = latestEdition(site, locale);
  return {
    home: homeUrl(locale),
    offline: offlinePageUrl(locale),
    ...(latest ? { edition: termUrl(locale, site.taxonomies.edition.id, latest.term.slug[locale]!) } : {}),
    stories: latest ? latest.stories.map((a) => articleUrl(a.locale, a.slug)) : [],
  };
}

/**
 * The site's colours, read from its stylesheet's first `:root` tokens (the
 * light scheme): `--bg` for the splash screen and icon backgrounds, `--accent`
 * for the browser's bar. A publisher who changes them there changes the app's.
 */
export function themeColours(css: string): { background: string; theme: string } {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const token = (name: string) => {
    const value = new RegExp(`--${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim();
    if (!value) throw new Error(`the stylesheet's :root has no --${name}, which the web app manifest needs`);
    return value;
  };
  return { background: token('bg'), theme: token('accent') };
}

/** A language's web app manifest: installed, the app opens that language's home and stays within it. */
export function webManifest(locale: Locale, colours: { background: string; theme: string }): Record<string, unknown> {
  const home = homeUrl(locale);
  const name = newsletter.name[locale];
  return {
    name,
    // The declaration has no shorter name; launchers cut a long one with an ellipsis.
    short_name: name,
    description: newsletter.tagline[locale],
    lang: locale,
    dir: textDirection(locale),
    id: home,
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: colours.background,
    theme_color: colours.theme,
    icons: APP_ICONS.filter((i) => i.purpose !== 'apple').map((i) => ({
      src: appIconUrl(i.name),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}
