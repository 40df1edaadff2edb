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

/** Each page in each colour scheme, with the site that has it. */
const CASES = (['light', 'dark'] as const).flatMap((scheme) => [
  ...PAGES.map((path) => ({ scheme, server: 0, path })),
  ...FIXTURE_PAGES.map((path) => ({ scheme, server: 1, path })),
]);

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(CASES)('$path has no violations in the $scheme scheme', async ({ scheme, server, path }) => {
    // axe is injected as an inline script, which the pages' own CSP rightly refuses.
    const context = await session.browser.newContext({ colorScheme: scheme, bypassCSP: true });
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
    const found = await axeViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('would report a problem: an image without alt text', async () => {
    const page = await session.browser.newPage({ bypassCSP: true });
    await page.goto(`${session.servers[0]!.url}/en/`);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x.png">'));
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    await page.close();
  });
});
