// `npm run deploy`: check, test, build, then `clasp push` this repository's dist/ with the chosen clasp project file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository this script belongs to: its dist/ is the only folder it pushes, whatever the working directory. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const DEFAULT_PROJECT = '.clasp.json';

const HELP = `Usage: npm run deploy -- [-P FILE] [--skip-tests]

Checks types and lint, runs the whole test suite, builds dist/ and pushes it with clasp.

  -P, --project FILE  the clasp project file to push with (default .clasp.json; e.g. .clasp.addon.json)
  --skip-tests        push without running npm test (checks and build still run)
  -h, --help          this text

Before the first deploy:
  npx clasp login     sign in to Google (writes ~/.clasprc.json)
  then give .clasp.json your script id: paste it from the Apps Script editor (Project Settings ▸ Script ID)
  into "scriptId", or remove .clasp.json and run
  npx clasp create-script --type docs --title "1:1 Companion" --rootDir dist

A project file's "rootDir" (or "srcDir") must lead to this repository's dist/: clasp reads it from the project
file's own folder, so a file elsewhere would push another folder's dist/.`;

function fail(message, code = 1) {
  console.error(`deploy: ${message}`);
  process.exit(code);
}

function readOptions() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        project: { type: 'string', short: 'P' },
        'skip-tests': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) fail(`unexpected argument "${positionals[0]}". See npm run deploy -- --help.`, 2);
    return values;
  } catch (error) {
    // An option clasp or an older version of this script knew must not be silently ignored: it may be a typo of -P.
    const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec(error.message)?.[1];
    fail(`${unknown ? `unknown option ${unknown}` : error.message}. See npm run deploy -- --help.`, 2);
  }
}

const realOrSame = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

/** The folder clasp would push: `srcDir`, else `rootDir`, else the project file's folder, from that folder (clasp 3). */
function contentDirOf(projectFile, config) {
  const dir = config.srcDir || config.rootDir || '.';
  return path.resolve(path.dirname(path.resolve(projectFile)), String(dir));
}

function readProject(project) {
  const fillId =
    'paste your script id from the Apps Script editor (Project Settings ▸ Script ID) into its "scriptId", or remove ' +
    `${project} and run \`npx clasp create-script --title "1:1 Companion" --rootDir dist\` (with --type docs --parentId ` +
    'YOUR_DOC_ID to bind it to one Doc), which writes a new one.';
  if (!existsSync(project))
    fail(
      project === DEFAULT_PROJECT
        ? `${project} not found: it belongs at the top of the repository as {"scriptId": "", "rootDir": "dist"}. Restore it, then ${fillId}`
        : `${project} not found. Make it a copy of .clasp.json with your script id in "scriptId".`,
    );
  let config;
  try {
    config = JSON.parse(readFileSync(project, 'utf8'));
  } catch {
    fail(`${project} is not valid JSON.`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) fail(`${project} is not a JSON object.`);
  const scriptId = typeof config.scriptId === 'string' ? config.scriptId.trim() : '';
  if (scriptId === '' || scriptId === 'YOUR_SCRIPT_ID') fail(`${project} has no script id yet: ${fillId}`);
  const pushed = contentDirOf(project, config);
  if (realOrSame(pushed) !== realOrSame(dist))
    fail(
      `${project} would push ${pushed}, not this repository's ${dist}. Keep the project file at the top of the repository with "rootDir": "dist".`,
    );
  return config;
}

const options = readOptions();
if (options.help) {
  console.log(HELP);
  process.exit(0);
}
if (options.project === '') fail('-P needs a file name, e.g. npm run deploy -- -P .clasp.addon.json', 2);
const project = options.project ?? DEFAULT_PROJECT;
readProject(project);
if (!existsSync(path.join(homedir(), '.clasprc.json')) && !process.env.CLASP_CREDENTIALS)
  fail('not logged in to clasp. Run `npx clasp login` first.');

function run(title, command, commandArgs) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) fail(`${title} failed; nothing was pushed.`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('Type check', npm, ['run', '--silent', 'typecheck']);
run('Lint', npm, ['run', '--silent', 'lint']);
if (!options['skip-tests']) run('Tests', npm, ['test']);
run('Build', npm, ['run', '--silent', 'build']);
run(`clasp push (-P ${project})`, path.join(root, 'node_modules', '.bin', 'clasp'), [
  '-P',
  path.resolve(project),
  'push',
  '--force',
]);
console.log(`\nPushed. Open the script with \`npx clasp open-script -P ${project}\` to test it on a Doc.`);
