// One run of the schedule: read the series' occurrences, follow moves, cancellations and splits, insert what is due.

import type { DocWork } from '../core/follow';
import { dayKey } from '../core/keys';
import type { Book, Link } from '../core/link';
import type { IsoDate } from '../core/model';
import {
  changesDigest,
  DAY_MS,
  HOUR_MS,
  isDue,
  nextCheckAt,
  nextOccurrence,
  type Occurrence,
  toOccurrences,
  withKnownTimes,
} from '../core/occurrences';
import { describeSeriesRun, describeTodayRun, sectionWritten } from '../core/runReport';
import { attendeeEmails, findSuccessor } from '../core/successor';
import { isTimeZone } from '../core/zone';
import { userMessage } from '../shared/errors';
import type { RunStatus, TriggerName } from '../shared/types';
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
import { forgetDeletedDoc } from './linking';
import { settleTemplate, type WriteOutcome, writeDocWork } from './prepare';
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
import { knownPeople } from './sharing';

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
  const organizer = sample.organizer?.email?.toLowerCase();
  return {
    ...link,
    eventId: successorId,
    iCalUID: sample.iCalUID,
    timeZone: sample.start?.timeZone ?? link.timeZone,
    title: sample.summary ?? link.title,
    attendees: attendeeEmails(sample),
    ...(organizer ? { organizer } : {}),
    previous: [...(link.previous ?? []), { eventId: link.eventId, iCalUID: link.iCalUID, endedAt: iso(endedAt) }].slice(
      -10,
    ),
  };
}

/** The linked series was deleted: reported like an event that can no longer be found. */
class SeriesDeleted extends Error {
  constructor() {
    super('Not Found: the linked series was deleted');
  }
}

const GONE_MESSAGE = 'This Doc was deleted or can no longer be opened, so automatic preparation for it has stopped.';
const NO_EDIT_ACCESS =
  'You can no longer edit this Doc, so automatic preparation for it has stopped. Ask for edit access, then link again.';
const NOT_LINKED = 'This Doc is not linked to a calendar series. Link it from the sidebar.';
const NO_COPY =
  'Open the sidebar in this Doc once: the add-on needs to read its link again before it can prepare sections here.';

/** How a run sees the Doc it works on. */
export interface RunOptions {
  /** Prepare now: insert the next section whatever the lead time. */
  force?: boolean;
  /** The run executes inside this Doc (its sidebar, or the trigger created in it), so the Doc's properties are its own. */
  inThisDoc: boolean;
  /** Whether the Book is this user's record to keep (they linked the Doc), or only lent for one sidebar action. */
  keepBook: boolean;
}

/** One run of one Doc, as far as its records go. */
export interface RunScope {
  documentId: string;
  /** This user's bookkeeping of the Doc: the run updates it, and saves it only when `options.keepBook`. */
  book: Book;
  nowMs: number;
  trigger: TriggerName;
  options: RunOptions;
}

/** One run of one Doc and what it works from: the Doc's link and settings (none when this user has no copy). */
export interface Run extends RunScope {
  shared: Shared | undefined;
  email: string;
}

export interface CheckResult {
  status: RunStatus;
  occurrences: Occurrence[];
  outcome?: WriteOutcome;
  /** The Doc was found deleted and has left this user's list. */
  gone?: boolean;
}

/** What a run did, for its records. */
export interface RunRecord {
  outcome: RunStatus['outcome'];
  message: string;
  /** The section it added, for the Doc's ledger. */
  added?: { key: string; date: IsoDate };
  /** The next meeting's start, which the sidebar shows in the user's zone. */
  next?: string;
}

const statusOfRun = (run: RunScope, record: RunRecord): RunStatus => ({
  at: iso(run.nowMs),
  trigger: run.trigger,
  outcome: record.outcome,
  message: record.message,
  ...(record.next ? { next: record.next } : {}),
});

/** Writes what a run did: the Doc's ledger, this user's bookkeeping when it is theirs to keep, and the run's status. */
export function recordRun(run: RunScope, record: RunRecord): RunStatus {
  const status = statusOfRun(run, record);
  if (record.added) recordInsert({ ...record.added, at: status.at }, run.options.inThisDoc);
  if (run.options.keepBook) saveBook(run.book);
  saveStatus(run.documentId, status);
  return status;
}

