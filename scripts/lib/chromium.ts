/**
 * Which Chromium the browser tests and `npm run lighthouse` drive. Never
 * downloads a browser: it takes, in order,
 *   1. `CHROMIUM_PATH`, when set (it must exist);
 *   2. a system Chromium or Chrome, when one is installed;
 *   3. the headless Chromium shipped inside the `@sparticuz/chromium` npm
 *      package (a devDependency), unpacked on first use into the temporary
 *      folder.
 * so that `npm ci && npm test` needs nothing but Node and npm.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Chromium to launch, and where it came from (for the log). */
export interface FoundChromium {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** Variables the browser process needs on top of the caller's environment. */
  env: Record<string, string>;
}

/** Where Linux distributions, Google's packages and macOS put Chromium or Chrome. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Command-line switches for a headless run on a machine without a display,
 * a sandbox-capable user or network: no GPU, no sandbox (CI runs as root),
 * and none of Chromium's background connections, which a closed network
 * refuses many at a time.
 */
export const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The Chromium to use here (see the module's comment); throws with what to do when `CHROMIUM_PATH` is wrong. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = SYSTEM_CHROMIUMS): Promise<FoundChromium> {
  const asked = env['CHROMIUM_PATH'];
  if (asked) {
    if (!existsSync(asked)) throw new Error(`CHROMIUM_PATH is ${asked}, which does not exist; unset it to use a system or the npm-shipped Chromium`);
    return { executablePath: asked, source: 'CHROMIUM_PATH', env: fontsFor(asked) };
  }
  const system = candidates.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system', env: {} };
  const executablePath = await npmChromium();
  return { executablePath, source: 'npm', env: fontsFor(executablePath) };
}

/** The npm-shipped Chromium, unpacked (once per machine) from `@sparticuz/chromium`. */
export async function npmChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/**
 * The npm-shipped Chromium brings its own fonts (unpacked next to it) and
 * finds them through fontconfig; a system browser uses the system's.
 */
function fontsFor(executablePath: string): Record<string, string> {
  const fonts = join(tmpdir(), 'fonts');
  return executablePath === join(tmpdir(), 'chromium') && existsSync(fonts) ? { FONTCONFIG_PATH: fonts } : {};
}

/** One line for the log: which browser ran. */
export function describeChromium(found: FoundChromium): string {
  const from = { CHROMIUM_PATH: 'from CHROMIUM_PATH', system: 'installed on this system', npm: 'shipped in the @sparticuz/chromium npm package' }[found.source];
  return `Chromium: ${found.executablePath} (${from})`;
}
