// What Google's verification and the Marketplace listing are given, held against the code: the scopes' reasons name exactly the manifest's scopes, each with its reason, why no narrower one serves, and its demo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './sourceFiles';

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const manifestScopes = (JSON.parse(read('appsscript.json')) as { oauthScopes: string[] }).oauthScopes;

describe('docs/oauth-scopes.md, ready for the verification form', () => {
  const doc = read('docs/oauth-scopes.md');
  const sections = doc.split(/^## /m).slice(1);
  const scopeOf = (section: string) => /^`([^`]+)`/.exec(section)?.[1];

  it('has one section for each scope of appsscript.json, and none for any other', () => {
    expect(sections.map(scopeOf).sort()).toEqual([...manifestScopes].sort());
  });

  it('gives each scope the feature that needs it, why a narrower one does not serve, and the steps of its demo', () => {
    for (const section of sections) {
      for (const part of ['**What it is for.**', '**Why a narrower scope does not serve.**', '**Demo.**'])
        expect(`${scopeOf(section)}: ${section.includes(part)}`).toBe(`${scopeOf(section)}: true`);
      const demo = section.slice(section.indexOf('**Demo.**'));
      expect(`${scopeOf(section)}: ${/^1\. /m.test(demo)}`).toBe(`${scopeOf(section)}: true`);
    }
  });

  it('matches the README’s table of scopes', () => {
    const table = read('README.md')
      .split('\n')
      .flatMap((line) => /^\| `([a-z.]+)` \|/.exec(line)?.[1] ?? []);
    expect(table.map((s) => `https://www.googleapis.com/auth/${s}`).sort()).toEqual([...manifestScopes].sort());
  });
});

describe('docs/listing.md and marketplace.json, within the store listing’s limits', () => {
  // https://developers.google.com/workspace/marketplace/create-listing, App details.
  const listing = read('docs/listing.md');
  const block = (heading: string) => new RegExp(`### ${heading}[^]*?\`\`\`text\\n([^]*?)\\n\`\`\``).exec(listing)?.[1];

  it('keeps the name within 50 characters and free of “Google”', () => {
    const { applicationName } = JSON.parse(read('marketplace.json')) as { applicationName: string };
    expect(applicationName.length).toBeGreaterThan(0);
    expect(applicationName.length).toBeLessThanOrEqual(50);
    expect(applicationName).not.toMatch(/google/i);
  });

  it('keeps the short description within 200 characters and the detailed one under 16,000', () => {
    const short = block('Short description');
    const detailed = block('Detailed description');
    expect(short?.length).toBeGreaterThan(20);
    expect(short!.length).toBeLessThanOrEqual(200);
    expect(detailed?.length).toBeGreaterThan(200);
    expect(detailed!.length).toBeLessThan(16_000);
  });
});
