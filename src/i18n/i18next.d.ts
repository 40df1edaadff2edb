import type { en } from './en.ts';

// Types every `t()` key from the English resource, so a missing or misspelt
// key fails `astro check`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
