// `npm run bench`: builds dist/ and the bench, then prints the budgets table (or JSON rows with -- --json).
import { buildDist, bundleForNode } from './build.mjs';
import { ensureChromium } from './chromium.mjs';

const built = await buildDist({ quiet: true });
// The sidebar's load time is measured in Chromium, found or installed the same way as for the browser tests.
process.env.CHROMIUM_PATH ??= ensureChromium();
const outfile = await bundleForNode('scripts/bench.ts', 'bench.mjs');
const { runBench } = await import(outfile);
const ok = await runBench(process.argv.slice(2), built.sidebar);
process.exit(ok ? 0 : 1);
