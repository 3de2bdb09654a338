// This user's last-known sidebar state of the open Doc: kept after every read, embedded by showSidebar in the page.
import { lastKnownRecord, pageWithLastKnown, readLastKnown } from '../core/lastKnown';
import type { SidebarState } from '../shared/types';
import { activeDocumentId } from './environment';
import { loadLastKnown, saveLastKnown } from './properties';

/** The sidebar reads what showSidebar embedded: the type crosses as the RPC's types do, from src/server. */
export type { LastKnown } from '../core/lastKnown';

/**
 * Room for the record: a property value holds 9 KB of UTF-8 (docs/PLATFORM.md, Properties); a user with many Docs
 * keeps one each, so it stops short of that.
 */
export const LAST_KNOWN_BYTES = 8 * 1024;

/**
 * After a read of the state: kept while the Doc is linked (the next meeting and the commitments are what an open
 * shows first), forgotten once it is not. Private points are in it: user properties are this user's alone. A failure
 * here only costs the next open its head start, never the call.
 */
export function keepLastKnown(documentId: string, state: SidebarState, nowMs: number): void {
  try {
    saveLastKnown(documentId, state.linked ? lastKnownRecord(state, nowMs, LAST_KNOWN_BYTES) : undefined);
  } catch (error) {
    console.error(error);
  }
}

/**
 * The sidebar's page with this user's last-known state of the open Doc in it, when there is one: one property read,
 * no Docs or Calendar call, since showSidebar is itself an execution the user waits for (docs/PLATFORM.md, HtmlService
 * and google.script.run). The page as built otherwise, and whenever anything goes wrong.
 */
export function withLastKnown(html: string): string {
  try {
    const record = readLastKnown(loadLastKnown(activeDocumentId()));
    return record ? pageWithLastKnown(html, record) : html;
  } catch (error) {
    console.error(error);
    return html;
  }
}
