import { describe, expect, it } from 'vitest';
import { buildLog, builtSite, page } from '../helpers/build.ts';

describe('a clean build', () => {
  it('prints no warning (Astro’s full log of the sample site)', () => {
    expect(
      buildLog('sample-base')
        .split('\n')
        .filter((line) => line.includes('[WARN]')),
    ).toEqual([]);
  });

  it('renders a fenced code block plain, with no inline style the CSP would refuse, and reachable by keyboard', () => {
    const pre = page(builtSite('fixture'), '/en/articles/climate-story/').querySelector('.prose pre')!;
    expect(pre).not.toBeNull();
    expect(pre.getAttribute('style')).toBeUndefined();
    // The parser keeps a <pre>'s inside as text: Shiki's coloured spans would show there.
    expect(pre.innerHTML).not.toContain('style=');
    expect(pre.innerHTML).toMatch(/^<code class="language-csv">station,2014-05/);
    expect(pre.getAttribute('tabindex')).toBe('0');
  });
});
