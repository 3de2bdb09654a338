// What the sidebar saw of an item, sent back with every action on it, and what changed in the Doc since: an action on
// an item someone changed since it was read writes nothing, and says what changed.
import { type Message, said } from '../shared/messages';
import type { ItemState } from './markers';
import type { ActionItem } from './model';

/** How many copies of an item read open, done and dropped, as a Doc was read. */
export interface Seen {
  open: number;
  done: number;
  dropped: number;
}

/**
 * An item whose copies were not counted (a summary kept by an earlier version): known only to be open. No copy may
 * read done or dropped; any number may read open.
 */
export const OPEN_UNCOUNTED = '0.0.0';

const SEEN_RE = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

function counted(copies: readonly ActionItem[]): Seen {
  const seen: Seen = { open: 0, done: 0, dropped: 0 };
  for (const copy of copies) seen[copy.dropped ? 'dropped' : copy.done ? 'done' : 'open']++;
  return seen;
}

/** "open.done.dropped" ("2.1.0"): what the sidebar is given with each item and sends back with an action on it. */
export function seenOf(copies: readonly ActionItem[]): string {
  const { open, done, dropped } = counted(copies);
  return `${open}.${done}.${dropped}`;
}

/** A seen text read back; undefined for anything else. */
export function readSeen(input: unknown): Seen | undefined {
  const match = typeof input === 'string' ? SEEN_RE.exec(input) : null;
  return match ? { open: Number(match[1]), done: Number(match[2]), dropped: Number(match[3]) } : undefined;
}

/** What happened to an item since it was seen: it now reads done, open or dropped; it is gone; or one copy changed. */
export type ItemChange = 'done' | 'open' | 'dropped' | 'gone' | 'copy';

/** The item as the sidebar shows it: done in any copy is done; else dropped in any is dropped (core/carryOver.ts). */
const shownState = (s: Seen) => (s.done > 0 ? 'done' : s.dropped > 0 ? 'dropped' : 'open');

/**
 * What changed since the item was seen, or undefined when nothing did. A copy more that reads open is no change: a
 * run carried the item into a new section meanwhile, and the action is meant for every copy. Any other difference
 * is: a copy ticked, unticked, dropped, edited (its id is another one then) or deleted, or the whole item gone.
 */
export function changeSince(seen: Seen, copies: readonly ActionItem[] | undefined): ItemChange | undefined {
  if (!copies || copies.length === 0) return 'gone';
  const now = counted(copies);
  if (now.done === seen.done && now.dropped === seen.dropped && now.open >= seen.open) return undefined;
  const state = shownState(now);
  return state === shownState(seen) ? 'copy' : state;
}

const CHANGED: Record<ItemChange, Message> = {
  done: said('conflict.done'),
  open: said('conflict.reopened'),
  dropped: said('conflict.dropped'),
  gone: said('conflict.gone'),
  copy: said('conflict.copy'),
};

/**
 * Why an action on an item wrote nothing, whichever view asked; undefined when it wrote: the item changed since it
 * was seen (the fresh state goes beside the message), or its copies lie under someone's suggestion.
 */
export function itemConflict(result: { change?: ItemChange; suggested?: boolean }): Message | undefined {
  if (result.change) return CHANGED[result.change];
  return result.suggested ? said('conflict.suggested') : undefined;
}

/** What an action on an item asks of every copy. */
export const DROP: ItemState = 'dropped';

export const tick = (done: boolean): ItemState => (done ? 'done' : 'open');
