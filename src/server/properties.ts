// Thin adapter over PropertiesService: the Doc's shared link, settings and ledger; this user's bookkeeping, status and sync token.
import { appendToLedger, type LedgerEntry, readLedger } from '../core/ledger';
import { type Account, type Book, type Link, readAccount, readBook, readLink } from '../core/link';
import { readStoredSettings } from '../core/settings';
import { utf8Bytes } from '../core/text';
import { isTimeZone } from '../core/zone';
import { messageOf, UserError } from '../shared/errors';
import type { Settings } from '../shared/settings';
import type { RunStatus } from '../shared/types';

const SETTINGS = 'settings';
const LEDGER = 'ledger';
const LINK = 'link';
const TAB = 'tab';
/** Set when a person unlinked the Doc for both: the other person's records of it go at their next open. */
const UNLINKED = 'unlinked';
const statusKey = (documentId: string) => `status:${documentId}`;
const BOOK_PREFIX = 'doc:';
const bookKey = (documentId: string) => `${BOOK_PREFIX}${documentId}`;
/** Written by versions that installed a trigger per Doc: trigger id → Doc id. Read for the merge, then removed. */
const LEGACY_TRIGGER_PREFIX = 'trigger:';
const syncKey = (documentId: string) => `sync:${documentId}`;
/** This user's last-known sidebar state of a Doc (src/server/lastKnown.ts): a cache, the first record to go. */
const lastKnownKey = (documentId: string) => `last:${documentId}`;
/** This user's summary of a Doc for All my 1:1s (src/server/overview.ts): rebuilt by the next read of that Doc. */
const SUMMARY_PREFIX = 'sum:';
const summaryKey = (documentId: string) => `${SUMMARY_PREFIX}${documentId}`;
/** A "Refresh all" under way, and the last one's result. */
const REFRESH_PROGRESS = 'overview:refresh';
const REFRESH_RESULT = 'overview:refreshed';
const ACCOUNT = 'account';

const userProperties = () => PropertiesService.getUserProperties();

/**
 * Records this user can lose to make room, in the order they go: last-known sidebar states (the next call rebuilds
 * them), other Docs' last statuses, then request ids (at worst a retried write is done twice), then sync tokens (a
 * full sync rebuilds them), then All my 1:1s' summaries (the next read of each Doc rebuilds it). Never private points,
 * Books or the account.
 */
const DROPPABLE = ['last:', 'status:', 'requests:', 'sync:', SUMMARY_PREFIX];
/**
 * PropertiesService's errors carry no status, and the words for a full store are not documented (docs/PLATFORM.md,
 * Properties): any refused write of a value within the 9 KB limit is taken as a full store and room is made; the words
 * only choose the message when even that fails.
 */
const STORE_FULL = /storage quota|quota/i;
const VALUE_LIMIT_BYTES = 9 * 1024;

export const STORE_FULL_MESSAGE =
  'Your storage for 1:1 Companion is full (500 KB across all your Docs). Delete some private points, or unlink Docs you no longer use.';

/**
 * Writes one of this user's records. When the store is full it drops what can be rebuilt, oldest kinds first, never
 * the record being written, then tries once more: a run that has written to a Doc must be able to record it.
 */
export function saveUserRecord(key: string, value: string): void {
  const props = userProperties();
  try {
    props.setProperty(key, value);
    return;
  } catch (error) {
    if (utf8Bytes(value) > VALUE_LIMIT_BYTES) throw error;
  }
  let room = utf8Bytes(key) + utf8Bytes(value);
  const all = props.getProperties();
  for (const prefix of DROPPABLE) {
    for (const [other, stored] of Object.entries(all)) {
      if (room <= 0) break;
      if (other === key || !other.startsWith(prefix)) continue;
      props.deleteProperty(other);
      room -= utf8Bytes(other) + utf8Bytes(stored);
    }
  }
  try {
    props.setProperty(key, value);
  } catch (error) {
    if (STORE_FULL.test(messageOf(error))) throw new UserError(STORE_FULL_MESSAGE);
    throw error;
  }
}

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('This Doc’s properties cannot be read here: open the sidebar from the Doc.');
  return props;
}

export interface Shared {
  link?: Link;
  settings: Settings;
  /** The tab the notes are in, once the add-on has found or written them (a sidebar or run in this Doc keeps it). */
  tabId?: string;
  /** What was unreadable and has been reset, in words. */
  problems: string[];
  /** Someone unlinked the Doc for both people (and nobody linked it since). */
  unlinked?: boolean;
}

