// `npm run release`: bundles scripts/release-steps.ts and runs it over this repository, the real files and the real commands.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { release } = await import(await bundleForNode('scripts/release-steps.ts', 'release-steps.mjs'));

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
// Captured output is clasp's JSON answer; its messages and everything else go straight to the terminal.
const run = (command, args, capture = false) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout ?? '' };
};

process.exitCode = release(process.argv.slice(2), {
  root,
  cwd: process.cwd(),
  home: homedir(),
  env: process.env,
  read,
  run,
  log: (line) => (line.startsWith('release: ') ? console.error(line) : console.log(line)),
});
