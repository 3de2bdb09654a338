// A trigger's run over every Doc this user linked: whether this hour's work is done already, which Docs are due, each
// checked on its own and its records written before the next, a failure in one never stopping the rest.
import type { Account, Book } from '../core/link';
import { said } from '../shared/messages';
import type { TriggerName } from '../shared/types';
import { authorizationNeeded, withUserLock } from './environment';
import { forgetLegacyTriggers, loadAccount, loadUserRecords, type Shared, saveAccount } from './records';
import { type Run, recordFailure, recordRun, runCheck, summariseRun } from './schedule';
import { createScope, type Scope } from './scope';
import { calendarChanged, localEventId } from './series';
import {
  CALENDAR_HANDLER,
  claimTrigger,
  forgetDeadTriggers,
  HOURLY_HANDLER,
  removeAllTriggers,
  type TriggerHandler,
} from './triggers';

/**
 * A due Doc costs a Calendar read and, when something is to be written, a Docs read and write: forty of them stay well
 * inside the six minutes one execution may take (docs/PLATFORM.md, Quotas). The rest, most overdue first, go next hour.
 */
export const MAX_DOCS_PER_RUN = 40;

/**
 * Hourly triggers fire about once an hour at a minute of Apps Script's choosing (docs/PLATFORM.md, Triggers): a run
 * that began less than this long ago did this hour's work, and the user's other trigger finds it done.
 */
export const HOUR_DONE_MS = 45 * 60_000;
/** How often a run checks that the recorded triggers still exist: a lost home is made again at the next sidebar open. */
const TRIGGER_CHECK_MS = 24 * 3_600_000;

const TRIGGER_NAMES: Record<TriggerHandler, TriggerName> = {
  [HOURLY_HANDLER]: 'Hourly check',
  [CALENDAR_HANDLER]: 'Calendar change',
};

const AUTHORIZATION_STATUS = said('run.needsPermission');

/** A Doc's link and settings as a trigger has them: this user's copy (a trigger reads no Doc's properties). */
function sharedCopy(book: Book): Shared | undefined {
  return book.link && book.settings
    ? { link: book.link, settings: book.settings, problems: [], ...(book.tabId ? { tabId: book.tabId } : {}) }
    : undefined;
}

function runOf(scope: Scope, book: Book, trigger: TriggerName): Run {
  return {
    scope,
    documentId: book.documentId,
    book,
    trigger,
    options: { inThisDoc: false, keepBook: true },
    shared: sharedCopy(book),
  };
}

/** A Doc's records are written as soon as its run is over, so that one run out of time loses no Doc's. */
function done(run: Run): void {
  try {
    run.scope.user.flush();
  } catch (error) {
    console.error(error);
  }
}

/** One Doc's run by a trigger, its line in All my 1:1s made again when the run read the Doc; true when it left the list. */
function check(run: Run): boolean {
  const result = runCheck(run);
  if (!result.gone) summariseRun(run, result);
  done(run);
  return Boolean(result.gone);
}

/** The hourly run; answers how many linked Docs are left. A Doc whose next look is still ahead costs nothing. */
function runDueDocs(scope: Scope, books: Book[]): number {
  const due = books
    .filter((b) => !b.ended && (b.nextCheckAt ?? 0) <= scope.nowMs)
    .sort((a, b) => (a.nextCheckAt ?? 0) - (b.nextCheckAt ?? 0))
    .slice(0, MAX_DOCS_PER_RUN);
  let gone = 0;
  for (const book of due) if (check(runOf(scope, book, 'Hourly check'))) gone++;
  return books.length - gone;
}

/**
 * The calendar trigger's run: an incremental sync per linked Doc (one Calendar call each) says whether the change
 * concerns its series; a Doc whose series changed is checked at once.
 */
