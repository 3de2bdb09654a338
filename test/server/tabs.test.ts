// The notes' tab, not the first tab, through the built Code.js: remembered, followed when tabs move, never replaced.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import type { Document, Tab } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { english } from '../support/words';
import { ANA, BEN, statusOf, withSeries } from '../support/world';

/** Sun Nov 22, 10:00 in New York: the Mon Nov 23 section is due. */
const DUE = Date.parse('2026-11-22T15:00:00Z');

type Env = ReturnType<typeof withSeries>;

/** A Goals tab, as a person adds it. */
function goalsTab(tabId: string): Tab {
  const goals = buildDocument({
    tabs: [{ title: 'Goals', blocks: [p('Goals for 2027'), bullet('Lead the Q1 launch')] }],
  });
  const tab = goals.tabs![0]!;
  return { ...tab, tabProperties: { ...tab.tabProperties, tabId, title: 'Goals' } };
}

/** The Doc with `tab` put first in the tab bar, and the rest after it, as dragging it there leaves them. */
function withTabFirst(doc: Document, tab: Tab): Document {
  const tabs = [tab, ...(doc.tabs ?? [])].map((t, index) => ({ ...t, tabProperties: { ...t.tabProperties, index } }));
  return { ...doc, tabs };
}

/**
 * The Doc with its tabs nested under a new first tab, as dragging the notes' tab under one leaves them: the child
 * keeps its id, and its index counts within its parent [tabs].
 */
function nestedUnder(doc: Document, parent: Tab): Document {
  const children = (doc.tabs ?? []).map((t, index) => ({
    ...t,
    tabProperties: { ...t.tabProperties, index, parentTabId: parent.tabProperties!.tabId!, nestingLevel: 1 },
  }));
  return { ...doc, tabs: [{ ...parent, tabProperties: { ...parent.tabProperties, index: 0 }, childTabs: children }] };
}

const childText = (doc: Document, title: string) =>
  JSON.stringify(doc.tabs![0]!.childTabs!.find((t) => t.tabProperties?.title === title)!.documentTab!.body);

function notesDoc() {
  return buildDocument({
    tabs: [
      {
        title: 'Notes',
        blocks: [ANA_BEN_TITLE, h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet('☐ Ana: draft the plan')],
      },
    ],
  });
}

const tabText = (doc: Document, title: string) =>
  JSON.stringify(doc.tabs!.find((t) => t.tabProperties?.title === title)!.documentTab!.body);

