import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Puts a cached file in the output, or an output file in the cache: a hard
 * link (no bytes copied; nothing writes into a built file, and the next
 * build unlinks it before the cache could change it), or a copy where the
 * two folders are on different disks. A file already at `to` is removed
 * first: writing through it could change a file it is linked to.
 */
export function publish(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** `publish` for every file under a folder, into the same places under another. */
export function publishTree(from: string, to: string): void {
  const entries = readdirSync(from, { withFileTypes: true, recursive: true });
  const path = (e: Dirent) => join(e.parentPath, e.name);
  // Folders first: a recursive listing does not promise to name a folder before its files.
  for (const dir of [to, ...entries.filter((e) => e.isDirectory()).map((e) => join(to, relative(from, path(e))))]) mkdirSync(dir, { recursive: true });
  for (const file of entries.filter((e) => !e.isDirectory())) publish(path(file), join(to, relative(from, path(file))));
}
