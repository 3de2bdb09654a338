// `npm run release`: its help, each refusal in one sentence before anything runs, and the steps it takes (a fake runner: clasp never runs here).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  changelogEntry,
  HELP,
  LISTING_FIELDS,
  listingProblem,
  loginProblem,
  projectProblem,
  type ReleaseIo,
  readOptions,
  release,
  versionNumberOf,
} from '../../scripts/release-steps';

const ROOT = '/repo';
const HOME = '/home/someone';
const DEPLOYMENT = 'AKfycbz0123456789abcdef';
const FILLED = {
  applicationName: '1:1 Companion',
  developerName: 'Ana Silva',
  developerEmail: 'ana@companion.dev',
  developerWebsiteUrl: 'https://companion.dev',
  homepageUrl: 'https://companion.dev/1on1',
  logoUrl: 'https://companion.dev/1on1/icon-128.png',
  supportUrl: 'https://companion.dev/1on1/support',
  privacyPolicyUrl: 'https://companion.dev/1on1/privacy',
  termsOfServiceUrl: 'https://companion.dev/1on1/terms',
};

/** One line, one sentence: it ends with a full stop and no other sentence starts inside it. */
const oneSentence = (line: string) => !line.includes('\n') && line.endsWith('.') && !/[.!?]\s+[A-Z]/.test(line);

/** A repository ready to release, in memory; `files` overrides (undefined: no such file). */
function fakeRepo(files: Record<string, string | undefined> = {}, versionOut = '{\n  "versionNumber": 7\n}\n') {
  const fs: Record<string, string | undefined> = {
    [`${ROOT}/package.json`]: JSON.stringify({ version: '0.2.0' }),
    [`${ROOT}/CHANGELOG.md`]:
      '# Changelog\n\n## 0.2.0 — 2027-01-04\n\n- Ticks from All my 1:1s.\n- Faster sidebar.\n\n## 0.1.0\n\nFirst.\n',
    [`${ROOT}/marketplace.json`]: JSON.stringify(FILLED),
    [`${ROOT}/.clasp.json`]: JSON.stringify({ scriptId: 'abc123', rootDir: 'dist' }),
    [`${HOME}/.clasprc.json`]: JSON.stringify({ tokens: { default: { refresh_token: 'x' } } }),
    ...files,
  };
  const ran: string[][] = [];
  const said: string[] = [];
  const statuses: number[] = [];
  const io: ReleaseIo = {
    root: ROOT,
    cwd: ROOT,
    home: HOME,
    env: {},
    read: (file) => fs[file],
    run: (command, args) => {
      ran.push([path.basename(command), ...args]);
      const status = statuses.shift() ?? 0;
      return { status, stdout: args.includes('create-version') ? versionOut : '' };
    },
    log: (line) => said.push(line),
  };
  return { io, ran, said, statuses };
}

const releaseIn = (repo: ReturnType<typeof fakeRepo>, args: string[]) => release(args, repo.io);

