// Actions on an item changed in the Doc since the sidebar read it, through the built Code.js: nothing is written, and
// the answer says what changed beside the fresh state. From the Doc's sidebar and from All my 1:1s.
import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import { itemsById } from '../../src/core/carryOver';
import type { ActionItem } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { seenOf } from '../../src/core/seen';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Commitment, OverviewState, SidebarState } from '../../src/shared/types';
import type { Document, Request } from '../../src/types/docs-api';
import { suggestText } from '../fixtures/suggestions';
import { english, refusal } from '../support/words';
import { ANA, BEN, bookOf, setUp, withSeries } from '../support/world';

type Env = ReturnType<typeof withSeries>;

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Fri Nov 20, 2026, 10:00 in New York: the last 1:1 was on Monday, the next is on Monday.
const NOW = Date.parse('2026-11-20T15:00:00Z');
const NY = { timeZone: 'America/New_York' };
const PLAN = 'draft the plan';

/**
 * Four weekly meetings, newest first: Ana's "draft the plan" and Ben's "send the deck", written on Oct 26, carried into
 * each meeting since: four copies each, "Still on?" from the third carry.
 */
function zombieDoc(): Document {
  const carried = ['2026-11-16', '2026-11-09', '2026-11-02'];
  const lines = ['Ana: draft the plan', 'Ben: send the deck'];
  return buildDocument({
    blocks: [
      ...carried.flatMap((date) => [
        h2(date),
        h3('Carried over'),
        ...lines.map((line) => bullet(`☐ ${line}  (from Oct 26)`)),
      ]),
      h2('2026-10-26'),
      h3('Action items'),
      ...lines.map((line) => bullet(`☐ ${line}`)),
    ],
  });
}

/** The Doc linked by Ana, her sidebar open on it: the state she sees. */
function opened(): { env: Env; state: SidebarState } {
  const env = withSeries({ now: NOW }, {}, zombieDoc());
  env.link(ANA);
  env.as(ANA);
  return { env, state: env.sandbox.call('getSidebarState', NY) as SidebarState };
}

const row = (state: SidebarState, text = PLAN): Commitment => state.commitments.find((c) => c.text === text)!;
const copiesIn = (doc: Document, text = PLAN): ActionItem[] =>
  parse(doc)
    .sections.flatMap((s) => s.items)
    .filter((i) => i.text === text);
const zeroCalls = (env: Env) => {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
};

/** An edit someone makes in Docs' own editor, in one batch. */
const typed = (env: Env, requests: Request[]) => env.docs.batchUpdate({ requests }, env.documentId);

/** Replaces the marker of the copy in the section of `date` (Docs' editor: the character typed over). */
function markCopy(env: Env, date: string, marker: string): void {
  const copy = copiesIn(env.read()).find((c) => c.sectionDate === date)!;
  const at = copy.marker!.startIndex;
  typed(env, [
    { deleteContentRange: { range: { startIndex: at, endIndex: at + 1 } } },
    { insertText: { location: { index: at }, text: marker } },
  ]);
}

/** Rewords the copies in the sections of `dates`: each becomes another item ("draft the new plan"). */
function rewordCopies(env: Env, dates: string[]): void {
  const copies = copiesIn(env.read()).filter((c) => dates.includes(c.sectionDate));
  // From the end of the Doc, so that each index is still the one read.
  const at = copies.map((c) => c.body.startIndex + `Ana: draft the `.length).sort((a, b) => b - a);
  typed(
    env,
    at.map((index) => ({ insertText: { location: { index }, text: 'new ' } })),
  );
}

/** Deletes the copies' whole paragraphs in the sections of `dates`. */
function deleteCopies(env: Env, dates: string[]): void {
  const copies = copiesIn(env.read()).filter((c) => dates.includes(c.sectionDate));
  const spans = copies.map((c) => c.paragraph).sort((a, b) => b.startIndex - a.startIndex);
  typed(
    env,
    spans.map((span) => ({ deleteContentRange: { range: span } })),
  );
}

const ALL = ['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26'];

/** What the other person did in the Doc after Ana's sidebar read it, and what Ana's sidebar is told. */
const CHANGES: [what: string, change: (env: Env) => void, sentence: RegExp][] = [
  ['ticked one copy (done, open, open, open)', (env) => markCopy(env, '2026-11-16', '☑'), /^That item was marked done/],
  ['dropped one copy', (env) => markCopy(env, '2026-11-09', '✗'), /^That item was dropped/],
  ['reworded one copy', (env) => rewordCopies(env, ['2026-11-16']), /^A copy of that item changed/],
  ['reworded every copy', (env) => rewordCopies(env, ALL), /^That item was edited or deleted/],
  ['deleted one copy', (env) => deleteCopies(env, ['2026-11-02']), /^A copy of that item changed/],
  ['deleted every copy', (env) => deleteCopies(env, ALL), /^That item was edited or deleted/],
];

