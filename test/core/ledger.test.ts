// Tests of the insert ledger: newest first, one entry per key, bounded, and corrupt entries dropped.
import { appendToLedger, LEDGER_SIZE, readLedger } from '../../src/core/ledger';

describe('ledger', () => {
  it('keeps the newest entries first, one per key, at most LEDGER_SIZE', () => {
    let ledger = readLedger(null);
    for (let i = 0; i < LEDGER_SIZE + 5; i++)
      ledger = appendToLedger(ledger, { key: `k${i}`, date: '2026-11-23', at: 'x' });
    expect(ledger.map((e) => e.key)).toEqual(Array.from({ length: LEDGER_SIZE }, (_, i) => `k${24 - i}`));
    ledger = appendToLedger(ledger, { key: 'k20', date: '2026-11-30', at: 'again' });
    expect(ledger).toHaveLength(LEDGER_SIZE);
    expect(ledger[0]).toEqual({ key: 'k20', date: '2026-11-30', at: 'again' });
    expect(ledger.map((e) => e.key).slice(0, 6)).toEqual(['k20', 'k24', 'k23', 'k22', 'k21', 'k19']);
    expect(readLedger(JSON.stringify(ledger))).toEqual(ledger);
  });

  it('keeps an entry only with a text key, date and time, and a key shorter than 400 characters', () => {
    const good = { key: 'k'.repeat(399), date: '2026-11-23', at: '2026-11-20T15:00:00.000Z' };
    expect(readLedger(JSON.stringify([good]))).toEqual([good]);
    for (const bad of [{ key: 'k'.repeat(400) }, { key: 1 }, { key: ['k'] }, { date: 20261123 }, { at: null }])
      expect(readLedger(JSON.stringify([{ ...good, ...bad }]))).toEqual([]);
  });

  it('drops corrupt entries and unreadable ledgers', () => {
    expect(readLedger('{oops')).toEqual([]);
    expect(readLedger(JSON.stringify([{ key: 'a', date: 'd', at: 'x' }, { key: 3 }, null]))).toEqual([
      { key: 'a', date: 'd', at: 'x' },
    ]);
  });
});
