// The tests' `t()` keys, typed from the frozen sample's English strings (as
// `#newsletter-declaration` is mapped to its declaration in tsconfig.json):
// a key the strings lack fails `tsc -p tests`, and a publisher's own strings
// never make the tests' code fail to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'site';
    resources: {
      site: typeof import('./fixtures/sample/strings/en/site.json');
      email: typeof import('./fixtures/sample/strings/en/email.json');
      checker: typeof import('./fixtures/sample/strings/en/checker.json');
      editor: typeof import('./fixtures/sample/strings/en/editor.json');
    };
  }
}

export {};
