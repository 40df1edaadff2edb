import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The colour custom properties set in some CSS text, later ones winning. */
function variables(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('map colours', () => {
  const DARK = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g;
  const light = variables(css.replace(DARK, ''));
  const dark = { ...light, ...variables([...css.matchAll(DARK)].map((m) => m[1]).join('\n')) };
  for (const [scheme, v] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`every shade stands out 3:1 from the page and from countries without stories (${scheme})`, () => {
      for (const level of ['map-1', 'map-2', 'map-3', 'map-4']) {
        expect(contrast(v[level]!, v['bg']!), `${level} on bg`).toBeGreaterThanOrEqual(3);
        expect(contrast(v[level]!, v['map-land']!), `${level} on land`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
