// Optimistic changes: shown at once over the server's state, gone (rolled back) when their call fails.
import type { SidebarState } from '../../src/shared/types';
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
