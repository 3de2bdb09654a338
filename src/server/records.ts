// The add-on's records in PropertiesService, through one execution's stores (store.ts): the Doc's shared link and
// settings in its document properties; this user's record of each Doc, their account and their caches in theirs.
// Every kind is read and written through its codec (core/records.ts): its key, its store, its reading and its bound.
import type { LedgerEntry } from '../core/ledger';
import { appendToLedger } from '../core/ledger';
import type { Account, Book, Link } from '../core/link';
import { type Codec, FOLDED_PREFIXES, RECORDS } from '../core/records';
import { type Message, said } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Store, Stores, Worth } from './store';

/** A record read through its codec; `id` is the Doc's (or trigger's) for a record kept per Doc. */
export function load<T, A extends unknown[]>(scope: Stores, codec: Codec<T, never, A>, id: string, ...context: A): T {
  return codec.read(scope[codec.inDoc ? 'doc' : 'user'].get(codec.key + id), ...context);
}

/** A record written through its codec, or removed when there is nothing to keep; a cache is dropped on a full store. */
export function save<W>(scope: Stores, codec: Codec<unknown, W, never>, id: string, value: W | undefined): void {
  const store: Store = scope[codec.inDoc ? 'doc' : 'user'];
  const record = value === undefined ? undefined : codec.write(value);
  if (record === undefined) {
    store.remove(codec.key + id);
    return;
  }
  const { compact } = codec;
  const worth: Worth | undefined = codec.cache
    ? { kind: 'cache' }
    : compact
      ? { kind: 'record', compact: () => compact(value!) }
      : undefined;
  store.set(codec.key + id, record, worth);
}

// ——— The Doc's own properties: shared by both people, readable only from inside that Doc ———

const { settings: SETTINGS, link: LINK, tab: TAB, unlinked: UNLINKED, ledger: LEDGER } = RECORDS;

export interface Shared {
  link?: Link;
  settings: Settings;
  /** The tab the notes are in, once the add-on has found or written them. */
  tabId?: string;
  /** What was unreadable and has been reset, in words. */
  /** What was found unreadable and reset, for the sidebar to say once. */
  problems: Message[];
  /** When someone unlinked the Doc for both people (and nobody linked it since). */
  unlinkedAt?: string;
  /** The Doc's settings name no language of the notes yet: linking decides it (core/notesLanguage.ts). */
  languageOpen?: boolean;
}

/**
 * The open Doc's link and settings, from its own properties in one read. A corrupt value is reset on its own
 * (settings field by field; an unreadable link is removed, so the Doc reads as unlinked), so the repair happens once.
 */
export function loadShared(scope: Stores): Shared {
  scope.doc.all();
  const { settings, problems: reset, unstated } = load(scope, SETTINGS, '');
  const problems: Message[] = [];
  if (reset.length > 0) {
    console.warn(`Settings reset to their defaults: ${reset.join(', ')}`);
    saveSettings(scope, settings);
    problems.push(said('notice.settingsReset'));
  }
  const link = load(scope, LINK, '');
  let unlinkedAt = !link ? load(scope, UNLINKED, '') : undefined;
  if (scope.doc.get(LINK.key) && !link) {
    // Read as unlinked for both, and said so in the Doc's mark too, so that no trigger goes on from its copy.
    unlinkedAt = new Date(scope.nowMs).toISOString();
    removeLink(scope, unlinkedAt);
    problems.push(said('notice.linkReset'));
  }
  const tabId = load(scope, TAB, '');
  return {
    ...(link ? { link } : {}),
    settings,
    problems,
    ...(tabId ? { tabId } : {}),
    ...(unlinkedAt ? { unlinkedAt } : {}),
    ...(unstated.includes('notesLanguage') ? { languageOpen: true } : {}),
  };
}

export function saveSettings(scope: Stores, settings: Settings): void {
  save(scope, SETTINGS, '', settings);
}

export function saveLink(scope: Stores, link: Link, settings: Settings): void {
  save(scope, LINK, '', link);
  saveSettings(scope, settings);
  save(scope, UNLINKED, '', undefined);
}

