// One run of one Doc: read the series, follow moves, cancellations and splits, and insert what is due, once the Doc's
// own mark says its link is the one this run works from (core/marks.ts).
import { chipPeopleOf } from '../core/carryOver';
import { edited } from '../core/edited';
import { type DocWork, preparedAfter } from '../core/follow';
import { dayKey } from '../core/keys';
import { type Book, type Link, lentBook, previousWith } from '../core/link';
import { docLink, expectedIdentity, judgeCopy, type LinkIdentity, planLinkMark, planMarkRepair } from '../core/marks';
import type { IsoDate, ParsedDoc } from '../core/model';
import { chooseNotesLanguage } from '../core/notesLanguage';
import {
  changesDigest,
  DAY_MS,
  HOUR_MS,
  isDue,
  nextCheckAt,
  nextOccurrence,
  type Occurrence,
} from '../core/occurrences';
import { describeSeriesRun, describeTodayRun, runWrite, sectionWritten, withDaysWrite } from '../core/runReport';
import { snapshotOf } from '../core/snapshot';
import { docsProblem, userMessage } from '../shared/errors';
import { type Message, said } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { RunStatus, TriggerName } from '../shared/types';
import type { Request } from '../types/docs-api';
import { calendarProblem, describeCalendarProblem, getEvent } from './calendar';
import { withDocumentLock } from './environment';
import { forgetDeletedDoc } from './linking';
import { readParsedDoc, settleTemplate, type WriteOutcome, writeDocWork } from './prepare';
import { forgetDoc, recordInsert, rememberNotesTab, type Shared, saveBook } from './records';
import type { Scope } from './scope';
import { calendarFor, fetchOccurrences, followSplit, localEventId, seriesByICalUID } from './series';
import { stateOf } from './state';

/** A run reads a linked Doc at least this often, a little under a day as the daily look's wait is (core/occurrences.ts). */
const DAILY_LOOK_MS = DAY_MS - HOUR_MS;

/** JSON has no Infinity: "never, until something changes". */
export const NEVER = Number.MAX_SAFE_INTEGER;

const iso = (ms: number) => new Date(ms).toISOString();

const GONE_MESSAGE = said('run.docGone');
const NO_EDIT_ACCESS = said('run.docForbidden');
const NOT_LINKED = said('run.notLinked');
const NO_COPY = said('run.openSidebar');
const UNLINKED_BY_OTHER = said('run.unlinkedByOther');
const RELINK_NOT_FOUND = said('run.linkedElsewhere');
const MARK_UNCLEAR = said('run.linkUnreadable');

/** How a run sees the Doc it works on. */
export interface RunOptions {
  /** Prepare now: insert the next section whatever the lead time. */
  force?: boolean;
  /** The run executes inside this Doc (its sidebar), so the Doc's properties are its own, and the truth. */
  inThisDoc: boolean;
  /** Whether the Book is this user's record of a Doc they linked, or only lent for one sidebar action. */
  keepBook: boolean;
}

/** One run of one Doc. */
export interface Run {
  scope: Scope;
  documentId: string;
  /** This user's record of the Doc: the run updates it, and keeps its link and schedule only when `keepBook`. */
  book: Book;
  trigger: TriggerName;
  options: RunOptions;
  /** The Doc's link and settings: its own properties inside it, this user's copy elsewhere (none: no copy). */
  shared: Shared | undefined;
}

export interface CheckResult {
  status: RunStatus;
  occurrences: Occurrence[];
  outcome?: WriteOutcome;
  /** The Doc was found deleted, or unlinked for both: it has left this user's list. */
  gone?: boolean;
}

/** What a run did, for its records. */
export interface RunRecord {
  outcome: RunStatus['outcome'];
  message: Message | Message[];
  /** The section it added, for the Doc's ledger. */
  added?: { key: string; date: IsoDate };
  /** It wrote into the Doc (core/runReport.ts runWrite): the status keeps that for a day. */
  wrote?: { section?: IsoDate };
}

