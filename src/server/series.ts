// Reading the linked series from Calendar: its occurrences around now, this user's own copy of it, the series a split
// continued it as, a series named only by its iCalUID (a link another person made), and whether the calendar changed
// in a way that may concern it (a calendar trigger's sync).

import { type Book, type Link, linkOfEvent, previousWith } from '../core/link';
import { DAY_MS, type Occurrence, toOccurrences, withKnownTimes } from '../core/occurrences';
import { RECORDS } from '../core/records';
import { attendeeEmails, findSuccessor } from '../core/successor';
import { isTimeZone } from '../core/zone';
import type { Event } from '../types/calendar-api';
import { calendarProblem, findLocalCopy, listChanges, listWindow, readInstances } from './calendar';
import { load, save } from './records';
import type { Scope } from './scope';

/** How far back occurrences are read: the cadence looks at 90 days, plus a day of slack. */
const PAST_WINDOW_MS = 91 * DAY_MS;
/** How far ahead: a monthly series always has its next occurrence within two months. */
const FUTURE_WINDOW_MS = 62 * DAY_MS;

const iso = (ms: number) => new Date(ms).toISOString();

/** The calendar to read the series from: the linking user's choice, and everyone else's own primary calendar. */
export function calendarFor(link: Link, email: string): string {
  return link.linkedBy === email ? link.calendarId : 'primary';
}

/** The series' id in this user's calendar: the link's, unless their copy of the event carries its own. */
export function localEventId(link: Link, book: Book): string {
  return book.localEventId ?? link.eventId;
}

/**
 * The series' occurrences around now, cancelled ones included, dated in the event's own zone: one Calendar read.
 * Event ids are unique per calendar only (docs/PLATFORM.md, Calendar API): when this user's calendar does not know
 * the link's id, their copy is found by its iCalUID, and its id is kept in their Book.
 */
export function fetchOccurrences(link: Link, book: Book, email: string, nowMs: number): Occurrence[] {
  const calendarId = calendarFor(link, email);
  const read = (eventId: string) =>
    readInstances(calendarId, eventId, {
      timeMin: iso(nowMs - PAST_WINDOW_MS),
      timeMax: iso(nowMs + FUTURE_WINDOW_MS),
      timeZone: link.timeZone,
    });
  const eventId = localEventId(link, book);
  let answer: ReturnType<typeof read>;
  try {
    answer = read(eventId);
  } catch (error) {
    if (calendarProblem(error) !== 'not-found') throw error;
    const copy = findLocalCopy(calendarId, link.iCalUID);
    // The series itself, or one exception of it, which names the series as its recurringEventId.
    const localId = copy?.recurrence ? copy.id : (copy?.recurringEventId ?? copy?.id);
    if (!localId || localId === eventId) throw error;
    answer = read(localId);
    if (localId === link.eventId) delete book.localEventId;
    else book.localEventId = localId;
  }
  if (answer.timeZone && isTimeZone(answer.timeZone)) book.calendarTimeZone = answer.timeZone;
  const known = withKnownTimes(toOccurrences(answer.items, link.iCalUID), book.knownTimes ?? {}, nowMs);
  if (Object.keys(known.known).length > 0) book.knownTimes = known.known;
  else delete book.knownTimes;
  return known.occurrences;
}

/** The most earlier series read for one cadence: a 1:1 split more often than this within 90 days is rare. */
const MAX_EARLIER_READS = 3;

/**
 * The occurrences of the series this link's series continued (after "this and following" edits), newest first back to
 * the first that ended before the cadence's window: their meetings belong to the same 1:1. One Calendar call each; a
 * series that cannot be read any more only leaves its meetings out.
 */
