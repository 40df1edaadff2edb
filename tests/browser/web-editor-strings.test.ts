import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { openEditor, workLocally } from '../helpers/web-editor.ts';

const session = browserSession({ name: 'fixture' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** Strings Sveltia CMS 0.221's Spanish lacks and showed in English, as the project's strings now say them. */
const ENGLISH = /Show Errors|Replace Image|Remove Image|\bSelect\b/g;

/** What of `ENGLISH` the page says, in its text or in its elements' labels, titles and placeholders (hidden ones included). */
function englishOn(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const elements = [...document.querySelectorAll('[aria-label], [title], [placeholder]')];
    const said = [document.body.innerText, ...elements.flatMap((e) => ['aria-label', 'title', 'placeholder'].map((name) => e.getAttribute(name) ?? ''))];
    return said.flatMap((text) => text.match(new RegExp(pattern, 'g')) ?? []);
  }, ENGLISH.source);
}

describe('the web editor in Spanish (browser set to es-ES)', () => {
  it('leaves no English on the story list or a new story’s form: a picture’s buttons, the errors’ button, the lists’ checkboxes', async () => {
    const { page } = await openEditor(session.browser, `${session.server.url}/admin/`, fixture.dir, 'es-ES');
    await workLocally(page);
    await page.getByText('Historias en español', { exact: true }).first().click();
    // Each story's checkbox is named "Seleccionar …" ("Select …" before).
    await expect.poll(() => page.getByRole('checkbox', { name: /^Seleccionar / }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await englishOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    await page.getByRole('textbox', { name: 'Título', exact: true }).waitFor({ timeout: 60_000 });
    const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7d4a' } })
      .png()
      .toBuffer();
    const field = page.getByRole('group', { name: /^Campo “⁨Imagen⁩”$/ });
    await field.locator('input[type=file]').first().setInputFiles({ name: 'cosecha.png', mimeType: 'image/png', buffer: picture });
    await field.getByRole('button', { name: 'Reemplazar imagen' }).waitFor({ timeout: 30_000 });
    await field.getByRole('button', { name: 'Quitar imagen' }).waitFor();
    // Saving a story with no title shows its errors, with a button to go to them.
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByRole('button', { name: 'Mostrar los errores' }).waitFor({ timeout: 15_000 });
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  }, 180_000);
});
