import { Worker } from 'node:worker_threads';

/** A worker thread that is sent messages while it runs. */
export interface RunningWorker<T> {
  post(message: unknown): void;
  /** Its last message (undefined if none) once it has ended, or its error. */
  result: Promise<T>;
}

/**
 * Starts a module in a worker thread with `data` as its `workerData`.
 * Workers run on Node directly (type stripping), outside Vite, so they
 * import only plain TypeScript.
 */
export function startWorker<T = undefined>(module: URL, data: unknown): RunningWorker<T> {
  const worker = new Worker(module, { workerData: data });
  const result = new Promise<T>((done, fail) => {
    let last: T | undefined;
    worker.on('message', (message: T) => (last = message));
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? done(last as T) : fail(new Error(`the worker ${module.pathname} stopped with code ${code}`))));
  });
  return { post: (message) => worker.postMessage(message), result };
}

/** Runs a module in a worker thread (`startWorker`) and resolves with its last message once it has ended. */
export function runInWorker<T = undefined>(module: URL, data: unknown): Promise<T> {
  return startWorker<T>(module, data).result;
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