const statusOfRun = (run: Run, record: RunRecord): RunStatus =>
  withDaysWrite(
    {
      at: iso(run.scope.nowMs),
      trigger: run.trigger,
      outcome: record.outcome,
      message: Array.isArray(record.message) ? record.message : [record.message],
    },
    run.book.status,
    record.wrote,
  );

const withWrote = (wrote: RunRecord['wrote']) => (wrote ? { wrote } : {});

/** Writes what a run did: the Doc's ledger, and this user's record of the Doc with its status in it (one value). */
export function recordRun(run: Run, record: RunRecord): RunStatus {
  const status = statusOfRun(run, record);
  if (record.added) recordInsert(run.scope, { ...record.added, at: status.at }, run.options.inThisDoc);
  run.book.status = status;
  saveBook(run.scope, run.options.keepBook ? run.book : lentBook(run.book));
  return status;
}

/** A run that failed unforeseen: its status says so in one line, and its next try is an hour away. */
export function recordFailure(run: Run, error: unknown): CheckResult {
  console.error(error);
  run.book.nextCheckAt = run.scope.nowMs + HOUR_MS;
  return { status: recordRun(run, { outcome: 'error', message: userMessage(error) }), occurrences: [] };
}

function recorded(run: Run, work: () => CheckResult): CheckResult {
  try {
    return work();
  } catch (error) {
    return recordFailure(run, error);
  }
}

/** Why a run stopped before writing: the Doc's mark disagrees with the copy it works from. */
interface Stale {
  verdict: 'unlinked' | 'relinked' | 'unclear';
  identity?: LinkIdentity;
}

/**
 * A write from inside the Doc sets its mark to match its properties. An unlinked Doc whose settings name no language
 * of the notes is written in the one its headings are in, else the person's (core/notesLanguage.ts); linking stores it.
 */
function inTheDoc(run: Run, shared: Shared, parsed: ParsedDoc): { settings?: Settings; before: Request[] } {
  const before = planMarkRepair(parsed, expectedIdentity(shared));
  if (shared.link || !shared.languageOpen) return { before };
  const { language } = chooseNotesLanguage(parsed, run.scope.sentLanguage);
  return { before, settings: { ...shared.settings, notesLanguage: language } };
}

/**
 * What a run may write, after the Doc was read. Inside the Doc, its properties are the truth and the mark is set to
 * match them. Elsewhere the run works from this user's copy, which must be the link the Doc states; the settings are
 * the ones the Doc states; a split the copy followed and the Doc does not name yet is written into its mark.
 */
function checkFor(run: Run, shared: Shared) {
  return (parsed: ParsedDoc): { stop?: Stale; settings?: Settings; before?: ReturnType<typeof planLinkMark> } => {
    if (run.options.inThisDoc) return inTheDoc(run, shared, parsed);
    const link = shared.link!;
    const doc = docLink(parsed);
    const verdict = judgeCopy(doc, link);
    if (verdict === 'unlinked' || verdict === 'relinked' || verdict === 'unclear')
      return { stop: { verdict, ...(doc.kind === 'one' ? { identity: doc.identity } : {}) } };
    if (doc.kind !== 'one') return {};
    const settings = doc.identity.settings ?? shared.settings;
    const followed = doc.identity.series !== undefined && doc.identity.series !== link.iCalUID;
    return {
      settings,
      ...(followed && link.gen ? { before: planLinkMark(parsed, { ...doc.identity, series: link.iCalUID }) } : {}),
    };
  };
}

/**
 * Writes a run's work into the Doc under the document lock, remembers the tab the notes were found in, and sets a
 * one-off template that has had its section back to the regular one.
 */