/**
 * The open Doc's link and settings, from its own properties. A corrupt value is reset on its own (settings field by
 * field; an unreadable link is removed, so the Doc reads as unlinked) and rewritten, so the repair happens once and
 * never loops. Only for the Doc the sidebar is open in: a trigger uses `sharedCopy` (docs/PLATFORM.md, Properties).
 */
export function loadShared(): Shared {
  const props = documentProperties();
  const stored = props.getProperties();
  const { settings, problems } = readStoredSettings(stored[SETTINGS] ?? null);
  if (problems.length > 0) props.setProperty(SETTINGS, JSON.stringify(settings));
  const rawLink = stored[LINK] ?? null;
  const link = readLink(rawLink);
  if (rawLink && !link) {
    props.deleteProperty(LINK);
    problems.push('the link to the calendar series (link the Doc again)');
  }
  const tabId = stored[TAB];
  return {
    ...(link ? { link } : {}),
    settings,
    problems,
    ...(tabId && tabId.length < 200 ? { tabId } : {}),
    ...(!link && stored[UNLINKED] ? { unlinked: true } : {}),
  };
}

/**
 * Remembers the notes' tab once a write has found or made them there: in the Doc's properties when this run is in
 * that Doc, and in this user's copy (for their trigger).
 */
export function rememberNotesTab(tabId: string | undefined, book: Book | undefined, inThisDoc: boolean): void {
  if (!tabId) return;
  if (book) book.tabId = tabId;
  const props = inThisDoc ? PropertiesService.getDocumentProperties() : null;
  if (props && props.getProperty(TAB) !== tabId) props.setProperty(TAB, tabId);
}

/** Linking again chooses the notes' tab anew, at the next write. */
export function forgetNotesTab(): void {
  documentProperties().deleteProperty(TAB);
}

export function saveSettings(settings: Settings): void {
  documentProperties().setProperty(SETTINGS, JSON.stringify(settings));
}

export function saveLink(link: Link): void {
  const props = documentProperties();
  props.setProperty(LINK, JSON.stringify(link));
  props.deleteProperty(UNLINKED);
}

/** The Doc is linked to no series any more, for either person, and says so; its settings and ledger stay. */
export function removeLink(at: string): void {
  const props = documentProperties();
  props.deleteProperty(LINK);
  props.setProperty(UNLINKED, at);
}

/**
 * A Doc's link and settings as a trigger sees them. The store `PropertiesService` offers inside a trigger belongs to
 * the Doc that holds the trigger (or is null), so it is read only when that is the Doc at hand, where it is the truth
 * (the other person may have unlinked it); every other Doc has this user's copies.
 */
export function sharedCopy(book: Book, hostDocumentId: string | undefined): Shared | undefined {
  if (hostDocumentId === book.documentId && PropertiesService.getDocumentProperties()) return loadShared();
  return book.link && book.settings
    ? { link: book.link, settings: book.settings, problems: [], ...(book.tabId ? { tabId: book.tabId } : {}) }
    : undefined;
}

/** Saves a followed link where it may: the Doc's own properties when this run is in that Doc, and this user's copy. */
export function saveLinkEverywhere(link: Link, book: Book, inThisDoc: boolean): void {
  if (inThisDoc) {
    const props = PropertiesService.getDocumentProperties();
    if (props) props.setProperty(LINK, JSON.stringify(link));
  }
  book.link = link;
}

/** The ledger of recent inserts lives in the Doc's properties: written only from inside that Doc. */
export function recordInsert(entry: LedgerEntry, inThisDoc: boolean): void {
  if (!inThisDoc) return;
  const props = PropertiesService.getDocumentProperties();
  if (!props) return;
  props.setProperty(LEDGER, JSON.stringify(appendToLedger(readLedger(props.getProperty(LEDGER)), entry)));
}

export function loadBook(documentId: string): Book {
  return readBook(userProperties().getProperty(bookKey(documentId)), documentId);
}

export function saveBook(book: Book): void {
  // The per-Doc triggers of earlier versions are read for their merge only, never written back.
  const { legacyTriggers: _merged, ...kept } = book;
  saveUserRecord(bookKey(book.documentId), JSON.stringify(kept));
}

/** Removes this user's records of a Doc they no longer link: bookkeeping, sync token, last status, view and summary. */
export function forgetRunRecords(documentId: string): void {
  const props = userProperties();
  const keys = [bookKey, syncKey, statusKey, lastKnownKey, summaryKey].map((key) => key(documentId));
  for (const key of keys) props.deleteProperty(key);
}

export function loadLastKnown(documentId: string): string | null {
  return userProperties().getProperty(lastKnownKey(documentId));
}

