import { describe, expect, it } from 'vitest';
import { startWorker } from '../../src/integrations/worker.ts';

/** A worker module from its source (ES module text). */
const module = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);

describe('startWorker (a worker thread sent work while it runs, as the search index is)', () => {
  it('delivers messages in order and resolves with the last message once the worker has ended', async () => {
    const worker = startWorker<string>(
      module(`import { parentPort } from 'node:worker_threads';
        const seen = [];
        parentPort.on('message', (m) => {
          if (m.kind === 'done') { parentPort.postMessage('early'); parentPort.postMessage(seen.join(',')); parentPort.close(); }
          else seen.push(m.locale);
        });`),
      undefined,
    );
    worker.post({ kind: 'rendered', locale: 'en' });
    worker.post({ kind: 'rendered', locale: 'es' });
    worker.post({ kind: 'done' });
    expect(await worker.result).toBe('en,es');
  });

  it('rejects with the error that ended the worker, after messages it had posted', async () => {
    const worker = startWorker<string>(
      module(`import { parentPort } from 'node:worker_threads';
        parentPort.on('message', () => { parentPort.postMessage('half'); throw new Error('Pagefind could not build the search index.'); });`),
      undefined,
    );
    worker.post({ kind: 'done' });
    await expect(worker.result).rejects.toThrow('Pagefind could not build the search index.');
  });
});
