// Every record the add-on keeps in PropertiesService, one codec per kind: its key, its store, how it reads back and
// what an unreadable one reads as, how it is written and within what bound. One table rather than a codec beside each
// type, because the store's full-store policy and forgetting a Doc need every key in one place (server/store.ts,
// server/records.ts), and a test round-trips every kind from it. Each kind's fields are still checked beside its type.
import { readLastKnown } from '../shared/lastKnown';
import { type Message, said } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { isObject, parseStored } from '../shared/stored';
import type { PrivateNote } from '../shared/types';
import { type LastKnown, lastKnownRecord } from './lastKnown';
import { type LedgerEntry, readLedger } from './ledger';
import { type Account, type Book, bookRecord, type Link, readAccount, readBook, readLink } from './link';
import {
  type DocSummary,
  type RefreshResult,
  readRefreshProgress,
  readRefreshResult,
  readSummary,
  SUMMARY_BYTES,
  SUMMARY_VERSION,
  summaryRecord,
} from './overview';
import { readStoredSettings } from './settings';
import { RECORD_BYTES, utf8Bytes } from './text';
import { isTimeZone } from './zone';

export interface Codec<T, W = T, A extends unknown[] = []> {
  /** The property's name; a record kept per Doc (or per trigger) is this followed by its id. */
  key: string;
  /** Kept in the open Doc's properties (shared by both people, readable only from inside it); else in this user's. */
  inDoc?: true;
  /** Can be had again: a full store drops it rather than fail the call, in the table's order (server/store.ts). */
  cache?: true;
  read(raw: string | null | undefined, ...context: A): T;
  /** Undefined when nothing is to be kept: the key is removed. */
  write(value: W): string | undefined;
  /** A smaller form for a full store, never larger than what it replaces. */
  compact?(value: W): string;
  /** At most this many bytes of UTF-8 written. */
  bytes?: number;
  /** A record of another version reads as unreadable. */
  version?: number;
}

/** A value kept as it is: an empty one, or one of `max` units or more (corrupt: opaque values are short), reads as none. */
const asIs = (max: number) => ({
  read: (raw: string | null | undefined) => (raw && raw.length < max ? raw : undefined),
  write: (value: string) => value,
});

/** This user's private points for one Doc and the ids of the writes that changed them (server/notes.ts). */
export interface StoredNotes {
  notes: PrivateNote[];
  /** Request id → epoch ms of the write. */
  requests: [string, number][];
  /** Set when the stored value could not be read, in words. */
  problem?: Message;
}

const isNote = (n: unknown): n is PrivateNote => isObject(n) && typeof n.id === 'string' && typeof n.text === 'string';

function readNotes(raw: string | null | undefined): StoredNotes {
  if (!raw) return { notes: [], requests: [] };
  const value = parseStored(raw);
  // A list in versions before request ids were kept with the points.
  const list: unknown = Array.isArray(value) ? value : isObject(value) ? value.notes : undefined;
  if (!Array.isArray(list)) return { notes: [], requests: [], problem: said('notice.notesAside') };
  const stored = isObject(value) ? value.requests : [];
  const requests = (Array.isArray(stored) ? stored : []).filter(
    (r): r is [string, number] => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'number',
  );
  return { notes: list.filter(isNote).map((n) => ({ id: n.id, text: n.text })), requests };
}

/** Ids past the record's room go oldest first: at worst an old retry adds its point again. */
function notesRecord({ notes, requests }: StoredNotes): string {
  const kept = [...requests];
  let record = JSON.stringify({ notes, requests: kept });
  while (utf8Bytes(record) > RECORD_BYTES && kept.length > 0) {
    kept.shift();
    record = JSON.stringify({ notes, requests: kept });
  }
  return record;
}

/** A compact Book keeps only what cannot be had again: link, settings, schedule, status. */
const BOOK_BYTES = 6000;

/**
 * Every kind of record, with what an unreadable value of it reads as. Declared as a type so that these words cost the
 * bundle nothing (esbuild keeps comments inside an object literal).
 */
