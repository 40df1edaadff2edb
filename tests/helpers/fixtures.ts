import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * The sample newsletter as the tests know it (`tests/fixtures/sample`): a
 * frozen copy of the declaration, the UI strings and the content. Every test
 * reads this, never `src/newsletter.config.ts`, `src/i18n/` or `content/`,
 * which belong to the publisher and change with every story; the test
 * configuration points `NEWSLETTER_CONFIG` and `CONTENT_DIR` here.
 */
export const SAMPLE_CONFIG = resolve(FIXTURES, 'sample/newsletter.config.ts');

/** The frozen sample's content: ten stories in English and Spanish, their pictures and vocabularies. */
export const SAMPLE_CONTENT = resolve(FIXTURES, 'sample/content');

/** The three-language, six-taxonomy newsletter's declaration (English, Spanish, Portuguese; `region` besides the sample's five). */
export const TRILINGUAL_CONFIG = resolve(FIXTURES, 'trilingual/newsletter.config.ts');

/** Its content: a story in all three languages, one in English and Spanish, one in English only. */
export const TRILINGUAL_CONTENT = resolve(FIXTURES, 'trilingual/content');
