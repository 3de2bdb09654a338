// Occurrence keys: how a section the add-on inserted is recognised, by the name of a named range over its heading.

/** Every named range the add-on creates starts with this, so the user's own named ranges are never mistaken for ours. */
export const NAMED_RANGE_PREFIX = '1on1:';

/** The key of one occurrence of a recurring event: a moved occurrence keeps its original start, so it keeps its key. */
export function occurrenceKey(iCalUID: string, originalStart: string): string {
  return `${iCalUID}|${originalStart}`;
}

/** The key of a section prepared by hand while the Doc is linked to no calendar: one per day. */
export function dayKey(date: string): string {
  return `day|${date}`;
}

/** Whether a key is a day's (dayKey), not an occurrence's. */
export function isDayKey(key: string): boolean {
  return key.startsWith('day|');
}

/**
 * A second named range over each heading the add-on writes says which date it wrote there: a heading is re-dated only
 * when Calendar moved the meeting since, never because a person corrected the date by hand. (Not under
 * NAMED_RANGE_PREFIX: it is no occurrence key.)
 */
const WRITTEN_FOR_PREFIX = '1on1-at:';

export function writtenForName(date: string): string {
  return `${WRITTEN_FOR_PREFIX}${date}`;
}

export function writtenForOf(name: string): string | undefined {
  const date = name.startsWith(WRITTEN_FOR_PREFIX) ? name.slice(WRITTEN_FOR_PREFIX.length) : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

export function namedRangeName(key: string): string {
  return `${NAMED_RANGE_PREFIX}${key}`;
}

export function keyFromNamedRangeName(name: string): string | undefined {
  return name.startsWith(NAMED_RANGE_PREFIX) ? name.slice(NAMED_RANGE_PREFIX.length) : undefined;
}

/**
 * The calendar date a key was made for: a day key's day; for an occurrence, the original start's date as written
 * (UTC for timed events, so a day off near midnight: only a fallback for a heading that lost its date).
 */
export function dateOfKey(key: string): string | undefined {
  const last = key.slice(key.lastIndexOf('|') + 1);
  return /^\d{4}-\d{2}-\d{2}/.test(last) ? last.slice(0, 10) : undefined;
}
