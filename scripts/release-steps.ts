// `npm run release`: the checks that refuse a release in one sentence each (pure), and the steps after them: deploy, a numbered version, a named deployment.
import path from 'node:path';
import { parseArgs } from 'node:util';

export const HELP = `Usage: npm run release -- --deployment ID [-P FILE]

Releases the version in package.json: runs what npm run deploy runs (types, lint, the whole test suite, build,
clasp push), then makes a numbered Apps Script version whose description is that version's CHANGELOG.md entry, and
points the named deployment at it.

  -D, --deployment ID  the deployment to update: npx clasp -P FILE list-deployments lists them; make one the first
                       time with npx clasp -P FILE create-deployment -d "Marketplace" (it makes a version too)
  -P, --project FILE   the clasp project file (default .clasp.json; e.g. .clasp.addon.json)
  -h, --help           this text

It refuses, before anything runs, when the project file is missing or has no script id, when clasp is not logged in
(npx clasp login), when CHANGELOG.md has no entry for the version, or when marketplace.json still holds placeholders.
Then put the version number it prints in the Marketplace SDK's App Configuration (docs/listing.md).`;

/** The listing's fields that must be filled before a release: the Marketplace SDK and the OAuth consent screen ask for them. */
export const LISTING_FIELDS = [
  'applicationName',
  'developerName',
  'developerEmail',
  'developerWebsiteUrl',
  'homepageUrl',
  'logoUrl',
  'supportUrl',
  'privacyPolicyUrl',
  'termsOfServiceUrl',
] as const;

export interface ReleaseOptions {
  project: string;
  deployment?: string;
  help: boolean;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; code?: number };

const refuse = <T>(message: string, code = 1): Checked<T> => ({ ok: false, message, code });

/** The command line, strictly: an option this script does not know must not be dropped, it may be a typo. */
export function readOptions(argv: string[]): Checked<ReleaseOptions> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        project: { type: 'string', short: 'P', default: '.clasp.json' },
        deployment: { type: 'string', short: 'D' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0)
      return refuse(`unexpected argument "${positionals[0]}": see npm run release -- --help.`, 2);
    if (values.project === '') return refuse('-P needs a file name, e.g. -P .clasp.addon.json.', 2);
    return { ok: true, value: { project: values.project!, deployment: values.deployment, help: values.help! } };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return refuse(`unknown option ${option}: see npm run release -- --help.`, 2);
    return refuse(`${option ?? 'an option'} needs a value: see npm run release -- --help.`, 2);
  }
}

/** A deployment id as clasp lists them; the release updates exactly that one. */
export function deploymentProblem(deployment: string | undefined): string | undefined {
  if (deployment === undefined || deployment.trim() === '')
    return 'no deployment named: pass --deployment ID (npx clasp list-deployments lists them).';
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(deployment))
    return `"${deployment}" is not a deployment id as clasp lists them (npx clasp list-deployments).`;
  return undefined;
}

/**
 * The project file as clasp 3 reads it: its `srcDir`, else `rootDir`, else its own folder, resolved from its folder
 * (node_modules/@google/clasp/build/src/core/clasp.js), must be this repository's dist/, and it needs a script id.
 */
export function projectProblem(file: string, text: string | undefined, dist: string, cwd = '.'): string | undefined {
  if (text === undefined)
    return `${file} not found: make it {"scriptId": "your script id", "rootDir": "dist"} at the top of the repository (README, Deploying).`;
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return `${file} is not valid JSON.`;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return `${file} is not a JSON object.`;
  const { scriptId, srcDir, rootDir } = config as Record<string, unknown>;
  if (typeof scriptId !== 'string' || scriptId.trim() === '' || scriptId === 'YOUR_SCRIPT_ID')
    return `${file} has no script id: paste yours from the Apps Script editor (Project Settings ▸ Script ID) into "scriptId".`;
  const pushed = path.resolve(path.dirname(path.resolve(cwd, file)), String(srcDir || rootDir || '.'));
  if (pushed !== path.resolve(dist))
    return `${file} would push ${pushed}, not ${path.resolve(dist)}: keep it at the top of the repository with "rootDir": "dist".`;
  return undefined;
}

/**
 * Whether clasp would find a login in its credentials file: clasp 3 reads `tokens.default`, or the two formats of
 * clasp 1 (node_modules/@google/clasp/build/src/auth/file_credential_store.js, `load`).
 */
export function loginProblem(file: string, text: string | undefined): string | undefined {
  const missing = `not logged in to clasp (no login in ${file}): run npx clasp login first.`;
  if (text === undefined) return missing;
  try {
    const store = JSON.parse(text) as Record<string, unknown> | null;
    const tokens = store?.tokens as Record<string, unknown> | undefined;
    const legacy = (store?.token && store?.oauth2ClientSettings) || store?.access_token;
    return tokens?.default || legacy ? undefined : missing;
  } catch {
    return `${file} is not valid JSON: run npx clasp login again.`;
  }
}

