import { NO_REPOSITORY, type EditorSettings } from './editor-config.ts';

/**
 * The settings with, when there is no repository to sign in to, no sign-in
 * method: the sign-in screen then offers only the local folder (GitHub's
 * buttons would open a sign-in that cannot work), and the page explains how
 * to connect a repository (`adminPage`). Sveltia CMS refuses an empty list
 * unpatched: see "no sign-in methods" in `sveltia-patches.ts`.
 */
export function withWorkingSignIn(settings: EditorSettings): EditorSettings {
  const { backend } = settings.config;
  if (backend.name !== 'github' || backend.repo !== NO_REPOSITORY) return settings;
  return { ...settings, config: { ...settings.config, backend: { ...backend, auth_methods: [] } } };
}
