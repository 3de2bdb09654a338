// Occurrence keys and the named ranges that carry them: a day's key, the date a heading was written for.
import {
  dateOfKey,
  dayKey,
  isDayKey,
  keyFromNamedRangeName,
  namedRangeName,
  occurrenceKey,
  writtenForName,
  writtenForOf,
} from '../../src/core/keys';

describe('keys', () => {
  it('tells a day’s key from an occurrence’s', () => {
    expect(isDayKey(dayKey('2026-11-23'))).toBe(true);
    expect(isDayKey(occurrenceKey('s@google.com', '2026-11-23T15:00:00Z'))).toBe(false);
    expect(isDayKey('holiday|2026-11-23')).toBe(false);
    expect(isDayKey('x|day|')).toBe(false);
  });

  it('reads back the date a heading was written for, and nothing from another name', () => {
    expect(writtenForName('2026-11-23')).toBe('1on1-at:2026-11-23');
    expect(writtenForOf('1on1-at:2026-11-23')).toBe('2026-11-23');
    for (const name of [
      '1on1:2026-11-23',
      'x1on1-at:2026-11-23',
      '2026-11-23',
      '1on1-at:2026-11-23x',
      '1on1-at:x2026-11-23',
      '1on1-at:26-11-23',
      '1on1-at:2026-1-23',
      '1on1-at:2026-11-3',
      '1on1-at:abcd-11-23',
      '1on1-at:2026-ab-23',
      '1on1-at:2026-11-ab',
      '1on1-at:',
      'my range 1on1-at:2026-11-23',
    ])
      expect([name, writtenForOf(name)]).toEqual([name, undefined]);
  });

  it('names the add-on’s own ranges by the key, and reads the key back only from them', () => {
    expect(keyFromNamedRangeName(namedRangeName('s|2026-11-23T15:00:00Z'))).toBe('s|2026-11-23T15:00:00Z');
    expect(keyFromNamedRangeName('mine:1on1:x')).toBeUndefined();
  });

  it('dates a key by its last part: a day, or the original start as written', () => {
    expect(dateOfKey(dayKey('2026-11-23'))).toBe('2026-11-23');
    expect(dateOfKey(occurrenceKey('s@google.com', '2026-11-23T15:00:00Z'))).toBe('2026-11-23');
    expect(dateOfKey('s@google.com|20261123T150000Z')).toBeUndefined();
    expect(dateOfKey('s@google.com|x2026-11-23')).toBeUndefined();
    expect(dateOfKey('s@google.com|2026-11-2')).toBeUndefined();
  });
});
