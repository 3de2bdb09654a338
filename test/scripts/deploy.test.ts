// `npm run deploy`: its help, and the clear instruction it gives before pushing anything when set-up is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/deploy.mjs');

function deploy(args: string[], env: Record<string, string> = {}) {
  const home = mkdtempSync(path.join(tmpdir(), 'home-'));
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', HOME: home, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('npm run deploy', () => {
  it('explains itself with --help', () => {
    const { status, out } = deploy(['--help']);
    expect(status).toBe(0);
    expect(out).toMatch(/-P, --project FILE/);
    expect(out).toMatch(/npx clasp login/);
  });

  it('names the missing project file and how to make it', () => {
    const { status, out } = deploy(['-P', 'no-such.clasp.json']);
    expect(status).toBe(1);
    expect(out).toMatch(/no-such\.clasp\.json not found\. Copy \.clasp\.json\.example/);
  });

  it('refuses a project whose rootDir is not dist', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clasp-')), '.clasp.json');
    writeFileSync(file, JSON.stringify({ scriptId: 'abc123', rootDir: 'src' }));
    const { status, out } = deploy(['-P', file]);
    expect(status).toBe(1);
    expect(out).toMatch(/"rootDir": "dist"/);
  });

  it('asks for a login before doing anything else', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clasp-')), '.clasp.json');
    writeFileSync(file, JSON.stringify({ scriptId: 'abc123', rootDir: 'dist' }));
    const { status, out } = deploy(['-P', file]);
    expect(status).toBe(1);
    expect(out).toMatch(/not logged in to clasp\. Run `npx clasp login` first/);
  });
});
