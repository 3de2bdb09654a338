// Items that do not turn into zombies, through the built Code.js: carry counts, "Still on?" (Done, Drop, Keep), overdue first, new items in the list.

import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Commitment, SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { english, refusal } from '../support/words';
import { ANA, bodyText, bookOf, keepsAllText, setUp } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

/**
 * Four weekly meetings, newest first: "draft the plan" and "send the deck" were written on Oct 26 and carried into
 * each meeting since (three times by Nov 16); the deck was due Nov 20. "fresh item" was written on Nov 9.
 */
function zombieDoc(): Document {
  const carried = ['2026-11-16', '2026-11-09', '2026-11-02'];
  return buildDocument({
    blocks: [
      ...carried.flatMap((date) => [
        h2(date),
        h3('Carried over'),
        bullet('☐ Ana: draft the plan  (from Oct 26)'),
        bullet('☐ Ben: send the deck (due Nov 20)  (from Oct 26)'),
        ...(date >= '2026-11-09'
          ? [bullet(date === '2026-11-09' ? '☐ Ana: fresh item' : '☐ Ana: fresh item  (from Nov 9)')]
          : []),
      ]),
      h2('2026-10-26'),
      h3('Action items'),
      bullet('☐ Ana: draft the plan'),
      bullet('☐ Ben: send the deck (due Nov 20)'),
    ],
  });
}

const row = (state: SidebarState, text: string): Commitment => {
  const found = state.commitments.find((c) => c.text === text);
  if (!found) throw new Error(`No commitment ${text} in ${state.commitments.map((c) => c.text)}`);
  return found;
};
const copiesOf = (doc: Document, id: string) =>
  parse(doc)
    .sections.flatMap((s) => s.items)
    .filter((i) => i.id === id);

