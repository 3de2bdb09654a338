// All my 1:1s: this user's summaries of their linked Docs, kept fresh by sidebar reads and runs, read back in one go.
import type { Book } from '../core/link';
import type { ItemState } from '../core/markers';
import type { ParsedDoc } from '../core/model';
import { nextScheduled, type Occurrence } from '../core/occurrences';
import {
  type DocSummary,
  MAX_FAILURES,
  type OverviewEntry,
  overviewOf,
  type RefreshResult,
  readRefreshProgress,
  readRefreshResult,
  readSummary,
  summaryFromState,
  summaryOf,
  summaryRecord,
} from '../core/overview';
import { commitmentsOf, lastMeeting } from '../core/sidebarState';
import { statusOf, UserError, userMessage } from '../shared/errors';
import type { OverviewState, SidebarState } from '../shared/types';
import { setState } from './edits';
import { calendarDate, now } from './environment';
import { readParsedDoc } from './prepare';
import { loadOverviewRecords, loadSummary, saveRefreshProgress, saveRefreshResult, saveSummary } from './properties';

/** A summary is never worth failing the call that read the Doc: at worst the overview shows an older one. */
function keep(documentId: string, summary: DocSummary): void {
  try {
    saveSummary(documentId, summaryRecord(summary));
  } catch (error) {
    console.error(error);
  }
}

/** After every read of a linked Doc in its sidebar: the state holds all a summary needs, so it costs no call. */
export function summariseState(documentId: string, state: SidebarState, context: SummaryContext): void {
  if (!state.linked) return;
  keep(documentId, summaryFromState(state, context));
}

export interface SummaryContext {
  title: string;
  atMs: number;
  today: string;
  attendees?: readonly string[];
}

/** The last 1:1 that took place, by the calendar when its meetings are known, else by the Doc's sections. */
function lastHeldOf(parsed: ParsedDoc | undefined, occurrences: readonly Occurrence[], nowMs: number, today: string) {
  const held = occurrences.filter((o) => !o.cancelled && o.startMs <= nowMs);
  if (held.length > 0) return held[held.length - 1]!.date;
  return parsed ? lastMeeting(parsed, today, { nowMs })?.date : undefined;
}

/**
 * After a run for a linked Doc: what it read. With the Doc read, the whole summary is made again; with only the
 * calendar read, the stored one gets the new next meeting and last meeting held. Without a calendar read (a refresh,
 * an item ticked from All my 1:1s) the next meeting stays as last seen, while it is still ahead.
 */
export function summariseRun(
  book: Book,
  read: { parsed?: ParsedDoc; occurrences: readonly Occurrence[] },
  me: string,
  nowMs: number,
  today: string,
): void {
  if (!book.link) return;
  const stored = readSummary(loadSummary(book.documentId));
  const next = nextScheduled([...read.occurrences], nowMs);
  const seen = stored?.next && Date.parse(stored.next.start) > nowMs ? stored.next : undefined;
  const nextMeeting = next
    ? { start: next.start, cancelled: next.cancelled, moved: next.moved }
    : read.occurrences.length === 0
      ? seen
      : undefined;
  const lastHeld = lastHeldOf(read.parsed, read.occurrences, nowMs, today) ?? stored?.lastHeld;
  if (!read.parsed) {
    if (!stored || read.occurrences.length === 0) return;
    const { next: _old, lastHeld: _held, problem: _gone, ...rest } = stored;
    keep(book.documentId, {
      ...rest,
      ...(nextMeeting ? { next: nextMeeting } : {}),
      ...(lastHeld ? { lastHeld } : {}),
    });
    return;
  }
  const parsed = read.parsed;
  const upcoming = next ? parsed.sections.find((s) => s.key === next.key) : undefined;
  const last = lastMeeting(parsed, today, { nowMs, occurrences: read.occurrences, ...(upcoming ? { upcoming } : {}) });
  keep(
    book.documentId,
    summaryOf({
      title: parsed.title || stored?.title || book.link.title,
      me,
      atMs: nowMs,
      commitments: commitmentsOf(parsed, last, { today, ...(upcoming ? { upcoming } : {}) }),
      ...(nextMeeting ? { nextMeeting } : {}),
      ...(lastHeld ? { lastHeld } : {}),
      attendees: book.link.attendees,
    }),
  );
}

function entryOf(book: Book, summaries: Record<string, string>): OverviewEntry {
  const summary = readSummary(summaries[book.documentId]);
  const problem = book.noAccess ? 'You can no longer edit this Doc: ask its owner for access.' : undefined;
  return {
    documentId: book.documentId,
    fallbackTitle: book.link?.title ?? 'A 1:1 Doc',
    ...(summary ? { summary } : {}),
    ...(problem ? { problem } : {}),
  };
}

