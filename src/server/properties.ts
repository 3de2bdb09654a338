// Thin adapter over PropertiesService: the Doc's shared link, settings and ledger; this user's bookkeeping, status and sync token.
import { type Book, type Link, readBook, readLink } from '../core/link';
import type { LedgerEntry, Settings } from '../core/settings';
import { appendToLedger, readLedger, readStoredSettings } from '../core/settings';
import type { RunStatus } from '../shared/types';

const SETTINGS = 'settings';
const LEDGER = 'ledger';
const LINK = 'link';
const statusKey = (documentId: string) => `status:${documentId}`;
const bookKey = (documentId: string) => `doc:${documentId}`;
const triggerKey = (uid: string) => `trigger:${uid}`;
const syncKey = (documentId: string) => `sync:${documentId}`;

const userProperties = () => PropertiesService.getUserProperties();

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('This Doc’s properties cannot be read here: open the sidebar from the Doc.');
  return props;
}

export interface Shared {
  link?: Link;
  settings: Settings;
  /** What was unreadable and has been reset, in words. */
  problems: string[];
}

/**
 * The Doc's link and settings. A corrupt value is reset on its own (settings field by field; an unreadable link is
 * removed, so the Doc reads as unlinked) and rewritten, so the repair happens once and never loops. Inside a trigger
 * where Apps Script offers no document properties, the copies in this user's bookkeeping stand in.
 */
export function loadShared(book?: Book): Shared {
  const props = PropertiesService.getDocumentProperties();
  if (!props) {
    if (book?.link && book.settings) return { link: book.link, settings: book.settings, problems: [] };
    throw new Error('This Doc’s properties cannot be read here: open the sidebar from the Doc.');
  }
  const { settings, problems } = readStoredSettings(props.getProperty(SETTINGS));
  if (problems.length > 0) props.setProperty(SETTINGS, JSON.stringify(settings));
  const rawLink = props.getProperty(LINK);
  const link = readLink(rawLink);
  if (rawLink && !link) {
    props.deleteProperty(LINK);
    problems.push('the link to the calendar series (link the Doc again)');
  }
  return { ...(link ? { link } : {}), settings, problems };
}

export function saveSettings(settings: Settings): void {
  documentProperties().setProperty(SETTINGS, JSON.stringify(settings));
}

export function saveLink(link: Link): void {
  documentProperties().setProperty(LINK, JSON.stringify(link));
}

/** Saves the link where it can: the Doc's properties when this run has them, and always this user's copy. */
export function saveLinkEverywhere(link: Link, book: Book): void {
  const props = PropertiesService.getDocumentProperties();
  if (props) props.setProperty(LINK, JSON.stringify(link));
  book.link = link;
}

export function recordInsert(entry: LedgerEntry): void {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return;
  props.setProperty(LEDGER, JSON.stringify(appendToLedger(readLedger(props.getProperty(LEDGER)), entry)));
}

export function loadBook(documentId: string): Book {
  return readBook(userProperties().getProperty(bookKey(documentId)), documentId);
}

export function saveBook(book: Book): void {
  userProperties().setProperty(bookKey(book.documentId), JSON.stringify(book));
}

export function deleteBook(documentId: string): void {
  userProperties().deleteProperty(bookKey(documentId));
  userProperties().deleteProperty(syncKey(documentId));
}

/** Which Doc a trigger works for: triggers are told only their own id, and the active document is not guaranteed. */
export function documentOfTrigger(uid: string): string | undefined {
  const value = userProperties().getProperty(triggerKey(uid));
  return value && value.length < 200 ? value : undefined;
}

export function mapTrigger(uid: string, documentId: string): void {
  userProperties().setProperty(triggerKey(uid), documentId);
}

export function unmapTrigger(uid: string): void {
  userProperties().deleteProperty(triggerKey(uid));
}

export function loadSyncToken(documentId: string): string | undefined {
  const token = userProperties().getProperty(syncKey(documentId));
  // A token is opaque, but a corrupt one (empty, huge) is treated as missing: a full sync follows.
  return token && token.length < 2048 ? token : undefined;
}

export function saveSyncToken(documentId: string, token: string | undefined): void {
  if (token) userProperties().setProperty(syncKey(documentId), token);
  else userProperties().deleteProperty(syncKey(documentId));
}

export function loadStatus(documentId: string): RunStatus | undefined {
  const raw = userProperties().getProperty(statusKey(documentId));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as RunStatus;
    if (typeof value?.at === 'string' && typeof value.message === 'string' && typeof value.outcome === 'string')
      return value;
  } catch {
    // A corrupt status is only a missed message: forget it rather than fail the sidebar.
  }
  userProperties().deleteProperty(statusKey(documentId));
  return undefined;
}

export function saveStatus(documentId: string, status: RunStatus): void {
  userProperties().setProperty(statusKey(documentId), JSON.stringify(status));
}
