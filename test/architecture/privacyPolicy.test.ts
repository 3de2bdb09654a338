// The privacy policy held against the code: every kind of record src/core/records.ts keeps, in its store, and every property and named range a run of the built add-on leaves, has its line in docs/privacy.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addLinkedDocs } from '../../dev/harness';
import { RECORDS } from '../../src/core/records';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { ANA, BEN, withSeries } from '../support/world';
import { root } from './sourceFiles';

const POLICY = 'docs/privacy.md';
const DOC_STORE = 'Document properties';
const USER_STORE = 'User properties';
const NAMED_RANGES = 'Invisible named ranges';

const policy = readFileSync(path.join(root, POLICY), 'utf8');

/** The names in the second column of the table under the `###` heading that starts with `heading`. */
function namesUnder(heading: string): string[] {
  const start = policy.split('\n').findIndex((line) => line.startsWith(`### ${heading}`));
  if (start < 0) throw new Error(`${POLICY} has no "### ${heading}…" section`);
  const names: string[] = [];
  for (const line of policy.split('\n').slice(start + 1)) {
    if (line.startsWith('#')) break;
    // GitHub's tables escape a pipe inside a code span as \|: split on the others only.
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (!line.startsWith('|') || cells.length < 7 || /^-+$/.test(cells[1]!)) continue;
    if (cells.slice(1, 6).some((c) => c === ''))
      throw new Error(`${POLICY}: a row under "${heading}" leaves a cell empty`);
    const name = /^`([^`]+)`/.exec(cells[2]!)?.[1];
    if (name) names.push(name.replace(/\\\|/g, '|'));
  }
  return names;
}

const storeOf = (codec: { inDoc?: true }) => (codec.inDoc ? DOC_STORE : USER_STORE);

/** Whether a stored key or a range's name is the one a policy line names: the same, or that name and an id after it. */
const named = (actual: string, names: string[]) =>
  names.some((n) => actual === n || (/[:|]$/.test(n) && actual.startsWith(n)));

describe('the privacy policy names what the code keeps', () => {
  it('has a line for every kind of record in src/core/records.ts, in the store the record is kept in', () => {
    const missing = Object.entries(RECORDS)
      .filter(([, codec]) => !namesUnder(storeOf(codec)).includes(codec.key))
      .map(([kind, codec]) => `${kind} (key "${codec.key}", ${storeOf(codec)})`);
    expect(missing).toEqual([]);
  });

  it('names no record the code does not keep, nor one in the wrong store', () => {
    for (const store of [DOC_STORE, USER_STORE]) {
      const kept = Object.values(RECORDS)
        .filter((codec) => storeOf(codec) === store)
        .map((codec) => codec.key);
      expect(namesUnder(store).filter((name) => !kept.includes(name))).toEqual([]);
    }
  });
});

/** Every named range of every tab of a Doc, by name. */
function rangeNames(doc: Document): string[] {
  const tabs = (doc.tabs ?? []).flatMap(function all(tab): NonNullable<Document['tabs']> {
    return [tab, ...(tab.childTabs ?? []).flatMap(all)];
  });
  return tabs.flatMap((tab) => Object.keys(tab.documentTab?.namedRanges ?? {}));
}

describe('the privacy policy names what a run of the built add-on leaves', () => {
  it('every property key, in either store, and every named range in the Docs', () => {
    const NY = { timeZone: 'America/New_York' };
    const env = withSeries({ now: Date.parse('2026-11-20T15:02:00Z') }, {}, anaBenDoc({}));
    env.link(ANA);
    const more = addLinkedDocs(env, 2);
    env.as(ANA);
    env.sandbox.call('prepareNow', NY);
    const state = env.sandbox.call('getSidebarState', NY) as SidebarState;
    const item = state.commitments[0]!;
    env.sandbox.call('setItemDone', item.id, true, item.seen, { ...NY, requestId: 'policy-test-tick-1' });
    env.sandbox.call('addPrivateNote', 'ask about the reorg', NY);
    env.sandbox.call('addAgendaItem', 'Promotion timeline', { ...NY, requestId: 'policy-test-topic-1' });
    env.sandbox.call('refreshOverview', NY);
    env.link(BEN);
    env.setClock(env.world.state.now + 7 * 86_400_000);
    env.fire(ANA, 'onHourlyTick');
    env.fire(BEN, 'onHourlyTick');
    env.as(BEN);
    env.sandbox.call('unlinkDocument', NY);

    const { userProperties, documentProperties } = env.world.state;
    const unnamed = [
      ...Object.values(userProperties).flatMap((p) => Object.keys(p).map((key) => [USER_STORE, key] as const)),
      ...Object.values(documentProperties).flatMap((p) => Object.keys(p).map((key) => [DOC_STORE, key] as const)),
    ]
      .filter(([store, key]) => !named(key, namesUnder(store)))
      .map(([store, key]) => `${store}: ${key}`);
    const ranges = [env.documentId, ...more].flatMap((id) =>
      rangeNames(env.docs.get(id, { includeTabsContent: true })),
    );
    // The run did leave records and ranges of its own, or the check below would hold of nothing.
    expect(Object.keys(userProperties[ANA] ?? {}).length).toBeGreaterThan(3);
    expect(ranges.length).toBeGreaterThan(3);
    expect(unnamed).toEqual([]);
    expect(ranges.filter((name) => !named(name, namesUnder(NAMED_RANGES)))).toEqual([]);
  });
});
