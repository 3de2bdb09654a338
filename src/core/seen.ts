// What the sidebar saw of an item, sent back with every action on it, and what changed in the Doc since: an action on
// an item someone changed since it was read writes nothing, and says what changed.
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

const WHAT: Record<Exclude<ItemChange, 'copy'>, string> = {
  done: 'marked done',
  open: 'reopened',
  dropped: 'dropped',
  gone: 'edited or deleted',
};

/**
 * The sentence an action on a changed item answers with, the fresh state beside it: in the Doc's sidebar, or in All
 * my 1:1s (which read that Doc earlier, maybe days ago).
 */
export function itemChangedSentence(change: ItemChange, where: 'sidebar' | 'overview'): string {
  const doc = where === 'sidebar' ? 'the Doc since the sidebar last read it' : 'its Doc since that Doc was last read';
  const now = where === 'sidebar' ? 'Here is the list as it is now.' : 'Here is what your Docs hold now.';
  const what = change === 'copy' ? 'A copy of that item changed' : `That item was ${WHAT[change]}`;
  return `${what} in ${doc}, so nothing was changed. ${now}`;
}

/** What an action on an item asks of every copy, and the word for it when nothing was written. */
export interface ItemAction {
  state: ItemState;
  verb: string;
}

export const DROP: ItemAction = { state: 'dropped', verb: 'dropped' };

export const tick = (done: boolean): ItemAction =>
  done ? { state: 'done', verb: 'ticked' } : { state: 'open', verb: 'unticked' };

/**
 * Why an action on an item wrote nothing, in one sentence, whichever view asked; undefined when it wrote: the item
 * changed since it was seen, or its copies lie under someone's suggestion.
 */
export function itemConflict(
  result: { change?: ItemChange; suggested?: boolean },
  verb: string,
  where: 'sidebar' | 'overview',
): string | undefined {
  if (result.change) return itemChangedSentence(result.change, where);
  if (!result.suggested) return undefined;
  const doc = where === 'sidebar' ? 'the Doc' : 'its Doc';
  return `Someone suggested a change to that item in ${doc}, so nothing was ${verb}: accept or reject the suggestion there first.`;
}
