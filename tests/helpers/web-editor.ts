import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The repository as the editor sees it: the editors' files under `content/`, and a `.git` folder marking the root. */
export function repositoryFiles(contentDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[`content/${relative(contentDir, join(entry.parentPath, entry.name))}`] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** A page of the editor and every address on another host it fetched. */
export interface EditorPage {
  page: Page;
  elsewhere: string[];
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
export async function openEditor(browser: Browser, url: string, contentDir: string, locale: string): Promise<EditorPage> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 3000 } });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  const origin = new URL(url).origin;
  // Sveltia CMS's stylesheet names fonts on a CDN too; the policy blocks them (it uses the bundled copies), so nothing is fetched from another host.
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin && !/^(data|blob):/.test(response.url())) elsewhere.push(response.url());
  });
  await page.addInitScript((files: Record<string, string>) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => {
      const root = await navigator.storage.getDirectory();
      const filled = await root.getDirectoryHandle('.git').then(() => true, () => false);
      if (filled) return root;
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return root;
    };
  }, repositoryFiles(contentDir));
  await page.goto(url);
  return { page, elsewhere };
}

/** Every file of the local copy under `content/`, as bytes (base64), after the editor saved. */
export function savedFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
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
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('content'), '');
    return files;
  });
}

/** Picks an option of a select field (a combobox with a searchable list). */
export async function choose(page: Page, pane: Locator, field: string, option: string) {
  await pane.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).filter({ visible: true }).first().click();
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