describe('the commitments a zombie-free sidebar shows', () => {
  it('counts carries, asks "Still on?" from the third, and puts the overdue item first, due date in the user’s zone', () => {
    const env = setUp(zombieDoc(), { now: NOW });
    const state = env.sandbox.call('getSidebarState', { timeZone: 'America/New_York' }) as SidebarState;
    expect(state.commitments.map((c) => [c.text, c.timesCarried, c.stillOn, c.dueDate, c.overdueDays])).toEqual([
      ['send the deck', 3, true, '2026-11-20', 3],
      ['draft the plan', 3, true, undefined, undefined],
      ['fresh item', 1, undefined, undefined, undefined],
    ]);
    // 03:00 on Nov 23 in UTC is still Nov 22 in Los Angeles and already Nov 23 in Tokyo.
    env.world.state.now = Date.parse('2026-11-23T03:00:00Z');
    const west = env.sandbox.call('getSidebarState', { timeZone: 'America/Los_Angeles' }) as SidebarState;
    const east = env.sandbox.call('getSidebarState', { timeZone: 'Asia/Tokyo' }) as SidebarState;
    expect([row(west, 'send the deck').overdueDays, row(east, 'send the deck').overdueDays]).toEqual([2, 3]);
  });

  it('Drop writes ✗ and a strikethrough into every copy, counts it apart from done, and never carries it again', () => {
    const env = setUp(zombieDoc(), { now: NOW });
    const before = bodyText(env.read());
    const { id, seen } = row(env.sandbox.call('getSidebarState') as SidebarState, 'draft the plan');
    const state = env.sandbox.call('dropItem', id, seen, { requestId: 'drop-1' }) as SidebarState;
    expect([row(state, 'draft the plan').dropped, row(state, 'draft the plan').done]).toEqual([true, false]);
    expect(row(state, 'draft the plan').stillOn).toBeUndefined();
    const copies = copiesOf(env.read(), id);
    expect(copies.map((c) => [c.marker?.text, c.dropped, c.done, c.strike])).toEqual(
      Array(4).fill(['✗', true, false, 'all']),
    );
    // Sent again with the same request id (the sidebar gave up waiting): done once.
    const doc = env.read();
    env.sandbox.call('dropItem', id, seen, { requestId: 'drop-1' });
    expect(env.read().revisionId).toBe(doc.revisionId);
    // The next section carries the other two, not the dropped one; nothing written was lost.
    env.sandbox.call('prepareNow');
    const today = parse(env.read()).sections[0]!;
    expect(today.date).toBe('2026-11-23');
    expect(today.items.map((i) => i.text)).toEqual(['send the deck', 'fresh item']);
    expect(keepsAllText(before.replace(/☐ Ana: draft/g, 'Ana: draft'), bodyText(env.read()))).toBe(true);
  });

  it('Keep stops the question until the item is carried again, for this user only', () => {
    const env = setUp(zombieDoc(), { now: NOW });
    const { id, seen } = row(env.sandbox.call('getSidebarState') as SidebarState, 'draft the plan');
    const before = env.read();
    const kept = env.sandbox.call('keepItem', id, seen) as SidebarState;
    expect(row(kept, 'draft the plan').stillOn).toBeUndefined();
    expect(row(kept, 'send the deck').stillOn).toBe(true);
    // Keep writes nothing into the Doc.
    expect(env.read()).toEqual(before);
    expect((env.sandbox.call('getSidebarState') as SidebarState).commitments.find((c) => c.id === id)!.stillOn).toBe(
      undefined,
    );
    // The other person is still asked.
    env.as('ben@example.com');
    expect(row(env.sandbox.call('getSidebarState') as SidebarState, 'draft the plan').stillOn).toBe(true);
    env.as(ANA);
    // A week on, the item has been carried a fourth time: asked again.
    env.sandbox.call('prepareNow');
    env.world.state.now = NOW + 7 * 86_400_000;
    const nextWeek = env.sandbox.call('getSidebarState') as SidebarState;
    expect([row(nextWeek, 'draft the plan').timesCarried, row(nextWeek, 'draft the plan').stillOn]).toEqual([4, true]);
  });

  it('keeps the Keep answers bounded: answers for items gone from the Doc go, and at most 40 stay', () => {
    const env = setUp(zombieDoc(), { now: NOW });
    const { id, seen } = row(env.sandbox.call('getSidebarState') as SidebarState, 'draft the plan');
    const key = `doc:${env.documentId}`;
    const props = () => env.world.state.userProperties[ANA]!;
    env.sandbox.call('keepItem', id, seen);
    const stored = JSON.parse(props()[key]!);
    props()[key] = JSON.stringify({ ...stored, kept: Array.from({ length: 150 }, (_, i) => [`gone${i}`, 3]) });
    const other = row(env.sandbox.call('getSidebarState') as SidebarState, 'send the deck');
    env.sandbox.call('keepItem', other.id, other.seen);
    expect(bookOf(env)?.kept).toEqual([[other.id, 3]]);
    // An unreadable list reads as no answers: the question is asked again, nothing fails.
    props()[key] = JSON.stringify({ ...JSON.parse(props()[key]!), kept: '{not json' });
    expect(row(env.sandbox.call('getSidebarState') as SidebarState, 'send the deck').stillOn).toBe(true);
  });

  it.each([['dropItem'], ['keepItem']])('%s refuses a bad id with a clear message and changes nothing', (name) => {
    const env = setUp(zombieDoc(), { now: NOW });
    const before = env.read();
    for (const bad of ['<script>', { id: 'x' }, 'a'.repeat(100), undefined])
      expect(refusal(() => env.sandbox.call(name, bad, '4.0.0'))).toMatch(/sent something the add-on cannot use/);
    expect(env.read()).toEqual(before);
    const state = env.sandbox.call(name, 'zzzzzzzzzzzzzz', '4.0.0') as SidebarState;
    expect(english(state.conflict)).toMatch(/^That item was edited or deleted in its Doc since it was last read here/);
    expect(env.read()).toEqual(before);
  });
});

describe('an action item added in the sidebar', () => {
  it('shows at once among the commitments as new this time, and can be ticked there', () => {
    const env = setUp(zombieDoc(), { now: NOW });
    const state = env.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'me' }) as SidebarState;
    const added = row(state, 'book the offsite');
    expect([added.newThisTime, added.owner, added.done, added.timesCarried]).toEqual([true, 'Ana', false, undefined]);
    // Last time's items come first; the new one after them.
    expect(state.commitments.map((c) => c.text)).toEqual([
      'send the deck',
      'draft the plan',
      'fresh item',
      'book the offsite',
    ]);
    const ticked = env.sandbox.call('setItemDone', added.id, true, added.seen) as SidebarState;
    expect(row(ticked, 'book the offsite').done).toBe(true);
    expect(copiesOf(env.read(), added.id).map((c) => [c.sectionDate, c.marker?.text, c.done])).toEqual([
      ['2026-11-23', '☑', true],
    ]);
  });
});