/**
 * A run that failed unforeseen: its status says so in one line. A store that refuses even that is only logged, so
 * that a trigger's other Docs still get their turn.
 */
export function recordFailure(run: RunScope, error: unknown): CheckResult {
  console.error(error);
  const record: RunRecord = { outcome: 'error', message: userMessage(error) };
  try {
    return { status: recordRun(run, record), occurrences: [] };
  } catch (saveError) {
    console.error(saveError);
    return { status: statusOfRun(run, record), occurrences: [] };
  }
}

/** A run's work, with whatever goes wrong unforeseen recorded as its status and its next try put off an hour. */
function recorded(run: RunScope, work: () => CheckResult): CheckResult {
  try {
    return work();
  } catch (error) {
    run.book.nextCheckAt = run.nowMs + HOUR_MS;
    return recordFailure(run, error);
  }
}

/**
 * Writes a run's work into the Doc under the document lock, remembers the tab the notes were found in, and sets a
 * one-off template that has had its section back to the regular one.
 */
function writeWork(run: Run, shared: Shared, work: DocWork): WriteOutcome {
  // Only a new section carries items, so only then are the people whose names become chips looked up.
  const people = work.insert ? { people: knownPeople(shared.link?.attendees ?? [], run.options.inThisDoc) } : {};
  const outcome = withDocumentLock(() =>
    writeDocWork(run.documentId, shared.tabId, { ...work, ...people }, shared.settings),
  );
  rememberNotesTab(outcome.parsed.tabId, run.book, run.options.inThisDoc);
  settleTemplate(outcome.parsed, shared, run.book, run.options.inThisDoc, outcome.template);
  return outcome;
}

/** The series as a run goes on with it: its link (a split's successor, once followed) and occurrences around now. */
interface SeriesNow {
  link: Link;
  occurrences: Occurrence[];
  /** After a split just followed: the ended series' occurrences, whose sections still follow their moves and cancellations. */
  endedSeries?: Occurrence[];
  /** Nothing is ahead and no successor was found. */
  ended: boolean;
}

/** Reads the series; when nothing is held ahead it was deleted, split ("this and following"), has ended, or is paused. */
function followSeries(run: Run, link: Link): SeriesNow {
  const { book, email, nowMs } = run;
  const occurrences = fetchOccurrences(link, book, email, nowMs);
  if (occurrences.some((o) => !o.cancelled && o.endMs > nowMs)) return { link, occurrences, ended: false };
  const calendarId = calendarFor(link, email);
  const seriesId = localEventId(link, book);
  // A deleted event still answers get, as cancelled.
  if (getEvent(calendarId, seriesId).status === 'cancelled') throw new SeriesDeleted();
  const successor = followSplit(link, seriesId, calendarId, occurrences, nowMs);
  if (!successor) return { link, occurrences, ended: !occurrences.some((o) => o.endMs > nowMs) };
  // The successor was found in this user's calendar: its id is theirs, and the link now carries it.
  delete book.localEventId;
  saveLinkEverywhere(successor, book, run.options.inThisDoc);
  return {
    link: successor,
    occurrences: fetchOccurrences(successor, book, email, nowMs),
    ended: false,
    endedSeries: occurrences,
  };
}

/** The series could not be read: said in words, tried again in an hour, or in a day when the event is gone or refused. */
function calendarFailed(run: Run, error: unknown): CheckResult {
  const problem = calendarProblem(error);
  run.book.nextCheckAt = run.nowMs + (problem === 'not-found' || problem === 'forbidden' ? DAY_MS : HOUR_MS);
  return { status: recordRun(run, { outcome: 'error', message: describeCalendarProblem(problem) }), occurrences: [] };
}

/**
 * The Doc could not be written. When it is gone, or this user may no longer edit it, trying every hour would only
 * fail every hour: a gone Doc leaves this user's list; one they cannot edit waits until their sidebar is open in it
 * again. Anything else is unforeseen and left to `recorded`.
 */
