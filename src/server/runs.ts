// A trigger's run over every Doc this user linked: which Docs are due, each checked on its own, a failure in one never stopping the rest.
import type { Book } from '../core/link';
import type { TriggerName } from '../shared/types';
import { calendarDate } from './environment';
import { summariseRun } from './overview';
import { type Shared, sharedCopy } from './properties';
import {
  type CheckResult,
  calendarChanged,
  calendarFor,
  localEventId,
  type RunScope,
  recordFailure,
  runCheck,
} from './schedule';
import { callerTimeZone } from './zone';

/**
 * A due Doc costs a Calendar read and, when something is to be written, a Docs read and write: forty of them stay well
 * inside the six minutes one execution may take (docs/PLATFORM.md, Quotas). The rest, most overdue first, go next hour.
 */
export const MAX_DOCS_PER_RUN = 40;

/** One Doc's run by this user's trigger: the Book is theirs, and the Doc's properties are at hand only in its host. */
function triggerScope(book: Book, trigger: TriggerName, host: string, nowMs: number): RunScope {
  return {
    documentId: book.documentId,
    book,
    nowMs,
    trigger,
    options: { inThisDoc: book.documentId === host, keepBook: true },
  };
}

/**
 * The hourly run; answers how many Docs are still listed. A Doc whose next look is still ahead costs nothing; so an idle run is one read of this user's
 * properties and, when the trigger's own Doc is linked, one of that Doc's (where the other person may have changed
 * the lead time).
 */
export function runDueDocs(books: Book[], host: string, nowMs: number, email: string): number {
  const shared = new Map<string, Shared | undefined>();
  const hostBook = books.find((b) => b.documentId === host);
  if (hostBook?.link) {
    const fromDoc = sharedCopy(hostBook, host);
    shared.set(host, fromDoc);
    // The wait was reckoned with this user's copy of the settings: a lead time changed since no longer holds.
    if (fromDoc && hostBook.settings && fromDoc.settings.leadHours !== hostBook.settings.leadHours) {
      hostBook.nextCheckAt = 0;
      hostBook.ended = false;
    }
  }
  const due = books
    .filter((b) => !b.ended && (b.nextCheckAt ?? 0) <= nowMs)
    .sort((a, b) => (a.nextCheckAt ?? 0) - (b.nextCheckAt ?? 0))
    .slice(0, MAX_DOCS_PER_RUN);
  let gone = 0;
  for (const book of due) {
    const sharedOfDoc = shared.has(book.documentId) ? shared.get(book.documentId) : sharedCopy(book, host);
    const run = { ...triggerScope(book, 'Hourly check', host, nowMs), shared: sharedOfDoc, email };
    if (checked(book, runCheck(run), email, nowMs).gone) gone++;
  }
  return books.length - gone;
}

/**
 * The calendar trigger's run: an incremental sync per linked Doc (one Calendar call each) says whether the change
 * concerns its series; a Doc whose series changed is checked at once.
 */
export function runOnCalendarChange(books: Book[], host: string, nowMs: number, email: string): number {
  let gone = 0;
  for (const book of books) {
    const shared = sharedCopy(book, host);
    if (!shared?.link) continue;
    const scope = triggerScope(book, 'Calendar change', host, nowMs);
    try {
      const link = shared.link;
      // The event's calendarId is not trusted (anyone can call a top-level function): the user's own calendar is read.
      const changed = calendarChanged(book.documentId, calendarFor(link, email), link, localEventId(link, book), nowMs);
      if (!changed) continue;
    } catch (error) {
      // Only the status: a sync that failed puts off none of the Doc's own checks.
      recordFailure({ ...scope, options: { ...scope.options, keepBook: false } }, error);
      continue;
    }
    book.ended = false;
    book.nextCheckAt = 0;
    if (checked(book, runCheck({ ...scope, shared, email }), email, nowMs).gone) gone++;
  }
  return books.length - gone;
}

/** A run's reads also refresh this user's summary of the Doc for All my 1:1s, at no extra call. */
function checked(book: Book, result: CheckResult, email: string, nowMs: number): CheckResult {
  if (result.gone) return result;
  try {
    const today = calendarDate(new Date(nowMs), callerTimeZone(undefined, book.calendarTimeZone));
    summariseRun(
      book,
      { occurrences: result.occurrences, ...(result.outcome ? { parsed: result.outcome.parsed } : {}) },
      email,
      nowMs,
      today,
    );
  } catch (error) {
    console.error(error);
  }
  return result;
}
