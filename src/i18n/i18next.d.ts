// Types every `t()` key from the default language's JSON resources, one per
// namespace, so a missing or misspelt key fails `astro check`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'site';
    resources: {
      site: typeof import('./en/site.json');
      email: typeof import('./en/email.json');
      checker: typeof import('./en/checker.json');
      editor: typeof import('./en/editor.json');
    };
  }
}

export {};
