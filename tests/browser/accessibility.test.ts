import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession } from '../helpers/browser.ts';

/** One page of each kind, in both languages. */
const PAGES = [
  '/',
  '/en/', '/es/',
  '/en/articles/peru-coffee-network/', '/es/articulos/red-cafetalera-lonya-grande/',
  '/en/topics/', '/es/temas/', '/en/countries/', '/es/paises/', '/en/organizations/', '/es/organizaciones/',
  '/en/products/', '/es/productos/', '/en/editions/', '/es/ediciones/',
  '/en/topics/child-labour/', '/es/temas/trabajo-infantil/', '/en/organizations/clac/', '/es/organizaciones/oit/',
  '/en/editions/2016-07/', '/es/ediciones/2016-07/',
  '/en/search/', '/es/buscar/', '/en/search/?q=coffee&country=peru', '/es/buscar/?q=cafe',
  '/does-not-exist/',
];
/** Pages only the fixture site has: a second page of a term, an untranslated story. */
const FIXTURE_PAGES = ['/en/topics/child-labour/2/', '/es/temas/trabajo-infantil/2/', '/en/articles/climate-story/', '/es/temas/cambio-climatico/'];

const session = browserSession({ name: 'sample' }, { name: 'fixture' });

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations on every page type, ${scheme} scheme`, async () => {
      // axe is injected as an inline script, which the pages' own CSP rightly refuses.
      const context = await session.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const found: string[] = [];
      const pages = [...PAGES.map((p) => [0, p] as const), ...FIXTURE_PAGES.map((p) => [1, p] as const)];
      for (const [server, path] of pages) {
        const page = await context.newPage();
        // The chooser forwards a browser to its language; check it as a reader without JavaScript sees it.
        if (path === '/') {
          await page.route(`${session.servers[server]!.url}/`, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '') });
          });
        }
        await page.goto(`${session.servers[server]!.url}${path}`, { waitUntil: 'load' });
        if (path.includes('?q=')) await page.waitForSelector('[data-results] li');
        found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  it('would report a problem: an image without alt text', async () => {
    const page = await session.browser.newPage({ bypassCSP: true });
    await page.goto(`${session.servers[0]!.url}/en/`);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x.png">'));
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    await page.close();
  });
});
