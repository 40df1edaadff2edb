import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { browserSession } from '../helpers/browser.ts';
import { buildSite, page as builtPage } from '../helpers/build.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { freePort, startScript, until } from '../helpers/dev-server.ts';
import { SAMPLE_CONTENT } from '../helpers/fixtures.ts';
import { storyFields } from '../../src/lib/content/story-edits.ts';
import {
  choose,
  closedAfterSave,
  explained,
  fill,
  isEnabledNow,
  openEditor,
  openStory,
  repositoryFiles,
  savedFiles,
  savedFiles as savedFilesIn,
  workLocally,
} from '../helpers/web-editor.ts';

const session = browserSession({ name: 'fixture' }, { name: 'sample' });
const fixture = contentFixture();
afterAll(() => fixture.cleanup());

/** The fixture site's editor in a browser set to Spanish, on a local copy of `content`. */
const openInSpanish = (content = fixture.dir) => openEditor(session.browser, `${session.server.url}/admin/`, content, 'es-ES');

/** A saved file of the local copy, as text. */
const text = (files: Record<string, string>, path: string) => Buffer.from(files[path]!, 'base64').toString('utf8');

/** Copies the editor's saved files into `dir`, as the editor's folder on disk would hold them. */
function keep(files: Record<string, string>, dir: string): void {
  for (const [path, base64] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), Buffer.from(base64, 'base64'));
  }
}

