import { describe, expect, it } from 'vitest';
import { newsletter } from '../../src/config/newsletter.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { buildTaxonomies } from '../../src/lib/site/taxonomy.ts';
import { articleUrl, homeUrl, sectionUrl, termUrl } from '../../src/lib/site/urls.ts';
import { axeViolations, browserSession } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';

const { articles, vocabularies } = checkContent(SAMPLE_CONTENT);
const taxonomies = buildTaxonomies(
  vocabularies,
  articles.map((a) => a.data!),
);
const slugOf = (field: Parameters<typeof taxonomies.get>[0], key: string, locale: (typeof locales)[number]) => taxonomies.get(field).term(key)!.slug[locale];

/** One page of each kind, in every language. */
const PAGES = [
  '/',
  ...locales.flatMap((l) => [
    homeUrl(l),
    articleUrl(l, articles.find((a) => a.locale === l && a.data!.translationKey === 'peru-coffee-network')!.slug),
    ...newsletter.taxonomies.filter((t) => t.pages).map((t) => sectionUrl(l, t.field)),
    termUrl(l, 'topic', slugOf('topic', 'child-labour', l)!),
    // ILO's page is at its acronym in each language (ilo, oit).
    termUrl(l, 'organization', slugOf('organization', 'ilo', l)!),
    termUrl(l, 'edition', '2016-07'),
    sectionUrl(l, 'search'),
    `${sectionUrl(l, 'search')}?q=${encodeURIComponent(taxonomies.get('product').term('coffee')!.name[l]!.text)}&country=${slugOf('country', 'PE', l)}`,
  ]),
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
