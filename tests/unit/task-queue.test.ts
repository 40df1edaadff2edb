import { describe, expect, it } from 'vitest';
import { taskQueue } from '../../src/integrations/worker.ts';

/** A task that records when it starts and ends, and settles when told to. */
function task(name: string, log: string[], fail = false) {
  let settle!: () => void;
  const run = () =>
    new Promise<string>((done, reject) => {
      log.push(`${name} starts`);
      settle = () => {
        log.push(`${name} ends`);
        if (fail) reject(new Error(`${name} failed`));
        else done(name);
      };
    });
  return { run, settle: () => settle() };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('taskQueue (the build’s spare core: cards, then emails)', () => {
  it('starts a task only when the one queued before it has settled, in queue order', async () => {
    const queue = taskQueue();
    const log: string[] = [];
    const cards = task('cards', log);
    const emails = task('emails', log);
    const drawn = queue(cards.run);
    const written = queue(emails.run);
    await tick();
    expect(log).toEqual(['cards starts']);
    cards.settle();
    expect(await drawn).toBe('cards');
    await tick();
    expect(log).toEqual(['cards starts', 'cards ends', 'emails starts']);
    emails.settle();
    expect(await written).toBe('emails');
  });

  it('runs the next task after one fails, and gives the failure to whoever awaits that task', async () => {
    const queue = taskQueue();
    const log: string[] = [];
    const cards = task('cards', log, true);
    const emails = task('emails', log);
    const drawn = queue(cards.run);
    const written = queue(emails.run);
    await tick();
    cards.settle();
    await expect(drawn).rejects.toThrow('cards failed');
    await tick();
    emails.settle();
    expect(await written).toBe('emails');
  });

  it('reports a failure only where the task is awaited, not as an unhandled rejection before', async () => {
    const queue = taskQueue();
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const drawn = queue(() => Promise.reject(new Error('cards failed')));
      // Awaited much later, as the build awaits its cards when it is done.
      await new Promise((done) => setTimeout(done, 20));
      expect(unhandled).toEqual([]);
      await expect(drawn).rejects.toThrow('cards failed');
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
