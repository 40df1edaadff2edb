/**
 * `node scripts/chromium.ts`: prints the path of the Chromium the browser
 * tests and `npm run lighthouse` would use here, and on stderr where it comes
 * from. With `--npm`, the one shipped in the @sparticuz/chromium package,
 * whatever the system has (CI sets CHROMIUM_PATH to it, so the npm-only path
 * is proved on every run).
 */
import { describeChromium, findChromium, npmChromium } from './lib/chromium.ts';

if (process.argv.includes('--npm')) {
  console.log(await npmChromium());
} else {
  const found = await findChromium();
  console.error(describeChromium(found));
  console.log(found.executablePath);
}
