// The Doc's run ledger: the recent inserts, newest first, one per section key, as kept in its properties.
import { isObject, parseStored } from '../shared/stored';

export interface LedgerEntry {
  key: string;
  date: string;
  /** ISO instant of the insert. */
  at: string;
}

/** How many recent inserts the ledger keeps: enough to explain the last few months, far below the 9 KB value limit. */
export const LEDGER_SIZE = 20;

/** The ledger read back: entries of another shape are let go, and an unreadable ledger is an empty one. */
export function readLedger(raw: string | null | undefined): LedgerEntry[] {
  const value = parseStored(raw);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is LedgerEntry =>
      isObject(e) &&
      typeof e.key === 'string' &&
      typeof e.date === 'string' &&
      typeof e.at === 'string' &&
      e.key.length < 400,
  );
}

export function appendToLedger(ledger: LedgerEntry[], entry: LedgerEntry): LedgerEntry[] {
  return [entry, ...ledger.filter((e) => e.key !== entry.key)].slice(0, LEDGER_SIZE);
}