/** What `git diff --numstat` says of a file before and after: "added removed", or "" when they are the same. */
function numstat(before: string, after: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'numstat-'));
  try {
    writeFileSync(join(dir, 'a'), before);
    writeFileSync(join(dir, 'b'), after);
    const diff = spawnSync('git', ['diff', '--no-index', '--numstat', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
    return diff.stdout.split('\t').slice(0, 2).join(' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The checker's errors for `content`, as "file: message" lines. */
function checkerErrors(content: string): string[] {
  const check = spawnSync(process.execPath, [resolve('scripts/check.ts'), '--content', content, '--json'], { encoding: 'utf8' });
  return (JSON.parse(check.stdout) as { file: string; severity: string; message: string }[])
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file}: ${p.message}`);
}

/** Saves, and waits until the file at `path` holds something else than `before`; answers every file then. */
async function save(page: Page, path: string, before: string | undefined, read = savedFiles): Promise<Record<string, string>> {
  const button = page.getByRole('button', { name: 'Guardar', exact: true });
  await button.click();
  let files: Record<string, string> = {};
  await expect
    .poll(
      async () => {
        files = await read(page);
        const now = files[path] === undefined ? before : text(files, path);
        // A click the editor did not take (it was still setting the story up) is made again, as an editor would.
        if (now === before && (await isEnabledNow(button))) await button.click();
        return now;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .not.toBe(before)
    .catch(async (error: unknown) => {
      throw await explained(page, error, `${path} was not saved`);
    });
  await closedAfterSave(page);
  return files;
}

/** The story of the first test as a file in either language: its own words, and the key, date, terms and picture both versions share. */
function amazonasStory(title: string, summary: string, imageAlt: string, body: string): string {
  return [
    '---',
    `title: "${title}"`,
    `summary: "${summary}"`,
    'date: 2016-02-20',
    'edition: "2016-02"',
    'translationKey: jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo',
    'topic: [climate-change]',
    'country: [PE]',
    'organization: [montana-azul]',
    'image: "../../images/amazonas-youth.png"',
    `imageAlt: "${imageAlt}"`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

describe('the web editor at /admin/, as a Spanish-speaking editor uses it (browser set to es-ES, the local repository)', () => {
  it('saves a story written in Spanish first on its own; its English version, added in a later session, shares its key, date, terms and picture; the checker accepts both and the build links them', async () => {
    const spanishFile = 'articles/es/jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo.md';
    const englishFile = 'articles/en/young-coffee-growers-of-amazonas-meet-again.md';
    {
      const { page, elsewhere, errors } = await openInSpanish();
      await workLocally(page);
      await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), 'Jóvenes cafetaleros de Amazonas se reúnen de nuevo');
      await fill(page.getByRole('textbox', { name: 'Resumen', exact: true }), 'Un segundo encuentro de productores jóvenes.');
      await fill(page.getByRole('textbox', { name: 'Fecha de publicación' }), '2016-02-20');
      // Terms are offered by name in the editor's language, written as their keys.
      await choose(page, page.locator('body'), 'Edición', 'N.º 1: Primera edición (15 de febrero de 2016)');
      await choose(page, page.locator('body'), 'Temas', 'Cambio climático');
      await choose(page, page.locator('body'), 'Países', 'Perú');
      await choose(page, page.locator('body'), 'Organizaciones', 'Montaña Azul');
      const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7d4a' } })
        .png()
        .toBuffer();
      await page
        .getByRole('group', { name: /^Campo “⁨Imagen⁩”$/ })
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'amazonas-youth.png', mimeType: 'image/png', buffer: picture });
      await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
      await page.keyboard.type('Los jóvenes se reunieron por segunda vez.');

      // A picture without a description: refused, in the checker's own Spanish words, and nothing is written.
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      const message = 'imageAlt: es obligatorio si hay una imagen: describa la imagen, o escriba imageAlt: "" si es solo decorativa';
      await expect
        .poll(
          () =>
            page
              .getByRole('alert')
              .allInnerTexts()
              .then((texts) => texts.join('\n')),
          { timeout: 15_000 },
        )
        .toContain(message);
      expect(Object.keys(await savedFiles(page))).not.toContain(spanishFile);

      await fill(page.getByRole('textbox', { name: 'Descripción de la imagen', exact: true }), 'Jóvenes cafetaleros alrededor de una mesa.');
      const files = await save(page, spanishFile, undefined);
      // Only the Spanish story (and its picture): no English file is asked for or made.
      expect(
        Object.keys(files)
          .filter((f) => !Object.hasOwn(repositoryFiles(fixture.dir), `content/${f}`))
          .sort(),
      ).toEqual([spanishFile, 'images/amazonas-youth.png']);
      expect(text(files, spanishFile)).toBe(
        amazonasStory(
          'Jóvenes cafetaleros de Amazonas se reúnen de nuevo',
          'Un segundo encuentro de productores jóvenes.',
          'Jóvenes cafetaleros alrededor de una mesa.',
          'Los jóvenes se reunieron por segunda vez.',
        ),
      );
      // Saved again in the same session, with a new title: its file and key stay, one line changes.
      await openStory(page, 'Historias en español', 'Jóvenes cafetaleros de Amazonas se reúnen de nuevo');
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), 'Jóvenes cafetaleras de Amazonas se reúnen de nuevo');
      const again = await save(page, spanishFile, text(files, spanishFile));
      expect(numstat(text(files, spanishFile), text(again, spanishFile))).toBe('1 1');
      expect(text(again, spanishFile)).toContain('title: "Jóvenes cafetaleras de Amazonas se reúnen de nuevo"\n');
      expect(text(again, spanishFile)).toContain('translationKey: jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo\n');
      await openStory(page, 'Historias en español', 'Jóvenes cafetaleras de Amazonas se reúnen de nuevo');
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), 'Jóvenes cafetaleros de Amazonas se reúnen de nuevo');
      const restored = await save(page, spanishFile, text(again, spanishFile));
      expect(text(restored, spanishFile)).toBe(text(files, spanishFile));
      keep(restored, fixture.dir);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const spanishText = readFileSync(join(fixture.dir, spanishFile), 'utf8');
    {
      // A later session, in a fresh browser: the story's page offers its English version.
      const { page, errors } = await openInSpanish();
      await workLocally(page);
      await openStory(page, 'Historias en español', 'Jóvenes cafetaleros de Amazonas se reúnen de nuevo');
      await page.getByRole('link', { name: 'Añadir la versión en inglés' }).click();
      // The new version shows the story it translates (once the editor has set it up).
      await expect.poll(() => page.getByText('En español: «Jóvenes cafetaleros de Amazonas se reúnen de nuevo»').count()).toBe(1);
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), 'Young coffee growers of Amazonas meet again');
      await fill(page.getByRole('textbox', { name: 'Resumen', exact: true }), 'A second gathering of young producers.');
      await fill(page.getByRole('textbox', { name: 'Descripción de la imagen', exact: true }), 'Young coffee growers around a table.');
      await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
      await page.keyboard.type('The young growers met for a second time.');
      const files = await save(page, englishFile, undefined);
      // The key, date, terms and picture of the story it translates.
      expect(text(files, englishFile)).toBe(
        amazonasStory(
          'Young coffee growers of Amazonas meet again',
          'A second gathering of young producers.',
          'Young coffee growers around a table.',
          'The young growers met for a second time.',
        ),
      );
      expect(text(files, spanishFile)).toBe(spanishText);
      keep(files, fixture.dir);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    // No other file of the repository was changed.
    for (const [path, original] of Object.entries(repositoryFiles(contentFixture().dir))) {
      expect(readFileSync(join(fixture.dir, path.slice('content/'.length)), 'utf8'), path).toBe(original);
    }
    expect(checkerErrors(fixture.dir)).toEqual([]);

    const built = buildSite('web-editor', { content: fixture.dir });
    expect(built.status, built.log).toBe(0);
    const alternates = (path: string) =>
      builtPage(built.outDir, path)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`);
    const englishUrl = '/en/articles/young-coffee-growers-of-amazonas-meet-again/';
    const spanishUrl = '/es/articulos/jovenes-cafetaleros-de-amazonas-se-reunen-de-nuevo/';
    expect(alternates(englishUrl)).toEqual(expect.arrayContaining([`en ${englishUrl}`, `es ${spanishUrl}`]));
    expect(alternates(spanishUrl)).toEqual(expect.arrayContaining([`en ${englishUrl}`, `es ${spanishUrl}`]));
  }, 300_000);

  it('translates a story that exists only in English: its Spanish version keeps the key, and the English file is untouched', async () => {
    const local = contentFixture();
    try {
      const { page, errors } = await openInSpanish(local.dir);
      await workLocally(page);
      await openStory(page, 'Historias en inglés', 'Climate story from El Salvador');
      // What the story has, and the one it lacks.
      await expect.poll(() => page.getByRole('link', { name: 'Añadir la versión en español' }).count()).toBe(1);
      await page.getByRole('link', { name: 'Añadir la versión en español' }).click();
      // The new version shows the story it translates.
      await expect.poll(() => page.getByText('En inglés: «Climate story from El Salvador»').count()).toBe(1);
      await fill(page.getByRole('textbox', { name: 'Título', exact: true }), 'Historia del clima en El Salvador');
      await fill(page.getByRole('textbox', { name: 'Resumen', exact: true }), 'Por ahora, también en español.');
      await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
      await page.keyboard.type('Esta historia ya tiene su versión en español.');
      const path = 'articles/es/historia-del-clima-en-el-salvador.md';
      const files = await save(page, path, undefined);
      const spanish = text(files, path);
      expect(spanish).toContain('translationKey: climate-story\n');
      expect(spanish).toContain('date: 2016-07-10\nedition: "2016-07"\n');
      expect(spanish).toContain('country: [SV]\norganization: [clac]\n');
      expect(text(files, 'articles/en/climate-story.md')).toBe(readFileSync(join(local.dir, 'articles/en/climate-story.md'), 'utf8'));
      keep(files, local.dir);
      expect(checkerErrors(local.dir)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      local.cleanup();
    }
  }, 180_000);

  it('changes one line of one file for one word of any sample story’s text or field, in each language, MDX included', async () => {
    const editor = `${session.servers[1]!.url}/admin/`;
    // Where the site's settings look for the content in the repository.
    const settings = (await (await fetch(`${editor}settings.es.json`)).json()) as { config: { collections: { folder: string }[] } };
    const folder = settings.config.collections[0]!.folder.replace(/\/articles\/\w+$/, '');
    const { page, errors } = await openEditor(session.browser, editor, SAMPLE_CONTENT, 'es-ES', { folder });
    const savedFiles = (on: Page) => savedFilesIn(on, folder);
    await workLocally(page);
    const stories = ['en', 'es'].flatMap((language) => readdirSync(join(SAMPLE_CONTENT, 'articles', language)).map((file) => ({ language, file })));
    expect(stories.length).toBeGreaterThan(0);
    for (const { language, file } of stories) {
      const path = `articles/${language}/${file}`;
      const collection = `stories-${language}${file.endsWith('.mdx') ? '-mdx' : ''}`;
      const title = String(storyFields(readFileSync(join(SAMPLE_CONTENT, path), 'utf8'))['title']);
      const open = async () => {
        await page.evaluate((hash) => (location.hash = hash), `#/collections/${collection}/entries/${file.replace(/\.mdx?$/, '')}`);
        // This story's form, not the last one's on its way out.
        await expect
          .poll(
            () =>
              page
                .getByRole('textbox', { name: 'Título', exact: true })
                .inputValue()
                .catch(() => ''),
            { timeout: 20_000 },
          )
          .toBe(title);
      };
      for (const change of ['text', 'field'] as const) {
        const snapshot = await savedFiles(page);
        const before = text(snapshot, path);
        await open();
        const edit =
          change === 'text'
            ? async () => {
                // A word of the first paragraph, as an editor selects one: a double click, then typing over it.
                const body = page.getByRole('textbox', { name: 'Texto', exact: true });
                await (file.endsWith('.mdx') ? body : body.locator('p').first()).dblclick();
                await page.keyboard.type('palabra');
              }
            : async () => {
                const summary = page.getByRole('textbox', { name: 'Resumen', exact: true });
                await fill(summary, `${String(storyFields(before)['summary'])} hoy`);
              };
        // Once the editor has the change (it may set the form up again just after opening it).
        // No backup of what was saved is offered back (a dialog over the form would stop the edit).
        const saveButton = page.getByRole('button', { name: 'Guardar', exact: true });
        await expect
          .poll(async () => (await isEnabledNow(saveButton)) || (await edit().then(() => isEnabledNow(saveButton))), { timeout: 20_000, interval: 1_000 })
          .toBe(true)
          .catch(async (error: unknown) => {
            throw await explained(page, error, `the ${change} of ${path} did not make the story savable`);
          });
        const after = await save(page, path, before, savedFiles);
        expect(numstat(before, text(after, path)), `${change} of ${path}`).toBe('1 1');
        expect(
          Object.keys(after).filter((other) => after[other] !== snapshot[other]),
          `${change} of ${path}`,
        ).toEqual([path]);
      }
    }
    // Nothing failed on the way (Sveltia's own stores included: see the "object stores raced" patch).
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('keeps what was typed in a new story through Escape, a reload and the back arrow, and offers it back', async () => {
    const { page, errors } = await openInSpanish();
    await workLocally(page);
    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    const title = page.getByRole('textbox', { name: 'Título', exact: true });
    await fill(title, 'Lo que no se pierde');
    await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
    await page.keyboard.type('Un párrafo a medio escribir.');
    const restore = async () => {
      await page.getByRole('button', { name: 'Restaurar', exact: true }).click();
      await expect.poll(() => title.inputValue()).toBe('Lo que no se pierde');
      await expect.poll(() => page.getByRole('textbox', { name: 'Texto', exact: true }).innerText()).toContain('Un párrafo a medio escribir.');
    };
    // Escape closes the story; opening a new one offers what was typed.
    await page.waitForTimeout(1_000);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    await restore();
    // A reload (or a closed tab): the editor asks for the folder again, then offers it.
    await page.waitForTimeout(1_000);
    await page.reload();
    await workLocally(page);
    await restore();
    // The back arrow, likewise.
    await page.waitForTimeout(1_000);
    await page.getByRole('button', { name: 'Cancelar la edición', exact: true }).click();
    await page.getByRole('button', { name: 'Crear una nueva entrada' }).click();
    await restore();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe('npm run edit', () => {
  it('serves the editor on the dev server, with the vocabularies as they are on disk, and says how to open it', async () => {
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
      expect(edit.output.log).toContain(
        `The web editor: open http://localhost:${port}/admin/ in Chrome or Edge, choose “Work with Local Repository” and pick this folder: ${resolve('.')}`,
      );
      const get = (path: string) => fetch(`http://127.0.0.1:${port}/admin/${path}`);
      const page = await get('');
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<script type="module" src="./editor.js"></script>');
      const script = await until(
        'the bundle',
        () => get('editor.js'),
        (r) => r.status === 200,
        90_000,
      );
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      const topics = async () => JSON.stringify((await (await get('settings.es.json')).json()) as unknown);
      expect(await topics()).not.toContain('Equidad de género');
      const file = join(local.dir, 'vocabularies/topics.yaml');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}gender-equity:\n  name: { en: Gender equity, es: Equidad de género }\n  description: { en: Women and men alike., es: Mujeres y hombres por igual. }\n`,
      );
      // A term added while editing is offered on the editor's next load.
      expect(await topics()).toContain('{"value":"gender-equity","label":"Equidad de género"}');
    } finally {
      edit.stop();
      local.cleanup();
    }
  }, 180_000);
});