function runOnCalendarChange(scope: Scope, books: Book[]): number {
  let gone = 0;
  for (const book of books) {
    const run = runOf(scope, book, 'Calendar change');
    const link = run.shared?.link;
    if (!link) continue;
    try {
      if (!calendarChanged(scope, book.documentId, link, localEventId(link, book))) {
        done(run);
        continue;
      }
    } catch (error) {
      // Only the status: a sync that failed puts off none of the Doc's own checks.
      recordFailure({ ...run, book: { ...book } }, error);
      done(run);
      continue;
    }
    book.ended = false;
    book.nextCheckAt = 0;
    if (check(run)) gone++;
  }
  return books.length - gone;
}

/** A new version that needs a scope the user has not granted would fail midway: said once in each Doc's status. */
function waitForAuthorization(scope: Scope, books: Book[], handler: TriggerHandler): void {
  for (const book of books) {
    if (book.status?.message[0]?.code === AUTHORIZATION_STATUS.code) continue;
    recordRun(runOf(scope, book, TRIGGER_NAMES[handler]), { outcome: 'error', message: AUTHORIZATION_STATUS });
  }
}

/** The account after the run: this hour done, the triggers checked daily, none left once no Doc is. */
function closeRun(scope: Scope, account: Account, handler: TriggerHandler, left: number): void {
  if (handler === HOURLY_HANDLER) account.ranAt = scope.nowMs;
  if (left === 0) removeAllTriggers(account);
  else if (scope.nowMs - (account.triggersCheckedAt ?? 0) >= TRIGGER_CHECK_MS) {
    forgetDeadTriggers(account);
    account.triggersCheckedAt = scope.nowMs;
  }
  saveAccount(scope, account);
  try {
    scope.user.flush();
  } catch (error) {
    // A store too full even for the account: the hour's Docs have their records already, and the next run goes on.
    console.error(error);
  }
}

/**
 * The work of one firing of this user's trigger of `handler`, for every Doc they linked: one read of their store
 * says whether another of their triggers did this hour's work already, and which Docs are due. A new version that
 * needs a scope not yet granted is checked first (docs/PLATFORM.md, Triggers).
 */
export function triggerRun(e: { triggerUid?: unknown } | undefined, handler: TriggerHandler): void {
  const uid = typeof e?.triggerUid === 'string' ? e.triggerUid : undefined;
  if (!uid) return;
  // The user's other trigger at work at this very moment: its run is this hour's.
  withUserLock(() => {
    const scope = createScope();
    const records = loadUserRecords(scope);
    const { account } = records;
    if (handler === HOURLY_HANDLER && account.ranAt !== undefined && scope.nowMs - account.ranAt < HOUR_DONE_MS) return;
    // A record, or the link in it, that cannot be read is still a linked Doc: its run makes the copy again from the
    // Doc's own mark, or says to open the sidebar there.
    const known = new Set(records.books.map((b) => b.documentId));
    const lost = records.unreadable
      .filter((id) => !known.has(id))
      .map((documentId): Book => ({ documentId, damaged: true }));
    const books = [...records.books.filter((b) => b.link || b.damaged), ...lost];
    if (authorizationNeeded()) {
      waitForAuthorization(scope, books, handler);
      scope.user.flush();
      return;
    }
    const claim = claimTrigger(account, books, records.legacyTriggerDocs, uid, handler);
    if (claim.accountChanged) forgetLegacyTriggers(scope, Object.keys(records.legacyTriggerDocs));
    if (claim.host === undefined) {
      if (claim.accountChanged) saveAccount(scope, account);
      scope.user.flush();
      return;
    }
    const left = handler === HOURLY_HANDLER ? runDueDocs(scope, books) : runOnCalendarChange(scope, books);
    // A run may have written to the account meanwhile (a Doc found deleted says so there): its newest copy is closed.
    const latest = loadAccount(scope);
    closeRun(scope, { ...latest, ...(claim.accountChanged ? { hourly: account.hourly } : {}) }, handler, left);
  });
}
