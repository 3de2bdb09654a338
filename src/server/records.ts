// The add-on's records in PropertiesService, through one execution's stores (store.ts): the Doc's shared link and
// settings in its document properties; this user's record of each Doc, their account and their caches in theirs.
import { appendToLedger, type LedgerEntry, readLedger } from '../core/ledger';
import {
  type Account,
  type Book,
  bookReadable,
  bookRecord,
  type Link,
  readAccount,
  readBook,
  readLink,
} from '../core/link';
import { readStoredSettings } from '../core/settings';
import { RECORD_BYTES } from '../core/text';
import { isTimeZone } from '../core/zone';
import type { Settings } from '../shared/settings';
import type { Stores } from './store';

// ——— The Doc's own properties: shared by both people, readable only from inside that Doc ———

const SETTINGS = 'settings';
const LEDGER = 'ledger';
const LINK = 'link';
const TAB = 'tab';
/** Set when a person unlinked the Doc for both (the Doc's own mark says so too: core/marks.ts). */
const UNLINKED = 'unlinked';

export interface Shared {
  link?: Link;
  settings: Settings;
  /** The tab the notes are in, once the add-on has found or written them. */
  tabId?: string;
  /** What was unreadable and has been reset, in words. */
  problems: string[];
  /** When someone unlinked the Doc for both people (and nobody linked it since). */
  unlinkedAt?: string;
}

/**
 * The open Doc's link and settings, from its own properties in one read. A corrupt value is reset on its own
 * (settings field by field; an unreadable link is removed, so the Doc reads as unlinked), so the repair happens once.
 */
export function loadShared(scope: Stores): Shared {
  const stored = scope.doc.all();
  const { settings, problems } = readStoredSettings(stored[SETTINGS] ?? null);
  if (problems.length > 0) scope.doc.set(SETTINGS, JSON.stringify(settings));
  const rawLink = stored[LINK] ?? null;
  const link = readLink(rawLink);
  let unlinkedAt = !link ? stored[UNLINKED] : undefined;
  if (rawLink && !link) {
    // Read as unlinked for both, and said so in the Doc's mark too, so that no trigger goes on from its copy.
    unlinkedAt = new Date(scope.nowMs).toISOString();
    removeLink(scope, unlinkedAt);
    problems.push('the link to the calendar series (link the Doc again)');
  }
  const tabId = stored[TAB];
  return {
    ...(link ? { link } : {}),
    settings,
    problems,
    ...(tabId && tabId.length < 200 ? { tabId } : {}),
    ...(unlinkedAt ? { unlinkedAt } : {}),
  };
}

export function saveSettings(scope: Stores, settings: Settings): void {
  scope.doc.set(SETTINGS, JSON.stringify(settings));
}

export function saveLink(scope: Stores, link: Link, settings: Settings): void {
  scope.doc.set(LINK, JSON.stringify(link));
  scope.doc.set(SETTINGS, JSON.stringify(settings));
  scope.doc.remove(UNLINKED);
}

/** The Doc is linked to no series any more, for either person, and says so; its settings and ledger stay. */
export function removeLink(scope: Stores, at: string): void {
  scope.doc.remove(LINK);
  scope.doc.set(UNLINKED, at);
}

/** Remembers the notes' tab once a write found or made them there, in the Doc's properties when the call is in it. */
export function rememberNotesTab(scope: Stores, tabId: string | undefined, book: Book | undefined, inThisDoc: boolean) {
  if (!tabId) return;
  if (book?.link) book.tabId = tabId;
  if (inThisDoc && scope.doc.get(TAB) !== tabId) scope.doc.set(TAB, tabId);
}

/** Linking again chooses the notes' tab anew, at the next write. */
export function forgetNotesTab(scope: Stores): void {
  scope.doc.remove(TAB);
}

/** The ledger of recent inserts lives in the Doc's properties: written only from inside that Doc. */
export function recordInsert(scope: Stores, entry: LedgerEntry, inThisDoc: boolean): void {
  if (!inThisDoc) return;
  scope.doc.set(LEDGER, JSON.stringify(appendToLedger(readLedger(scope.doc.get(LEDGER)), entry)));
}

// ——— This user's records: one store for all their Docs ———

const BOOK_PREFIX = 'doc:';
const bookKey = (documentId: string) => `${BOOK_PREFIX}${documentId}`;
/** Written by versions that installed a trigger per Doc: trigger id → Doc id. Read for the merge, then removed. */
const LEGACY_TRIGGER_PREFIX = 'trigger:';
/** Written by versions that kept these apart from the Doc's record: read once, folded into it, then removed. */
const FOLDED = ['status:', 'kept:', 'requests:'];
const syncKey = (documentId: string) => `sync:${documentId}`;
const lastKnownKey = (documentId: string) => `last:${documentId}`;
const SUMMARY_PREFIX = 'sum:';
const summaryKey = (documentId: string) => `${SUMMARY_PREFIX}${documentId}`;
const REFRESH_PROGRESS = 'overview:refresh';
const REFRESH_RESULT = 'overview:refreshed';
const ACCOUNT = 'account';

