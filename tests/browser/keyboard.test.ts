import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser.ts';

const session = browserSession({ name: 'sample' }, { name: 'fixture' });

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Whether the focused element shows a focus outline at least 2 px wide. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

describe('keyboard alone', () => {
  it('reaches the language switcher, shows focus, and Enter goes to the translation', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.servers[0]!.url}/en/articles/peru-coffee-network/`);
    await tabTo(page, '.skip-link');
    expect(await focusVisible(page)).toBe(true);
    await tabTo(page, '.switcher a[hreflang="es"]');
    expect(await focusVisible(page)).toBe(true);
    await Promise.all([page.waitForURL('**/es/articulos/red-cafetalera-lonya-grande/'), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('checks a search facet with Space, and the results follow', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.servers[0]!.url}/es/buscar/`);
    await tabTo(page, 'input[name="country"][value="colombia"]');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-results] li');
    expect(await page.isChecked('input[name="country"][value="colombia"]')).toBe(true);
    expect(page.url()).toContain('country=colombia');
    await page.close();
  });

  it('follows pagination links with Enter', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.servers[1]!.url}/en/topics/child-labour/`);
    await tabTo(page, '.pagination a[href$="/2/"]');
    expect(await focusVisible(page)).toBe(true);
    await Promise.all([page.waitForURL('**/en/topics/child-labour/2/'), page.keyboard.press('Enter')]);
    await tabTo(page, '.pagination a[rel="next"]');
    await Promise.all([page.waitForURL('**/en/topics/child-labour/3/'), page.keyboard.press('Enter')]);
    await page.close();
  });
});
