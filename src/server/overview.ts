// All my 1:1s: this user's lines for their linked Docs, made from each Doc's own state whenever a call or run reads it,
// read back in one go; "Refresh all"; and items ticked or dropped in their own Doc from there.
import { edited } from '../core/edited';
import { automationHealth, type Book } from '../core/link';
import type { ItemState } from '../core/markers';
import { docLink, judgeCopy } from '../core/marks';
import { keptOnly, MAX_FAILURES, overviewOfRecords, pageWithOverview, type RefreshResult } from '../core/overview';
import { RECORDS } from '../core/records';
import type { Seen } from '../core/seen';
import { docsFailure, UserError, userMessage } from '../shared/errors';
import { type Message, said } from '../shared/messages';
import type { OverviewState } from '../shared/types';
import { changeItem } from './edits';
import { calendarDate } from './environment';
import { readParsedDoc } from './prepare';
import {
  forgetDoc,
  loadUserRecords,
  type Shared,
  save,
  saveAccount,
  saveBook,
  saveRefreshProgress,
  type UserRecords,
} from './records';
import type { Scope } from './scope';
import { stateOf } from './state';
import { ensureTriggers, removeAllTriggers } from './triggers';

const UNLINKED_HERE = said('overview.unlinkedHere');

/** A Doc's link and settings as this user's copy has them: what a call outside the Doc works from. */
function copyOf(book: Book): Shared {
  return { link: book.link!, settings: book.settings!, problems: [], ...(book.tabId ? { tabId: book.tabId } : {}) };
}

/** All my 1:1s from this user's store alone: one read of it, no Docs or Calendar call. */
export function overviewFrom(scope: Scope, records: UserRecords): OverviewState {
  return overviewOfRecords(records, calendarDate(new Date(scope.nowMs), scope.zone()), scope.nowMs);
}

export function overviewNow(scope: Scope): OverviewState {
  return overviewFrom(scope, loadUserRecords(scope));
}

/**
 * The Doc read, and held against this user's copy of its link: unlinked for both, their records of it go (it leaves
 * the list); otherwise its line is made again from the state its own sidebar would show, with the series as last read.
 */
function summariseRead(scope: Scope, book: Book, edits: Parameters<typeof edited>[1] = [], read = readParsedDoc) {
  const parsed = read(book.documentId, book.tabId, book.settings?.notesLanguage);
  if (judgeCopy(docLink(parsed), book.link!) === 'unlinked') {
    forgetDoc(scope, book.documentId);
    saveBook(scope, { documentId: book.documentId });
    return 'unlinked' as const;
  }
  const series = keptOnly(book, scope.nowMs);
  stateOf(
    scope,
    {
      documentId: book.documentId,
      shared: copyOf(book),
      book,
      account: {},
      parsed: edited(parsed, edits),
      ...(series ? { series } : {}),
      notes: [],
    },
    { lastKnown: false },
  );
  return 'read' as const;
}

/** How often a refresh says how far it got: every few Docs, so its own writes stay a small part of its time. */
const PROGRESS_EVERY = 5;

/**
 * "Refresh all": every linked Doc read again, one Docs get each, in this one execution; no Calendar call (the
 * meetings are as this user's last read of each series saw them). Its progress is kept for another call to show.
 */
export function refreshAll(scope: Scope): OverviewState {
  const records = loadUserRecords(scope);
  const books = records.books.filter((b) => b.link);
  const titleOf = (book: Book) => RECORDS.summary.read(records.summaries[book.documentId])?.title ?? book.link!.title;
  const failures: RefreshResult['failures'] = [];
  saveRefreshProgress(scope, { done: 0, total: books.length });
  let left = 0;
  try {
    books.forEach((book, index) => {
      try {
        if (summariseRead(scope, book) === 'unlinked') left++;
      } catch (error) {
        console.error(error);
        const message = docsFailure(error) ?? userMessage(error);
        failures.push({ documentId: book.documentId, title: titleOf(book), message });
      }
      if ((index + 1) % PROGRESS_EVERY === 0 && index + 1 < books.length)
        saveRefreshProgress(scope, { done: index + 1, total: books.length });
    });
  } finally {
    saveRefreshProgress(scope, undefined);
  }
  const result: RefreshResult = {
    at: new Date(scope.nowMs).toISOString(),
    read: books.length - failures.length - left,
    failures: failures.slice(0, MAX_FAILURES),
  };
  save(scope, RECORDS.refreshResult, '', result);
  return overviewNow(scope);
}

/** Refused before anything is read: a Doc id from the sidebar must be one of this user's own linked Docs. */
function ownBook(records: UserRecords, documentId: unknown): Book {
  const book =
    typeof documentId === 'string' ? records.books.find((b) => b.documentId === documentId && b.link) : undefined;
  if (!book) throw new UserError(said('error.notYourDoc'));
  return book;
}

/**
 * Ticks, unticks or drops an item from All my 1:1s, in its own Doc, under the rules of that Doc's sidebar: every
 * copy, at the revision it read, its request id recorded with it, and nothing if the item changed since the Doc was
 * last read (core/seen.ts). The Doc's line is then made from that read and the
 * write: no second read. A Doc gone or closed answers in one sentence; one unlinked for both leaves the list.
 */
export function changeOwnItem(
  scope: Scope,
  documentId: unknown,
  item: { id: string; seen: Seen },
  action: ItemState,
): OverviewState {
  const records = loadUserRecords(scope);
  const book = ownBook(records, documentId);
  let conflict: Message | undefined;
  try {
    const result = changeItem(scope, { documentId: book.documentId, inThisDoc: false }, copyOf(book), item, action);
    summariseRead(scope, book, result.edits, () => result.parsed);
    conflict = result.unlinked ? UNLINKED_HERE : result.conflict;
  } catch (error) {
    const sentence = docsFailure(error);
    if (!sentence) throw error;
    conflict = sentence;
  }
  return { ...overviewNow(scope), ...(conflict ? { conflict } : {}) };
}

/**
 * Automatic preparation had stopped for this user (no trigger of theirs can fire): one of their triggers is made in
 * the open Doc, and All my 1:1s answers as it is now.
 */
export function restoreAutomationHere(scope: Scope): OverviewState {
  const records = loadUserRecords(scope);
  const { account } = records;
  // Triggers recorded but silent for hours are made anew: whatever stopped them, a new one starts clean.
  if (automationHealth(account, 1, scope.nowMs)?.state === 'stalled') removeAllTriggers(account);
  ensureTriggers(account, scope.documentId(), scope.me(), { calendar: false, nowMs: scope.nowMs, force: true });
  saveAccount(scope, account);
  return overviewFrom(scope, records);
}

/**
 * The sidebar page opening on the overview, which is in the page already (one read of this user's properties, no Docs
 * or Calendar call). Should that read fail, the page as it was: the sidebar opens as usual.
 */
export function overviewPage(scope: Scope, content: string): string {
  try {
    return pageWithOverview(content, overviewNow(scope));
  } catch (error) {
    console.error(error);
    return content;
  }
}