/** A compact Book keeps only what cannot be had again: link, settings, schedule, status. */
const BOOK_BYTES = 6000;

export function loadBook(scope: Stores, documentId: string): Book {
  return readBook(scope.user.get(bookKey(documentId)), documentId);
}

/** Kept within BOOK_BYTES; on a full store its compact form, which is never larger than what it replaces. */
export function saveBook(scope: Stores, book: Book): void {
  scope.user.set(bookKey(book.documentId), bookRecord(book, BOOK_BYTES), {
    kind: 'record',
    compact: () => bookRecord(book, 0),
  });
}

/**
 * Removes this user's records of a Doc: its Book, sync token, last-known view and summary, and what older versions
 * kept apart. Private points stay unless `withNotes` (a Doc found deleted).
 */
export function forgetDoc(scope: Stores, documentId: string, withNotes = false): void {
  const keys = [bookKey, syncKey, lastKnownKey, summaryKey].map((key) => key(documentId));
  if (withNotes) keys.push(`notes:${documentId}`, `notes-unreadable:${documentId}`);
  for (const prefix of FOLDED) keys.push(`${prefix}${documentId}`);
  for (const key of keys) scope.user.remove(key);
}

export function loadAccount(scope: Stores): Account {
  return readAccount(scope.user.get(ACCOUNT), isTimeZone);
}

export function saveAccount(scope: Stores, account: Account): void {
  scope.user.set(ACCOUNT, JSON.stringify(account));
}

/** Everything of this user's store a trigger run or All my 1:1s needs, from one read of it. */
export interface UserRecords {
  account: Account;
  /** One per Doc this user keeps a record of, in no particular order; those holding a link are their linked Docs. */
  books: Book[];
  /** Docs whose record, or the link in it, cannot be read: listed in All my 1:1s as not read yet, never dropped. */
  unreadable: string[];
  /** Trigger id → Doc id, as versions with a trigger per Doc kept them. */
  legacyTriggerDocs: Record<string, string>;
  /** Doc id → the stored summary, as stored. */
  summaries: Record<string, string>;
  progress?: string;
  result?: string;
}

export function loadUserRecords(scope: Stores): UserRecords {
  const all = scope.user.all();
  const records: UserRecords = {
    account: readAccount(all[ACCOUNT], isTimeZone),
    books: [],
    unreadable: [],
    legacyTriggerDocs: {},
    summaries: {},
    ...(all[REFRESH_PROGRESS] ? { progress: all[REFRESH_PROGRESS] } : {}),
    ...(all[REFRESH_RESULT] ? { result: all[REFRESH_RESULT] } : {}),
  };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(BOOK_PREFIX)) {
      const documentId = key.slice(BOOK_PREFIX.length);
      const book = bookReadable(value) ? readBook(value, documentId) : undefined;
      if (book) records.books.push(book);
      if (!book || book.damaged) records.unreadable.push(documentId);
    } else if (key.startsWith(SUMMARY_PREFIX)) records.summaries[key.slice(SUMMARY_PREFIX.length)] = value;
    else if (key.startsWith(LEGACY_TRIGGER_PREFIX) && value.length < 200)
      records.legacyTriggerDocs[key.slice(LEGACY_TRIGGER_PREFIX.length)] = value;
  }
  return records;
}

/** Forgets the trigger → Doc entries of the per-Doc triggers, once they are merged. */
export function forgetLegacyTriggers(scope: Stores, uids: string[]): void {
  for (const uid of uids) scope.user.remove(`${LEGACY_TRIGGER_PREFIX}${uid}`);
}

export function loadSyncToken(scope: Stores, documentId: string): string | undefined {
  const token = scope.user.get(syncKey(documentId));
  // A token is opaque, but a corrupt one (empty, huge) is treated as missing: a full sync follows.
  return token && token.length < 2048 ? token : undefined;
}

export function saveSyncToken(scope: Stores, documentId: string, token: string | undefined): void {
  if (token) scope.user.set(syncKey(documentId), token, { kind: 'cache' });
  else scope.user.remove(syncKey(documentId));
}

/** The last-known view is a cache: a store too full for it forgets it rather than fail the call. */
export function saveLastKnown(scope: Stores, documentId: string, record: string | undefined): void {
  if (record) scope.user.set(lastKnownKey(documentId), record, { kind: 'cache' });
  else scope.user.remove(lastKnownKey(documentId));
}

export function loadLastKnown(scope: Stores, documentId: string): string | null {
  return scope.user.get(lastKnownKey(documentId));
}

export function saveSummary(scope: Stores, documentId: string, record: string): void {
  scope.user.set(summaryKey(documentId), record, { kind: 'cache' });
}

/** A refresh's progress (or, given nothing, its end), written at once for another call to read while it runs. */
export function saveRefreshProgress(scope: Stores, record: string | undefined): void {
  scope.user.writeNow(REFRESH_PROGRESS, record);
}

export function saveRefreshResult(scope: Stores, record: string): void {
  scope.user.set(REFRESH_RESULT, record, { kind: 'cache' });
}

/** The bound every other record of this user is kept within (core/text.ts). */
export { RECORD_BYTES };