function writeWork(
  run: Run,
  shared: Shared,
  work: DocWork,
  dueWith?: (settings: Settings) => boolean,
): WriteOutcome & { stopped?: Stale } {
  // Only a new section carries items, so only then are the people whose names become chips needed.
  const people = work.insert ? { people: chipPeopleOf(shared.link) } : {};
  const outcome = withDocumentLock(() =>
    writeDocWork(run.documentId, shared.tabId, { ...work, ...people }, shared.settings, checkFor(run, shared), dueWith),
  );
  if (outcome.stopped) return outcome;
  if (outcome.settingsUsed && run.book.link) run.book.settings = outcome.settingsUsed;
  rememberNotesTab(run.scope, outcome.parsed.tabId, run.book, run.options.inThisDoc);
  settleTemplate(run.scope, outcome.parsed, shared, run.book, run.options.inThisDoc, outcome.template);
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

/** The linked series was deleted: reported like an event that can no longer be found. */
class SeriesDeleted extends Error {
  constructor() {
    super('Not Found: the linked series was deleted');
  }
}

/** Reads the series; when nothing is held ahead it was deleted, split ("this and following"), has ended, or is paused. */
function followSeries(run: Run, link: Link): SeriesNow {
  const { book, scope } = run;
  const email = scope.me();
  const occurrences = fetchOccurrences(link, book, email, scope.nowMs);
  if (occurrences.some((o) => !o.cancelled && o.endMs > scope.nowMs)) return { link, occurrences, ended: false };
  const calendarId = calendarFor(link, email);
  const seriesId = localEventId(link, book);
  // A deleted event still answers get, as cancelled.
  if (getEvent(calendarId, seriesId).status === 'cancelled') throw new SeriesDeleted();
  const successor = followSplit(link, seriesId, calendarId, occurrences, scope.nowMs);
  if (!successor) return { link, occurrences, ended: !occurrences.some((o) => o.endMs > scope.nowMs) };
  // The successor was found in this user's calendar: its id is theirs, and the link now carries it.
  delete book.localEventId;
  book.link = successor;
  if (run.options.inThisDoc && run.shared) run.shared.link = successor;
  return {
    link: successor,
    occurrences: fetchOccurrences(successor, book, email, scope.nowMs),
    ended: false,
    endedSeries: occurrences,
  };
}

/** The series could not be read: said in words, tried again in an hour, or in a day when the event is gone or refused. */
function calendarFailed(run: Run, error: unknown): CheckResult {
  const problem = calendarProblem(error);
  run.book.nextCheckAt = run.scope.nowMs + (problem === 'not-found' || problem === 'forbidden' ? DAY_MS : HOUR_MS);
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
    forgetDeletedDoc(run.scope, run.documentId, iso(run.scope.nowMs), GONE_MESSAGE);
    return { status: statusOfRun(run, { outcome: 'error', message: GONE_MESSAGE }), occurrences: [], gone: true };
  }
  const message = problem === 'not-found' ? GONE_MESSAGE : NO_EDIT_ACCESS;
  return { status: recordRun(run, { outcome: 'error', message }), occurrences: [] };
}

/**
 * The Doc's mark says this user's copy is stale. Unlinked for both: nothing is written, this user's records of the
 * Doc go, and its status says why. Linked again (or a split the other person's run followed): the copy follows the
 * Doc's link, found in this user's calendar by its iCalUID, and the run starts over with it, once. Unreadable or
 * unfindable: nothing is written, and the status says what to do.
 */
