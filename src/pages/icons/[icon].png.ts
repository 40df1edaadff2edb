import type { APIRoute } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import css from '../../styles/global.css?raw';
import { appIcon } from '../../lib/media/app-icons.ts';
import { APP_ICONS, themeColours, type AppIcon } from '../../lib/site/offline.ts';

export function getStaticPaths() {
  return APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }));
}

/** An icon for installing the site (manifests, apple-touch-icon), drawn from the favicon at build time. */
export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await appIcon(favicon, props.icon, themeColours(css).background)), { headers: { 'Content-Type': 'image/png' } });