interface Records {
  /** Unreadable: the defaults, each reset field named in `problems` (the Doc's call writes them back). */
  settings: Codec<ReturnType<typeof readStoredSettings>, Settings>;
  /** Unreadable: none, and the Doc is then unlinked for both (server/records.ts, loadShared). */
  link: Codec<Link | undefined, Link>;
  /** The notes' tab id. Unreadable (empty, or 200 units or more): none, so the next write finds the tab again. */
  tab: Codec<string | undefined, string>;
  /** When a person unlinked the Doc for both: whatever is there reads as written (only ever shown). */
  unlinked: Codec<string | undefined, string>;
  /** The Doc's recent inserts. Unreadable: empty; entries of another shape are let go. */
  ledger: Codec<LedgerEntry[]>;
  /**
   * This user's record of one Doc, the series as last read inside it (core/snapshot.ts). Unreadable: none (listed in
   * All my 1:1s as not read yet; loaded as a bare Book); an unreadable link in it marks it `damaged`.
   */
  book: Codec<Book | undefined, Book, [documentId: string]>;
  /** Unreadable: an empty list with a problem; server/notes.ts sets the value aside (`notesAside`), never loses it. */
  notes: Codec<StoredNotes>;
  /** Private points that could not be read, set aside as they were: read as written. */
  notesAside: Codec<string | undefined, string>;
  /** A cache, so none when unreadable or too big to keep: the sidebar waits for the server. */
  lastKnown: Codec<LastKnown | undefined, LastKnown>;
  /** A calendar trigger's sync token, opaque. Corrupt (empty, huge): none, so a full sync follows. */
  sync: Codec<string | undefined, string>;
  /** All my 1:1s' line for one Doc. Unreadable or of another version: none, until the next read of the Doc. */
  summary: Codec<DocSummary | undefined, DocSummary>;
  /** A refresh under way. Unreadable or stale: none. */
  refreshProgress: Codec<
    { done: number; total: number } | undefined,
    { done: number; total: number; at: number },
    [nowMs: number]
  >;
  /** Unreadable: none (no last refresh to tell). */
  refreshResult: Codec<RefreshResult | undefined, RefreshResult>;
  /** Unreadable: empty; the next sidebar open or trigger run rebuilds it. */
  account: Codec<Account>;
  /** Written by versions with a trigger per Doc, trigger id → Doc id: read for the merge, then removed. 200 units or more: none. */
  legacyTrigger: Codec<string | undefined, string>;
}

/** Every kind, by name: the readers and writers, the store's policy and the codecs' test go through this table. */
export const RECORDS: Records = {
  settings: {
    key: 'settings',
    inDoc: true,
    read: readStoredSettings,
    write: JSON.stringify,
  },
  link: { key: 'link', inDoc: true, read: readLink, write: JSON.stringify },
  tab: { key: 'tab', inDoc: true, ...asIs(200) },
  unlinked: { key: 'unlinked', inDoc: true, ...asIs(Infinity) },
  ledger: { key: 'ledger', inDoc: true, read: readLedger, write: JSON.stringify },
  book: {
    key: 'doc:',
    read: readBook,
    write: (book: Book) => bookRecord(book, BOOK_BYTES),
    compact: (book: Book) => bookRecord(book, 0),
    bytes: BOOK_BYTES,
  },
  notes: {
    key: 'notes:',
    read: readNotes,
    write: notesRecord,
    bytes: RECORD_BYTES,
  },
  notesAside: {
    key: 'notes-unreadable:',
    ...asIs(Infinity),
  },
  lastKnown: {
    key: 'last:',
    cache: true,
    read: readLastKnown,
    write: (known: LastKnown) => lastKnownRecord(known.state, known.at, RECORD_BYTES),
    bytes: RECORD_BYTES,
  },
  sync: { key: 'sync:', cache: true, ...asIs(2048) },
  summary: {
    key: 'sum:',
    cache: true,
    read: readSummary,
    write: summaryRecord,
    bytes: SUMMARY_BYTES,
    version: SUMMARY_VERSION,
  },
  refreshProgress: {
    key: 'overview:refresh',
    cache: true,
    read: readRefreshProgress,
    write: JSON.stringify,
  },
  refreshResult: {
    key: 'overview:refreshed',
    cache: true,
    read: readRefreshResult,
    write: JSON.stringify,
  },
  account: {
    key: 'account',
    read: (raw: string | null | undefined) => readAccount(raw, isTimeZone),
    write: JSON.stringify,
  },
  legacyTrigger: {
    key: 'trigger:',
    read: (raw) => (raw != null && raw.length < 200 ? raw : undefined),
    write: (documentId) => documentId,
  },
};

/** Written by versions that kept these apart from a Doc's record: folded into it, then removed. */
export const FOLDED_PREFIXES = ['status:', 'kept:', 'requests:'];

export type Kind = keyof typeof RECORDS;
