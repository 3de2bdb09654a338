// Launches Debian's Chromium through playwright-core for the browser tests (no browser download: it fails on these machines).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a root, offline container: without the background-networking ones Chromium keeps dialling Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  // scripts/test.mjs finds (or installs) Chromium and passes its path; run alone, the Debian path is assumed.
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Screenshots go to test-results/ (git-ignored), to look at after a run. */
export function screenshotPath(name: string): string {
  const dir = path.resolve(__dirname, '../test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
