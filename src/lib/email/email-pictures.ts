import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { cacheFile, packageVersion, writeCacheFile } from '../cache/cache-key.ts';
import { publish } from '../cache/publish.ts';
import type { Article } from '../site/articles.ts';
import { emailPictureUrl, outputPath } from '../site/urls.ts';
import { EMAIL_WIDTH } from './html-email.ts';

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
    const jpeg = await sharp(source)
      .resize({ width: EMAIL_WIDTH })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: PICTURE_QUALITY, progressive: true })
      .toBuffer();
    writeCacheFile(file, jpeg);
  }
  const { width, height } = await sharp(file).metadata();
  return { file, ratio: height / width };
}

/**
 * The emails' picture of each article that has a source image (`images`):
 * made once however many emails show it (see `emailPicture`), put in
 * `outDir`, and given as a site path, its description and its height to width.
 */
export function emailPictures(images: ReadonlyMap<Article, string>, options: { outDir: string; cacheDir: string }) {
  const made = new Map<string, Promise<{ url: string; ratio: number }>>();
  return async (article: Article): Promise<{ src: string; alt: string; ratio: number } | undefined> => {
    const source = images.get(article);
    if (source === undefined) return undefined;
    let picture = made.get(source);
    if (!picture) {
      picture = emailPicture(source, join(options.cacheDir, 'pictures')).then(({ file, ratio }) => {
        const url = emailPictureUrl(basename(file));
        const output = join(options.outDir, outputPath(url));
        mkdirSync(dirname(output), { recursive: true });
        publish(file, output);
        return { url, ratio };
      });
      made.set(source, picture);
    }
    const { url, ratio } = await picture;
    return { src: url, alt: article.data.imageAlt ?? article.data.title, ratio };
  };
}
