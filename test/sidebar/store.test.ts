// Optimistic changes: shown at once over the server's state, gone (rolled back) when their call fails; patches laid over it.
import type { SidebarPatch, SidebarState } from '../../src/shared/types';
import {
  addNote,
  addTopic,
  begin,
  createStore,
  deleteNote,
  isPending,
  rollBack,
  settle,
  shown,
  tickItem,
} from '../../src/sidebar/store';

const state: SidebarState = {
  linked: true,
  commitments: [
    { id: 'a', text: 'draft the plan', done: false },
    { id: 'b', text: 'send notes', done: true },
  ],
  agenda: [{ text: 'Hiring' }],
  privateNotes: [{ id: 'n1', text: 'Raise the reorg' }],
};

function storeWith(base = state) {
  const store = createStore();
  settle(store, undefined, base);
  return store;
}

describe('optimistic changes', () => {
  it('shows nothing before the first answer', () => {
    expect(shown(createStore())).toBeUndefined();
  });

  it('ticks at once, and a failed call rolls the tick back', () => {
    const store = storeWith();
    const tick = tickItem('a', true);
    begin(store, tick);
    expect(shown(store)!.commitments[0]!.done).toBe(true);
    rollBack(store, tick);
    expect(shown(store)!.commitments[0]!.done).toBe(false);
    expect(shown(store)).toEqual(state);
  });

  it('adds a topic and a private note as pending, and removes them when the call fails', () => {
    const store = storeWith();
    const topic = addTopic('Promotion');
    const note = addNote('Ask about budget');
    begin(store, topic);
    begin(store, note);
    const view = shown(store)!;
    expect(view.agenda.map((t) => t.text)).toEqual(['Hiring', 'Promotion']);
    expect(isPending(view.agenda[1]!)).toBe(true);
    expect(view.privateNotes.map((n) => n.text)).toEqual(['Raise the reorg', 'Ask about budget']);
    expect(isPending(view.privateNotes[1]!)).toBe(true);
    rollBack(store, topic);
    rollBack(store, note);
    expect(shown(store)).toEqual(state);
  });

  it('hides a deleted note at once and brings it back in place when the call fails', () => {
    const store = storeWith({ ...state, privateNotes: [...state.privateNotes, { id: 'n2', text: 'Second' }] });
    const del = deleteNote('n1');
    begin(store, del);
    expect(shown(store)!.privateNotes.map((n) => n.id)).toEqual(['n2']);
    rollBack(store, del);
    expect(shown(store)!.privateNotes.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('keeps other pending changes over a fresh answer, and drops the one that answered', () => {
    const store = storeWith();
    const first = tickItem('a', true);
    const second = addTopic('Promotion');
    begin(store, first);
    begin(store, second);
    // The first call answers: the server's state has the tick, not yet the topic.
    const answer: SidebarState = {
      ...state,
      commitments: state.commitments.map((c) => (c.id === 'a' ? { ...c, done: true } : c)),
    };
    settle(store, first, answer);
    expect(store.pending).toEqual([second]);
    expect(shown(store)!.commitments[0]!.done).toBe(true);
    expect(shown(store)!.agenda.map((t) => t.text)).toEqual(['Hiring', 'Promotion']);
    // The second fails: only its change goes.
    rollBack(store, second);
    expect(shown(store)).toEqual(answer);
  });
});

describe('a patch (a call that answers part of the state)', () => {
  const fuller: SidebarState = {
    ...state,
    cadence: { held: 3, moved: 0, cancelled: 1 },
    privacy: { extraViewers: ['cy@x'] },
    automation: { state: 'off' },
  };

  it('replaces only the private points, and keeps everything else of the state', () => {
    const store = storeWith(fuller);
    const notes = [{ id: 'n2', text: 'Ask about the offsite' }];
    settle(store, undefined, { patch: true, privateNotes: notes });
    expect(shown(store)).toEqual({ ...fuller, privateNotes: notes });
    expect(shown(store)).not.toHaveProperty('patch');
  });

  it('replaces only the privacy, with when it was checked', () => {
    const store = storeWith(fuller);
    const privacy = { extraViewers: [], checkedAt: '2026-11-30T15:00:00Z' };
    settle(store, undefined, { patch: true, privacy });
    expect(shown(store)).toEqual({ ...fuller, privacy });
  });

  it('keeps no conflict in the base: neither the patch’s own nor one the state had', () => {
    const store = storeWith({ ...fuller, conflict: { code: 'conflict.gone' } });
    const patch: SidebarPatch = { patch: true, privateNotes: [], conflict: { code: 'error.pointGone' } };
    settle(store, undefined, patch);
    expect(store.base).not.toHaveProperty('conflict');
    expect(shown(store)!.privateNotes).toEqual([]);
    expect(shown(store)!.commitments).toEqual(fuller.commitments);
  });

  it('still shows a pending change over it, and drops only the change it answered', () => {
    const store = storeWith(fuller);
    const note = addNote('Ask about budget');
    const tick = tickItem('a', true);
    begin(store, note);
    begin(store, tick);
    const notes = [...state.privateNotes, { id: 'n9', text: 'Ask about budget' }];
    settle(store, note, { patch: true, privateNotes: notes });
    expect(store.pending).toEqual([tick]);
    expect(shown(store)!.privateNotes).toEqual(notes);
    expect(shown(store)!.commitments[0]!.done).toBe(true);
    rollBack(store, tick);
    expect(shown(store)).toEqual({ ...fuller, privateNotes: notes });
  });

  it('is nothing to lay over before the first state', () => {
    const store = createStore();
    settle(store, undefined, { patch: true, privateNotes: [] });
    expect(shown(store)).toBeUndefined();
  });
});
