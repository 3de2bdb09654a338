// The Doc's run ledger: the recent inserts, newest first, one per section key, as kept in its properties.

export interface LedgerEntry {
  key: string;
  date: string;
  /** ISO instant of the insert. */
  at: string;
}

/** How many recent inserts the ledger keeps: enough to explain the last few months, far below the 9 KB value limit. */
export const LEDGER_SIZE = 20;

export function readLedger(raw: string | null | undefined): LedgerEntry[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is LedgerEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.key === 'string' &&
        typeof e.date === 'string' &&
        typeof e.at === 'string' &&
        e.key.length < 400,
    );
  } catch {
    return [];
  }
}

export function appendToLedger(ledger: LedgerEntry[], entry: LedgerEntry): LedgerEntry[] {
  return [entry, ...ledger.filter((e) => e.key !== entry.key)].slice(0, LEDGER_SIZE);
}
