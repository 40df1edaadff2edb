import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { Rollup } from 'vite';

/** Sveltia's icon font as its package ships it (Material Symbols Outlined, every icon, weights 100–700). */
const ICON_FONT = /material-symbols-outlined-[\w-]+\.woff2$/;

/** What an icon's name is spelt with: the font draws each name, typed with these letters, as one icon (a ligature). */
const NAME_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

/** The one weight the editor draws icons at, which its stylesheet sets (`.material-symbols-outlined {font-variation-settings: … "wght" 300 …}`). */
function iconWeight(code: string): number | undefined {
  const weight = /\.material-symbols-outlined \{font-variation-settings:[^}]*"wght" (\d+)/.exec(code)?.[1];
  return weight === undefined ? undefined : Number(weight);
}

/** Every quoted word of the bundle's code that could be an icon's name ("edit", "arrow_back"). */
function quotedWords(code: string): Set<string> {
  return new Set(Array.from(code.matchAll(/[`'"]([a-z][a-z0-9_]{1,50})[`'"]/g), (m) => m[1]!));
}

/** A function giving the glyphs the font `ttf` draws a text with. */
function shaper(ttf: Uint8Array): (text: string) => number[] {
  const font = new hb.Font(new hb.Face(new hb.Blob(ttf)));
  return (text) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfos().map((g) => g.codepoint);
  };
}

/**
 * The icons named in `words`, each with its private-use character: a word
 * is an icon's name when the font shapes it into one glyph, and every icon
 * also has a character of its own, by which the subsetter keeps it.
 */
function namedIcons(ttf: Uint8Array, words: Set<string>): Map<string, string> {
  const face = new hb.Face(new hb.Blob(ttf));
  const shaped = shaper(ttf);
  const characterOf = new Map<number, number>();
  // A copy: the view on harfbuzz's memory goes stale as shaping grows it.
  for (const code of Array.from(face.collectUnicodes())) if (code >= 0xe000) characterOf.set(shaped(String.fromCodePoint(code))[0]!, code);
  const icons = new Map<string, string>();
  for (const word of words) {
    const glyphs = shaped(word);
    if (glyphs.length === 1 && characterOf.has(glyphs[0]!)) icons.set(word, String.fromCodePoint(characterOf.get(glyphs[0]!)!));
  }
  return icons;
}

/**
 * Cuts the bundle's icon font (753 KB, about 4,000 icons in every weight) to
 * the icons the bundle's code names, at the one weight the editor draws them
 * at, and renames it after its new content. A quoted word is kept
 * whenever it is an icon's name, used as one or not, so no icon the editor
 * shows is lost. Returns the new file, for the plugin to emit; the bundle's
 * code is rewritten to name it.
 */
export async function subsetIconFont(bundle: Rollup.OutputBundle): Promise<{ fileName: string; source: Uint8Array }> {
  const fonts = Object.values(bundle).filter((file): file is Rollup.OutputAsset => file.type === 'asset' && ICON_FONT.test(file.fileName));
  if (fonts.length !== 1) throw new Error(`Sveltia CMS's icon font: expected 1 in the bundle, found ${fonts.length}; see src/lib/editor/icon-font.ts.`);
  const original = fonts[0]!;
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const words = new Set(chunks.flatMap((chunk) => [...quotedWords(chunk.code)]));
  const weight = chunks.map((chunk) => iconWeight(chunk.code)).find((w) => w !== undefined);
  if (weight === undefined)
    throw new Error("Sveltia CMS's icon font: the weight its stylesheet draws icons at was not found; see src/lib/editor/icon-font.ts.");
  const ttf = new Uint8Array(await fontverter.convert(Buffer.from(original.source), 'truetype'));
  const icons = namedIcons(ttf, words);
  if (icons.size < 50) throw new Error(`Sveltia CMS's icon font: only ${icons.size} icon names found in the bundle's code; see src/lib/editor/icon-font.ts.`);
  const source = new Uint8Array(
    await subsetFont(Buffer.from(ttf), NAME_LETTERS + [...icons.values()].join(''), {
      targetFormat: 'woff2',
      noLayoutClosure: true,
      variationAxes: { wght: weight },
    }),
  );
  // Every kept name must still be drawn as one icon (no ligature step lost with the glyphs cut).
  const shaped = shaper(new Uint8Array(await fontverter.convert(Buffer.from(source), 'truetype')));
  const broken = [...icons.keys()].filter((name) => shaped(name).length !== 1);
  if (broken.length)
    throw new Error(`Sveltia CMS's icon font: the cut font no longer draws ${broken.slice(0, 5).join(', ')}; see src/lib/editor/icon-font.ts.`);
  const fileName = `${dirname(original.fileName)}/material-symbols-outlined-${weight}-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.woff2`;
  delete bundle[original.fileName];
  for (const chunk of chunks) chunk.code = chunk.code.replaceAll(basename(original.fileName), basename(fileName));
  return { fileName, source };
}