/** The "Still on?" answers, and a tick, sent with the item as Ana's sidebar showed it. */
const ACTIONS: [name: string, send: (env: Env, item: Commitment) => SidebarState][] = [
  ['Done', (env, item) => env.sandbox.call('setItemDone', item.id, true, item.seen, NY) as SidebarState],
  ['Drop', (env, item) => env.sandbox.call('dropItem', item.id, item.seen, NY) as SidebarState],
  ['Keep', (env, item) => env.sandbox.call('keepItem', item.id, item.seen, NY) as SidebarState],
];

// One sentence in both views: the Doc's sidebar and All my 1:1s each show the fresh state beside it.
const SIDEBAR_END =
  ' in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.';

describe('an action on an item changed in the Doc since the sidebar read it', () => {
  const cases = CHANGES.flatMap(([what, change, sentence]) =>
    ACTIONS.map(([action, send]) => [action, what, change, sentence, send] as const),
  );

  it.each(cases)('%s, after the other person %s: nothing written, what changed said, the fresh state', (...args) => {
    const [, , change, sentence, send] = args;
    const { env, state } = opened();
    const shown = row(state);
    expect(shown).toMatchObject({ stillOn: true, seen: '4.0.0' });
    change(env);
    const before = env.read();
    const book = bookOf(env);
    zeroCalls(env);
    const answer = send(env, shown);
    // Byte for byte as the other person left it, at the same revision: one read, no write.
    expect(env.read()).toEqual(before);
    expect(env.world.calls).toMatchObject({ docsGet: 1, docsBatchUpdate: 0, calendar: 0 });
    expect(english(answer.conflict)).toMatch(sentence);
    expect(english(answer.conflict).endsWith(SIDEBAR_END)).toBe(true);
    // Keep's answer is not kept either: asked again, as the fresh state says.
    expect(bookOf(env)?.kept).toEqual(book?.kept);
    // The answer is the Doc as it is now: what a fresh read shows.
    const fresh = env.sandbox.call('getSidebarState', NY) as SidebarState;
    expect(answer.commitments).toEqual(fresh.commitments);
    expect(env.read()).toEqual(before);
  });

  it('an untick, after the other person unticked it in their sidebar: said reopened, nothing written', () => {
    const { env, state } = opened();
    const done = row(env.sandbox.call('setItemDone', row(state).id, true, row(state).seen, NY) as SidebarState);
    expect(done).toMatchObject({ done: true, seen: '0.4.0' });
    env.as(BEN);
    const bens = row(env.sandbox.call('getSidebarState', NY) as SidebarState);
    env.sandbox.call('setItemDone', bens.id, false, bens.seen, NY);
    env.as(ANA);
    const before = env.read();
    const answer = env.sandbox.call('setItemDone', done.id, false, done.seen, NY) as SidebarState;
    expect(env.read()).toEqual(before);
    expect(english(answer.conflict)).toBe(`That item was reopened${SIDEBAR_END}`);
    expect(row(answer)).toMatchObject({ done: false, seen: '4.0.0' });
  });

  it('a tick after a run carried the item once more (one more open copy) is no conflict: every copy is ticked', () => {
    const { env, state } = opened();
    // Monday's section goes in, with the item carried into it a fourth time.
    env.sandbox.call('prepareNow', NY);
    expect(copiesIn(env.read())).toHaveLength(5);
    const answer = env.sandbox.call('setItemDone', row(state).id, true, row(state).seen, NY) as SidebarState;
    expect(answer.conflict).toBeUndefined();
    expect(copiesIn(env.read()).map((c) => c.marker?.text)).toEqual(Array(5).fill('☑'));
  });

  it('the same action replayed under its request id after the item changed is recognised, not refused', () => {
    const { env, state } = opened();
    const request = { ...NY, requestId: 'conflict-drop-01' };
    env.sandbox.call('dropItem', row(state).id, row(state).seen, request);
    const after = env.read();
    // The drop changed every copy: the replay's `seen` is no longer so, and it is the same request.
    const replay = env.sandbox.call('dropItem', row(state).id, row(state).seen, request) as SidebarState;
    expect(replay.conflict).toBeUndefined();
    expect(env.read().revisionId).toBe(after.revisionId);
    expect(row(replay).dropped).toBe(true);
  });

  it.each([
    ['no seen at all (a page older than the server)', [undefined]],
    ['the call context where seen goes', [{ timeZone: 'America/New_York', requestId: 'abcdefgh12' }]],
    ['a number', [4]],
    ['two counts', ['4.0']],
    ['a negative count', ['-1.0.0']],
    ['a long text', ['4.0.0'.repeat(1000)]],
  ])('refuses %s with a clear message, and reads and writes nothing', (_, [seen]) => {
    const { env, state } = opened();
    const before = env.read();
    zeroCalls(env);
    const message = 'This sidebar is out of date, so nothing was changed: close it and open it again.';
    const id = row(state).id;
    expect(refusal(() => env.sandbox.call('setItemDone', id, true, seen))).toMatch(message);
    expect(refusal(() => env.sandbox.call('dropItem', id, seen))).toMatch(message);
    expect(refusal(() => env.sandbox.call('keepItem', id, seen))).toMatch(message);
    expect(refusal(() => env.sandbox.call('setOverviewItemDone', env.documentId, id, true, seen))).toMatch(message);
    expect(refusal(() => env.sandbox.call('dropOverviewItem', env.documentId, id, seen))).toMatch(message);
    expect(env.world.calls).toMatchObject({ docsGet: 0, docsBatchUpdate: 0 });
    expect(env.read()).toEqual(before);
  });
});