function staleCopy(run: Run, stale: Stale, again: boolean): CheckResult {
  const { book, scope } = run;
  if (stale.verdict === 'unlinked') {
    forgetDoc(scope, run.documentId);
    run.book = { documentId: run.documentId };
    run.options = { ...run.options, keepBook: false };
    return {
      status: recordRun(run, { outcome: 'error', message: UNLINKED_BY_OTHER }),
      occurrences: [],
      gone: true,
    };
  }
  const identity = stale.identity;
  const old = book.link!;
  const sameLink = identity?.gen !== undefined && identity.gen === old.gen;
  const followed =
    stale.verdict === 'relinked' && identity?.series && !again
      ? seriesByICalUID(
          identity.series,
          {
            documentId: run.documentId,
            linkedBy: old.linkedBy,
            linkedAt: old.linkedAt,
            gen: identity.gen,
            ...(sameLink ? { previous: previousWith(old) } : {}),
          },
          old.timeZone,
        )
      : undefined;
  if (!followed) {
    // An unreadable mark is set right by the next sidebar open in the Doc, by either person: looked at hourly till then.
    book.nextCheckAt = scope.nowMs + (stale.verdict === 'unclear' ? HOUR_MS : DAY_MS);
    const message = stale.verdict === 'unclear' ? MARK_UNCLEAR : RELINK_NOT_FOUND;
    return { status: recordRun(run, { outcome: 'error', message }), occurrences: [] };
  }
  const { documentId, status, kept, sharing, calendarTimeZone } = book;
  run.book = {
    documentId,
    link: followed,
    settings: identity?.settings ?? book.settings!,
    nextCheckAt: 0,
    ...(book.tabId ? { tabId: book.tabId } : {}),
    ...(status ? { status } : {}),
    ...(kept ? { kept } : {}),
    ...(sharing ? { sharing } : {}),
    ...(calendarTimeZone ? { calendarTimeZone } : {}),
  };
  const shared: Shared = { link: followed, settings: run.book.settings!, problems: [] };
  if (book.tabId) shared.tabId = book.tabId;
  return runCheck({ ...run, shared }, true);
}

/**
 * This user's record of a linked Doc is there but its copy of the link cannot be read (or the record itself could
 * not be): the Doc's mark names the link, and the series is found in their calendar by its iCalUID, as for a relink.
 * One Docs read and one Calendar read, once: a Doc whose mark names nothing says so and waits for its sidebar.
 */
function recoverCopy(run: Run): CheckResult {
  const { scope } = run;
  let parsed: ParsedDoc;
  try {
    parsed = readParsedDoc(run.documentId, run.book.tabId);
  } catch (error) {
    return docsFailed(run, error);
  }
  const doc = docLink(parsed);
  const identity = doc.kind === 'one' && !doc.identity.unlinked ? doc.identity : undefined;
  const base = { documentId: run.documentId, linkedBy: scope.me(), linkedAt: iso(scope.nowMs) };
  const link = identity?.series
    ? seriesByICalUID(identity.series, { ...base, gen: identity.gen }, scope.zone())
    : undefined;
  if (!identity || !link) {
    run.book.nextCheckAt = NEVER;
    run.book.damaged = true;
    return { status: recordRun(run, { outcome: 'error', message: NO_COPY }), occurrences: [] };
  }
  const settings = identity.settings ?? { ...DEFAULT_SETTINGS };
  run.book = { documentId: run.documentId, link, settings, nextCheckAt: 0 };
  return runCheck({ ...run, shared: { link, settings, problems: [] } }, true);
}

