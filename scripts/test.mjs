// `npm test`: types, lint, build, unit/property/sandbox tests, then browser tests; prints one closing tally line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => path.join('node_modules', '.bin', name);
const tally = { passed: 0, failed: 0 };

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function jest(title, config, env = {}) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'jest-')), 'results.json');
  const ok = step(title, bin('jest'), ['-c', config, '--json', `--outputFile=${out}`], env);
  try {
    const results = JSON.parse(readFileSync(out, 'utf8'));
    tally.passed += results.numPassedTests;
    tally.failed += results.numFailedTests;
    if (results.numTotalTests === 0) {
      console.error(`${title}: no tests ran`);
      return false;
    }
  } catch {
    tally.failed += 1;
  }
  return ok;
}

function finish(ok) {
  console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
  process.exit(ok && tally.failed === 0 ? 0 : 1);
}

if (!step('Type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) finish(false);
if (!step('Lint and format (biome check)', bin('biome'), ['check', '.'])) finish(false);
if (!step('Build dist/', process.execPath, ['scripts/build.mjs'])) finish(false);
// Built once: the Jest runs below use this dist/ (test/support/global-setup.mjs).
const built = { DIST_BUILT: '1' };
const unitOk = jest('Unit, property, engine and sandbox tests', 'jest.config.js', built);
const chromium = ensureChromium();
const browserOk = jest('Browser tests (Chromium)', 'jest.browser.config.js', { ...built, CHROMIUM_PATH: chromium });
finish(unitOk && browserOk);