describe('an action from All my 1:1s on an item changed in its Doc since that Doc was read', () => {
  const OVERVIEW_END = SIDEBAR_END;
  const owed = (env: Env) =>
    (env.sandbox.call('getOverview', NY) as OverviewState).youOwe.find((i) => i.text === PLAN)!;
  const sends: [string, (env: Env, item: ReturnType<typeof owed>) => OverviewState][] = [
    [
      'a tick',
      (env, item) =>
        env.sandbox.call('setOverviewItemDone', item.documentId, item.id, true, item.seen, NY) as OverviewState,
    ],
    [
      'Drop',
      (env, item) => env.sandbox.call('dropOverviewItem', item.documentId, item.id, item.seen, NY) as OverviewState,
    ],
  ];
  const cases = CHANGES.flatMap(([what, change, sentence]) =>
    sends.map(([action, send]) => [action, what, change, sentence, send] as const),
  );

  it.each(cases)('%s, after the other person %s: nothing written, and the fresh list', (...args) => {
    const [, , change, sentence, send] = args;
    const { env } = opened();
    const item = owed(env);
    expect(item.seen).toBe('4.0.0');
    change(env);
    const before = env.read();
    zeroCalls(env);
    const answer = send(env, item);
    expect(env.read()).toEqual(before);
    expect(env.world.calls).toMatchObject({ docsGet: 1, docsBatchUpdate: 0, calendar: 0 });
    expect(english(answer.conflict)).toMatch(sentence);
    expect(english(answer.conflict).endsWith(OVERVIEW_END)).toBe(true);
    // The Doc's line was made again from that read: Ana's open items of the last meeting as the Doc has them now.
    const byId = itemsById(parse(before));
    const last = parse(before).sections.find((s) => s.date === '2026-11-16')!;
    const open = last.items.filter((i) => i.owner?.name === 'Ana' && !byId.get(i.id)!.some((c) => c.done || c.dropped));
    expect(answer.youOwe.map((i) => [i.text, i.seen])).toEqual(open.map((i) => [i.text, seenOf(byId.get(i.id)!)]));
    const { conflict: _said, ...fresh } = answer;
    expect(fresh).toEqual(env.sandbox.call('getOverview', NY));
  });

  it('a summary kept before copies were counted still holds the item to being open', () => {
    const { env } = opened();
    const key = `sum:${env.documentId}`;
    const props = env.world.state.userProperties[ANA]!;
    const summary = JSON.parse(props[key]!);
    for (const item of summary.mine) delete item.seen;
    props[key] = JSON.stringify(summary);
    const item = owed(env);
    expect(item.seen).toBe('0.0.0');
    markCopy(env, '2026-11-16', '☑');
    const before = env.read();
    const answer = env.sandbox.call('dropOverviewItem', item.documentId, item.id, item.seen, NY) as OverviewState;
    expect(env.read()).toEqual(before);
    expect(english(answer.conflict)).toBe(`That item was marked done${OVERVIEW_END}`);
  });
});

describe('a copy under someone’s suggestion', () => {
  it('keeps the state it had in the answer, so the next action on the item is not taken for a conflict', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-16'),
        h3('Carried over'),
        bullet('☐ Ana: draft the plan  (from Nov 9)'),
        h2('2026-11-09'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    // Someone suggests deleting the older copy's marker: that copy is not written until it is accepted or rejected.
    const older = copiesIn(doc).find((c) => c.sectionDate === '2026-11-09')!;
    suggestText(doc, '☐ ', 'deletion', 'suggest.unmark', older.marker!.startIndex);
    const env = setUp(doc, { now: NOW });
    const item = row(env.sandbox.call('getSidebarState') as SidebarState);
    expect(item.seen).toBe('2.0.0');
    const ticked = row(env.sandbox.call('setItemDone', item.id, true, item.seen) as SidebarState);
    expect(copiesIn(env.read()).map((c) => [c.done, Boolean(c.inSuggestion)])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(ticked.seen).toBe('1.1.0');
    const unticked = env.sandbox.call('setItemDone', item.id, false, ticked.seen) as SidebarState;
    expect(unticked.conflict).toBeUndefined();
    expect(copiesIn(env.read()).map((c) => c.done)).toEqual([false, false]);
  });
});
