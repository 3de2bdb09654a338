// The sidebar's data, one store per view (a Doc's state, All my 1:1s): the server's last answer plus the optimistic
// changes still waiting for theirs.
//
// What is shown is always `base` with the pending changes applied on top. A change leaves the list when its call
// answers: on success the answer (which includes it) becomes the base; on failure it simply disappears, which is the
// rollback. Calls run one at a time (features/context.ts), so an answer never predates a change that is still pending.
import type {
  AgendaTopic,
  Commitment,
  OverviewState,
  OwedItem,
  PrivateNote,
  SidebarPatch,
  SidebarState,
} from '../shared/types';

export interface Change<S = SidebarState> {
  readonly id: number;
  apply(state: S): S;
}

/** An agenda topic, private note or action item added here whose call has not answered yet. */
export type Pendable<T> = T & { pending?: boolean };

export interface Store<S = SidebarState> {
  base?: S;
  pending: Change<S>[];
}

export function createStore<S = SidebarState>(): Store<S> {
  return { pending: [] };
}

/** What the panels show. */
export function shown<S>(store: Store<S>): S | undefined {
  const { base } = store;
  return base === undefined ? undefined : store.pending.reduce<S>((state, change) => change.apply(state), base);
}

export function begin<S>(store: Store<S>, change: Change<S>): void {
  store.pending.push(change);
}

/**
 * The call answered with a state: it becomes the base, and the change is in it (or was refused: `conflict`). A patch
 * (a call that changed only part of the state, such as the private points) is laid over the base instead; its
 * `conflict` is the call's own, never kept in the base.
 */
export function settle<S extends object>(
  store: Store<S>,
  change: Change<S> | undefined,
  answer: S | (Partial<S> & SidebarPatch),
): void {
  if (isPatch(answer)) {
    const { patch: _patch, conflict: _said, ...fields } = answer;
    const { conflict: _old, ...base } = (store.base ?? {}) as S & { conflict?: string };
    if (store.base) store.base = { ...base, ...fields } as S;
  } else store.base = answer;
  if (change) drop(store, change);
}

export function isPatch(answer: object): answer is SidebarPatch {
  return (answer as SidebarPatch).patch === true;
}

/** The call failed: the change is dropped, so the view is the base with the other pending changes. */
export function rollBack<S>(store: Store<S>, change: Change<S> | undefined): void {
  if (change) drop(store, change);
}

function drop<S>(store: Store<S>, change: Change<S>): void {
  store.pending = store.pending.filter((c) => c !== change);
}

let nextId = 1;
const change = <S = SidebarState>(apply: Change<S>['apply']): Change<S> => ({ id: nextId++, apply });

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

/** What can arrive outside a call (a late answer, the page's own data): each view's answer, by its shape. */
export const looksLikeState = (value: unknown): value is SidebarState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SidebarState).linked === 'boolean' &&
  Array.isArray((value as SidebarState).commitments);

export const looksLikePatch = (value: unknown): value is SidebarPatch =>
  typeof value === 'object' && value !== null && isPatch(value);

export const looksLikeOverview = (value: unknown): value is OverviewState =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as OverviewState).docs) &&
  Array.isArray((value as OverviewState).youOwe);

export const isPending = (value: object): boolean => (value as { pending?: boolean }).pending === true;

/** An item's place in All my 1:1s and in its control keys: a Doc id holds no colon. */
export const owedRow = (item: Pick<OwedItem, 'documentId' | 'id'>) => `${item.documentId}:${item.id}`;

/** One of this user's items in All my 1:1s, ticked or dropped here, whose call has not answered yet. */
export type ShownOwed = OwedItem & { pending?: 'done' | 'dropped' };

/** A tick or drop in All my 1:1s shows at once: the row is marked until its Doc's answer comes. */
export function markOwed(row: string, mark: 'done' | 'dropped'): Change<OverviewState> {
  return change<OverviewState>((state) => ({
    ...state,
    youOwe: state.youOwe.map((item): ShownOwed => (owedRow(item) === row ? { ...item, pending: mark } : item)),
  }));
}
