import { createRequire } from 'node:module';
import { z } from 'astro/zod';
import type { UiStrings } from '../../i18n/strings.ts';

/** One namespace of UI strings: nested objects of strings (see `src/i18n/strings.ts`). */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** Whether a value is a string tree: an object whose values are strings or string trees. */
function isStringTree(value: unknown): value is StringTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' || isStringTree(v));
}

/**
 * A language's UI strings, one tree per namespace, checked against the
 * default language's keys by the newsletter's schema. Taken as they are
 * rather than copied (as a `z.record` would), so that the site's i18next
 * resources are the declared objects themselves.
 */
const uiStringsSchema = z.custom<UiStrings>(isStringTree, { error: 'must be nested objects of strings' });

/** A URL segment: lower case words joined by hyphens, as every segment of the site's addresses is. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A section's URL segment in one language. */
const sectionSegment = (what: string) =>
  z
    .string()
    .describe(what)
    .refine((s) => SEGMENT.test(s), { error: (issue) => `'${String(issue.input)}' must be lower case words joined by hyphens` });

/** The URL segments of the site's own sections, in one language. */
export const sectionsSchema = z
  .object({
    articles: sectionSegment('Where stories live: `/en/articles/<slug>/`.'),
    search: sectionSegment('The search page.'),
    translations: sectionSegment("The editors' report of which stories are translated."),
    print: sectionSegment("Under an edition's page: the whole edition as one printable document."),
  })
  .describe("The URL segments of the site's own sections in this language.");

/** Which way a language's lines run: left to right, or right to left (Arabic, Hebrew, Persian…). */
const textDirectionSchema = z.enum(['ltr', 'rtl'], { error: (issue) => `'${String(issue.input)}' must be 'ltr' or 'rtl'` });

/** Which way a language's lines run (see `textDirectionSchema`). */
export type TextDirection = z.output<typeof textDirectionSchema>;

/** `Intl.Locale` with the text information Node and browsers give under one of two names (a method now, a getter before). */
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** Whether `tag` is a BCP 47 language tag `Intl` accepts. */
export function isLanguageTag(tag: string): boolean {
  try {
    new Intl.Locale(tag);
    return true;
  } catch {
    return false;
  }
}

/** Which way a language is written, as `Intl` knows it for its tag; left to right where it does not say. */
function intlDirection(tag: string): TextDirection {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Whether a package can be loaded from the project (a card font must be installed). */
function isInstalled(pkg: string): boolean {
  try {
    createRequire(import.meta.url).resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

const CODE = /^[a-z]{2,3}(?:-[a-z0-9]+)*$/;
const FONTSOURCE = /^@fontsource\/[a-z0-9-]+$/;

/**
 * One language the newsletter is published in. Its tag, label and direction
 * are filled in from `Intl` here; its fallback languages depend on the others,
 * so the newsletter's schema fills them in.
 */
export const languageSchema = z
  .object({
    code: z
      .string()
      .refine((code) => CODE.test(code), { error: (issue) => `'${String(issue.input)}' is not a language code such as en, es or pt-br (lower case)` })
      .describe('Short code: the first URL segment of its pages and the folder of its articles (`content/articles/<code>/`).'),
    tag: z
      .string()
      .refine(isLanguageTag, { error: (issue) => `'${String(issue.input)}' is not a BCP 47 language tag such as pt-BR` })
      .optional()
      .describe('BCP 47 tag handed to `Intl` for dates, numbers, plurals and names ("en-GB"); the code by default.'),
    label: z.string().optional().describe('Its name in itself, as the language switcher shows it ("Português"); from `Intl.DisplayNames` by default.'),
    dir: textDirectionSchema
      .optional()
      .describe(
        'Which way it is written (`dir` of its pages, and of its name and notices on pages in other languages); by default as `Intl` knows its tag ("ar", "he" → `rtl`), else `ltr`.',
      ),
    cardFont: z
      .string()
      .check((ctx) => {
        if (!FONTSOURCE.test(ctx.value))
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            continue: true,
            message: `'${ctx.value}' is not a Fontsource package such as @fontsource/noto-sans-thai`,
          });
        else if (!isInstalled(ctx.value))
          ctx.issues.push({ code: 'custom', input: ctx.value, continue: true, message: `'${ctx.value}' is not installed (npm install ${ctx.value})` });
      })
      .optional()
      .describe(
        "A Fontsource font package for its social cards, installed with npm, when its script is not one the shipped Noto Sans draws (Latin, Greek, Cyrillic, Vietnamese): `'@fontsource/noto-sans-thai'`. Its upright regular and bold files are used for any character the others lack, on every card. Cards set one glyph per character, left to right, with the font's ligatures: scripts whose letters are reordered or drawn right to left (Arabic, Hebrew, Devanagari…) do not yet come out right.",
      ),
    strings: uiStringsSchema.describe(
      "Its UI strings, one i18next JSON file per namespace (`src/i18n/en/site.json`…): every key of the default language's, plurals in its own categories.",
    ),
    sections: sectionsSchema,
    fallback: z
      .array(z.string())
      .readonly()
      .optional()
      .describe(
        'Where its readers go when a story is not written in it, in order ("pt" → `[\'es\']`); then the default language, then the others in declared order.',
      ),
  })
  .transform((language) => {
    const tag = language.tag ?? language.code;
    return {
      ...language,
      tag,
      label: language.label ?? new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? language.code,
      dir: language.dir ?? intlDirection(tag),
    };
  })
  .describe('One language the newsletter is published in.');
