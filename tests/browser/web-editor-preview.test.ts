import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser.ts';
import { article, contentFixture, validArticle } from '../helpers/content-fixture.ts';
import { freePort, startScript, until } from '../helpers/dev-server.ts';
import { openEditor, openStory, workLocally } from '../helpers/web-editor.ts';

const session = browserSession({ name: 'fixture' }, { name: 'sample-base', base: '/newsletter/' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** Where the test builds are deployed (`SITE` of tests/helpers/build.ts): the editor's links lead there. */
const LIVE = 'https://newsletter.example.org';

/** Opens the story titled `title` in its language's collection and follows its "View on Live Site"; answers the page it opens. */
async function viewOnSite(page: Page, collection: string, title: string): Promise<Page> {
  await workLocally(page);
  await openStory(page, collection, title);
  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: /^(View on Live Site|Ver en el sitio en vivo)/ }).click(),
  ]);
  await opened.waitForLoadState();
  return opened;
}

/** Serves the live site's addresses from the local copy of the build at `local` (as the host would). */
async function liveFrom(page: Page, local: string) {
  await page
    .context()
    .route(`${LIVE}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace(LIVE, local) }) }));
}

describe('from a story in the built editor, one click opens its page on the live site', () => {
  it.each([
    ['en-GB', 'Stories in English', 'Coffee network in Peru', '/en/articles/coffee-network/'],
    ['es-ES', 'Historias en español', 'Red cafetalera en Perú', '/es/articulos/red-cafetalera/'],
    // A story in another language than the editor's.
    ['es-ES', 'Historias en inglés', 'Coffee network in Peru', '/en/articles/coffee-network/'],
  ])(
    'in a browser set to %s, from %s: %s',
    async (locale, collection, title, path) => {
      const { page } = await openEditor(session.browser, `${session.server.url}/admin/`, fixture.dir, locale);
      await liveFrom(page, session.server.url);
      const opened = await viewOnSite(page, collection, title);
      await expect.poll(() => opened.url()).toBe(`${LIVE}${path}`);
      expect(await opened.locator('h1').first().innerText()).toBe(title);
      // The story's page registers the offline worker, whose fetch may still be on its way through the route.
      await page.context().unrouteAll({ behavior: 'ignoreErrors' });
      await page.context().close();
    },
    120_000,
  );

  it('under a base path, the view page the link leads to opens the story’s page under the base', async () => {
    // (The sample's content lives inside the project, where the editor's settings look for it; the link's path under the base is checked by tests/build/web-editor.test.ts.)
    const local = session.servers[1]!.url;
    const page = await session.browser.newPage();
    await page.goto(`${local}/newsletter/admin/view/en/clac-first-youth-conference/`);
    await expect.poll(() => page.url()).toBe(`${local}/newsletter/en/articles/clac-first-youth-conference/`);
    expect(await page.locator('h1').first().innerText()).toMatch(/^Young producers meet in San Salvador/);
    await page.close();
  }, 120_000);
});

describe('npm run edit', () => {
  it('opens a story’s page on the dev server, and a story saved while it runs as soon as the server has checked it', async () => {
    const local = contentFixture();
    const port = await freePort();
    const edit = startScript([resolve('scripts/edit.ts'), '--port', String(port), '--host', '127.0.0.1'], {
      CONTENT_DIR: local.dir,
      CACHE_DIR: join(local.dir, '.cache'),
    });
    try {
      await until(
        'the dev server',
        () => edit.output.log,
        (l) => l.includes(`127.0.0.1:${port}`),
      );
      const origin = `http://127.0.0.1:${port}`;
      await until(
        'the bundle',
        () => fetch(`${origin}/admin/editor.js`),
        (r) => r.status === 200,
        120_000,
      );
      const { page } = await openEditor(session.browser, `${origin}/admin/`, local.dir, 'es-ES');
      const opened = await viewOnSite(page, 'Historias en español', 'Red cafetalera en Perú');
      // The page the dev server renders, on the server the editor was opened on.
      await expect.poll(() => opened.url()).toBe(`${origin}/es/articulos/red-cafetalera/`);
      expect(await opened.locator('h1').first().innerText()).toBe('Red cafetalera en Perú');
      await page.context().close();
      writeFileSync(join(local.dir, 'articles/en/saved-while-editing.md'), article(validArticle));
      const view = () => fetch(`${origin}/admin/view/en/saved-while-editing/`, { redirect: 'manual' });
      const answer = await until('the new story’s view page', view, (r) => r.status === 302);
      expect(answer.headers.get('location')).toBe('/en/articles/saved-while-editing/');
    } finally {
      edit.stop();
      local.cleanup();
    }
  }, 240_000);
});
