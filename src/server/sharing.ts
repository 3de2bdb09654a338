// Thin adapter over the Doc's sharing list (DocumentApp, within the documents scope): who can open it.

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
