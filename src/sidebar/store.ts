// The sidebar's data: the server's last answer plus the optimistic changes still waiting for theirs.
//
// What is shown is always `base` with the pending changes applied on top. A change leaves the list when its call
// answers: on success the answer (which includes it) becomes the base; on failure it simply disappears, which is the
// rollback. Calls run one at a time (see controller.ts), so an answer never predates a change that is still pending.
import type { LastKnown } from '../server/lastKnown';
import type { AgendaTopic, Commitment, PrivateNote, SidebarPatch, SidebarState } from '../shared/types';

export interface Change {
  readonly id: number;
  apply(state: SidebarState): SidebarState;
}

/** An agenda topic, private note or action item added here whose call has not answered yet. */
export type Pendable<T> = T & { pending?: boolean };

export interface Store {
  base?: SidebarState;
  pending: Change[];
}

export function createStore(): Store {
  return { pending: [] };
}

/** What the panels show. */
export function shown(store: Store): SidebarState | undefined {
  return store.base && store.pending.reduce((state, change) => change.apply(state), store.base);
}

export function begin(store: Store, change: Change): void {
  store.pending.push(change);
}

/**
 * The call answered with a state: it becomes the base, and the change is in it (or was refused: `conflict`). A patch
 * (a call that changed only part of the state, such as the private points) is laid over the base instead; its
 * `conflict` is the call's own, never kept in the base.
 */
export function settle(store: Store, change: Change | undefined, answer: SidebarState | SidebarPatch): void {
  if (isPatch(answer)) {
    const { patch: _patch, conflict: _said, ...fields } = answer;
    const { conflict: _old, ...base } = store.base ?? ({} as SidebarState);
    if (store.base) store.base = { ...base, ...fields } as SidebarState;
  } else store.base = answer;
  if (change) drop(store, change);
}

export function isPatch(answer: SidebarState | SidebarPatch): answer is SidebarPatch {
  return (answer as SidebarPatch).patch === true;
}

/** The call failed: the change is dropped, so the view is the base with the other pending changes. */
export function rollBack(store: Store, change: Change | undefined): void {
  if (change) drop(store, change);
}

function drop(store: Store, change: Change): void {
  store.pending = store.pending.filter((c) => c !== change);
}

let nextId = 1;
const change = (apply: Change['apply']): Change => ({ id: nextId++, apply });

export function tickItem(itemId: string, done: boolean): Change {
  return change((state) => ({
    ...state,
    commitments: state.commitments.map((c) => (c.id === itemId ? { ...c, done } : c)),
  }));
}

/** Dropped at once: no longer asked about, shown struck through, counted apart from done. */
export function dropItem(itemId: string): Change {
  return change((state) => ({
    ...state,
    commitments: state.commitments.map((c) =>
      c.id === itemId ? { ...c, done: false, dropped: true, stillOn: false, overdueDays: undefined } : c,
    ),
  }));
}

/** "Keep": the question goes at once. */
export function keepItem(itemId: string): Change {
  return change((state) => ({
    ...state,
    commitments: state.commitments.map((c) => (c.id === itemId ? { ...c, stillOn: false } : c)),
  }));
}

/** A new action item shows among this time's commitments at once; it can be ticked once the server gave it its id. */
export function addActionItem(item: { text: string; owner?: string; due?: string }): Change {
  const row: Pendable<Commitment> = {
    id: `pending-${nextId}`,
    text: item.text,
    ...(item.owner ? { owner: item.owner } : {}),
    ...(item.due ? { due: item.due } : {}),
    done: false,
    newThisTime: true,
    pending: true,
  };
  return change((state) => ({ ...state, commitments: [...state.commitments, row] }));
}

export function addTopic(text: string): Change {
  const topic: Pendable<AgendaTopic> = { text, pending: true };
  return change((state) => ({ ...state, agenda: [...state.agenda, topic] }));
}

/** The note has no id until the server gives it one; a local one keeps it apart from the others meanwhile. */
export function addNote(text: string): Change {
  const note: Pendable<PrivateNote> = { id: `pending-${nextId}`, text, pending: true };
  return change((state) => ({ ...state, privateNotes: [...state.privateNotes, note] }));
}

export function deleteNote(noteId: string): Change {
  return change((state) => ({ ...state, privateNotes: state.privateNotes.filter((n) => n.id !== noteId) }));
}

type Shown = { seen?: string; done?: boolean; dropped?: boolean };
const shownAs = (item: Shown) => (item.done ? 'done' : item.dropped ? 'dropped' : 'open');

/**
 * What an action on an item sends as seen (core/seen.ts), worked out when the call is sent, which may be after earlier
 * calls answered: the newest answer's, when it shows the item as the person saw it when they acted (their own change
 * of it still on its way included); else what they acted on, which the server then finds changed and says so.
 */
export function seenWhenSent(shown: Shown | undefined, now: Shown | undefined): string {
  if (shown && now?.seen && shownAs(now) === shownAs(shown)) return now.seen;
  // Empty only from a last-known state kept by an earlier version: refused as an out-of-date sidebar.
  return shown?.seen ?? '';
}

export const isPending = (value: object): boolean => (value as { pending?: boolean }).pending === true;

/**
 * The state showSidebar embedded in the page (src/server/lastKnown.ts), shown until the first call answers: only a
 * record of the right shape, so a page from an older version, or a damaged one, simply waits for the server.
 */
export function lastKnownFrom(text: string | null | undefined): LastKnown | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, state, trimmed } = value as Partial<LastKnown>;
  if (typeof at !== 'number' || !Number.isFinite(at) || typeof state !== 'object' || state === null) return undefined;
  if (typeof state.linked !== 'boolean') return undefined;
  if (![state.commitments, state.agenda, state.privateNotes].every(Array.isArray)) return undefined;
  return { at, state, ...(trimmed === true ? { trimmed } : {}) };
}
