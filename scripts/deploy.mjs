// `npm run deploy`: check, test, build, then `clasp push` the dist/ folder with the chosen clasp project file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const HELP = `Usage: npm run deploy -- [-P FILE] [--skip-tests]

Checks types and lint, runs the whole test suite, builds dist/ and pushes it with clasp.

  -P, --project FILE  the clasp project file to push with (default .clasp.json; e.g. .clasp.test.json)
  --skip-tests        push without running npm test (checks and build still run)
  -h, --help          this text

Before the first deploy:
  npx clasp login                       sign in to Google (writes ~/.clasprc.json)
  cp .clasp.json.example .clasp.json    then put your script id in it (rootDir stays "dist")`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const projectFlag = args.findIndex((a) => a === '-P' || a === '--project');
const project = projectFlag >= 0 ? args[projectFlag + 1] : '.clasp.json';
if (!project) fail('-P needs a file name, e.g. npm run deploy -- -P .clasp.test.json');

function fail(message) {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

if (!existsSync(project))
  fail(
    `${project} not found. Copy .clasp.json.example to ${project} and put your Apps Script project's scriptId in it.`,
  );
let config;
try {
  config = JSON.parse(readFileSync(project, 'utf8'));
} catch {
  fail(`${project} is not valid JSON.`);
}
if (!config.scriptId || config.scriptId === 'YOUR_SCRIPT_ID') fail(`${project} has no real scriptId yet.`);
if (path.normalize(config.rootDir ?? '.') !== 'dist')
  fail(`${project} must have "rootDir": "dist": only the build is pushed.`);
if (!existsSync(path.join(homedir(), '.clasprc.json')) && !process.env.CLASP_CREDENTIALS)
  fail('not logged in to clasp. Run `npx clasp login` first.');

function run(title, command, commandArgs) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) fail(`${title} failed; nothing was pushed.`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('Type check', npm, ['run', '--silent', 'typecheck']);
run('Lint', npm, ['run', '--silent', 'lint']);
if (!args.includes('--skip-tests')) run('Tests', npm, ['test']);
run('Build', npm, ['run', '--silent', 'build']);
run(`clasp push (-P ${project})`, path.join('node_modules', '.bin', 'clasp'), ['-P', project, 'push', '--force']);
console.log('\nPushed. Open the script with `npx clasp open-script` to test it on a Doc.');
