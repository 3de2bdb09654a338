// One run of the schedule: read the series' occurrences, follow moves, cancellations and splits, insert what is due.

import { formatShortDay } from '../core/dates';
import type { Book, Link } from '../core/link';
import {
  changesDigest,
  DAY_MS,
  HOUR_MS,
  isDue,
  nextCheckAt,
  nextOccurrence,
  type Occurrence,
  toOccurrences,
} from '../core/occurrences';
import { attendeeEmails, findSuccessor } from '../core/successor';
import { isTimeZone } from '../core/zone';
import type { RunStatus } from '../shared/types';
import type { Event } from '../types/calendar-api';
import {
  calendarProblem,
  describeCalendarProblem,
  findLocalCopy,
  getEvent,
  listChanges,
  listWindow,
  readInstances,
} from './calendar';
import { docsProblem } from './docs';
import { withDocumentLock } from './environment';
import { userMessage } from './errors';
import { forgetDeletedDoc } from './linking';
import { type WriteOutcome, writeDocWork } from './prepare';
import {
  loadSyncToken,
  recordInsert,
  rememberNotesTab,
  type Shared,
  saveBook,
  saveLinkEverywhere,
  saveStatus,
  saveSyncToken,
} from './properties';

/** How far back occurrences are read: the cadence looks at 90 days, plus a day of slack. */
const PAST_WINDOW_MS = 91 * DAY_MS;
/** How far ahead: a monthly series always has its next occurrence within two months. */
const FUTURE_WINDOW_MS = 62 * DAY_MS;
/** JSON has no Infinity: "never, until something changes". */
export const NEVER = Number.MAX_SAFE_INTEGER;

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
 * The series' occurrences around now, cancelled ones included, dated in the event's own zone: one Calendar call when
 * a page holds them all. Event ids are unique per calendar only (docs/PLATFORM.md, Calendar API): when this user's
 * calendar does not know the link's id, their copy is found by its iCalUID, and its id is kept in their Book.
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
  return toOccurrences(answer.items, link.iCalUID);
}

/** After a "this and following" edit the old series stops: find the series that continues it. */
function followSplit(
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
  return {
    ...link,
    eventId: successorId,
    iCalUID: sample.iCalUID,
    timeZone: sample.start?.timeZone ?? link.timeZone,
    title: sample.summary ?? link.title,
    attendees: attendeeEmails(sample),
    previous: [...(link.previous ?? []), { eventId: link.eventId, iCalUID: link.iCalUID }].slice(-10),
  };
}

/** The linked series was deleted: reported like an event that can no longer be found. */
class SeriesDeleted extends Error {
  constructor() {
    super('Not Found: the linked series was deleted');
  }
}

const GONE_MESSAGE = 'This Doc was deleted or can no longer be opened, so automatic preparation for it has stopped.';

export type TriggerName = 'Hourly check' | 'Calendar change' | 'Prepare now';

/** How a run sees the Doc it works on. */
export interface RunOptions {
  /** Prepare now: insert the next section whatever the lead time. */
  force?: boolean;
  /** The run executes inside this Doc (its sidebar, or the trigger created in it), so the Doc's properties are its own. */
  inThisDoc: boolean;
  /** Whether the Book is this user's record to keep (they linked the Doc), or only lent for one sidebar action. */
  keepBook: boolean;
}

export interface CheckResult {
  status: RunStatus;
  occurrences: Occurrence[];
  outcome?: WriteOutcome;
  link?: Link;
  /** The Doc was found deleted and has left this user's list. */
  gone?: boolean;
}

function describeWrite(outcome: WriteOutcome | undefined, next: Occurrence | undefined, forced: boolean): string {
  const parts: string[] = [];
  if (outcome?.inserted && outcome.wrote) parts.push(`Added the section “${outcome.inserted.headingText}”.`);
  if (outcome?.adopted !== undefined && outcome.wrote)
    parts.push(`“${outcome.adopted}” is now this meeting’s section, with what it lacked added.`);
  if (outcome?.redated) parts.push(`Re-dated ${outcome.redated} moved meeting${outcome.redated > 1 ? 's' : ''}.`);
  if (outcome?.cancelled)
    parts.push(`Marked ${outcome.cancelled} cancelled meeting${outcome.cancelled > 1 ? 's' : ''}.`);
  for (const date of outcome?.movedLeftAsWritten ?? [])
    parts.push(`A meeting moved to ${formatShortDay(date)} (heading left as you wrote it).`);
  if (parts.length > 0) return parts.join(' ');
  if (!next) return 'No upcoming 1:1 in the next two months.';
  if (forced) return `The section for the next 1:1 (${next.date}) is already in the Doc.`;
  return `Up to date. Next 1:1: ${next.start.slice(0, 16).replace('T', ' ')}.`;
}

/**
 * Does a run's work for one Doc and records its status. Failures are recorded in words and put the next attempt off
 * (an hour, or a day when the event is gone), so a broken link never turns into a loop of failing runs.
 */
