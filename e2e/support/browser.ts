import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Chromium {
  path: string;
  /** Where it came from, for the log line that says which browser the journeys ran in. */
  kilde: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'npm';
}

function installed(): Chromium | undefined {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) {
    return { path: process.env.CHROMIUM_PATH, kilde: 'CHROMIUM_PATH' };
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return { path: candidate, kilde: 'system' };
  }
  try {
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { path: own, kilde: 'playwright' };
  } catch {
    // playwright-core without a browser of its own: it cannot download one on this network
  }
  return undefined;
}

/**
 * The headless Chromium that the npm package @sparticuz/chromium ships inside itself (unpacked into the
 * temporary folder on first use, about 2 s), so that `npm install && npm test` need nothing else on a fresh
 * machine.
 */
async function npmChromium(): Promise<Chromium> {
  const { default: chromium } = (await import('@sparticuz/chromium')) as {
    default: { executablePath(): Promise<string> };
  };
  return { path: await chromium.executablePath(), kilde: 'npm' };
}

/**
 * The Chromium to drive, the first found of: CHROMIUM_PATH, the system's (Debian's package), Playwright's own
 * download, and the npm-shipped one. `E2E_BROWSER=npm` skips to the last, to run the journeys on it too.
 */
export async function resolveChromium(): Promise<Chromium> {
  const found = process.env.E2E_BROWSER === 'npm' ? undefined : installed();
  return found ?? npmChromium();
}
