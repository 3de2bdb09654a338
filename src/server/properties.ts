// Thin adapter over PropertiesService: the Doc's shared settings and ledger, and this user's own status per Doc.
import type { LedgerEntry, Settings } from '../core/settings';
import { appendToLedger, readLedger, readStoredSettings } from '../core/settings';
import type { RunStatus } from '../shared/types';

const SETTINGS = 'settings';
const LEDGER = 'ledger';
const statusKey = (documentId: string) => `status:${documentId}`;

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('This Doc’s properties cannot be read here: open the sidebar from the Doc.');
  return props;
}

/** Settings with any corrupt field reset to its default, and rewritten so the repair happens once, not every run. */
export function loadSettings(): { settings: Settings; problems: string[] } {
  const props = documentProperties();
  const result = readStoredSettings(props.getProperty(SETTINGS));
  if (result.problems.length > 0) props.setProperty(SETTINGS, JSON.stringify(result.settings));
  return result;
}

export function loadLedger(): LedgerEntry[] {
  return readLedger(documentProperties().getProperty(LEDGER));
}

export function recordInsert(entry: LedgerEntry): void {
  const props = documentProperties();
  props.setProperty(LEDGER, JSON.stringify(appendToLedger(readLedger(props.getProperty(LEDGER)), entry)));
}

export function loadStatus(documentId: string): RunStatus | undefined {
  const raw = PropertiesService.getUserProperties().getProperty(statusKey(documentId));
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as RunStatus;
    if (typeof value?.at === 'string' && typeof value.message === 'string' && typeof value.outcome === 'string')
      return value;
  } catch {
    // A corrupt status is only a missed message: forget it rather than fail the sidebar.
  }
  PropertiesService.getUserProperties().deleteProperty(statusKey(documentId));
  return undefined;
}

export function saveStatus(documentId: string, status: RunStatus): void {
  PropertiesService.getUserProperties().setProperty(statusKey(documentId), JSON.stringify(status));
}