/** Writes what is due (the next section once within the lead time, what moved or was cancelled) and records it. */
function prepareDue(run: Run, shared: Shared, series: SeriesNow, again: boolean): CheckResult {
  const { book, options, scope } = run;
  const { occurrences, endedSeries = [] } = series;
  const next = nextOccurrence(occurrences, scope.nowMs);
  const dueWith = (settings: Settings) =>
    Boolean(next && (options.force || isDue(next, scope.nowMs, settings.leadHours)));
  let due = dueWith(shared.settings);
  const followed = [...endedSeries, ...occurrences];
  const digest = changesDigest(followed);
  // Already prepared, and nothing moved since: the Doc need not be read, but for a daily look at its mark, which
  // says whether the other person unlinked it, linked it again or changed its settings (core/marks.ts).
  const prepared = Boolean(next && book.preparedKey === next.key && !options.force);
  const look = !options.inThisDoc && scope.nowMs - (book.readAt ?? 0) >= DAILY_LOOK_MS;
  let outcome: (WriteOutcome & { stopped?: Stale }) | undefined;
  if ((due && !prepared) || digest !== book.digest || options.force || look) {
    // The Doc's mark may state another lead time than this copy: the section is offered, and written if due by it.
    const insert =
      next && (due || look)
        ? { insert: { date: next.date, key: next.key, preparedAfter: preparedAfter(followed, next) } }
        : {};
    try {
      outcome = writeWork(run, shared, { ...insert, occurrences: followed }, dueWith);
    } catch (error) {
      return docsFailed(run, error);
    }
    if (outcome.stopped) return staleCopy(run, outcome.stopped, again);
    if (outcome.settingsUsed) due = dueWith(outcome.settingsUsed);
    book.readAt = scope.nowMs;
  }
  book.digest = digest;
  book.snapshot = snapshotOf(shared.link!.iCalUID, occurrences, endedSeries, scope.nowMs);
  if (due && next) book.preparedKey = next.key;
  const leadHours = book.settings?.leadHours ?? shared.settings.leadHours;
  book.nextCheckAt = nextCheckAt(occurrences, scope.nowMs, leadHours, book.preparedKey);
  const status = recordRun(run, {
    outcome: sectionWritten(outcome) ? 'inserted' : 'nothing to do',
    message: describeSeriesRun(outcome, next, Boolean(options.force)),
    ...withWrote(runWrite(outcome, next?.date)),
    ...(outcome?.inserted && next ? { added: { key: next.key, date: next.date } } : {}),
  });
  return { status, occurrences, ...(outcome ? { outcome } : {}) };
}

/**
 * Does a run's work for one linked Doc and records its status. Failures are recorded in words and put the next
 * attempt off (an hour, or a day when the event is gone), so a broken link never turns into a loop of failing runs.
 * `again`: this run already followed a link the Doc states once.
 */
export function runCheck(run: Run, again = false): CheckResult {
  return recorded(run, () => {
    const { book, shared } = run;
    if (!shared?.link) {
      // This user's copy is lost or unreadable: the Doc's own mark names its link, and the copy is made again.
      if (!shared && !run.options.inThisDoc && !again) return recoverCopy(run);
      // Nothing to prepare until the sidebar is open again.
      book.nextCheckAt = NEVER;
      return { status: recordRun(run, { outcome: 'error', message: shared ? NOT_LINKED : NO_COPY }), occurrences: [] };
    }
    if (run.options.keepBook) {
      book.link = shared.link;
      book.settings = shared.settings;
    }
    let series: SeriesNow;
    try {
      series = followSeries(run, shared.link);
    } catch (error) {
      return calendarFailed(run, error);
    }
    if (series.link !== shared.link) shared.link = series.link;
    book.ended = series.ended;
    if (!series.ended) return prepareDue(run, shared, series, again);
    book.nextCheckAt = NEVER;
    const message = said('run.seriesEnded', { title: series.link.title });
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
      ...withWrote(runWrite(outcome, today)),
    });
    return { status, occurrences: [], outcome };
  });
}

/**
 * After a run that read the Doc: this user's line for it in All my 1:1s, made from the state its sidebar would show
 * (the Doc as the run left it, the series as it read it). A run that did not read the Doc leaves the line alone: All
 * my 1:1s takes the meetings from the series the run kept (core/snapshot.ts).
 */
export function summariseRun(run: Run, result: CheckResult): void {
  if (!result.outcome || !run.shared?.link || !run.book.link) return;
  stateOf(
    run.scope,
    {
      documentId: run.documentId,
      shared: run.shared,
      book: run.book,
      account: {},
      parsed: edited(result.outcome.parsed, result.outcome.edits),
      series: { occurrences: result.occurrences, earlier: [] },
      notes: [],
    },
    { lastKnown: false },
  );
}