export function runCheck(
  documentId: string,
  book: Book,
  shared: Shared,
  trigger: TriggerName,
  nowMs: number,
  email: string,
  options: RunOptions,
): CheckResult {
  const at = iso(nowMs);
  let bookGone = false;
  const finish = (status: RunStatus, result: Omit<CheckResult, 'status'>): CheckResult => {
    // A Doc found deleted has no records left to write: its account line says what happened.
    if (bookGone) return { status, ...result, gone: true };
    if (options.keepBook) saveBook(book);
    saveStatus(documentId, status);
    return { status, ...result };
  };
  let link = shared.link;
  if (!link) {
    // Unlinked by the other person: nothing to prepare until someone links it again from the sidebar.
    book.nextCheckAt = NEVER;
    return finish(
      {
        at,
        trigger,
        outcome: 'error',
        message: 'This Doc is not linked to a calendar series. Link it from the sidebar.',
      },
      { occurrences: [] },
    );
  }
  book.link = link;
  book.settings = shared.settings;
  const calendarId = calendarFor(link, email);
  let occurrences: Occurrence[];
  try {
    occurrences = fetchOccurrences(link, book, email, nowMs);
    // Nothing held ahead: the series was deleted, split ("this and following"), has ended, or is paused.
    if (!occurrences.some((o) => !o.cancelled && o.endMs > nowMs)) {
      const seriesId = localEventId(link, book);
      // A deleted event still answers get, as cancelled.
      if (getEvent(calendarId, seriesId).status === 'cancelled') throw new SeriesDeleted();
      const successor = followSplit(link, seriesId, calendarId, occurrences, nowMs);
      if (successor) {
        link = successor;
        // The successor was found in this user's calendar: its id is theirs, and the link now carries it.
        delete book.localEventId;
        saveLinkEverywhere(link, book, options.inThisDoc);
        occurrences = fetchOccurrences(link, book, email, nowMs);
      } else if (!occurrences.some((o) => o.endMs > nowMs)) {
        book.ended = true;
        book.nextCheckAt = NEVER;
        return finish(
          {
            at,
            trigger,
            outcome: 'nothing to do',
            message: `The series “${link.title}” has ended. Link this Doc to your next recurring 1:1 to carry on.`,
          },
          { occurrences, link },
        );
      }
    }
  } catch (error) {
    const problem = calendarProblem(error);
    book.nextCheckAt = nowMs + (problem === 'not-found' || problem === 'forbidden' ? DAY_MS : HOUR_MS);
    return finish(
      { at, trigger, outcome: 'error', message: describeCalendarProblem(problem) },
      { occurrences: [], link },
    );
  }
  book.ended = false;
  const settings = shared.settings;
  const next = nextOccurrence(occurrences, nowMs);
  const due = Boolean(next && (options.force || isDue(next, nowMs, settings.leadHours)));
  const digest = changesDigest(occurrences);
  // Already prepared, and nothing moved since: the Doc need not even be read.
  const prepared = Boolean(next && book.preparedKey === next.key && !options.force);
  let outcome: WriteOutcome | undefined;
  if ((due && !prepared) || digest !== book.digest || options.force) {
    try {
      outcome = withDocumentLock(() =>
        writeDocWork(
          documentId,
          shared.tabId,
          { ...(due && next ? { insert: { date: next.date, key: next.key } } : {}), occurrences },
          settings,
        ),
      );
      rememberNotesTab(outcome.parsed.tabId, book, options.inThisDoc);
    } catch (error) {
      const problem = docsProblem(error);
      if (problem !== 'other') {
        // The Doc is gone, or this user may no longer edit it: trying every hour would only fail every hour. A gone
        // Doc leaves this user's list; one they cannot edit waits until their sidebar is open in it again.
        book.nextCheckAt = NEVER;
        if (problem === 'forbidden') book.noAccess = true;
        if (problem === 'not-found' && options.keepBook) {
          forgetDeletedDoc(documentId, at, GONE_MESSAGE);
          bookGone = true;
        }
        return finish(
          {
            at,
            trigger,
            outcome: 'error',
            message:
              problem === 'not-found'
                ? GONE_MESSAGE
                : 'You can no longer edit this Doc, so automatic preparation for it has stopped. Ask for edit access, then link again.',
          },
          { occurrences, link },
        );
      }
      book.nextCheckAt = nowMs + HOUR_MS;
      return finish({ at, trigger, outcome: 'error', message: userMessage(error) }, { occurrences, link });
    }
    if (outcome.inserted && outcome.wrote && next)
      recordInsert({ key: next.key, date: next.date, at }, options.inThisDoc);
  }
  book.digest = digest;
  if (due && next) book.preparedKey = next.key;
  book.nextCheckAt = nextCheckAt(occurrences, nowMs, settings.leadHours);
  const inserted = Boolean((outcome?.inserted || outcome?.adopted !== undefined) && outcome?.wrote);
  return finish(
    {
      at,
      trigger,
      outcome: inserted ? 'inserted' : 'nothing to do',
      message: describeWrite(outcome, next, Boolean(options.force)),
    },
    { occurrences, link, ...(outcome ? { outcome } : {}) },
  );
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
export function calendarChanged(
  documentId: string,
  calendarId: string,
  link: Link,
  seriesId: string,
  nowMs: number,
): boolean {
  const token = loadSyncToken(documentId);
  const fullSyncFrom = iso(nowMs - DAY_MS);
  let changes: ReturnType<typeof listChanges>;
  let full = !token;
  try {
    changes = listChanges(calendarId, token, fullSyncFrom);
  } catch (error) {
    if (!token || calendarProblem(error) !== 'sync-expired') throw error;
    saveSyncToken(documentId, undefined);
    changes = listChanges(calendarId, undefined, fullSyncFrom);
    full = true;
  }
  saveSyncToken(documentId, changes.nextSyncToken);
  return full || changes.items.some((ev) => concernsSeries(ev, link, seriesId));
}
