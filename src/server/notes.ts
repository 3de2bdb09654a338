// This user's private talking points for one Doc, in their own properties: never in the Doc or the Doc's properties.
// The ids of the writes that changed them are kept in the same value, so a retried add or delete happens once.
import { REQUEST_KEPT_MS } from '../core/marks';
import { isObject, parseStored } from '../core/stored';
import { RECORD_BYTES, utf8Bytes } from '../core/text';
import { UserError } from '../shared/errors';
import type { PrivateNote } from '../shared/types';
import type { Scope } from './scope';

const notesKey = (documentId: string) => `notes:${documentId}`;
const asideKey = (documentId: string) => `notes-unreadable:${documentId}`;
/** The points' share of the record; the request ids take the rest. */
const MAX_NOTES_BYTES = RECORD_BYTES - 700;

export interface Notes {
  notes: PrivateNote[];
  /** Request id → epoch ms of the write, kept a day (core/marks.ts, REQUEST_KEPT_MS). */
  requests: [string, number][];
  problem?: string;
}

const isNote = (n: unknown): n is PrivateNote => isObject(n) && typeof n.id === 'string' && typeof n.text === 'string';

export function loadNotes(scope: Scope, documentId: string): Notes {
  const raw = scope.user.get(notesKey(documentId));
  if (!raw) return { notes: [], requests: [] };
  const value = parseStored(raw);
  // A list in versions before request ids were kept with the points.
  const list: unknown = Array.isArray(value) ? value : isObject(value) ? value.notes : undefined;
  if (!Array.isArray(list)) {
    // These are the user's own words: the unreadable value is set aside rather than lost, and a fresh list starts.
    scope.user.set(asideKey(documentId), raw);
    scope.user.remove(notesKey(documentId));
    return { notes: [], requests: [], problem: 'your private points (the unreadable copy was kept aside)' };
  }
  const stored = isObject(value) ? value.requests : [];
  const requests = (Array.isArray(stored) ? stored : []).filter(
    (r): r is [string, number] => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'number',
  );
  return { notes: list.filter(isNote).map((n) => ({ id: n.id, text: n.text })), requests };
}

function save(scope: Scope, documentId: string, notes: PrivateNote[], requests: [string, number][]): void {
  if (utf8Bytes(JSON.stringify(notes)) > MAX_NOTES_BYTES)
    throw new UserError('Your private list is full. Add some points to the agenda or delete them first.');
  const fresh = requests.filter(([, at]) => scope.nowMs - at <= REQUEST_KEPT_MS);
  let record = JSON.stringify({ notes, requests: fresh });
  // Ids past the record's room go oldest first: at worst an old retry adds its point again.
  while (utf8Bytes(record) > RECORD_BYTES && fresh.length > 0) {
    fresh.shift();
    record = JSON.stringify({ notes, requests: fresh });
  }
  scope.user.set(notesKey(documentId), record);
}

function done(stored: Notes, requestId: string | undefined): boolean {
  return requestId !== undefined && stored.requests.some(([id]) => id === requestId);
}

function withRequest(scope: Scope, stored: Notes): [string, number][] {
  return scope.requestId ? [...stored.requests, [scope.requestId, scope.nowMs]] : stored.requests;
}

function newId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 10)).slice(0, 16);
}

/** Adds a point; a retry of an add already done adds nothing. Answers the list. */
export function addNote(scope: Scope, documentId: string, text: string): Notes {
  const stored = loadNotes(scope, documentId);
  if (done(stored, scope.requestId)) return stored;
  const notes = [...stored.notes, { id: newId(), text }];
  save(scope, documentId, notes, withRequest(scope, stored));
  return { ...stored, notes };
}

/** Removes a point; `gone` when it was already gone (deleted or shared elsewhere), not when this was a retry. */
export function removeNote(scope: Scope, documentId: string, noteId: string): Notes & { gone?: boolean } {
  const stored = loadNotes(scope, documentId);
  if (done(stored, scope.requestId)) return stored;
  const notes = stored.notes.filter((n) => n.id !== noteId);
  if (notes.length === stored.notes.length) return { ...stored, gone: true };
  save(scope, documentId, notes, withRequest(scope, stored));
  return { ...stored, notes };
}

/** Removes this user's private points for a Doc that is gone; answers how many there were. */
export function notesCount(scope: Scope, documentId: string): number {
  return loadNotes(scope, documentId).notes.length;
}
