import { afterAll, describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { choose, closedAfterSave, fill, openEditor, openStory, repositoryFiles, savedFiles, workLocally } from '../helpers/web-editor.ts';
import { MAX_SLUG_LENGTH, slugify, storySlug } from '../../src/lib/content/slug.ts';

const session = browserSession({ name: 'fixture' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** 300 characters of a title in each language, accents and all. */
const ENGLISH = (
  'Young coffee growers from the cooperatives of Amazonas gather from all over the region to share how they face ' +
  'climate change, how they sell their coffee in fair markets and how they organize field schools, fairs and meetings ' +
  'that strengthen their families and communities in northern Peru today and tomorrow'
).slice(0, 300);
const SPANISH = (
  'Las cooperativas cafetaleras de Amazonas reúnen a jóvenes productoras y productores de toda la región ' +
  'para compartir cómo enfrentan el cambio climático, cómo venden su café en mercados justos y cómo ' +
  'organizan escuelas de campo, ferias y encuentros que fortalecen a sus familias y comunidades del norte del Perú hoy'
).slice(0, 300);

describe('the web editor names a new story’s file as npm run new does', () => {
  it('saves a story and its other version with 300-character titles under names of at most the cap, cut at a word: storySlug of each title', async () => {
    expect([ENGLISH.length, SPANISH.length]).toEqual([300, 300]);
    const { page, elsewhere, errors } = await openEditor(session.browser, `${session.server.url}/admin/`, fixture.dir, 'es-ES');
    await workLocally(page);
    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    const versions = [
      { folder: 'es', title: SPANISH, summary: 'Un encuentro de jóvenes productores.', text: 'Los jóvenes se reunieron.' },
      { folder: 'en', title: ENGLISH, summary: 'A gathering of young growers.', text: 'The young growers met.' },
    ];
    const before = Object.keys(repositoryFiles(fixture.dir)).map((p) => p.slice('content/'.length));
    for (const [index, version] of versions.entries()) {
      // The new version is set up once it shows the story it translates.
      if (index === 1) await expect.poll(() => page.getByText(`En español: «${SPANISH}»`).count()).toBe(1);
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), version.title);
      // The editor shows the name the file will get, as the title is typed.
      await expect.poll(() => page.getByRole('status').filter({ hasText: /\.md$/ }).allInnerTexts()).toEqual([`${storySlug(version.title)}.md`]);
      await fill(page.getByRole('textbox', { name: 'Resumen', exact: true }), version.summary);
      if (index === 0) {
        // The second version starts with these.
        await choose(page, page.locator('body'), 'Edición', 'N.º 1: Primera edición (15 de febrero de 2016)');
        await choose(page, page.locator('body'), 'Temas', 'Cambio climático');
        await choose(page, page.locator('body'), 'Países', 'Perú');
        await choose(page, page.locator('body'), 'Organizaciones', 'Montaña Azul');
      }
      await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
      await page.keyboard.type(version.text);
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      const path = `articles/${version.folder}/${storySlug(version.title)}.md`;
      await expect.poll(async () => Object.keys(await savedFiles(page)), { timeout: 15_000 }).toContain(path);
      await closedAfterSave(page);
      if (index === 0) {
        await openStory(page, 'Historias en español', SPANISH);
        await page.getByRole('link', { name: 'Añadir la versión en inglés' }).click();
      }
    }
    const created = Object.keys(await savedFiles(page))
      .filter((f) => f.startsWith('articles/') && !before.includes(f))
      .sort();
    // Each version is named after its own title, as `npm run new` would name it.
    expect(created).toEqual(versions.map((v) => `articles/${v.folder}/${storySlug(v.title)}.md`).sort());
    const saved = await savedFiles(page);
    const keys = new Set<string>();
    for (const { folder, title } of versions) {
      const name = storySlug(title);
      expect(name.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      // Cut where a word ends: the whole slug goes on with a hyphen.
      expect(slugify(title).startsWith(`${name}-`)).toBe(true);
      const text = Buffer.from(saved[`articles/${folder}/${name}.md`]!, 'base64').toString('utf8');
      keys.add(/^translationKey: (.*)$/m.exec(text)?.[1] ?? '');
      // The file name is the file's own, not one of its fields.
      expect(text).not.toContain('fileName');
    }
    // One key for both: the file name of the version the story started in.
    expect([...keys]).toEqual([storySlug(SPANISH)]);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