/**
 * Keeps (or, given nothing, forgets) this user's last-known state of a Doc. It is only a cache: it never makes room by
 * dropping another record, and a refused write forgets the older copy rather than fail the call that read the state.
 */
export function saveLastKnown(documentId: string, record: string | undefined): void {
  const props = userProperties();
  const key = lastKnownKey(documentId);
  try {
    if (record && utf8Bytes(record) <= VALUE_LIMIT_BYTES) {
      props.setProperty(key, record);
      return;
    }
  } catch {
    // A full store: the older copy goes too, giving back its room.
  }
  props.deleteProperty(key);
}

export function loadAccount(): Account {
  return readAccount(userProperties().getProperty(ACCOUNT), isTimeZone);
}

export function saveAccount(account: Account): void {
  saveUserRecord(ACCOUNT, JSON.stringify(account));
}

/** Everything a trigger run needs to decide whether any Doc has work, from one read of this user's store. */
export interface UserRecords {
  account: Account;
  /** One per linked Doc, in no particular order. */
  books: Book[];
  /** Trigger id → Doc id, as versions with a trigger per Doc kept them. */
  legacyTriggerDocs: Record<string, string>;
}

export function loadUserRecords(): UserRecords {
  const all = userProperties().getProperties();
  const books: Book[] = [];
  const legacyTriggerDocs: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(BOOK_PREFIX)) books.push(readBook(value, key.slice(BOOK_PREFIX.length)));
    else if (key.startsWith(LEGACY_TRIGGER_PREFIX) && value.length < 200)
      legacyTriggerDocs[key.slice(LEGACY_TRIGGER_PREFIX.length)] = value;
  }
  return { account: readAccount(all[ACCOUNT], isTimeZone), books, legacyTriggerDocs };
}

/** Forgets the trigger → Doc entries of the per-Doc triggers, once they are merged into one. */
export function forgetLegacyTriggers(uids: string[]): void {
  for (const uid of uids) userProperties().deleteProperty(`${LEGACY_TRIGGER_PREFIX}${uid}`);
}

export function loadSyncToken(documentId: string): string | undefined {
  const token = userProperties().getProperty(syncKey(documentId));
  // A token is opaque, but a corrupt one (empty, huge) is treated as missing: a full sync follows.
  return token && token.length < 2048 ? token : undefined;
}

export function saveSyncToken(documentId: string, token: string | undefined): void {
  if (token) userProperties().setProperty(syncKey(documentId), token);
  else userProperties().deleteProperty(syncKey(documentId));
}

export function loadStatus(documentId: string): RunStatus | undefined {
  const raw = userProperties().getProperty(statusKey(documentId));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as RunStatus;
    if (typeof value?.at === 'string' && typeof value.message === 'string' && typeof value.outcome === 'string')
      return value;
  } catch {
    // A corrupt status is only a missed message: forget it rather than fail the sidebar.
  }
  userProperties().deleteProperty(statusKey(documentId));
  return undefined;
}

export function saveStatus(documentId: string, status: RunStatus): void {
  saveUserRecord(statusKey(documentId), JSON.stringify(status));
}

/** Everything All my 1:1s shows, from one read of this user's store: the linked Docs, their summaries, the refresh. */
export interface OverviewRecords {
  books: Book[];
  /** Doc id → the stored summary, as stored. */
  summaries: Record<string, string>;
  progress?: string;
  result?: string;
}

export function loadOverviewRecords(): OverviewRecords {
  const all = userProperties().getProperties();
  const books: Book[] = [];
  const summaries: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(BOOK_PREFIX)) books.push(readBook(value, key.slice(BOOK_PREFIX.length)));
    else if (key.startsWith(SUMMARY_PREFIX)) summaries[key.slice(SUMMARY_PREFIX.length)] = value;
  }
  const progress = all[REFRESH_PROGRESS];
  const result = all[REFRESH_RESULT];
  return { books, summaries, ...(progress ? { progress } : {}), ...(result ? { result } : {}) };
}

/** A summary may make room by dropping caches (saveUserRecord); one it cannot write is only an older summary kept. */
export function saveSummary(documentId: string, record: string): void {
  saveUserRecord(summaryKey(documentId), record);
}

export function loadSummary(documentId: string): string | null {
  return userProperties().getProperty(summaryKey(documentId));
}

/** A refresh's progress (or, given nothing, its end), for another call to read while it runs. */
export function saveRefreshProgress(record: string | undefined): void {
  if (record) userProperties().setProperty(REFRESH_PROGRESS, record);
  else userProperties().deleteProperty(REFRESH_PROGRESS);
}

export function saveRefreshResult(record: string): void {
  saveUserRecord(REFRESH_RESULT, record);
}
