// Jest's global setup: builds dist/ once per run, so the sandbox, playground and browser tests exercise the current code.
import { buildDist } from '../../scripts/build.mjs';

export default async function globalSetup() {
  await buildDist({ quiet: true });
}
