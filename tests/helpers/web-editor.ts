import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The repository as the editor sees it: the editors' files under `folder` (`content/`, or where the site's settings say), and a `.git` folder marking the root. */
export function repositoryFiles(contentDir: string, folder = 'content', encoding: 'utf8' | 'base64' = 'utf8'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[`${folder}/${relative(contentDir, join(entry.parentPath, entry.name))}`] = readFileSync(join(entry.parentPath, entry.name), encoding);
  }
  return files;
}

/** A page of the editor, every address on another host it asked for (blocked or not), and every error its scripts left uncaught. */
export interface EditorPage {
  page: Page;
  elsewhere: string[];
  errors: string[];
}

/** How the browser is set for the editor: its colour scheme, and whether it ignores the page's policy (to run axe, which it injects). */
export interface EditorBrowser {
  colorScheme?: 'light' | 'dark';
  bypassCSP?: boolean;
  /** Where the content folder is in the repository, as the site's settings say (`content` unless the site was built from a folder inside the project). */
  folder?: string;
}

/**
 * Opens the editor at `url` in a browser set to `locale`, on a local copy of
 * `contentDir`. Playwright cannot pick a folder in the browser's dialog
 * (microsoft/playwright#11288), so the folder picker returns a folder of the
 * origin's private file system, filled with the content's files on the
 * first pick only (a reload finds the editor's own saves there), as Sveltia
 * CMS's own tests do; everything after that is the editor's real local
 * workflow (the File System Access API).
 */
export async function openEditor(browser: Browser, url: string, contentDir: string, locale: string, options: EditorBrowser = {}): Promise<EditorPage> {
  const { folder = 'content', ...settings } = options;
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 3000 }, ...settings });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const origin = new URL(url).origin;
  // Every attempt, including those the page's policy blocks (Chromium reports a blocked font or script as a request that failed).
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
  });
  await page.addInitScript(
    (files: Record<string, string>) => {
      // Sveltia CMS keeps the picked folder's handle in IndexedDB to reopen it on
      // the next load; reading back a handle of the private file system there
      // crashes the headless Chromium, so none is kept: after a reload the editor
      // asks for the folder again, as it does after a browser restart.
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        return put.call(this, value instanceof FileSystemHandle ? null : value, key);
      };
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
        const root = await navigator.storage.getDirectory();
        const ready = () => {
          (window as unknown as { folderReady: boolean }).folderReady = true;
          return root;
        };
        const filled = await root.getDirectoryHandle('.git').then(
          () => true,
          () => false,
        );
        if (filled) return ready();
        await root.getDirectoryHandle('.git', { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          // Bytes, so that pictures arrive whole.
          await writable.write(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
          await writable.close();
        }
        return ready();
      };
    },
    repositoryFiles(contentDir, folder, 'base64'),
  );
  await page.goto(url);
  return { page, elsewhere, errors };
}

/** Every file of the local copy under `folder`, as bytes (base64), after the editor saved. */
export function savedFiles(page: Page, folder = 'content'): Promise<Record<string, string>> {
  return page.evaluate(async (folder) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          files[`${prefix}${name}`] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
        }
      }
    };
    let dir = await navigator.storage.getDirectory();
    for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
    await walk(dir, '');
    return files;
  }, folder);
}

/** Picks an option of a select field (a combobox with a searchable list). */
export async function choose(page: Page, pane: Locator, field: string, option: string) {
  await pane.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).filter({ visible: true }).first().click();
}

/** Chooses "Work with Local Repository" (in the editor's language) and waits until the folder is picked and the editor shows it. */
export async function workLocally(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^(Work with Local Repository|Trabajar con un repositorio local)$/ });
  await button.click();
  await page.waitForFunction(() => (window as unknown as { folderReady?: boolean }).folderReady === true);
  await button.waitFor({ state: 'detached' });
}

/** Opens a story by its title from its language's collection (by its label in the sidebar). */
export async function openStory(page: Page, collection: string, title: string): Promise<void> {
  await page.getByText(collection, { exact: true }).first().click();
  await page.getByText(title, { exact: true }).first().click();
  await page.getByRole('textbox').first().waitFor();
}

/** Types into a field once the editor has finished setting up the form (it may redraw it first). */
export async function fill(box: Locator, text: string) {
  await expect
    .poll(
      async () => {
        await box.fill(text);
        return box.inputValue();
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(text);
}

/** Waits until the editor, a story saved, has closed it and gone back to its collection's list: a step taken before that may be undone by it. */
export async function closedAfterSave(page: Page): Promise<void> {
  await page.waitForURL(/#\/collections\/[\w-]+$/);
}

/** Whether a button is on the page and enabled, now: Playwright's `isEnabled` waits for a button that is not there (the editor closes a story once saved). */
export async function isEnabledNow(button: Locator): Promise<boolean> {
  return (await button.isVisible()) && (await button.isEnabled({ timeout: 1_000 }).catch(() => false));
}

/** `error`, explained: what the editor showed then (its alerts, the address, a screenshot of the whole page kept in the temporary folder). */
export async function explained(page: Page, error: unknown, what: string): Promise<Error> {
  const screenshot = join(tmpdir(), `web-editor-${Date.now()}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  const alerts = await page.getByRole('alert').allInnerTexts();
  return new Error(`${what}: the editor was at ${page.url()}, its alerts ${JSON.stringify(alerts)}; screenshot: ${screenshot}`, { cause: error });
}
