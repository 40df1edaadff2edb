/**
 * Every name a browser may give a language, lower-cased, with where its
 * readers go: its code, and its BCP 47 tag where that differs (`en-gb` →
 * the `en` home). A code wins over another language's tag of the same
 * spelling, as it is what the publisher named that language by.
 */
export function languageHomes(languages: readonly { code: string; tag: string }[], home: (code: string) => string): Record<string, string> {
  return Object.fromEntries([...languages.map((l) => [l.tag.toLowerCase(), home(l.code)]), ...languages.map((l) => [l.code.toLowerCase(), home(l.code)])]);
}