describe('npm run release: refusals, each one sentence, before anything runs', () => {
  const refusal = (files: Record<string, string | undefined>, args = ['-D', DEPLOYMENT]) => {
    const repo = fakeRepo(files);
    const status = releaseIn(repo, args);
    expect(repo.ran).toEqual([]);
    expect(repo.said).toHaveLength(1);
    const line = repo.said[0]!.replace(/^release: /, '');
    expect(oneSentence(line)).toBe(true);
    return { status, line };
  };

  it('an unknown flag, a stray argument, a flag without its value', () => {
    expect(refusal({}, ['-D', DEPLOYMENT, '--force'])).toEqual({
      status: 2,
      line: 'unknown option --force: see npm run release -- --help.',
    });
    expect(refusal({}, ['-D', DEPLOYMENT, 'now']).line).toMatch(/unexpected argument "now"/);
    expect(refusal({}, ['-D']).line).toMatch(/-D.*needs a value/);
  });

  it('no deployment named', () => {
    expect(refusal({}, [])).toEqual({
      status: 2,
      line: expect.stringMatching(/^no deployment named: pass --deployment ID/),
    });
    expect(refusal({}, ['-D', 'my deployment']).line).toMatch(/is not a deployment id/);
  });

  it('the project file missing, without a script id, or pushing another folder', () => {
    expect(refusal({ [`${ROOT}/.clasp.json`]: undefined })).toEqual({
      status: 1,
      line: expect.stringMatching(/^\.clasp\.json not found/),
    });
    const noId = refusal({ [`${ROOT}/.clasp.json`]: '{"scriptId": "", "rootDir": "dist"}' });
    expect(noId.line).toMatch(/^\.clasp\.json has no script id/);
    expect(refusal({ [`${ROOT}/.clasp.json`]: '{"scriptId": "abc", "rootDir": "src"}' }).line).toMatch(
      /would push \/repo\/src, not \/repo\/dist/,
    );
    expect(refusal({ [`${ROOT}/.clasp.json`]: '[1]' }).line).toBe('.clasp.json is not a JSON object.');
  });

  it('not logged in to clasp: no credentials file, or one without a login', () => {
    expect(refusal({ [`${HOME}/.clasprc.json`]: undefined }).line).toBe(
      'not logged in to clasp (no login in /home/someone/.clasprc.json): run npx clasp login first.',
    );
    expect(refusal({ [`${HOME}/.clasprc.json`]: '{"tokens": {}}' }).line).toMatch(/^not logged in to clasp/);
  });

  it('no CHANGELOG.md entry for the version in package.json, or an empty one', () => {
    expect(refusal({ [`${ROOT}/CHANGELOG.md`]: '# Changelog\n\n## 0.1.0\n\nFirst.\n' }).line).toBe(
      'CHANGELOG.md has no entry for 0.2.0: add a "## 0.2.0" section saying what changed.',
    );
    expect(refusal({ [`${ROOT}/CHANGELOG.md`]: '## 0.2.0\n\n## 0.1.0\nFirst.\n' }).line).toMatch(
      /entry for 0\.2\.0 is empty/,
    );
    expect(refusal({ [`${ROOT}/CHANGELOG.md`]: undefined }).line).toMatch(/^CHANGELOG\.md not found/);
  });

  it('placeholder URLs, names or addresses left in marketplace.json', () => {
    const { line } = refusal({
      [`${ROOT}/marketplace.json`]: JSON.stringify({
        ...FILLED,
        privacyPolicyUrl: 'https://example.com/replace-me/privacy',
        supportUrl: 'http://companion.dev/help',
      }),
    });
    expect(line).toBe(
      'marketplace.json still holds placeholders (supportUrl, privacyPolicyUrl): fill them with your own details and public pages (docs/listing.md).',
    );
  });

  it('the committed marketplace.json is all placeholders but the name, so a release needs it filled', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../marketplace.json'), 'utf8');
    expect(Object.keys(JSON.parse(committed)).sort()).toEqual([...LISTING_FIELDS].sort());
    expect(listingProblem(committed)).toMatch(
      /developerName, developerEmail, developerWebsiteUrl, homepageUrl, logoUrl, supportUrl, privacyPolicyUrl, termsOfServiceUrl\)/,
    );
  });
});

describe('npm run release: the steps', () => {
  it('deploys, makes a version described by the changelog entry, and points the named deployment at it', () => {
    const repo = fakeRepo();
    expect(releaseIn(repo, ['-D', DEPLOYMENT])).toBe(0);
    const description = '0.2.0: - Ticks from All my 1:1s. - Faster sidebar.';
    expect(repo.ran).toEqual([
      [path.basename(process.execPath), `${ROOT}/scripts/deploy.mjs`, '-P', `${ROOT}/.clasp.json`],
      ['clasp', '-P', `${ROOT}/.clasp.json`, '--json', 'create-version', description],
      ['clasp', '-P', `${ROOT}/.clasp.json`, 'update-deployment', DEPLOYMENT, '-V', '7', '-d', description],
    ]);
    expect(repo.said.at(-2)).toBe(`Released 0.2.0 as version 7 on deployment ${DEPLOYMENT}.`);
  });

  it('makes no version when the deploy (checks, tests, build, push) fails', () => {
    const repo = fakeRepo();
    repo.statuses.push(1);
    expect(releaseIn(repo, ['-D', DEPLOYMENT, '-P', '.clasp.json'])).toBe(1);
    expect(repo.ran).toHaveLength(1);
    expect(repo.said.at(-1)).toBe('release: npm run deploy did not finish, so no version was made.');
  });

  it('updates no deployment when clasp says no version number', () => {
    const repo = fakeRepo({}, 'Created version 7\n');
    expect(releaseIn(repo, ['-D', DEPLOYMENT])).toBe(1);
    expect(repo.ran.map((r) => r.find((a) => a.includes('-version') || a.includes('-deployment')))).toEqual([
      undefined,
      'create-version',
    ]);
  });

  it('names the version made when the deployment could not be updated', () => {
    const repo = fakeRepo();
    repo.statuses.push(0, 0, 1);
    expect(releaseIn(repo, ['-D', DEPLOYMENT])).toBe(1);
    const last = repo.said.at(-1)!.replace(/^release: /, '');
    expect(last).toMatch(/^version 7 was made but deployment .* was not updated; retry with npx clasp/);
    expect(oneSentence(last)).toBe(true);
  });
});