function linkedAndPrepared(): Env {
  const env = withSeries({ now: DUE }, {}, notesDoc());
  env.link(ANA);
  env.fire(ANA, 'onHourlyTick');
  expect(parseDoc(env.read()).sections.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-16']);
  return env;
}

describe('the notes’ tab, not the first tab', () => {
  it('a Goals tab dragged to the front changes nothing: the sidebar and Prepare now keep to the notes', () => {
    const env = linkedAndPrepared();
    env.docs.put(withTabFirst(env.read(), goalsTab('t.goals')));
    const goalsBefore = tabText(env.read(), 'Goals');
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.commitments.map((c) => c.text)).toEqual(['draft the plan']);
    env.sandbox.call('addAgendaItem', 'Offsite plans');
    expect(tabText(env.read(), 'Goals')).toBe(goalsBefore);
    expect(tabText(env.read(), 'Notes')).toContain('Offsite plans');
  });

  it('the notes’ tab nested under a new Team tab: the next run prepares in the child tab, and both sidebars read it', () => {
    const env = linkedAndPrepared();
    env.docs.put(nestedUnder(env.read(), goalsTab('t.team')));
    const teamBefore = JSON.stringify(env.read().tabs![0]!.documentTab!.body);
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(statusOf(env)!.outcome).toBe('inserted');
    expect(childText(env.read(), 'Notes')).toContain('Nov 30, 2026');
    expect(JSON.stringify(env.read().tabs![0]!.documentTab!.body)).toBe(teamBefore);
    // Ben never wrote here: his sidebar finds the notes by the mark laid in the child tab.
    env.link(BEN);
    env.as(BEN);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.commitments.map((c) => c.text)).toEqual(['draft the plan']);
  });

  it('an unlinked Doc remembers its notes’ tab at the first Prepare now, and keeps to it', () => {
    const env = withSeries({ now: DUE }, {}, notesDoc());
    env.as(ANA);
    env.sandbox.call('prepareNow', { timeZone: 'America/New_York' });
    env.docs.put(withTabFirst(env.read(), goalsTab('t.goals')));
    const goalsBefore = tabText(env.read(), 'Goals');
    env.setClock(DUE + 24 * 3_600_000);
    env.sandbox.call('prepareNow', { timeZone: 'America/New_York' });
    expect(tabText(env.read(), 'Goals')).toBe(goalsBefore);
    const notes = env.read().tabs!.find((t) => t.tabProperties?.title === 'Notes')!;
    expect(parseDoc({ tabs: [notes] }).sections.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-22', '2026-11-16']);
  });

  it('the other person’s trigger, running elsewhere, follows the notes’ tab through its own copy', () => {
    const env = linkedAndPrepared();
    env.docs.put(withTabFirst(env.read(), goalsTab('t.goals')));
    const goalsBefore = tabText(env.read(), 'Goals');
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(tabText(env.read(), 'Goals')).toBe(goalsBefore);
    expect(tabText(env.read(), 'Notes')).toContain('Nov 30, 2026');
  });

  it('the notes’ tab duplicated and the copy dragged in front: the other person, who never wrote here, keeps to the notes', () => {
    const env = linkedAndPrepared();
    // Duplicating a tab copies its named ranges, the link's mark and the sections' keys with it.
    const doc = env.read();
    const copy: Tab = JSON.parse(JSON.stringify(doc.tabs![0]!).split('"tabId":"t.0"').join('"tabId":"t.dup"'));
    env.docs.put(withTabFirst(doc, { ...copy, tabProperties: { ...copy.tabProperties, title: 'Notes (copy)' } }));
    const copyBefore = tabText(env.read(), 'Notes (copy)');
    env.as(BEN);
    env.sandbox.call('addAgendaItem', 'Offsite plans');
    expect(tabText(env.read(), 'Notes (copy)')).toBe(copyBefore);
    expect(tabText(env.read(), 'Notes')).toContain('Offsite plans');
  });

  it('a notes’ tab deleted between two runs: the tab holding the add-on’s sections is used', () => {
    const env = linkedAndPrepared();
    // The notes are copied to a new tab (named ranges and all), then the old tab is deleted.
    const doc = env.read();
    const copied = JSON.stringify(doc.tabs![0]!).split('"tabId":"t.0"').join('"tabId":"t.copy"');
    const moved: Tab = { ...JSON.parse(copied), tabProperties: { tabId: 't.copy', title: 'Notes 2' } };
    env.docs.put({
      ...doc,
      tabs: [goalsTab('t.goals'), { ...moved, tabProperties: { ...moved.tabProperties, index: 1 } }],
    });
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(tabText(env.read(), 'Notes 2')).toContain('Nov 30, 2026');
    expect(tabText(env.read(), 'Goals')).not.toContain('Nov 30');
  });

  it('a notes’ tab deleted with no other tab holding the sections: the status says so and nothing is written', () => {
    const env = linkedAndPrepared();
    env.docs.put({
      ...env.read(),
      tabs: [{ ...goalsTab('t.goals'), tabProperties: { tabId: 't.goals', title: 'Goals', index: 0 } }],
    });
    const before = env.read();
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(env.read().tabs).toEqual(before.tabs);
    const status = statusOf(env)!;
    expect(english(status.message)).toMatch(/tab your 1:1 notes were in was deleted/);
    // Linking again starts over in the first tab.
    env.link(ANA);
    env.as(ANA);
    env.sandbox.call('prepareNow');
    expect(tabText(env.read(), 'Goals')).toContain('Nov 30, 2026');
  });
});
