import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import type { BuildContent } from '../content/content-check.ts';
import { hasErrors } from '../content/problems.ts';
import { articlesForLocale, publishedFromCheck, type Article } from '../site/articles.ts';
import { buildTaxonomies } from '../site/taxonomy.ts';
import { emailUrl, outputPath } from '../site/urls.ts';
import { editionEmail } from './edition-email.ts';
import { emailPictures } from './email-pictures.ts';

/**
 * Writes `<outDir>/email/<edition>/<lang>.html` and `.txt` for the chosen
 * editions and languages (all by default) of checked content's published
 * stories, and returns the files written. The build and `npm run email` share it.
 */
export async function writeEditionEmails(options: {
  /** What `checkContent` found (the build passes the check it already ran, as plain data a worker thread can be handed). */
  content: BuildContent;
  outDir: string;
  site: string;
  editions?: readonly string[];
  locales?: readonly Locale[];
  /** Where compiled emails and pictures are kept between builds. */
  cacheDir: string;
}): Promise<string[]> {
  const { problems, articles: files, vocabularies } = options.content;
  if (hasErrors(problems)) throw new Error(`The content has errors; run npm run check.`);
  const images = new Map<Article, string>();
  const articles = publishedFromCheck(files);
  // The check's frontmatter holds the image as written: a path from the article's file.
  for (const a of articles) if (typeof a.data.image === 'string') images.set(a, resolve(dirname(a.entry.file), a.data.image));
  const pictureOf = emailPictures(images, options);
  const taxonomies = buildTaxonomies(
    vocabularies,
    articles.map((a) => a.data),
  );
  const editionOf = (a: Article) => taxonomies.edition.termsOf(a.data)[0]!;
  const used = new Set(articles.map(editionOf));
  // Each language's listing grouped by edition once, not once per email.
  const byEdition = new Map(locales.map((l) => [l, Map.groupBy(articlesForLocale(articles, l), editionOf)]));
  const written: string[] = [];
  for (const edition of options.editions ?? [...used]) {
    for (const locale of options.locales ?? locales) {
      const stories = byEdition.get(locale)!.get(edition) ?? [];
      const email = await editionEmail({ edition, locale, stories, taxonomies, site: options.site, pictureOf, cacheDir: options.cacheDir });
      for (const [format, body] of [
        ['html', email.html],
        ['txt', email.text],
      ] as const) {
        const file = join(options.outDir, outputPath(emailUrl(edition, locale, format)));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
        written.push(file);
      }
    }
  }
  return written;
}
