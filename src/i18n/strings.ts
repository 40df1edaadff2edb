import type { en } from './en.ts';

/**
 * The shape of every language's UI strings: the default language's keys
 * (`en.ts`), each a string. A language's file is typed `UiStrings`; the
 * newsletter's loader also checks, for a declaration outside the sample, that
 * each language has every key of its default language.
 */
export type UiStrings<T = typeof en> = { [K in keyof T]: T[K] extends string ? string : UiStrings<T[K]> };
