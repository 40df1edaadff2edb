import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { browserSession } from '../helpers/browser.ts';
import { buildSite, page as builtPage } from '../helpers/build.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { freePort, startScript, until } from '../helpers/dev-server.ts';
import { choose, fill, openEditor as openEditorAt, repositoryFiles, savedFiles } from '../helpers/web-editor.ts';

const session = browserSession({ name: 'fixture' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** The fixture site's editor, on a local copy of the fixture's content. */
const openEditor = (locale: string) => openEditorAt(session.browser, `${session.server.url}/admin/`, fixture.dir, locale);


describe('the web editor at /admin/, with the local repository', () => {
  it('creates a story in English and its Spanish version; the checker accepts both and the build links them as translations', async () => {
    const { page, elsewhere } = await openEditor('en-GB');
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();

    const english = page.getByRole('group', { name: /Edit .*English.* Content/ });
    await fill(english.getByRole('textbox', { name: 'Title', exact: true }), 'Young coffee growers of Amazonas meet again');
    await fill(english.getByRole('textbox', { name: 'Summary', exact: true }), 'A second gathering of young producers.');
    await fill(english.getByRole('textbox', { name: 'Publication date' }), '2016-02-20');
    // Terms are offered by name in the editor's language, written as their keys.
    await choose(page, english, 'Edition', 'No. 1: First edition (15 February 2016)');
    await choose(page, english, 'Topics', 'Climate change');
    await choose(page, english, 'Countries', 'Peru');
    await choose(page, english, 'Organizations', 'Montaña Azul');
    const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7d4a' } }).png().toBuffer();
    await english.getByRole('group', { name: /^“⁨Picture⁩” Field$/ }).locator('input[type=file]').first().setInputFiles({ name: 'amazonas-youth.png', mimeType: 'image/png', buffer: picture });
    await fill(english.getByRole('textbox', { name: 'Picture description', exact: true }), 'Young coffee growers around a table.');
    await english.getByRole('textbox', { name: 'Text', exact: true }).click();
    await page.keyboard.type('The young growers met for a second time.');

    await page.getByRole('radiogroup', { name: 'Switch Locale' }).first().getByRole('radio', { name: 'Spanish' }).click();
    const spanish = page.getByRole('group', { name: /Edit .*Spanish.* Content/ });
    await fill(spanish.getByRole('textbox', { name: 'Title', exact: true }), 'Los jóvenes cafetaleros de Amazonas se reúnen de nuevo');
    await fill(spanish.getByRole('textbox', { name: 'Summary', exact: true }), 'Un segundo encuentro de productores jóvenes.');
    await fill(spanish.getByRole('textbox', { name: 'Picture description', exact: true }), 'Jóvenes cafetaleros alrededor de una mesa.');
    await spanish.getByRole('textbox', { name: 'Text', exact: true }).click();
    await page.keyboard.type('Los jóvenes se reunieron por segunda vez.');
    await page.getByRole('button', { name: 'Save' }).click();

    const englishFile = 'articles/en/young-coffee-growers-of-amazonas-meet-again.md';
    const spanishFile = 'articles/es/los-jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo.md';
    await expect.poll(() => savedFiles(page).then((f) => Object.keys(f)), { timeout: 15_000 }).toEqual(expect.arrayContaining([englishFile, spanishFile, 'images/amazonas-youth.png']));
    const files = await savedFiles(page);
    for (const [path, base64] of Object.entries(files)) {
      mkdirSync(dirname(join(fixture.dir, path)), { recursive: true });
      writeFileSync(join(fixture.dir, path), Buffer.from(base64, 'base64'));
    }
    // Written as `npm run new` writes a story: its fields in the same order and formats, one translationKey for both.
    expect(readFileSync(join(fixture.dir, englishFile), 'utf8')).toBe(
      [
        '---',
        'title: "Young coffee growers of Amazonas meet again"',
        'summary: "A second gathering of young producers."',
        'date: 2016-02-20',
        'edition: "2016-02"',
        'translationKey: young-coffee-growers-of-amazonas-meet-again',
        'topic: [climate-change]',
        'country: [PE]',
        'organization: [montana-azul]',
        'image: "../../images/amazonas-youth.png"',
        'imageAlt: "Young coffee growers around a table."',
        'draft: false',
        '---',
        '',
        'The young growers met for a second time.',
        '',
      ].join('\n'),
    );
    const spanishText = readFileSync(join(fixture.dir, spanishFile), 'utf8');
    expect(spanishText).toContain('title: "Los jóvenes cafetaleros de Amazonas se reúnen de nuevo"');
    expect(spanishText).toContain('translationKey: young-coffee-growers-of-amazonas-meet-again');
    expect(spanishText).toContain('imageAlt: "Jóvenes cafetaleros alrededor de una mesa."');
    // No other file of the repository was changed.
    const before = repositoryFiles(contentFixture().dir);
    for (const [path, text] of Object.entries(before)) {
      if (!path.endsWith('.png')) expect(readFileSync(join(fixture.dir, path.slice('content/'.length)), 'utf8'), path).toBe(text);
    }
    expect(elsewhere).toEqual([]);
    await page.context().close();

    const check = spawnSync(process.execPath, [resolve('scripts/check.ts'), '--content', fixture.dir, '--json'], { encoding: 'utf8' });
    const problems = JSON.parse(check.stdout) as { file: string }[];
    expect(problems.filter((p) => /amazonas|jovenes/.test(p.file))).toEqual([]);
    expect(check.status, check.stdout).toBe(0);

    const built = buildSite('web-editor', { content: fixture.dir });
    expect(built.status, built.log).toBe(0);
    const alternates = (path: string) =>
      builtPage(built.outDir, path)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`);
    const englishUrl = '/en/articles/young-coffee-growers-of-amazonas-meet-again/';
    const spanishUrl = '/es/articulos/los-jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo/';
    expect(alternates(englishUrl)).toEqual(expect.arrayContaining([`en ${englishUrl}`, `es ${spanishUrl}`]));
    expect(alternates(spanishUrl)).toEqual(expect.arrayContaining([`en ${englishUrl}`, `es ${spanishUrl}`]));
  }, 240_000);

  it('speaks the editor’s language: a browser set to Spanish gets Spanish labels and terms, and the checker’s Spanish message for a picture without a description', async () => {
    const { page } = await openEditor('es-ES');
    await page.getByRole('button', { name: 'Trabajar con un repositorio local' }).click();
    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    const pane = page.getByRole('group', { name: /Editar el contenido en .*inglés/i });
    await expect.poll(() => pane.getByRole('textbox', { name: 'Título', exact: true }).count()).toBe(1);
    await pane.getByRole('combobox', { name: 'Temas', exact: true }).click();
    await expect.poll(() => page.getByRole('option', { name: 'Cambio climático', exact: true }).filter({ visible: true }).count()).toBe(1);
    expect(await page.getByRole('option', { name: 'Climate change', exact: true }).count()).toBe(0);
    await page.getByRole('option', { name: 'Cambio climático', exact: true }).filter({ visible: true }).first().click();

    // A story with a picture and no description: the editor refuses to save it, in the checker's own words.
    await fill(pane.getByRole('textbox', { name: 'Título', exact: true }), 'Una historia con imagen');
    await fill(pane.getByRole('textbox', { name: 'Resumen', exact: true }), 'Una imagen sin descripción.');
    await choose(page, pane, 'Edición', 'N.º 1: Primera edición (15 de febrero de 2016)');
    await choose(page, pane, 'Países', 'Perú');
    await choose(page, pane, 'Organizaciones', 'Montaña Azul');
    const picture = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#7d2f4a' } }).png().toBuffer();
    await pane.getByRole('group', { name: /^Campo “⁨Imagen⁩”$/ }).locator('input[type=file]').first().setInputFiles({ name: 'sin-descripcion.png', mimeType: 'image/png', buffer: picture });
    await pane.getByRole('textbox', { name: 'Texto', exact: true }).click();
    await page.keyboard.type('Texto.');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const message = 'imageAlt: es obligatorio si hay una imagen: describa la imagen, o escriba imageAlt: "" si es solo decorativa';
    await expect.poll(() => page.getByRole('alert').allInnerTexts().then((texts) => texts.join('\n')), { timeout: 15_000 }).toContain(message);
    expect(Object.keys(await savedFiles(page)).filter((f) => f.startsWith('articles/') && !Object.hasOwn(repositoryFiles(fixture.dir), `content/${f}`))).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('npm run edit', () => {
  it('serves the editor on the dev server, with the vocabularies as they are on disk, and says how to open it', async () => {
    const local = contentFixture();
    const port = await freePort();
    const edit = startScript([resolve('scripts/edit.ts'), '--port', String(port), '--host', '127.0.0.1'], { CONTENT_DIR: local.dir, CACHE_DIR: join(local.dir, '.cache') });
    try {
      await until('the dev server', () => edit.output.log, (l) => l.includes(`127.0.0.1:${port}`));
      expect(edit.output.log).toContain(`The web editor: open http://localhost:${port}/admin/ in Chrome or Edge, choose “Work with Local Repository” and pick this folder: ${resolve('.')}`);
      const get = (path: string) => fetch(`http://127.0.0.1:${port}/admin/${path}`);
      const page = await get('');
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<script type="module" src="./editor.js"></script>');
      const script = await until('the bundle', () => get('editor.js'), (r) => r.status === 200, 90_000);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      const topics = async () => JSON.stringify((await (await get('settings.es.json')).json()) as unknown);
      expect(await topics()).not.toContain('Equidad de género');
      const file = join(local.dir, 'vocabularies/topics.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}gender-equity:\n  name: { en: Gender equity, es: Equidad de género }\n  description: { en: Women and men alike., es: Mujeres y hombres por igual. }\n`);
      // A term added while editing is offered on the editor's next load.
      expect(await topics()).toContain('{"value":"gender-equity","label":"Equidad de género"}');
    } finally {
      edit.stop();
      local.cleanup();
    }
  }, 180_000);
});
