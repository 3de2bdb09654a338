// Tests of stored settings and the insert ledger: sound values kept, corrupt ones reset one by one.
import { appendToLedger, DEFAULT_SETTINGS, LEDGER_SIZE, readLedger, readStoredSettings } from '../../src/core/settings';

describe('readStoredSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps sound stored values', () => {
    const raw = JSON.stringify({ leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso' });
    expect(readStoredSettings(raw)).toEqual({
      settings: { leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso' },
      problems: [],
    });
  });

  it('resets an unreadable value to the defaults and says so', () => {
    for (const raw of ['{not json', '[1,2]', '"text"', 'null']) {
      const result = readStoredSettings(raw);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.problems).toEqual(['all settings']);
    }
  });

  it('resets only the fields that are wrong', () => {
    const raw = JSON.stringify({ leadHours: 0.5, position: 'sideways', template: 'career', dateFormat: '<b>' });
    const result = readStoredSettings(raw);
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, template: 'career' });
    expect(result.problems).toEqual(['lead time', 'position', 'date format']);
  });

  it('bounds the lead time to one hour … seven days', () => {
    expect(readStoredSettings(JSON.stringify({ leadHours: 1 })).settings.leadHours).toBe(1);
    expect(readStoredSettings(JSON.stringify({ leadHours: 168 })).settings.leadHours).toBe(168);
    expect(readStoredSettings(JSON.stringify({ leadHours: 169 })).problems).toEqual(['lead time']);
  });

  it('ignores prototype-pollution keys', () => {
    const result = readStoredSettings('{"__proto__": {"template": "career"}, "constructor": 1}');
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(({} as Record<string, unknown>).template).toBeUndefined();
  });
});

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
