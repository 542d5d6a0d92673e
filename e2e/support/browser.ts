import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download
 * if one happens to be installed. Playwright cannot download its browser on this network.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // playwright-core without a browser of its own
  }
  return undefined;
}

export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    console.error(
      'Ingen Chromium fundet: installér den med `sudo apt-get install -y chromium`, eller sæt CHROMIUM_PATH til en Chromium.',
    );
    process.exit(1);
  }
  return found;
}
