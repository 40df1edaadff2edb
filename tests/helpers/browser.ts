import { chromium, type Browser, type Page } from 'playwright-core';
import axe from 'axe-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { HEADLESS_ARGS } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/static-server.ts';
import { builtSite } from './build.ts';

/** The Chromium the browser tier's setup found (never downloaded), headless, with no background network traffic. */
export function launchBrowser(): Promise<Browser> {
  const found = inject('chromium');
  return chromium.launch({ executablePath: found.executablePath, args: HEADLESS_ARGS, env: { ...process.env, ...found.env } as Record<string, string> });
}

/** axe-core's WCAG 2.2 A/AA violations on the loaded page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

/**
 * One Chromium and one static server per built site for a test file, started
 * before its tests and stopped after them. `session.server` is the first site's.
 */
export function browserSession(...sites: { name: Parameters<typeof builtSite>[0]; base?: string }[]) {
  let browser: Browser | undefined;
  const servers: Awaited<ReturnType<typeof serve>>[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const site of sites) servers.push(await serve(builtSite(site.name), site.base));
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.server.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get server() {
      return servers[0]!;
    },
    servers,
  };
}
