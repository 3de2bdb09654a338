// This user's last-known sidebar state of the open Doc: kept after every read, embedded by showSidebar in the page.
import { pageWithLastKnown } from '../core/lastKnown';
import { RECORDS } from '../core/records';
import type { PrivateNote, SidebarState } from '../shared/types';
import { load, save } from './records';
import type { Scope } from './scope';

/** The sidebar reads what showSidebar embedded: the type crosses as the RPC's types do, from src/server. */
export type { LastKnown } from '../core/lastKnown';

/**
 * After a read of the state: kept while the Doc is linked (the next meeting and the commitments are what an open
 * shows first), forgotten once it is not. Private points are in it: user properties are this user's alone.
 */
export function keepLastKnown(scope: Scope, documentId: string, state: SidebarState): void {
  save(scope, RECORDS.lastKnown, documentId, state.linked ? { state, at: scope.nowMs } : undefined);
}

/** The private points changed without a read of the Doc: the last-known state gets them, the rest as it was. */
export function keepLastKnownNotes(scope: Scope, documentId: string, notes: PrivateNote[]): void {
  const known = load(scope, RECORDS.lastKnown, documentId);
  if (known)
    save(scope, RECORDS.lastKnown, documentId, { state: { ...known.state, privateNotes: notes }, at: known.at });
}

/**
 * The sidebar's page with this user's last-known state of the open Doc in it, when there is one: one property read,
 * no Docs or Calendar call, since showSidebar is itself an execution the user waits for (docs/PLATFORM.md, HtmlService
 * and google.script.run). The page as built otherwise, and whenever anything goes wrong.
 */
export function withLastKnown(scope: Scope, html: string): string {
  try {
    const record = load(scope, RECORDS.lastKnown, scope.documentId());
    return record ? pageWithLastKnown(html, record) : html;
  } catch (error) {
    console.error(error);
    return html;
  }
}
