import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * Astro writes files of its own in the project's `.astro/` folder (the
 * content's asset and module maps) whatever the output and cache folders:
 * two builds or dev servers of the project at once would read each other's.
 * Test files run two at a time, so each Astro run takes this lock first: a
 * folder only one process can create, naming the process that holds it.
 */
const OUTPUT = resolve(import.meta.dirname, '../.output');
const LOCK = join(OUTPUT, '.astro-in-use');
const OWNER = join(LOCK, 'pid');

/** How many Astro runs of this process hold the lock (a test may start a dev server while it holds it for a build). */
let holds = 0;

/** Whether a process is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock if it is free (or left by a process that died). */
function take(): boolean {
  mkdirSync(OUTPUT, { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(OWNER, String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner = 0;
    try {
      owner = Number(readFileSync(OWNER, 'utf8'));
    } catch {
      // Its owner has made the folder and not yet written its name: it is alive.
      return false;
    }
    if (owner && !running(owner)) {
      rmSync(LOCK, { recursive: true, force: true });
      return take();
    }
    return false;
  }
}

/** Gives the lock back once every hold of this process has ended. */
function release(): void {
  holds = Math.max(0, holds - 1);
  if (holds === 0) rmSync(LOCK, { recursive: true, force: true });
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Waits, blocking, until this process may run Astro; returns the function that lets the next one. */
export function holdAstro(): () => void {
  if (holds === 0) while (!take()) Atomics.wait(pause, 0, 0, 200);
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