/** All my 1:1s from this user's store alone: one read of their properties, no Docs or Calendar call. */
export function overviewNow(timeZone: string): OverviewState {
  const at = now();
  const records = loadOverviewRecords();
  const linked = records.books.filter((b) => b.link);
  const overview = overviewOf(
    linked.map((b) => entryOf(b, records.summaries)),
    calendarDate(at, timeZone),
    at.getTime(),
  );
  const refreshing = readRefreshProgress(records.progress, at.getTime());
  const refreshed = readRefreshResult(records.result);
  return { ...overview, ...(refreshing ? { refreshing } : {}), ...(refreshed ? { refreshed } : {}) };
}

/** The reason a Doc could not be read, for its line in the refresh's result. */
function readFailure(error: unknown): string {
  const status = statusOf(error);
  if (status === 404) return 'This Doc was deleted, or you can no longer open it.';
  if (status === 403) return 'You can no longer open this Doc: ask its owner for access.';
  return userMessage(error);
}

/** How often a refresh says how far it got: every few Docs, so its own writes stay a small part of its time. */
const PROGRESS_EVERY = 5;

/**
 * "Refresh all": every linked Doc read again, one Docs get each, in this one execution; no Calendar call (the next
 * meeting stays as the last run or sidebar read saw it). Its progress is kept for another call to show meanwhile.
 */
export function refreshAll(me: string, timeZone: string): OverviewState {
  const books = loadOverviewRecords().books.filter((b) => b.link);
  const failures: RefreshResult['failures'] = [];
  const started = now().getTime();
  saveRefreshProgress(JSON.stringify({ done: 0, total: books.length, at: started }));
  try {
    books.forEach((book, index) => {
      const nowMs = now().getTime();
      try {
        const parsed = readParsedDoc(book.documentId, book.tabId);
        summariseRun(book, { parsed, occurrences: [] }, me, nowMs, calendarDate(now(), timeZone));
      } catch (error) {
        const message = readFailure(error);
        const stored = readSummary(loadSummary(book.documentId));
        const title = stored?.title ?? book.link?.title ?? 'A 1:1 Doc';
        failures.push({ documentId: book.documentId, title, message });
        if (stored) keep(book.documentId, { ...stored, problem: message });
      }
      if ((index + 1) % PROGRESS_EVERY === 0 && index + 1 < books.length)
        saveRefreshProgress(JSON.stringify({ done: index + 1, total: books.length, at: nowMs }));
    });
  } finally {
    saveRefreshProgress(undefined);
  }
  const result: RefreshResult = {
    at: now().toISOString(),
    read: books.length - failures.length,
    failures: failures.slice(0, MAX_FAILURES),
  };
  saveRefreshResult(JSON.stringify(result));
  return overviewNow(timeZone);
}

/** Refused before anything is read: a Doc id from the sidebar must be one of this user's own linked Docs. */
export function ownBook(documentId: unknown): Book {
  const books = loadOverviewRecords().books;
  const book = typeof documentId === 'string' ? books.find((b) => b.documentId === documentId && b.link) : undefined;
  if (!book) throw new UserError('That Doc is not one of your linked 1:1 Docs, so nothing was written.');
  return book;
}

const itemChanged = (verb: string) =>
  `That item changed in its Doc, so nothing was ${verb}. Here is what your Docs hold now.`;
const itemSuggested = (verb: string) =>
  `Someone suggested a change to that item in its Doc, so nothing was ${verb}: accept or reject the suggestion there first.`;

/**
 * Ticks, unticks or drops an item from All my 1:1s, in its own Doc, under the rules of that Doc's sidebar: every
 * copy, at the revision it read (prepare.ts writeDoc). The Doc's summary is then made again from a fresh read.
 */
export function changeOwnItem(
  book: Book,
  itemId: string,
  state: ItemState,
  verb: string,
  scope: { me: string; timeZone: string },
): OverviewState {
  const { missing, suggested } = setState(book.documentId, book.tabId, itemId, state);
  const parsed = readParsedDoc(book.documentId, book.tabId);
  summariseRun(book, { parsed, occurrences: [] }, scope.me, now().getTime(), calendarDate(now(), scope.timeZone));
  const conflict = missing ? itemChanged(verb) : suggested ? itemSuggested(verb) : undefined;
  return { ...overviewNow(scope.timeZone), ...(conflict ? { conflict } : {}) };
}
