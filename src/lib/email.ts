import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import mjml2html from 'mjml';
import sharp from 'sharp';
import { locales, type Locale } from '../i18n/locales.ts';
import { formatDate, useTranslations } from '../i18n/translate.ts';
import { newsletter, publisherInText } from '../config/newsletter.ts';
import { articlesForLocale, type Article } from './articles.ts';
import { cacheFile, packageVersion, writeCacheFile } from './cache-key.ts';
import type { BuildContent } from './content-check.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './social-card.ts';
import { hasErrors } from './problems.ts';
import { publish } from './publish.ts';
import { buildTaxonomies, cardTermNames, type Taxonomies } from './taxonomy.ts';
import { absoluteUrl, articleUrl, emailPictureUrl, emailUrl, outputPath, socialCardUrl, termUrl } from './urls.ts';

/** The widest an email gets: what every mail client shows without scrolling. */
export const EMAIL_WIDTH = 600;
/** Plain-text emails wrap here. */
export const TEXT_WIDTH = 72;

/** One edition's email in one language, as HTML and as plain text. */
export interface EditionEmail {
  html: string;
  text: string;
}

interface EmailStory {
  title: string;
  summary: string;
  url: string;
  picture: { src: string; alt: string; ratio: number };
  meta: string;
  /** Set when the story is not available in the email's language. */
  language?: Locale;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Wraps text at `width` columns, the first line after `first`, the others
 * after `indent`; a word longer than a line (a URL) stands alone on its line.
 */
export function wrap(text: string, width = TEXT_WIDTH, indent = '', first = indent): string {
  const lines: string[] = [];
  let line = first;
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (words > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      words = 0;
    }
    line += words > 0 ? ` ${word}` : word;
    words++;
  }
  if (words > 0) lines.push(line);
  return lines.join('\n');
}

/**
 * MJML compiled to HTML. Compiling takes several milliseconds an email, so
 * with a `cacheDir` the result is kept there under a hash of the source and
 * MJML's version, and an unchanged email is not compiled again.
 */