export function fetchEarlierOccurrences(link: Link, email: string, nowMs: number): Occurrence[] {
  const out: Occurrence[] = [];
  const earlier = [...(link.previous ?? [])].reverse().slice(0, MAX_EARLIER_READS);
  for (const previous of earlier) {
    if (previous.endedAt && Date.parse(previous.endedAt) < nowMs - PAST_WINDOW_MS) break;
    const old: Link = { ...link, eventId: previous.eventId, iCalUID: previous.iCalUID };
    try {
      // A Book of its own: this user's id for an old series is not worth keeping.
      out.push(...fetchOccurrences(old, { documentId: link.documentId }, email, nowMs));
    } catch (error) {
      console.warn(error);
    }
  }
  return out.filter((o) => o.startMs <= nowMs);
}

/** After a "this and following" edit the old series stops: the series that continues it, from this user's calendar. */
export function followSplit(
  link: Link,
  seriesId: string,
  calendarId: string,
  occurrences: Occurrence[],
  nowMs: number,
): Link | undefined {
  const endedAt = occurrences.length > 0 ? Math.max(...occurrences.map((o) => o.endMs)) : nowMs;
  const from = Math.min(endedAt, nowMs) - DAY_MS;
  const candidates: Event[] = listWindow(calendarId, iso(from), iso(Math.max(endedAt, nowMs) + 35 * DAY_MS));
  const successorId = findSuccessor({ seriesId, title: link.title, attendees: link.attendees }, candidates, endedAt);
  const sample = candidates.find((ev) => ev.recurringEventId === successorId);
  if (!successorId || !sample?.iCalUID) return undefined;
  const previous = previousWith(link, iso(endedAt));
  const followed = linkOfEvent(
    { ...sample, id: successorId },
    attendeeEmails(sample),
    { ...link, previous },
    link.timeZone,
  );
  return followed;
}

/**
 * The series a link names only by its iCalUID (another person linked the Doc again, or followed a split), as this
 * user's calendar holds it: one Calendar read. Undefined when their calendar does not hold it.
 */
export function seriesByICalUID(
  iCalUID: string,
  base: Pick<Link, 'documentId' | 'linkedBy' | 'linkedAt'> & Partial<Pick<Link, 'gen' | 'previous'>>,
  fallbackZone: string,
): Link | undefined {
  const copy = findLocalCopy('primary', iCalUID);
  if (!copy || copy.status === 'cancelled') return undefined;
  const seriesId = copy.recurrence ? copy.id : copy.recurringEventId;
  if (!seriesId || !copy.iCalUID) return undefined;
  return linkOfEvent({ ...copy, id: seriesId }, attendeeEmails(copy), { ...base, calendarId: 'primary' }, fallbackZone);
}

/** Whether a changed event can matter to the linked series: the series, one of its occurrences, or a possible successor. */
function concernsSeries(ev: Event, link: Link, seriesId: string): boolean {
  if (ev.id === seriesId || ev.recurringEventId === seriesId || ev.iCalUID === link.iCalUID) return true;
  if (!ev.recurrence || (ev.summary ?? '').trim().toLowerCase() !== link.title.trim().toLowerCase()) return false;
  const attendees = attendeeEmails(ev);
  const linked = [...link.attendees].sort();
  return attendees.length === linked.length && attendees.every((a, i) => a === linked[i]);
}

/**
 * Reads what changed in the calendar since the stored sync token. An expired or unreadable token means a full sync,
 * after which every change counts as possibly ours. One Calendar call when nothing concerns the series.
 */
export function calendarChanged(scope: Scope, documentId: string, link: Link, seriesId: string): boolean {
  const calendarId = calendarFor(link, scope.me());
  const token = load(scope, RECORDS.sync, documentId);
  const fullSyncFrom = iso(scope.nowMs - DAY_MS);
  let changes: ReturnType<typeof listChanges>;
  let full = !token;
  try {
    changes = listChanges(calendarId, token, fullSyncFrom);
  } catch (error) {
    if (!token || calendarProblem(error) !== 'sync-expired') throw error;
    changes = listChanges(calendarId, undefined, fullSyncFrom);
    full = true;
  }
  save(scope, RECORDS.sync, documentId, changes.nextSyncToken);
  return full || changes.items.some((ev) => concernsSeries(ev, link, seriesId));
}