describe('npm run release: the pure checks', () => {
  it('reads a clasp 1 login as a login, as clasp 3 does', () => {
    expect(loginProblem('f', JSON.stringify({ access_token: 'a' }))).toBeUndefined();
    expect(loginProblem('f', JSON.stringify({ token: {}, oauth2ClientSettings: {} }))).toBeUndefined();
    expect(loginProblem('f', '{ broken')).toMatch(/not valid JSON/);
  });

  it('takes the changelog entry up to the next one, whatever its heading’s form', () => {
    for (const heading of ['## 1.2.3', '## [1.2.3] - 2027-01-04', '## v1.2.3 — 4 Jan 2027'])
      expect(changelogEntry(`# Changelog\n${heading}\nFixed the tick.\n## 1.2.2\nOlder.\n`, '1.2.3')).toEqual({
        ok: true,
        value: '1.2.3: Fixed the tick.',
      });
    expect(changelogEntry('## 1.2.30\nNot this one.\n', '1.2.3').ok).toBe(false);
  });

  it('reads the version number only from clasp’s JSON answer', () => {
    expect(versionNumberOf('{"versionNumber": 12}')).toBe(12);
    expect(versionNumberOf('{"versionNumber": 0}')).toBeUndefined();
    expect(versionNumberOf('Created version 12')).toBeUndefined();
  });

  it('resolves rootDir from the project file’s folder, and prefers srcDir, as clasp 3 does', () => {
    expect(
      projectProblem('/repo/.clasp.addon.json', '{"scriptId": "a", "rootDir": "dist"}', '/repo/dist'),
    ).toBeUndefined();
    expect(projectProblem('/elsewhere/.clasp.json', '{"scriptId": "a", "rootDir": "dist"}', '/repo/dist')).toMatch(
      /would push \/elsewhere\/dist/,
    );
    expect(
      projectProblem('/repo/.clasp.json', '{"scriptId": "a", "rootDir": "dist", "srcDir": "build"}', '/repo/dist'),
    ).toMatch(/would push \/repo\/build/);
  });

  it('reads every option it documents', () => {
    expect(readOptions(['-P', '.clasp.addon.json', '--deployment', DEPLOYMENT])).toEqual({
      ok: true,
      value: { project: '.clasp.addon.json', deployment: DEPLOYMENT, help: false },
    });
    for (const flag of ['-P', '--project', '-D', '--deployment', '-h', '--help']) expect(HELP).toContain(flag);
  });
});

describe('npm run release from the command line', () => {
  const script = path.resolve(__dirname, '../../scripts/release.mjs');
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, [script, ...args], {
      // No npm or clasp on PATH, and an empty home: nothing could run even if a refusal let it through.
      env: { PATH: '', HOME: '/nonexistent' },
      encoding: 'utf8',
    });
    return { status: result.status, out: result.stdout + result.stderr };
  };

  it('explains itself with --help', () => {
    const { status, out } = cli(['--help']);
    expect(status).toBe(0);
    expect(out).toMatch(/^Usage: npm run release -- --deployment ID/);
  });

  it('refuses an unknown flag in one sentence', () => {
    const { status, out } = cli(['--skip-tests', '-D', DEPLOYMENT]);
    expect(status).toBe(2);
    expect(out.trim()).toBe('release: unknown option --skip-tests: see npm run release -- --help.');
  });
});
