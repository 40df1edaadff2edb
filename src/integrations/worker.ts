import { Worker } from 'node:worker_threads';

/**
 * Runs a module in a worker thread with `data` as its `workerData`, and
 * resolves with the last message it posted (undefined if none) once it has
 * ended, or rejects with its error. Workers run on Node directly (type
 * stripping), outside Vite, so they import only plain TypeScript.
 */
export function runInWorker<T = undefined>(module: URL, data: unknown): Promise<T> {
  return new Promise((done, fail) => {
    let result: T | undefined;
    const worker = new Worker(module, { workerData: data });
    worker.on('message', (message: T) => (result = message));
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? done(result as T) : fail(new Error(`the worker ${module.pathname} stopped with code ${code}`))));
  });
}

/**
 * Runs a task when the ones queued before it have settled. Its promise may
 * be awaited much later (when the build is done): a failure is reported
 * there, never as an unhandled rejection meanwhile.
 */
export type TaskQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Worker-thread tasks run one after the other, in the order they are queued.
 * The newsletter's own build work (social cards, then emails) goes through
 * one queue, so on a small machine it takes the core Astro's main thread
 * leaves, instead of three threads sharing two cores while Astro loads
 * content and renders pages.
 */
export function taskQueue(): TaskQueue {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task);
    // The next task waits for this one however it ends; this also marks a failure as handled until awaited.
    last = run.catch(() => {});
    return run;
  };
}
