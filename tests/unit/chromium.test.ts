import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/lib/chromium.ts';

const fakeBrowser = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'chromium-')), 'chrome');
  writeFileSync(path, '');
  return path;
};

describe('which Chromium the browser tests use', () => {
  it('takes CHROMIUM_PATH first, even where a system Chromium exists', async () => {
    const asked = fakeBrowser();
    const found = await findChromium({ CHROMIUM_PATH: asked }, [fakeBrowser()]);
    expect(found).toMatchObject({ executablePath: asked, source: 'CHROMIUM_PATH' });
  });

  it('says what to do when CHROMIUM_PATH names no file', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(/CHROMIUM_PATH is \/nowhere\/chromium, which does not exist; unset it/);
  });

  it('takes the first system Chromium that exists', async () => {
    const system = fakeBrowser();
    const found = await findChromium({}, ['/nowhere/chromium', system]);
    expect(found).toMatchObject({ executablePath: system, source: 'system' });
  });

  it('falls back to the Chromium shipped in npm, with its own fonts', async () => {
    const found = await findChromium({}, ['/nowhere/chromium']);
    expect(found.source).toBe('npm');
    expect(found.executablePath).toBe(join(tmpdir(), 'chromium'));
    expect(found.env['FONTCONFIG_PATH']).toBe(join(tmpdir(), 'fonts'));
  });
});