async function compileMjml(mjml: string, what: string, cacheDir?: string): Promise<string> {
  const file = cacheDir && cacheFile(cacheDir, 'html', packageVersion('mjml'), mjml);
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  // No web fonts: MJML would otherwise link Google Fonts for its default typeface.
  const { html, errors } = await mjml2html(mjml, { fonts: {}, validationLevel: 'strict' });
  if (errors.length) throw new Error(`${what} is not valid MJML:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  if (file) writeCacheFile(file, html);
  return html;
}

/**
 * The email for an edition: its title and intro, each story as a card
 * (picture, title, summary, link), a link to the other languages and a footer.
 * Stories missing in the language come in the one they have, marked. Every URL
 * is absolute (SITE and BASE), nothing is a script or an external stylesheet.
 */
export async function editionEmail(options: {
  edition: string;
  locale: Locale;
  /** The edition's stories as a reader of `locale` lists them (see `articlesForLocale`). */
  stories: readonly Article[];
  taxonomies: Taxonomies;
  site: string;
  /** The picture of an article (a site path, its description and height to width), when it has one. */
  pictureOf?: (article: Article) => Promise<{ src: string; alt: string; ratio: number } | undefined>;
  /** Where compiled emails are kept between builds (see `compileMjml`). */
  cacheDir?: string;
}): Promise<EditionEmail> {
  const { locale, taxonomies, site } = options;
  const t = useTranslations(locale);
  const edition = taxonomies.edition.term(options.edition)!;
  const name = newsletter.name[locale];
  const abs = (path: string) => absoluteUrl(path, site);
  const stories: EmailStory[] = await Promise.all(
    options.stories.map(async (a) => ({
      title: a.data.title,
      summary: a.data.summary,
      url: abs(articleUrl(a.locale, a.slug)),
      picture: ((p) => ({ ...p, src: abs(p.src) }))((await options.pictureOf?.(a)) ?? { src: socialCardUrl(a.locale, a.slug), alt: a.data.title, ratio: CARD_HEIGHT / CARD_WIDTH }),
      meta: [formatDate(a.data.date, locale), ...cardTermNames(taxonomies, a.data, locale)].join(' · '),
      ...(a.locale !== locale ? { language: a.locale } : {}),
    })),
  );
  const editions = taxonomies.edition.id;
  const webUrl = abs(termUrl(locale, editions, edition.slug[locale]));
  const others = locales.filter((l) => l !== locale).map((l) => ({ label: t('email.otherLanguage', { language: l }), url: abs(termUrl(l, editions, edition.slug[l])), lang: l }));
  const dateLine = `${t('listing.editionNumber', { number: edition.edition!.number })} · ${formatDate(edition.edition!.date, locale)}`;
  const preheader = t('email.preheader', { title: edition.name[locale], number: edition.edition!.number, newsletter: name });

  // A story in another language has its title, summary and picture's description marked with it, as the site marks them.
  const card = (s: EmailStory) => {
    const lang = s.language ? ` lang="${s.language}"` : '';
    const hreflang = s.language ? ` hreflang="${s.language}"` : '';
    return `
    <mj-section background-color="#ffffff" padding="0 0 24px">
      <mj-column>
        <mj-image src="${escape(s.picture.src)}" alt="${escape(s.picture.alt)}" width="${EMAIL_WIDTH - 40}px" height="${Math.round((EMAIL_WIDTH - 40) * s.picture.ratio)}px" href="${escape(s.url)}" padding="0 20px"${s.language ? ` css-class="lang-${s.language}"` : ''} />
        ${s.language ? `<mj-text padding="12px 20px 0" color="#555a52" font-size="13px">${escape(t('email.inLanguage', { language: s.language }))}</mj-text>` : ''}
        <mj-text padding="12px 20px 0" font-size="20px" font-weight="700" line-height="1.3"><a href="${escape(s.url)}"${lang}${hreflang} style="color:#1d1f1c;text-decoration:none">${escape(s.title)}</a></mj-text>
        <mj-text padding="6px 20px 0" color="#555a52" font-size="13px">${escape(s.meta)}</mj-text>
        <mj-text padding="8px 20px 0">${s.language ? `<span${lang}>${escape(s.summary)}</span>` : escape(s.summary)}</mj-text>
        <mj-button href="${escape(s.url)}" align="left" padding="12px 20px 0" background-color="#1f5f3a" color="#ffffff" border-radius="4px">${escape(t('email.readMore'))}</mj-button>
      </mj-column>
    </mj-section>`;
  };
  // MJML names the email's role ("email") in English whatever its language, and
  // lets no attribute of a picture be set but through mj-html-attributes.
  const storyLanguages = [...new Set(stories.flatMap((s) => s.language ?? []))];

  const mjml = `<mjml lang="${locale}">
  <mj-head>
    <mj-title>${escape(`${edition.name[locale]} · ${name}`)}</mj-title>
    <mj-preview>${escape(preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="#1d1f1c" />
    </mj-attributes>
    <mj-html-attributes>
      <mj-selector path="div[aria-roledescription]"><mj-html-attribute name="aria-roledescription">${escape(t('email.roleDescription'))}</mj-html-attribute></mj-selector>
      ${storyLanguages.map((l) => `<mj-selector path=".lang-${l} img"><mj-html-attribute name="lang">${l}</mj-html-attribute></mj-selector>`).join('')}
    </mj-html-attributes>
  </mj-head>
  <mj-body width="${EMAIL_WIDTH}px" background-color="#f3f1ea">
    <mj-section background-color="#1f5f3a" padding="20px">
      <mj-column><mj-text color="#ffffff" font-size="22px" font-weight="700">${escape(name)}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 0 8px">
      <mj-column>
        <mj-text padding="0 20px" color="#555a52" font-size="13px">${escape(dateLine)}</mj-text>
        <mj-text padding="4px 20px 0" font-size="26px" font-weight="700" line-height="1.25">${escape(edition.name[locale])}</mj-text>
        <mj-text padding="12px 20px 12px">${escape(edition.description?.[locale] ?? '')}</mj-text>
      </mj-column>
    </mj-section>
    ${stories.map(card).join('\n')}
    <mj-section padding="20px">
      <mj-column>
        <mj-text align="center"><a href="${escape(webUrl)}" style="color:#1f5f3a">${escape(t('email.viewOnline'))}</a></mj-text>
        ${others.map((o) => `<mj-text align="center"><a href="${escape(o.url)}" hreflang="${o.lang}" style="color:#1f5f3a">${escape(o.label)}</a></mj-text>`).join('')}
        <mj-text align="center" color="#555a52" font-size="13px">${escape(t('email.footer', { publisher: publisherInText(locale) }))}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const html = await compileMjml(mjml, `The ${locale} email of edition ${edition.key}`, options.cacheDir);

  const rule = '='.repeat(Math.min(TEXT_WIDTH, Math.max(name.length, 20)));
  const text = [
    name.toUpperCase(),
    dateLine,
    '',
    wrap(edition.name[locale]),
    rule,
    '',
    wrap(edition.description?.[locale] ?? ''),
    '',
    ...stories.flatMap((s, i) => [
      wrap(s.title, TEXT_WIDTH, '   ', `${i + 1}. `.padEnd(3)),
      ...(s.language ? [`   (${t('email.inLanguage', { language: s.language })})`] : []),
      wrap(s.meta, TEXT_WIDTH, '   '),
      '',
      wrap(s.summary, TEXT_WIDTH, '   '),
      `   ${t('email.readMore')}:`,
      `   ${s.url}`,
      '',
    ]),
    '-'.repeat(20),
    `${t('email.viewOnline')}:`,
    webUrl,
    ...others.flatMap((o) => [`${o.label}:`, o.url]),
    '',
    wrap(t('email.footer', { publisher: publisherInText(locale) })),
    '',
  ].join('\n');
  return { html, text };
}

/** Email pictures are JPEG (every mail client shows it; few show AVIF or WebP) at this quality. */
const PICTURE_QUALITY = 80;

/**
 * A picture for the emails, from an article's source image (SVG
 * illustrations included): a JPEG as wide as the email, made once and kept
 * in `dir` under a hash of the source's bytes and how it is made. Emails so
 * need nothing of the site's build, and are written while it runs.
 */
async function emailPicture(source: string, dir: string): Promise<{ file: string; ratio: number }> {
  const bytes = createHash('sha256').update(readFileSync(source)).digest('base64url');
  const file = cacheFile(dir, 'jpg', packageVersion('sharp'), EMAIL_WIDTH, PICTURE_QUALITY, bytes);
  if (!existsSync(file)) {
    const jpeg = await sharp(source).resize({ width: EMAIL_WIDTH }).flatten({ background: '#ffffff' }).jpeg({ quality: PICTURE_QUALITY, progressive: true }).toBuffer();
    writeCacheFile(file, jpeg);
  }
  const { width, height } = await sharp(file).metadata();
  return { file, ratio: height / width };
}

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
  const articles: Article[] = files
    .filter((f) => f.data && !f.data.draft)
    .map((f) => {
      const article: Article = { id: `${f.locale}/${basename(f.file)}`, locale: f.locale, slug: f.slug, data: f.data!, entry: null };
      // The check's frontmatter holds the image as written: a path from the article's file.
      if (typeof f.data!.image === 'string') images.set(article, resolve(dirname(f.file), f.data!.image));
      return article;
    });
  /** Where a site path's file goes in the output. */
  const output = (url: string) => join(options.outDir, outputPath(url));
  // Each picture is made and put in the output once, however many emails show it.
  const pictures = new Map<string, Promise<{ url: string; ratio: number }>>();
  const pictureOf = async (article: Article) => {
    const source = images.get(article);
    if (source === undefined) return undefined;
    let made = pictures.get(source);
    if (!made) {
      made = emailPicture(source, join(options.cacheDir, 'pictures')).then(({ file, ratio }) => {
        const url = emailPictureUrl(basename(file));
        mkdirSync(dirname(output(url)), { recursive: true });
        publish(file, output(url));
        return { url, ratio };
      });
      pictures.set(source, made);
    }
    const { url, ratio } = await made;
    return { src: url, alt: article.data.imageAlt ?? article.data.title, ratio };
  };
  const taxonomies = buildTaxonomies(vocabularies, articles.map((a) => a.data));
  const editionOf = (a: Article) => taxonomies.edition.termsOf(a.data)[0]!;
  const used = new Set(articles.map(editionOf));
  // Each language's listing grouped by edition once, not once per email.
  const byEdition = new Map(locales.map((l) => [l, Map.groupBy(articlesForLocale(articles, l), editionOf)]));
  const written: string[] = [];
  for (const edition of options.editions ?? [...used]) {
    for (const locale of options.locales ?? locales) {
      const stories = byEdition.get(locale)!.get(edition) ?? [];
      const email = await editionEmail({
        edition,
        locale,
        stories,
        taxonomies,
        site: options.site,
        pictureOf,
        cacheDir: options.cacheDir,
      });
      for (const [format, body] of [['html', email.html], ['txt', email.text]] as const) {
        const file = output(emailUrl(edition, locale, format));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
        written.push(file);
      }
    }
  }
  return written;
}
