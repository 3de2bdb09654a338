// `npm run bench`: builds dist/ and the bench, then prints the budgets table (or JSON rows with -- --json).
import { buildDist, bundleForNode } from './build.mjs';

await buildDist({ quiet: true });
const outfile = await bundleForNode('scripts/bench.ts', 'bench.mjs');
const { runBench } = await import(outfile);
const ok = await runBench(process.argv.slice(2));
process.exit(ok ? 0 : 1);
