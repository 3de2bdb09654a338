// Thin adapter over the Doc's sharing list (DocumentApp, within the documents scope): who can open it.
import type { KnownPerson } from '../core/carryOver';

/**
 * Everyone the Doc is shared with, by email, lower-cased: editors, commenters and viewers. One look-up of the
 * file's sharing; empty where there is no active document (inside a trigger).
 */
export function sharedWith(): string[] {
  const doc = DocumentApp.getActiveDocument();
  if (!doc) return [];
  const people = [...doc.getEditors(), ...doc.getViewers()];
  const emails = people.map((user) => (user.getEmail() || '').toLowerCase()).filter(Boolean);
  return [...new Set(emails)];
}

/**
 * The Doc's editors by email, lower-cased. None where there is no active document (a trigger), or where reading them
 * fails: they only turn a carried owner's name into a person chip, and the name as text is the fallback.
 */
function editorEmails(): string[] {
  try {
    const doc = DocumentApp.getActiveDocument();
    if (!doc) return [];
    return doc.getEditors().map((user) => (user.getEmail() || '').toLowerCase());
  } catch (error) {
    console.warn(error);
    return [];
  }
}

/**
 * Who may own a carried item as a person chip: the series' attendees and, when the run is in the open Doc, its
 * editors (one look-up of the file's sharing, made only when a section is written).
 */
export function knownPeople(attendees: readonly string[], inThisDoc: boolean): KnownPerson[] {
  const emails = [...attendees.map((email) => email.toLowerCase()), ...(inThisDoc ? editorEmails() : [])];
  return [...new Set(emails.filter(Boolean))].map((email) => ({ email }));
}
