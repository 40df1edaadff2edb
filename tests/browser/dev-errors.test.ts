import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { freePort, startScript, until } from '../helpers/dev-server.ts';

const ASTRO = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const fixture = contentFixture();
const story = join(fixture.dir, 'articles/en/coffee-network.md');
const original = readFileSync(story, 'utf8');

/** Saves the story as most editors do: a whole copy written beside it, then renamed over it. */
function save(text: string) {
  writeFileSync(`${story}.tmp`, text);
  renameSync(`${story}.tmp`, story);
}

describe('npm run dev and a content error', () => {
  let stop = () => {};
  afterAll(() => {
    stop();
    fixture.cleanup();
  });

  it('shows the checker’s file:line message in the terminal and over the page, and clears it once fixed', async () => {
    const port = await freePort();
    // The messages in English (startScript's locale), whatever the machine's.
    const dev = startScript([ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      CONTENT_DIR: fixture.dir,
      CACHE_DIR: join(fixture.dir, '.cache'),
    });
    stop = dev.stop;
    const log = () => dev.output.log;
    await until('the dev server', log, (l) => l.includes(`127.0.0.1:${port}`));

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const url = `http://127.0.0.1:${port}${articleUrl('en', 'coffee-network')}`;
      await page.goto(url);
      const title = await page.textContent('h1');

      save(original.replace(/^topic: .*$/m, 'topic: [child-labor]'));
      const message = /coffee-network\.md:\d+: error: the topic 'child-labor' does not exist; did you mean 'child-labour'\?/;
      await until('the terminal to print the error', log, (l) => message.test(l));
      // The overlay's words, without its stylesheet's.
      const overlay = () =>
        page.evaluate(() => {
          const root = document.querySelector('vite-error-overlay')?.shadowRoot;
          if (!root) return '';
          const words = document.createElement('div');
          words.append(...[...root.children].filter((e) => e.tagName !== 'STYLE').map((e) => e.cloneNode(true)));
          return words.textContent?.replace(/\s+/g, ' ').trim() || 'an empty overlay';
        });
      await until('the overlay', overlay, (text) => message.test(text));
      expect(await overlay()).toContain('The content has errors; the pages show its last valid version.');
      // A page opened while the content is broken shows it too.
      await page.reload();
      await until('the overlay after a reload', overlay, (text) => message.test(text));

      save(original.replace(/^title: .*$/m, 'title: A corrected story'));
      await until(
        'the page to show the fix',
        async () => (await page.textContent('h1').catch(() => '')) ?? '',
        (h1) => h1 === 'A corrected story',
        180_000,
      );
      // Astro's own content reload and the check's may arrive in either order: the overlay goes once both have.
      // On a 2-core machine busy with the suite's builds, Astro's reload alone can take over a minute.
      await until(
        'the overlay to go',
        () => overlay().catch(() => 'reloading'),
        (text) => text === '',
        180_000,
      );
      expect(await page.textContent('h1')).toBe('A corrected story');
      await until('the terminal to say the errors are fixed', log, (l) => l.includes('The content errors are fixed.'));
      expect(title).not.toBe('A corrected story');
    } finally {
      await browser.close();
      stop();
    }
  }, 360_000);
});
