// One run of the schedule: read the series' occurrences, follow moves, cancellations and splits, insert what is due.
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
import type { RunStatus } from '../shared/types';
import type { Event } from '../types/calendar-api';
import { calendarProblem, describeCalendarProblem, getEvent, listChanges, listInstances, listWindow } from './calendar';
import { docsProblem } from './docs';
import { withDocumentLock } from './environment';
import { userMessage } from './errors';
import { type WriteOutcome, writeDocWork } from './prepare';
import {
  loadSyncToken,
  recordInsert,
  type Shared,
  saveBook,
  saveLinkEverywhere,
  saveStatus,
  saveSyncToken,
  unmapTrigger,
} from './properties';
import { removeTriggerById } from './triggers';

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

/** The series' occurrences around now, cancelled ones included, dated in the event's own zone. One Calendar call. */
export function fetchOccurrences(link: Link, calendarId: string, nowMs: number): Occurrence[] {
  const items = listInstances(calendarId, link.eventId, {
    timeMin: iso(nowMs - PAST_WINDOW_MS),
    timeMax: iso(nowMs + FUTURE_WINDOW_MS),
    timeZone: link.timeZone,
  });
  return toOccurrences(items, link.iCalUID);
}

/** After a "this and following" edit the old series stops: find the series that continues it. */
function followSplit(link: Link, calendarId: string, occurrences: Occurrence[], nowMs: number): Link | undefined {
  const endedAt = occurrences.length > 0 ? Math.max(...occurrences.map((o) => o.endMs)) : nowMs;
  const from = Math.min(endedAt, nowMs) - DAY_MS;
  const candidates: Event[] = listWindow(calendarId, iso(from), iso(Math.max(endedAt, nowMs) + 35 * DAY_MS));
  const successorId = findSuccessor(
    { seriesId: link.eventId, title: link.title, attendees: link.attendees },
    candidates,
    endedAt,
  );
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

/** Removes this user's triggers for the Doc from inside a run, and forgets them. */
function stopTriggers(book: Book): void {
  for (const uid of [book.hourlyTrigger, book.calendarTrigger]) {
    if (!uid) continue;
    removeTriggerById(uid);
    unmapTrigger(uid);
  }
  delete book.hourlyTrigger;
  delete book.calendarTrigger;
  book.nextCheckAt = NEVER;
}

export interface CheckResult {
  status: RunStatus;
  occurrences: Occurrence[];
  outcome?: WriteOutcome;
  link?: Link;
}

function describeWrite(outcome: WriteOutcome | undefined, next: Occurrence | undefined, forced: boolean): string {
  const parts: string[] = [];
  if (outcome?.inserted && outcome.wrote) parts.push(`Added the section “${outcome.inserted.headingText}”.`);
  if (outcome?.redated) parts.push(`Re-dated ${outcome.redated} moved meeting${outcome.redated > 1 ? 's' : ''}.`);
  if (outcome?.cancelled)
    parts.push(`Marked ${outcome.cancelled} cancelled meeting${outcome.cancelled > 1 ? 's' : ''}.`);
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
  trigger: string,
  nowMs: number,
  email: string,
  options: { force?: boolean } = {},
): CheckResult {
  const at = iso(nowMs);
  const finish = (status: RunStatus, result: Omit<CheckResult, 'status'>): CheckResult => {
    saveBook(book);
    saveStatus(documentId, status);
    return { status, ...result };
  };
  let link = shared.link;
  if (!link)
    return finish(
      {
        at,
        trigger,
        outcome: 'error',
        message: 'This Doc is not linked to a calendar series. Link it from the sidebar.',
      },
      { occurrences: [] },
    );
  book.link = link;
  book.settings = shared.settings;
  const calendarId = calendarFor(link, email);
  let occurrences: Occurrence[];
  try {
    occurrences = fetchOccurrences(link, calendarId, nowMs);
    // Nothing held ahead: the series was deleted, split ("this and following"), has ended, or is paused.
    if (!occurrences.some((o) => !o.cancelled && o.endMs > nowMs)) {
      // A deleted event still answers get, as cancelled.
      if (getEvent(calendarId, link.eventId).status === 'cancelled') throw new SeriesDeleted();
      const successor = followSplit(link, calendarId, occurrences, nowMs);
      if (successor) {
        link = successor;
        saveLinkEverywhere(link, book);
        occurrences = fetchOccurrences(link, calendarFor(link, email), nowMs);
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
  let outcome: WriteOutcome | undefined;
  if (due || digest !== book.digest || options.force) {
    try {
      outcome = withDocumentLock(() =>
        writeDocWork(
          documentId,
          { ...(due && next ? { insert: { date: next.date, key: next.key } } : {}), occurrences },
          settings,
        ),
      );
    } catch (error) {
      const problem = docsProblem(error);
      if (problem !== 'other') {
        // The Doc is gone, or this user may no longer edit it: trying every hour would only fail every hour.
        stopTriggers(book);
        return finish(
          {
            at,
            trigger,
            outcome: 'error',
            message:
              problem === 'not-found'
                ? 'This Doc was deleted or can no longer be opened, so automatic preparation for it has stopped.'
                : 'You can no longer edit this Doc, so automatic preparation for it has stopped. Ask for edit access, then link again.',
          },
          { occurrences, link },
        );
      }
      book.nextCheckAt = nowMs + HOUR_MS;
      return finish({ at, trigger, outcome: 'error', message: userMessage(error) }, { occurrences, link });
    }
    if (outcome.inserted && outcome.wrote && next) recordInsert({ key: next.key, date: next.date, at });
  }
  book.digest = digest;
  // Once the next meeting's section is there, the meeting after it is the one to wait for.
  const waitingFor = due ? occurrences.find((o) => !o.cancelled && o.startMs > (next?.startMs ?? nowMs)) : next;
  book.nextCheckAt = nextCheckAt(waitingFor, nowMs, settings.leadHours, Boolean(book.calendarTrigger));
  const inserted = Boolean(outcome?.inserted && outcome.wrote);
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
function concernsSeries(ev: Event, link: Link): boolean {
  if (ev.id === link.eventId || ev.recurringEventId === link.eventId || ev.iCalUID === link.iCalUID) return true;
  if (!ev.recurrence || (ev.summary ?? '').trim().toLowerCase() !== link.title.trim().toLowerCase()) return false;
  const attendees = attendeeEmails(ev);
  const linked = [...link.attendees].sort();
  return attendees.length === linked.length && attendees.every((a, i) => a === linked[i]);
}

/**
 * Reads what changed in the calendar since the stored sync token. An expired or unreadable token means a full sync,
 * after which every change counts as possibly ours. One Calendar call when nothing concerns the series.
 */
export function calendarChanged(documentId: string, calendarId: string, link: Link, nowMs: number): boolean {
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
  return full || changes.items.some((ev) => concernsSeries(ev, link));
}
