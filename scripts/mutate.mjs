// `npm run mutate`: StrykerJS over src/core (stryker.config.mjs), then the scores of the files it ran into docs/MUTATION.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'reports/mutation/mutation.json');
const doc = path.join(root, 'docs/MUTATION.md');

const startedAt = Date.now();
const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1);
// Only a report this run wrote: a run that stopped early must not put an older run's scores into the doc.
if (stryker.status !== 0 || !existsSync(report) || statSync(report).mtimeMs < startedAt) {
  console.error(
    `mutate: Stryker stopped (exit ${stryker.status}) after ${minutes} min; docs/MUTATION.md is unchanged.`,
  );
  process.exit(stryker.status || 1);
}
const { updateScores } = await import(await bundleForNode('scripts/mutation-scores.ts', 'mutation-scores.mjs'));
writeFileSync(doc, updateScores(readFileSync(doc, 'utf8'), JSON.parse(readFileSync(report, 'utf8'))));
console.log(
  `mutate: ${minutes} min; the scores of the files it ran are in docs/MUTATION.md (git diff shows what moved).`,
);
