import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheet lays pages out by logical sides (start and end of a line),
 * so a right-to-left language's pages mirror with nothing but `dir="rtl"`.
 */
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** Every declaration of a stylesheet, as property, value and the line it is on. */
function declarations(text: string): { property: string; value: string; line: string }[] {
  return text
    .split('\n')
    .flatMap((line) =>
      [...line.replace(/\/\*.*?\*\//g, '').matchAll(/(?:^|[{;])\s*([a-z-]+)\s*:\s*([^;{}]+)/g)].map((m) => ({ property: m[1]!, value: m[2]!.trim(), line })),
    );
}

/**
 * Declarations that name a physical side where a logical one exists:
 * left/right offsets, margins, paddings, borders, alignment and floats, and
 * four-value margins, paddings or corner radii whose left and right differ.
 * A line that explains why it must stay physical (`/* physical: … *\/`) is allowed.
 */
function physical(text: string): string[] {
  return declarations(text)
    .filter(({ property, value, line }) => {
      if (line.includes('/* physical:')) return false;
      if (/^(left|right)$|^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b|^border-(top|bottom)-(left|right)-radius$/.test(property))
        return true;
      if (/^(text-align|float|clear)$/.test(property) && /\b(left|right)\b/.test(value)) return true;
      const sides = value.split(/\s+/);
      if (/^(margin|padding)$/.test(property) && sides.length === 4) return sides[1] !== sides[3];
      if (property === 'border-radius' && sides.length === 4 && !value.includes('/')) return sides[0] !== sides[1] || sides[2] !== sides[3];
      return false;
    })
    .map(({ property, value }) => `${property}: ${value}`);
}

describe('the stylesheet', () => {
  it('uses logical sides wherever it places things left or right', () => {
    expect(declarations(css).length).toBeGreaterThan(100);
    expect(physical(css)).toEqual([]);
  });

  it('would catch each physical side', () => {
    const wrong =
      '.a { margin-left: 1rem; padding-right: 0; left: 0; } .b { text-align: right; float: left; margin: 0 1rem 0 2rem; border-radius: 1rem 0 0 1rem; }';
    expect(physical(wrong)).toEqual([
      'margin-left: 1rem',
      'padding-right: 0',
      'left: 0',
      'text-align: right',
      'float: left',
      'margin: 0 1rem 0 2rem',
      'border-radius: 1rem 0 0 1rem',
    ]);
    expect(physical('.a { margin: 0 auto; padding: 0 1rem; text-align: start; margin-inline-start: 1rem; border-radius: 0.5rem 0.5rem 0 0; }')).toEqual([]);
    expect(physical('.a { left: 0; /* physical: follows the pointer, not the text */ }')).toEqual([]);
  });
});
