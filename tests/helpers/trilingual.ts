import { resolve } from 'node:path';

/** The three-language, six-taxonomy newsletter's declaration (English, Spanish, Portuguese; `region` besides the sample's five). */
export const TRILINGUAL_CONFIG = resolve(import.meta.dirname, '../fixtures/trilingual/newsletter.config.ts');

/** Its content: a story in all three languages, one in English and Spanish, one in English only. */
export const TRILINGUAL_CONTENT = resolve(import.meta.dirname, '../fixtures/trilingual/content');
