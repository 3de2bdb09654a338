// Hostile text through the built Code.js: an item anyone with edit access could write must not stall a sidebar call,
// and each call here is held to a time bound.

import { parseDoc } from '../../src/core/parse';
import { seenOf } from '../../src/core/seen';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { HOSTILE_CALL_MS, within } from '../support/timeBound';
import { bodyText, keepsAllText, setUp } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

/** 400,000 combining marks of two classes after one letter: composing them is quadratic in V8 (ICU). */
const MARKS = `a${'\u0301\u0323'.repeat(200_000)}`;

function hostileDoc(): Document {
  return anaBenDoc({ agenda: [], items: [`☐ Ben: ${MARKS}`, '☐ Ana: draft the Q1 growth plan'], nov9: false });
}

describe('hostile text in the Doc', () => {
  it('a 400,000-mark item in the Doc still gives a sidebar state and its item can be ticked', () => {
    const env = setUp(hostileDoc(), { now: NOW });
    const before = env.read();
    const state = within(HOSTILE_CALL_MS, () => env.sandbox.call('getSidebarState')) as SidebarState;
    const item = state.commitments.find((c) => c.text === MARKS);
    expect(item).toBeDefined();
    expect(item).toMatchObject({ owner: 'Ben', done: false });
    expect(state.commitments.find((c) => c.text === 'draft the Q1 growth plan')?.done).toBe(false);

    const ticked = within(HOSTILE_CALL_MS, () =>
      env.sandbox.call('setItemDone', item!.id, true, item!.seen),
    ) as SidebarState;
    expect(ticked.conflict).toBeUndefined();
    expect(ticked.commitments.find((c) => c.id === item!.id)?.done).toBe(true);
    const after = env.read();
    const copies = parse(after)
      .sections.flatMap((s) => s.items)
      .filter((i) => i.id === item!.id);
    expect(copies.map((c) => [c.done, c.marker?.text, c.text === MARKS])).toEqual([[true, '☑', true]]);
    // Only the marker changed: every mark is still there, and the other item is untouched.
    expect(bodyText(after).length).toBe(bodyText(before).length);
    expect(parse(after).sections[0]!.items[1]).toMatchObject({ text: 'draft the Q1 growth plan', done: false });
  });

  it('carries the 400,000-mark item over with the same id, and ticking it ticks both copies', () => {
    const env = setUp(hostileDoc(), { now: NOW });
    const before = env.read();
    within(HOSTILE_CALL_MS, () => env.sandbox.call('prepareNow'));
    const carried = parse(env.read()).sections[0]!;
    expect(carried.date).toBe('2026-11-23');
    const copy = carried.items.find((i) => i.text === MARKS);
    expect(copy).toMatchObject({ owner: { name: 'Ben' }, from: '2026-11-16', done: false });
    expect(keepsAllText(bodyText(before), bodyText(env.read()))).toBe(true);

    const all = parse(env.read()).sections.flatMap((s) => s.items);
    within(HOSTILE_CALL_MS, () =>
      env.sandbox.call('setItemDone', copy!.id, true, seenOf(all.filter((i) => i.id === copy!.id))),
    );
    const copies = parse(env.read())
      .sections.flatMap((s) => s.items)
      .filter((i) => i.id === copy!.id);
    expect(copies.map((c) => [c.sectionDate, c.done])).toEqual([
      ['2026-11-23', true],
      ['2026-11-16', true],
    ]);
  });
});
