// `npm run screenshots`: builds, then writes the README's pictures (docs/sidebar.png and -de, -ja, docs/section.png,
// docs/triage.png, docs/overview.png) and the Marketplace listing's images into listing-assets/ (git-ignored; docs/listing.md).
import path from 'node:path';
import { buildDist, bundleForNode } from './build.mjs';
import { ensureChromium } from './chromium.mjs';

await buildDist({ quiet: true });
process.env.CHROMIUM_PATH ??= ensureChromium();
const { makeScreenshots } = await import(await bundleForNode('scripts/screenshots.ts', 'screenshots.mjs'));
const { makeListingAssets, LISTING_DIR } = await import(await bundleForNode('scripts/listing.ts', 'listing.mjs'));
for (const file of await makeScreenshots()) console.log(`wrote ${file}`);
for (const file of await makeListingAssets(path.resolve(LISTING_DIR))) console.log(`wrote ${file}`);