function docsFailed(run: Run, error: unknown): CheckResult {
  const problem = docsProblem(error);
  if (problem === 'other') throw error;
  run.book.nextCheckAt = NEVER;
  if (problem === 'forbidden') run.book.noAccess = true;
  if (problem === 'not-found' && run.options.keepBook) {
    forgetDeletedDoc(run.documentId, iso(run.nowMs), GONE_MESSAGE);
    // A Doc found deleted has no records left to write: its account line says what happened.
    return { status: statusOfRun(run, { outcome: 'error', message: GONE_MESSAGE }), occurrences: [], gone: true };
  }
  const message = problem === 'not-found' ? GONE_MESSAGE : NO_EDIT_ACCESS;
  return { status: recordRun(run, { outcome: 'error', message }), occurrences: [] };
}

/** Writes what is due (the next section once within the lead time, what moved or was cancelled) and records it. */
function prepareDue(run: Run, shared: Shared, occurrences: Occurrence[], endedSeries: Occurrence[] = []): CheckResult {
  const { book, nowMs, options } = run;
  const { leadHours } = shared.settings;
  const next = nextOccurrence(occurrences, nowMs);
  const due = Boolean(next && (options.force || isDue(next, nowMs, leadHours)));
  const followed = [...endedSeries, ...occurrences];
  const digest = changesDigest(followed);
  // Already prepared, and nothing moved since: the Doc need not even be read.
  const prepared = Boolean(next && book.preparedKey === next.key && !options.force);
  let outcome: WriteOutcome | undefined;
  if ((due && !prepared) || digest !== book.digest || options.force) {
    const insert = due && next ? { insert: { date: next.date, key: next.key } } : {};
    try {
      outcome = writeWork(run, shared, { ...insert, occurrences: followed });
    } catch (error) {
      return docsFailed(run, error);
    }
  }
  book.digest = digest;
  if (due && next) book.preparedKey = next.key;
  book.nextCheckAt = nextCheckAt(occurrences, nowMs, leadHours);
  const status = recordRun(run, {
    outcome: sectionWritten(outcome) ? 'inserted' : 'nothing to do',
    message: describeSeriesRun(outcome, next, Boolean(options.force)),
    ...(next ? { next: next.start } : {}),
    ...(outcome?.inserted && next ? { added: { key: next.key, date: next.date } } : {}),
  });
  return { status, occurrences, ...(outcome ? { outcome } : {}) };
}

/**
 * Does a run's work for one linked Doc and records its status. Failures are recorded in words and put the next
 * attempt off (an hour, or a day when the event is gone), so a broken link never turns into a loop of failing runs.
 */
export function runCheck(run: Run): CheckResult {
  return recorded(run, () => {
    const { book, shared } = run;
    if (!shared?.link) {
      // No copy of the link here, or unlinked by the other person: nothing to prepare until the sidebar is open again.
      book.nextCheckAt = NEVER;
      return { status: recordRun(run, { outcome: 'error', message: shared ? NOT_LINKED : NO_COPY }), occurrences: [] };
    }
    book.link = shared.link;
    book.settings = shared.settings;
    let series: SeriesNow;
    try {
      series = followSeries(run, shared.link);
    } catch (error) {
      return calendarFailed(run, error);
    }
    book.ended = series.ended;
    if (!series.ended) return prepareDue(run, shared, series.occurrences, series.endedSeries);
    book.nextCheckAt = NEVER;
    const message = `The series “${series.link.title}” has ended. Link this Doc to your next recurring 1:1 to carry on.`;
    return { status: recordRun(run, { outcome: 'nothing to do', message }), occurrences: series.occurrences };
  });
}

/**
 * Prepare now in a Doc linked to no series: today's section, today in the user's own zone, keyed by the date so that
 * pressing it twice on one day adds one section.
 */
export function prepareToday(run: Run & { shared: Shared }, today: IsoDate): CheckResult {
  return recorded(run, () => {
    const key = dayKey(today);
    const outcome = writeWork(run, run.shared, { insert: { date: today, key } });
    const written = sectionWritten(outcome);
    const status = recordRun(run, {
      outcome: written ? 'inserted' : 'nothing to do',
      message: describeTodayRun(outcome),
      ...(written ? { added: { key, date: today } } : {}),
    });
    return { status, occurrences: [], outcome };
  });
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
