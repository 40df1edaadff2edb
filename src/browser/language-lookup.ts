/**
 * The language chooser's redirect (RFC 4647 "lookup"): for each of the
 * browser's language tags in order, the whole tag lower-cased, then shorter
 * and shorter (`pt-br` → `pt`; a single-letter subtag left at the end goes
 * with the one after it). The first that `homes` has wins.
 *
 * Self-contained on purpose: the chooser writes this function's own source
 * into its inline script, so the page runs exactly the code tested here.
 * `homes` maps every lower-case language code and tag to its home page (see
 * `languageHomes`): the browser only lowercases and truncates.
 */
export function lookupHome(tags: readonly string[], homes: Readonly<Record<string, string>>): string | undefined {
  for (const tag of tags) {
    for (let range = String(tag).toLowerCase(); range; range = range.replace(/(-.)?-[^-]*$|^[^-]*$/, '')) {
      // Own strings only: a tag such as `constructor` names no home.
      if (typeof homes[range] === 'string') return homes[range];
    }
  }
  return undefined;
}
