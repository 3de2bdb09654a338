// Finds Debian's Chromium (and a Japanese font) for the browser tests, installing them with apt-get when this machine allows; never skips quietly.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  return CANDIDATES.find(executable);
}

function canInstall() {
  if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** The Debian package of a Japanese font: the sidebar's Japanese tests and screenshot need real glyphs, not boxes. */
export const JAPANESE_FONT_PACKAGE = 'fonts-ipafont-gothic';

/** Whether fontconfig, which Chromium asks, has a font for Japanese. */
export function hasJapaneseFont() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** The path of a usable Chromium (with a Japanese font), or exits with one line that says how to get them. */
export function ensureChromium() {
  let found = findChromium();
  if (!found && canInstall()) {
    console.log('Chromium not found: installing Debian’s package (apt-get install -y chromium)…');
    aptInstall(['chromium']);
    found = findChromium();
  }
  if (!found) {
    console.error(
      'The browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary), then npm test again.',
    );
    process.exit(1);
  }
  if (!hasJapaneseFont() && canInstall()) {
    console.log(`No Japanese font: installing Debian’s ${JAPANESE_FONT_PACKAGE}…`);
    aptInstall([JAPANESE_FONT_PACKAGE]);
  }
  if (!hasJapaneseFont()) {
    console.error(
      `The sidebar's Japanese tests need a Japanese font: run \`sudo apt-get install -y ${JAPANESE_FONT_PACKAGE}\`, then npm test again.`,
    );
    process.exit(1);
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(ensureChromium());