/** The Doc is linked to no series any more, for either person, and says so; its settings and ledger stay. */
export function removeLink(scope: Stores, at: string): void {
  save(scope, LINK, '', undefined);
  save(scope, UNLINKED, '', at);
}

/** Remembers the notes' tab once a write found or made them there, in the Doc's properties when the call is in it. */
export function rememberNotesTab(scope: Stores, tabId: string | undefined, book: Book | undefined, inThisDoc: boolean) {
  if (!tabId) return;
  if (book?.link) book.tabId = tabId;
  if (inThisDoc && scope.doc.get(TAB.key) !== tabId) save(scope, TAB, '', tabId);
}

/** Linking again chooses the notes' tab anew, at the next write. */
export function forgetNotesTab(scope: Stores): void {
  save(scope, TAB, '', undefined);
}

/** The ledger of recent inserts lives in the Doc's properties: written only from inside that Doc. */
export function recordInsert(scope: Stores, entry: LedgerEntry, inThisDoc: boolean): void {
  if (inThisDoc) save(scope, LEDGER, '', appendToLedger(load(scope, LEDGER, ''), entry));
}

// ——— This user's records: one store for all their Docs ———

const { book: BOOK, account: ACCOUNT, legacyTrigger: LEGACY_TRIGGER } = RECORDS;

export function loadBook(scope: Stores, documentId: string): Book {
  return load(scope, BOOK, documentId, documentId) ?? { documentId };
}

/** Kept within its bound; on a full store its compact form, which is never larger than what it replaces. */
export function saveBook(scope: Stores, book: Book): void {
  save(scope, BOOK, book.documentId, book);
}

/**
 * Removes this user's records of a Doc: its Book, sync token, last-known view and summary, and what older versions
 * kept apart. Private points stay unless `withNotes` (a Doc found deleted).
 */
export function forgetDoc(scope: Stores, documentId: string, withNotes = false): void {
  const { sync, lastKnown, summary, notes, notesAside } = RECORDS;
  const prefixes = [BOOK.key, sync.key, lastKnown.key, summary.key, ...FOLDED_PREFIXES];
  if (withNotes) prefixes.push(notes.key, notesAside.key);
  for (const prefix of prefixes) scope.user.remove(prefix + documentId);
}

export function loadAccount(scope: Stores): Account {
  return load(scope, ACCOUNT, '');
}

export function saveAccount(scope: Stores, account: Account): void {
  save(scope, ACCOUNT, '', account);
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
  const { refreshProgress, refreshResult, summary } = RECORDS;
  const records: UserRecords = {
    account: loadAccount(scope),
    books: [],
    unreadable: [],
    legacyTriggerDocs: {},
    summaries: {},
    ...(all[refreshProgress.key] ? { progress: all[refreshProgress.key] } : {}),
    ...(all[refreshResult.key] ? { result: all[refreshResult.key] } : {}),
  };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(BOOK.key)) {
      const documentId = key.slice(BOOK.key.length);
      const book = BOOK.read(value, documentId);
      if (book) records.books.push(book);
      if (!book || book.damaged) records.unreadable.push(documentId);
    } else if (key.startsWith(summary.key)) records.summaries[key.slice(summary.key.length)] = value;
    else if (key.startsWith(LEGACY_TRIGGER.key)) {
      const documentId = LEGACY_TRIGGER.read(value);
      if (documentId !== undefined) records.legacyTriggerDocs[key.slice(LEGACY_TRIGGER.key.length)] = documentId;
    }
  }
  return records;
}

/** Forgets the trigger → Doc entries of the per-Doc triggers, once they are merged. */
export function forgetLegacyTriggers(scope: Stores, uids: string[]): void {
  for (const uid of uids) save(scope, LEGACY_TRIGGER, uid, undefined);
}

/** A refresh's progress (or, given nothing, its end), written at once for another call to read while it runs. */
export function saveRefreshProgress(scope: Stores, progress: { done: number; total: number } | undefined): void {
  const { refreshProgress } = RECORDS;
  scope.user.writeNow(refreshProgress.key, progress && refreshProgress.write({ ...progress, at: scope.nowMs }));
}
