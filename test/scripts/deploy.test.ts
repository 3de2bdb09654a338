// `npm run deploy`: its help, its flags, and every rule that stops it before anything is pushed (clasp never runs here).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');

/**
 * A copy of the repository's layout in a temporary folder (scripts/deploy.mjs, dist/, .clasp.json), so that each test
 * writes the project files it needs there and never into the repository. The script finds dist/ from its own place.
 */
function fakeRepo(claspJson: unknown = { scriptId: '', rootDir: 'dist' }) {
  // null: no .clasp.json at all.
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-repo-'));
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'dist'));
  copyFileSync(path.join(repo, 'scripts/deploy.mjs'), path.join(dir, 'scripts/deploy.mjs'));
  if (claspJson !== null) writeFileSync(path.join(dir, '.clasp.json'), JSON.stringify(claspJson));
  return dir;
}

/** Runs the deploy script of `dir` there, with an empty home (no clasp login) unless `loggedIn`. */
function deploy(dir: string, args: string[], options: { loggedIn?: boolean; cwd?: string } = {}) {
  const home = mkdtempSync(path.join(tmpdir(), 'home-'));
  if (options.loggedIn) writeFileSync(path.join(home, '.clasprc.json'), '{}');
  const result = spawnSync(process.execPath, [path.join(dir, 'scripts/deploy.mjs'), ...args], {
    cwd: options.cwd ?? dir,
    // No npm on PATH: were a rule to let it through, the type check would fail at once rather than run for minutes.
    env: { PATH: '', HOME: home },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

const writeProject = (dir: string, name: string, config: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
};

describe('npm run deploy', () => {
  it('explains itself with --help', () => {
    const { status, out } = deploy(fakeRepo(), ['--help']);
    expect(status).toBe(0);
    expect(out).toMatch(/-P, --project FILE/);
    expect(out).toMatch(/npx clasp login/);
  });

  it('refuses unknown flags and stray arguments instead of ignoring them', () => {
    const dir = fakeRepo({ scriptId: 'abc123', rootDir: 'dist' });
    for (const [args, said] of [
      [['--force'], /unknown option --force/],
      [['-p', '.clasp.json'], /unknown option -p/],
      [['--skip-test'], /unknown option --skip-test/],
      [['push'], /unexpected argument "push"/],
      [['-P'], /argument missing/],
    ] as const) {
      const { status, out } = deploy(dir, [...args], { loggedIn: true });
      expect(status).toBe(2);
      expect(out).toMatch(said);
      expect(out).not.toMatch(/Type check/);
    }
  });

  it('the committed .clasp.json is at the top level, with "rootDir": "dist" and an empty scriptId', () => {
    expect(JSON.parse(readFileSync(path.join(repo, '.clasp.json'), 'utf8'))).toEqual({ scriptId: '', rootDir: 'dist' });
  });

  it('refuses while the script id is empty, and says both ways to fill it', () => {
    for (const scriptId of ['', '  ', 'YOUR_SCRIPT_ID', undefined]) {
      const { status, out } = deploy(fakeRepo({ scriptId, rootDir: 'dist' }), [], { loggedIn: true });
      expect(status).toBe(1);
      expect(out).toMatch(/\.clasp\.json has no script id yet/);
      expect(out).toMatch(/paste your script id from the Apps Script editor/);
      expect(out).toMatch(/remove \.clasp\.json and run `npx clasp create-script .*--rootDir dist`/);
    }
  });

  it('names a missing project file, the default one and one given with -P', () => {
    const dir = fakeRepo(null);
    expect(deploy(dir, []).out).toMatch(/\.clasp\.json not found: it belongs at the top of the repository/);
    const other = deploy(dir, ['-P', 'no-such.clasp.json']);
    expect(other.status).toBe(1);
    expect(other.out).toMatch(/no-such\.clasp\.json not found\. Make it a copy of \.clasp\.json/);
  });

  it('refuses a project file that is not a JSON object', () => {
    const dir = fakeRepo();
    for (const text of ['{ not json', '[]', '"dist"']) {
      const { status, out } = deploy(dir, ['-P', writeProject(dir, '.clasp.bad.json', text)], { loggedIn: true });
      expect(status).toBe(1);
      expect(out).toMatch(/is not (valid JSON|a JSON object)/);
    }
  });

  it('refuses a project file whose rootDir does not resolve to this repository’s dist/', () => {
    const dir = fakeRepo();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'other-checkout-'));
    mkdirSync(path.join(elsewhere, 'dist'));
    const cases = [
      // Another folder's stale dist: "dist" is read from the project file's own folder.
      writeProject(elsewhere, '.clasp.json', { scriptId: 'abc123', rootDir: 'dist' }),
      writeProject(dir, '.clasp.src.json', { scriptId: 'abc123', rootDir: 'src' }),
      writeProject(dir, '.clasp.none.json', { scriptId: 'abc123' }),
      // clasp prefers srcDir to rootDir.
      writeProject(dir, '.clasp.srcdir.json', { scriptId: 'abc123', rootDir: 'dist', srcDir: 'build' }),
    ];
    for (const file of cases) {
      const { status, out } = deploy(dir, ['-P', file], { loggedIn: true });
      expect(status).toBe(1);
      expect(out).toMatch(/would push .*, not this repository’s|would push .*, not this repository's/);
      expect(out).toContain(path.join(dir, 'dist'));
      expect(out).not.toMatch(/Type check/);
    }
  });

  it('takes a project file beside .clasp.json, and resolves -P from the working directory', () => {
    const dir = fakeRepo();
    writeProject(dir, '.clasp.addon.json', { scriptId: 'abc123', rootDir: 'dist' });
    // Past every project rule, it stops only at the missing login.
    const { status, out } = deploy(dir, ['-P', '.clasp.addon.json']);
    expect(status).toBe(1);
    expect(out).toMatch(/not logged in to clasp\. Run `npx clasp login` first/);
    const fromScripts = deploy(dir, ['-P', '../.clasp.addon.json'], { cwd: path.join(dir, 'scripts') });
    expect(fromScripts.out).toMatch(/not logged in to clasp/);
  });

  it('keeps other project files and clasp’s credentials out of git, but not .clasp.json', () => {
    const check = (file: string) =>
      spawnSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: repo, encoding: 'utf8' }).status === 0;
    expect(check('.clasp.json')).toBe(false);
    expect(check('.clasp.addon.json')).toBe(true);
    expect(check('.clasp.test.json')).toBe(true);
    expect(check('.clasprc.json')).toBe(true);
  });
});
