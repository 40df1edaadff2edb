import type { AstroIntegration } from 'astro';

type BuildDone = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

/**
 * A last build step that runs alongside the others (in a worker thread or
 * another process): `start` launches it when the build is done, `finish`
 * waits for it and logs what it reports. Put `start` before the steps it
 * can overlap and `finish` after them.
 */
export function backgroundStep(name: string, run: (done: BuildDone) => Promise<string>): { start: AstroIntegration; finish: AstroIntegration } {
  let running: Promise<string> | undefined;
  return {
    start: {
      name,
      hooks: {
        'astro:build:done': (done) => {
          running = run(done);
          // Awaited in `finish`; this keeps an early failure from being reported as unhandled.
          running.catch(() => {});
        },
      },
    },
    finish: {
      name: `${name}-finish`,
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!running) throw new Error(`${name} was never started: add its start integration before its finish.`);
          logger.info(await running);
        },
      },
    },
  };
}
