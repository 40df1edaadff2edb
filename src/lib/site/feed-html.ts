import { parse, type HTMLElement } from 'node-html-parser';

/** A story's body as feeds carry it, and its lead picture (feeds name it apart: JSON Feed's `image`). */
export interface FeedBody {
  html: string;
  image?: { url: string; width: number; height: number };
}

/**
 * The width a feed's pictures are chosen at: the site's text column (42rem,
 * 672 px), about what a feed reader or an email (600 px) shows. A picture
 * comes from the sizes the build already makes for the pages.
 */
export const FEED_PICTURE_WIDTH = 672;

/**
 * Elements a feed never carries: code, styles and other documents. The
 * checker refuses them in stories; a feed is read by programs that may not
 * sanitise, so they are left out here too.
 */
const UNSAFE = 'script, style, iframe, frame, object, embed, noscript, link, meta, base, form, template';

/** Addresses a feed's links may use: anything else (`javascript:`, `data:`) is dropped. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The smallest candidate of a `srcset` at least `width` wide, else its widest: the picture a feed shows. */
function pick(srcset: string, width: number): { src: string; width: number } | undefined {
  const candidates = srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .flatMap(([src, w]) => (src && w?.endsWith('w') ? [{ src, width: Number(w.slice(0, -1)) }] : []))
    .sort((a, b) => a.width - b.width);
  return candidates.find((c) => c.width >= width) ?? candidates.at(-1);
}

/** One picture: a plain `<img>` at the feed's width, its size kept in proportion, its address absolute. */
function feedPicture(img: HTMLElement, base: URL): void {
  const chosen = pick(img.getAttribute('srcset') ?? '', FEED_PICTURE_WIDTH);
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (chosen) {
    img.setAttribute('src', chosen.src);
    if (width && height) {
      img.setAttribute('width', String(chosen.width));
      img.setAttribute('height', String(Math.round((height * chosen.width) / width)));
    }
  }
  for (const name of ['srcset', 'sizes', 'loading', 'decoding', 'fetchpriority']) img.removeAttribute(name);
  img.setAttribute('src', new URL(img.getAttribute('src') ?? '', base).href);
}

/**
 * A story's rendered body (its page's picture and text) as a feed carries it:
 * no code, event handlers, styles or build attributes; every link and
 * picture absolute (against the story's own page, so `#section` stays on
 * it); a `<picture>` becomes its fallback `<img>` (JPEG, which every reader
 * and mail client shows) at `FEED_PICTURE_WIDTH`. The lead picture is the
 * first `figure.hero`.
 */
export function feedBody(html: string, pageUrl: string): FeedBody {
  const base = new URL(pageUrl);
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll(UNSAFE)) el.remove();
  for (const picture of root.querySelectorAll('picture')) {
    const img = picture.querySelector('img');
    if (img) picture.replaceWith(img);
    else picture.remove();
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of Object.keys(el.attributes)) {
      if (/^(on|data-)|^style$/i.test(name)) el.removeAttribute(name);
    }
    const href = el.getAttribute('href');
    if (href !== undefined) {
      const url = new URL(href, base);
      if (SAFE_PROTOCOLS.has(url.protocol)) el.setAttribute('href', url.href);
      else el.removeAttribute('href');
    }
  }
  for (const img of root.querySelectorAll('img')) {
    feedPicture(img, base);
    if (!/^https?:$/.test(new URL(img.getAttribute('src')!).protocol)) img.remove();
  }
  const hero = root.querySelector('figure.hero img');
  const width = Number(hero?.getAttribute('width'));
  const height = Number(hero?.getAttribute('height'));
  return {
    html: root.toString().trim(),
    ...(hero && width && height ? { image: { url: hero.getAttribute('src')!, width, height } } : {}),
  };
}
