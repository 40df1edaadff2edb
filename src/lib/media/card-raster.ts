import sharp from 'sharp';
import type { Glyph } from 'opentype.js';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';
import { cardLayout, setLine, type CardLine } from './card-layout.ts';
import type { CardText } from './card-text.ts';
import { palettePng } from './png.ts';

/** A glyph's coverage (0–255 per pixel) and where it sits relative to its pen position. */
interface GlyphMask {
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** Glyph positions are rounded to half a pixel, so each glyph is drawn at most twice per size. */
const SUBPIXELS = 2;
/** Masks per glyph (each font's glyphs are objects of their own), by size and subpixel. */
const glyphs = new Map<Glyph, Map<string, Promise<GlyphMask | undefined>>>();

/** A glyph rasterised once (from its outline, by sharp) and reused by every card. */
function glyphMask(glyph: Glyph, size: number, subpixel: number): Promise<GlyphMask | undefined> {
  const key = `${size} ${subpixel}`;
  let sizes = glyphs.get(glyph);
  if (!sizes) glyphs.set(glyph, (sizes = new Map()));
  let mask = sizes.get(key);
  if (!mask) {
    const path = glyph.getPath(subpixel / SUBPIXELS, 0, size);
    const box = path.getBoundingBox();
    const left = Math.floor(box.x1);
    const top = Math.floor(box.y1);
    const width = Math.ceil(box.x2) - left;
    const height = Math.ceil(box.y2) - top;
    mask =
      width <= 0 || height <= 0
        ? Promise.resolve(undefined)
        : sharp(
            Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${path.toPathData(2)}"/></svg>`,
            ),
          )
            .extractChannel(3)
            .raw()
            .toBuffer()
            .then((alpha) => ({ alpha, width, height, left, top }));
    sizes.set(key, mask);
  }
  return mask;
}

/*
 * Cards are palette PNGs: a light ground (the page colour, a green stripe, two
 * pale circles) and text in three inks. Edges are drawn in 16 shades, which
 * keeps every card within one fixed palette of fewer than 256 colours: a pixel
 * is one byte, so drawing and compressing a card cost a third of RGB's.
 */
type Rgb = readonly [number, number, number];
const PAGE: Rgb = [0xfd, 0xfc, 0xf8];
const STRIPE: Rgb = [0x1f, 0x5f, 0x3a];
const STRIPE_WIDTH = 24;
const CIRCLES = [
  { cx: 1110, cy: 90, r: 150, rgb: [0xe6, 0xf0, 0xe8] as Rgb },
  { cx: 1150, cy: 560, r: 90, rgb: [0xf3, 0xe3, 0xc3] as Rgb },
];
/** The ink of each kind of line. */
const INKS: Record<CardLine['role'], Rgb> = { brand: [0x1f, 0x5f, 0x3a], title: [0x1d, 0x1f, 0x1c], subtitle: [0x55, 0x5a, 0x52] };
const INK_ORDER = Object.keys(INKS) as CardLine['role'][];
/** Coverage from 0 (none) to FULL (all): sixteen shades. */
const FULL = 15;
const NONE = 255;

/** The palette, and for each of its colours what it is made of. */
const palette = (() => {
  const rgb: number[] = [];
  const ground: number[] = [];
  const ink: number[] = [];
  const level: number[] = [];
  const add = (colour: readonly number[], made: { ground: number; ink?: number; level?: number }) => {
    rgb.push(...colour);
    ground.push(made.ground);
    ink.push(made.ink ?? NONE);
    level.push(made.level ?? 0);
    return ground.length - 1;
  };
  const mix = (a: Rgb, b: Rgb, l: number) => a.map((v, i) => Math.round(v + ((b[i]! - v) * l) / FULL));
  // Grounds text can stand on: the page (0) and each circle (1, 2).
  const grounds = [PAGE, ...CIRCLES.map((c) => c.rgb)];
  grounds.forEach((g, i) => add(g, { ground: i }));
  const stripe = add(STRIPE, { ground: 0 });
  // A circle's edge: text on it counts as on whichever it mostly is.
  const edges = CIRCLES.map((c, i) => Array.from({ length: FULL }, (_, l) => (l === 0 ? 0 : add(mix(PAGE, c.rgb, l), { ground: l * 2 > FULL ? i + 1 : 0 }))));
  const inked = INK_ORDER.map((role, k) =>
    grounds.map((g, gi) => Array.from({ length: FULL + 1 }, (_, l) => (l === 0 ? gi : add(mix(g, INKS[role], l), { ground: gi, ink: k, level: l })))),
  );
  if (ground.length > 256) throw new Error('the card palette needs more than 256 colours');
  /** For a pixel's colour, an ink and a coverage: the colour with that ink laid over it. */
  const over = new Uint8Array(256 * INK_ORDER.length * (FULL + 1));
  for (let p = 0; p < ground.length; p++) {
    for (let k = 0; k < INK_ORDER.length; k++) {
      for (let l = 0; l <= FULL; l++) {
        // Where two glyphs touch, the stronger coverage wins.
        const kept = ink[p] !== NONE && level[p]! >= l;
        over[(p * INK_ORDER.length + k) * (FULL + 1) + l] = kept || l === 0 ? p : inked[k]![ground[p]!]![l]!;
      }
    }
  }
  return { rgb: Buffer.from(rgb), stripe, edges, over };
})();

