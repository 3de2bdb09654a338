// Jest's global setup: builds dist/ once per run, so the sandbox, playground and browser tests exercise the current code.
// `npm test` builds once before its two Jest runs and says so (DIST_BUILT), so neither builds again.
import { buildDist } from '../../scripts/build.mjs';

export default async function globalSetup() {
  if (process.env.DIST_BUILT === '1') return;
  await buildDist({ quiet: true });
}
