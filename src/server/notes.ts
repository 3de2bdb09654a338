// This user's private talking points for one Doc, in their own properties: never in the Doc or the Doc's properties.
// The ids of the writes that changed them are kept in the same value, so a retried add or delete happens once.
import { REQUEST_KEPT_MS } from '../core/marks';
import { RECORDS, type StoredNotes } from '../core/records';
import { RECORD_BYTES, utf8Bytes } from '../core/text';
import { UserError } from '../shared/errors';
import { said } from '../shared/messages';
import type { PrivateNote } from '../shared/types';
import { load, save } from './records';
import type { Scope } from './scope';

/** The points' share of the record; the request ids take the rest. */
const MAX_NOTES_BYTES = RECORD_BYTES - 700;

/** Request ids are kept a day (core/marks.ts, REQUEST_KEPT_MS). */
export type Notes = StoredNotes;

export function loadNotes(scope: Scope, documentId: string): Notes {
  const stored = load(scope, RECORDS.notes, documentId);
  if (stored.problem) {
    // These are the user's own words: the unreadable value is set aside rather than lost, and a fresh list starts.
    save(scope, RECORDS.notesAside, documentId, scope.user.get(RECORDS.notes.key + documentId)!);
    save(scope, RECORDS.notes, documentId, undefined);
  }
  return stored;
}

function saveNotes(scope: Scope, documentId: string, notes: PrivateNote[], requests: [string, number][]): void {
  if (utf8Bytes(JSON.stringify(notes)) > MAX_NOTES_BYTES) throw new UserError(said('error.privateListFull'));
  const fresh = requests.filter(([, at]) => scope.nowMs - at <= REQUEST_KEPT_MS);
  save(scope, RECORDS.notes, documentId, { notes, requests: fresh });
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
  saveNotes(scope, documentId, notes, withRequest(scope, stored));
  return { ...stored, notes };
}

/** Removes a point; `gone` when it was already gone (deleted or shared elsewhere), not when this was a retry. */
export function removeNote(scope: Scope, documentId: string, noteId: string): Notes & { gone?: boolean } {
  const stored = loadNotes(scope, documentId);
  if (done(stored, scope.requestId)) return stored;
  const notes = stored.notes.filter((n) => n.id !== noteId);
  if (notes.length === stored.notes.length) return { ...stored, gone: true };
  saveNotes(scope, documentId, notes, withRequest(scope, stored));
  return { ...stored, notes };
}

/** Removes this user's private points for a Doc that is gone; answers how many there were. */
export function notesCount(scope: Scope, documentId: string): number {
  return loadNotes(scope, documentId).notes.length;
}
