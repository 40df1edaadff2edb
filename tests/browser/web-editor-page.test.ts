import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, browserSession } from '../helpers/browser.ts';
import { builtSite } from '../helpers/build.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { openEditor as openEditorAt, type EditorBrowser } from '../helpers/web-editor.ts';

const session = browserSession({ name: 'fixture' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** The fixture site's editor (built without a repository: the tests' checkout has no GitHub remote), on a local copy of its content. */
const openEditor = (locale: string, options?: EditorBrowser) => openEditorAt(session.browser, `${session.server.url}/admin/`, fixture.dir, locale, options);

/**
 * The console's errors, and what the page's policy blocked: a fetch it blocks
 * is no request for Chromium, only a console error and a violation event.
 */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.exposeFunction('reportViolation', (uri: string) => errors.push(`blocked by the policy: ${uri}`));
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (event) => void (window as unknown as { reportViolation(uri: string): void }).reportViolation(event.blockedURI),
    ),
  );
  return errors;
}

/** The three screens an editor meets first: sign-in, the story list (local folder), a new story's form. */
async function throughFirstScreens(page: Page, visit: (screen: string) => Promise<void>) {
  const local = page.getByRole('button', { name: 'Work with Local Repository' });
  await local.waitFor({ timeout: 60_000 });
  await visit('sign-in');
  await local.click();
  const create = page.getByRole('button', { name: 'Create New Entry' }).first();
  await create.waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await visit('story list');
  await create.click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor({ timeout: 60_000 });
  await visit('new story');
}

/** Bytes of every file the server sent, in the order asked for. */
function bytesServed(page: Page): number[] {
  const sizes: number[] = [];
  page.on(
    'response',
    (response) =>
      void response.body().then(
        (body) => sizes.push(body.length),
        () => {},
      ),
  );
  return sizes;
}

describe('the web editor’s page at /admin/', () => {
  it('asks no other host for anything and logs no error: on load, on the sign-in screen, the story list and a new story’s form', async () => {
    const { page, elsewhere } = await openEditor('en-GB');
    const errors = await watchErrors(page);
    await page.reload();
    await throughFirstScreens(page, async () => {
      await page.waitForLoadState('networkidle');
    });
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('lets readers zoom', async () => {
    const { page } = await openEditor('en-GB');
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 60_000 });
    const viewports = await page.locator('meta[name="viewport"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect(viewports.length).toBeGreaterThan(0);
    for (const content of viewports) expect(content).not.toMatch(/maximum-scale|user-scalable\s*=\s*(no|0)/);
    await page.context().close();
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violation on the sign-in screen, the story list and a new story’s form (${colorScheme})`, async () => {
      const { page } = await openEditor('en-GB', { colorScheme, bypassCSP: true });
      const found: string[] = [];
      await throughFirstScreens(page, async (screen) => {
        found.push(...(await axeViolations(page)).map((v) => `${screen}: ${v}`));
      });
      expect(found).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it('without a repository, offers only the local folder and says how to connect one, in English', async () => {
    const { page } = await openEditor('en-GB');
    const note = page.getByRole('note');
    await expect.poll(() => note.innerText(), { timeout: 60_000 }).toContain("editor: { repo: 'owner/name' }");
    expect(await note.getAttribute('lang')).toBe('en');
    expect(await note.innerText()).toContain('This editor is not connected to a GitHub repository');
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Work with Local Repository']);
    await page.context().close();
  }, 60_000);

  it('without a repository, offers only the local folder and says how to connect one, in Spanish', async () => {
    const { page } = await openEditor('es-ES');
    const note = page.getByRole('note');
    await expect.poll(() => note.innerText(), { timeout: 60_000 }).toContain("editor: { repo: 'propietario/nombre' }");
    expect(await note.getAttribute('lang')).toBe('es');
    expect(await note.innerText()).toContain('Este editor no está conectado a ningún repositorio de GitHub');
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Trabajar con un repositorio local']);
    await page.context().close();
  }, 60_000);

  it('stays light: under 3 MB before the sign-in screen, an icon font of the icons it uses, under 9 MB on disk', async () => {
    const { page } = await openEditor('en-GB');
    const sizes = bytesServed(page);
    const fonts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'font' && fonts.push(request.url())));
    await page.reload();
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // 4.32 MB before the editor's bundle was cut (7 December 2026), 2.65 MB after.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(3_000_000);
    const icons = fonts.find((url) => url.includes('material-symbols'));
    expect(icons).toBeDefined();
    expect(statSync(join(builtSite('fixture'), new URL(icons!).pathname)).size).toBeLessThan(100_000);
    const admin = join(builtSite('fixture'), 'admin');
    const size = readdirSync(admin, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
    // 18.9 MB before, 7.7 MB after; no code block language's chunk is left.
    expect(size).toBeLessThan(9_000_000);
    expect(readdirSync(join(admin, 'assets')).filter((name) => /^(cpp|python|typescript|emacs-lisp)-/.test(name))).toEqual([]);
    await page.context().close();
  }, 60_000);
});