/** The text of CHANGELOG.md's entry for `version` (`## 0.1.0`, `## [0.1.0] - date`, `## v0.1.0 — date`). */
export function changelogEntry(text: string | undefined, version: string): Checked<string> {
  if (text === undefined) return refuse(`CHANGELOG.md not found: add it, with a "## ${version}" entry.`);
  const lines = text.split('\n');
  const heading = new RegExp(`^##\\s+\\[?v?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0)
    return refuse(`CHANGELOG.md has no entry for ${version}: add a "## ${version}" section saying what changed.`);
  const end = lines.findIndex((line, i) => i > start && /^##?\s/.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (body === '') return refuse(`CHANGELOG.md's entry for ${version} is empty: say what changed.`);
  return { ok: true, value: `${version}: ${body}` };
}

/** Whether a listing value is still the committed placeholder, or not a public https address where one is asked. */
function placeholder(field: string, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '' || /replace|example\.(com|org|net)|todo/i.test(value))
    return true;
  if (field.endsWith('Url')) return !/^https:\/\/[^\s/]+\.[^\s/]+/.test(value);
  if (field.endsWith('Email')) return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
  return false;
}

/** marketplace.json, the listing's own manifest: every field filled, none a placeholder. */
export function listingProblem(text: string | undefined): string | undefined {
  if (text === undefined) return 'marketplace.json not found: restore it from the repository and fill it in.';
  let listing: Record<string, unknown>;
  try {
    listing = JSON.parse(text);
  } catch {
    return 'marketplace.json is not valid JSON.';
  }
  const unfilled = LISTING_FIELDS.filter((field) => placeholder(field, listing?.[field]));
  if (unfilled.length === 0) return undefined;
  return `marketplace.json still holds placeholders (${unfilled.join(', ')}): fill them with your own details and public pages (docs/listing.md).`;
}

/** The version number in what `clasp --json create-version` prints: `{"versionNumber": 7}`. */
export function versionNumberOf(stdout: string): number | undefined {
  try {
    const n = (JSON.parse(stdout.trim()) as { versionNumber?: unknown }).versionNumber;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export interface ReleaseIo {
  /** This repository. */
  root: string;
  /** Where the command was run: a project file given with -P is found from here, as clasp finds it. */
  cwd: string;
  home: string;
  env: Record<string, string | undefined>;
  /** A file's text, or undefined when there is none. */
  read(file: string): string | undefined;
  /** Runs a command in the repository; `capture` keeps its standard output instead of showing it. */
  run(command: string, args: string[], capture?: boolean): { status: number | null; stdout: string };
  log(line: string): void;
}

export interface Plan {
  project: string;
  deployment: string;
  version: string;
  description: string;
}

/** Every refusal, in order, before anything runs: the first one found is said. */
export function planRelease(argv: string[], io: ReleaseIo): Checked<Plan | 'help'> {
  const options = readOptions(argv);
  if (!options.ok) return options;
  if (options.value.help) return { ok: true, value: 'help' };
  const { project } = options.value;
  const credentials = io.env.clasp_config_auth || path.join(io.home, '.clasprc.json');
  const version = (JSON.parse(io.read(path.join(io.root, 'package.json')) ?? '{}') as { version?: string }).version;
  const entry = changelogEntry(io.read(path.join(io.root, 'CHANGELOG.md')), version ?? '?');
  const problem =
    deploymentProblem(options.value.deployment) ??
    projectProblem(project, io.read(path.resolve(io.cwd, project)), path.join(io.root, 'dist'), io.cwd) ??
    loginProblem(credentials, io.read(credentials)) ??
    (entry.ok ? undefined : entry.message) ??
    listingProblem(io.read(path.join(io.root, 'marketplace.json')));
  if (problem) return refuse(problem, options.value.deployment ? 1 : 2);
  if (!entry.ok || !version) return refuse('package.json has no version.');
  return { ok: true, value: { project, deployment: options.value.deployment!, version, description: entry.value } };
}

/** The release itself: deploy (checks, tests, build, push), then a numbered version, then the deployment. */
export function release(argv: string[], io: ReleaseIo): number {
  const planned = planRelease(argv, io);
  if (!planned.ok) {
    io.log(`release: ${planned.message}`);
    return planned.code ?? 1;
  }
  if (planned.value === 'help') {
    io.log(HELP);
    return 0;
  }
  const { project, deployment, version, description } = planned.value;
  const projectFile = path.resolve(io.cwd, project);
  const clasp = path.join(io.root, 'node_modules', '.bin', 'clasp');
  io.log(`▶ npm run deploy -- -P ${project}`);
  if (io.run(process.execPath, [path.join(io.root, 'scripts', 'deploy.mjs'), '-P', projectFile]).status !== 0) {
    io.log('release: npm run deploy did not finish, so no version was made.');
    return 1;
  }
  io.log(`▶ clasp create-version "${description}"`);
  const made = io.run(clasp, ['-P', projectFile, '--json', 'create-version', description], true);
  const number = made.status === 0 ? versionNumberOf(made.stdout) : undefined;
  if (number === undefined) {
    io.log('release: clasp made no version (see its message above), so the deployment was not updated.');
    return 1;
  }
  io.log(`▶ clasp update-deployment ${deployment} -V ${number}`);
  const moved = io.run(clasp, [
    '-P',
    projectFile,
    'update-deployment',
    deployment,
    '-V',
    String(number),
    '-d',
    description,
  ]);
  if (moved.status !== 0) {
    io.log(
      `release: version ${number} was made but deployment ${deployment} was not updated; retry with npx clasp -P ${project} update-deployment ${deployment} -V ${number}.`,
    );
    return 1;
  }
  io.log(`Released ${version} as version ${number} on deployment ${deployment}.`);
  io.log(`In the Marketplace SDK's App Configuration, set the Docs add-on's version to ${number} (docs/listing.md).`);
  return 0;
}
