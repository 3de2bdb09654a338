// A trigger's run over every Doc this user linked: which Docs are due, each checked on its own, a failure in one never stopping the rest.
import type { Book } from '../core/link';
import { HOUR_MS } from '../core/occurrences';
import { userMessage } from './errors';
import { type Shared, saveBook, saveStatus, sharedCopy } from './properties';
import { calendarChanged, calendarFor, localEventId, NEVER, runCheck, type TriggerName } from './schedule';

/**
 * A due Doc costs a Calendar read and, when something is to be written, a Docs read and write: forty of them stay well
 * inside the six minutes one execution may take (docs/PLATFORM.md, Quotas). The rest, most overdue first, go next hour.
 */
export const MAX_DOCS_PER_RUN = 40;

const NO_COPY =
  'Open the sidebar in this Doc once: the add-on needs to read its link again before it can prepare sections here.';

/**
 * Runs one Doc's check; whatever goes wrong is that Doc's status, and its next try is in an hour. Answers whether the
 * Doc was found deleted (and so left the list).
 */
function checkOne(
  book: Book,
  shared: Shared | undefined,
  trigger: TriggerName,
  host: string,
  nowMs: number,
  email: string,
): boolean {
  const at = new Date(nowMs).toISOString();
  try {
    if (!shared) {
      book.nextCheckAt = NEVER;
      saveBook(book);
      saveStatus(book.documentId, { at, trigger, outcome: 'error', message: NO_COPY });
      return false;
    }
    const result = runCheck(book.documentId, book, shared, trigger, nowMs, email, {
      inThisDoc: book.documentId === host,
      keepBook: true,
    });
    return Boolean(result.gone);
  } catch (error) {
    book.nextCheckAt = nowMs + HOUR_MS;
    try {
      saveBook(book);
      saveStatus(book.documentId, { at, trigger, outcome: 'error', message: userMessage(error) });
    } catch (saveError) {
      // The store itself failed (full, or over quota): the other Docs still get their turn.
      console.error(saveError);
    }
    return false;
  }
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
    if (checkOne(book, sharedOfDoc, 'Hourly check', host, nowMs, email)) gone++;
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
    try {
      const link = shared.link;
      // The event's calendarId is not trusted (anyone can call a top-level function): the user's own calendar is read.
      const changed = calendarChanged(book.documentId, calendarFor(link, email), link, localEventId(link, book), nowMs);
      if (!changed) continue;
    } catch (error) {
      saveStatus(book.documentId, {
        at: new Date(nowMs).toISOString(),
        trigger: 'Calendar change',
        outcome: 'error',
        message: userMessage(error),
      });
      continue;
    }
    book.ended = false;
    book.nextCheckAt = 0;
    if (checkOne(book, shared, 'Calendar change', host, nowMs, email)) gone++;
  }
  return books.length - gone;
}
