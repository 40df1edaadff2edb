import sharp from 'sharp';
import type { AppIcon } from '../site/offline.ts';

/**
 * An app icon drawn from the site's SVG favicon. A maskable icon keeps the
 * drawing inside the central 80 % that every launcher's mask leaves, on the
 * site's background; the apple-touch-icon is opaque, as iOS wants.
 */
export async function appIcon(svg: string, icon: AppIcon, background: string): Promise<Buffer> {
  const inner = icon.purpose === 'maskable' ? Math.round(icon.size * 0.7) : icon.size;
  const drawing = await sharp(Buffer.from(svg), { density: 72 * (inner / 32) * 2 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  if (icon.purpose === 'any') return sharp(drawing).png({ compressionLevel: 9 }).toBuffer();
  const square = await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
    .composite([{ input: drawing, gravity: 'centre' }])
    .png()
    .toBuffer();
  // sharp flattens before it composites: a second pass leaves no alpha channel at all.
  return sharp(square).flatten({ background }).png({ compressionLevel: 9 }).toBuffer();
}
