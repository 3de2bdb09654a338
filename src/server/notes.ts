// This user's private talking points for one Doc, kept in their own user properties and never in the Doc or its properties.

import { utf8Bytes } from '../core/text';
import { UserError } from '../shared/errors';
import type { PrivateNote } from '../shared/types';
import { saveUserRecord } from './properties';

const notesKey = (documentId: string) => `notes:${documentId}`;
const keptKey = (documentId: string) => `notes-unreadable:${documentId}`;
/** A property value holds 9 KB of UTF-8 at most (docs/PLATFORM.md, Properties); stop short of it with room to spare. */
const MAX_STORED_BYTES = 8000;

export function loadNotes(documentId: string): { notes: PrivateNote[]; problem?: string } {
  const props = PropertiesService.getUserProperties();
  const raw = props.getProperty(notesKey(documentId));
  if (!raw) return { notes: [] };
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) throw new Error('not a list');
    const notes = value.filter(
      (n): n is PrivateNote =>
        typeof n === 'object' && n !== null && typeof n.id === 'string' && typeof n.text === 'string',
    );
    return { notes: notes.map((n) => ({ id: n.id, text: n.text })) };
  } catch {
    // These are the user's own words: set the unreadable value aside rather than lose it, and start a fresh list.
    props.setProperty(keptKey(documentId), raw);
    props.deleteProperty(notesKey(documentId));
    return { notes: [], problem: 'your private points (the unreadable copy was kept aside)' };
  }
}

function saveNotes(documentId: string, notes: PrivateNote[]): void {
  const json = JSON.stringify(notes);
  if (utf8Bytes(json) > MAX_STORED_BYTES)
    throw new UserError('Your private list is full. Add some points to the agenda or delete them first.');
  saveUserRecord(notesKey(documentId), json);
}

/** Removes this user's private points for a Doc that is gone; answers how many there were. */
export function forgetNotes(documentId: string): number {
  const { notes } = loadNotes(documentId);
  const props = PropertiesService.getUserProperties();
  props.deleteProperty(notesKey(documentId));
  props.deleteProperty(keptKey(documentId));
  return notes.length;
}

function newId(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 10)).slice(0, 16);
}

export function addNote(documentId: string, text: string): void {
  const { notes } = loadNotes(documentId);
  saveNotes(documentId, [...notes, { id: newId(), text }]);
}

/** Removes a point; false when it was already gone (deleted or shared from another sidebar). */
export function removeNote(documentId: string, id: string): boolean {
  const { notes } = loadNotes(documentId);
  const rest = notes.filter((n) => n.id !== id);
  if (rest.length === notes.length) return false;
  saveNotes(documentId, rest);
  return true;
}

export function findNote(documentId: string, id: string): PrivateNote | undefined {
  return loadNotes(documentId).notes.find((n) => n.id === id);
}