const ROW = CARD_WIDTH + 1; // each row of a PNG starts with its filter byte (0: none)

let groundRows: Buffer | undefined;

/** The ground of every card, as palette indices in PNG rows, drawn on first use in each thread. */
function ground(): Buffer {
  if (groundRows) return groundRows;
  const rows = Buffer.alloc(ROW * CARD_HEIGHT);
  for (let y = 0; y < CARD_HEIGHT; y++) {
    for (let x = 0; x < CARD_WIDTH; x++) {
      let colour = x < STRIPE_WIDTH ? palette.stripe : 0;
      CIRCLES.forEach((c, i) => {
        // The share of the pixel the circle covers, from its distance to the edge.
        const cover = Math.min(1, Math.max(0, c.r - Math.hypot(x + 0.5 - c.cx, y + 0.5 - c.cy) + 0.5));
        const l = Math.round(cover * FULL);
        if (l === FULL) colour = i + 1;
        else if (l > 0) colour = palette.edges[i]![l]!;
      });
      rows[y * ROW + 1 + x] = colour;
    }
  }
  groundRows = rows;
  return rows;
}

/** Lays a glyph's coverage over the rows in one ink. */
function inkGlyph(rows: Buffer, mask: GlyphMask, x: number, y: number, ink: number) {
  const table = palette.over;
  for (let row = 0; row < mask.height; row++) {
    const py = y + mask.top + row;
    if (py < 0 || py >= CARD_HEIGHT) continue;
    for (let col = 0; col < mask.width; col++) {
      const a = mask.alpha[row * mask.width + col]!;
      const px = x + mask.left + col;
      if (a === 0 || px < 0 || px >= CARD_WIDTH) continue;
      const at = py * ROW + 1 + px;
      rows[at] = table[(rows[at]! * INK_ORDER.length + ink) * (FULL + 1) + (((a * FULL + 127) / 255) | 0)]!;
    }
  }
}

/**
 * Draws a card as PNG: the ground, then every glyph of every line in its
 * ink, in rows of palette indices. Glyphs are drawn from the card fonts'
 * outlines once per build, so a card costs a copy, a few thousand table
 * lookups and deflating its rows.
 */
export async function drawCard(text: CardText): Promise<Buffer> {
  const placed: { mask: Promise<GlyphMask | undefined>; x: number; y: number; ink: number }[] = [];
  for (const line of cardLayout(text)) {
    const ink = INK_ORDER.indexOf(line.role);
    setLine(line.weight, line.text, line.x, line.size, (glyph, x) => {
      const steps = Math.round(x * SUBPIXELS);
      placed.push({ mask: glyphMask(glyph, line.size, steps % SUBPIXELS), x: Math.floor(steps / SUBPIXELS), y: Math.round(line.y), ink });
    });
  }
  const masks = await Promise.all(placed.map((p) => p.mask));
  // One canvas per thread, reused: a fresh 750 KB buffer a card costs more in page faults than the copy.
  const rows = (canvas ??= Buffer.alloc(ROW * CARD_HEIGHT));
  ground().copy(rows);
  placed.forEach(({ x, y, ink }, i) => {
    if (masks[i]) inkGlyph(rows, masks[i], x, y, ink);
  });
  // Encoded before anything awaits, so cards drawn side by side never share the canvas.
  return palettePng(rows, CARD_WIDTH, CARD_HEIGHT, palette.rgb);
}

let canvas: Buffer | undefined;
