// Thin adapter over the Doc's sharing list (DocumentApp, within the documents scope): who can open it.
import type { SharingSeen } from '../core/link';

/** Looked up at most this often per Doc, or when the person asks to check again: each look-up is a call to Drive. */
export const SHARING_FRESH_MS = 3_600_000;

const emailsOf = (users: GoogleAppsScript.Base.User[]) => [
  ...new Set(users.map((user) => (user.getEmail() || '').toLowerCase()).filter(Boolean)),
];

/** Who can open the open Doc, by email, lower-cased: one look-up of its sharing. Undefined inside a trigger. */
export function lookUpSharing(nowMs: number): SharingSeen | undefined {
  const doc = DocumentApp.getActiveDocument();
  if (!doc) return undefined;
  return { at: nowMs, editors: emailsOf(doc.getEditors()), viewers: emailsOf(doc.getViewers()) };
}

/** Everyone who can open the Doc, from a look-up. */
export function sharedWith(seen: SharingSeen | undefined): string[] {
  return seen ? [...new Set([...seen.editors, ...seen.viewers])] : [];
}
