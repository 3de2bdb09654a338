// `npm run screenshots`: builds, then writes docs/sidebar.png (and -de, -ja), docs/section.png, docs/triage.png and docs/overview.png.
import { buildDist, bundleForNode } from './build.mjs';
import { ensureChromium } from './chromium.mjs';

await buildDist({ quiet: true });
process.env.CHROMIUM_PATH ??= ensureChromium();
const outfile = await bundleForNode('scripts/screenshots.ts', 'screenshots.mjs');
const { makeScreenshots } = await import(outfile);
for (const file of await makeScreenshots()) console.log(`wrote ${file}`);
