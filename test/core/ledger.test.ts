// Tests of the insert ledger: newest first, one entry per key, bounded, and corrupt entries dropped.
import { appendToLedger, LEDGER_SIZE, readLedger } from '../../src/core/ledger';

describe('ledger', () => {
  it('keeps the newest entries first, one per key, at most LEDGER_SIZE', () => {
    let ledger = readLedger(null);
    for (let i = 0; i < LEDGER_SIZE + 5; i++)
      ledger = appendToLedger(ledger, { key: `k${i}`, date: '2026-11-23', at: 'x' });
    ledger = appendToLedger(ledger, { key: 'k30', date: '2026-11-23', at: 'again' });
    expect(ledger).toHaveLength(LEDGER_SIZE);
    expect(ledger[0]).toEqual({ key: 'k30', date: '2026-11-23', at: 'again' });
    expect(ledger.filter((e) => e.key === 'k30')).toHaveLength(1);
    expect(readLedger(JSON.stringify(ledger))).toEqual(ledger);
  });

  it('drops corrupt entries and unreadable ledgers', () => {
    expect(readLedger('{oops')).toEqual([]);
    expect(readLedger(JSON.stringify([{ key: 'a', date: 'd', at: 'x' }, { key: 3 }, null]))).toEqual([
      { key: 'a', date: 'd', at: 'x' },
    ]);
  });
});
