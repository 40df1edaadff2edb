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
