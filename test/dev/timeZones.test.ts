// Wall time ↔ instant in IANA zones across daylight-saving changes, half- and quarter-hour offsets, and UTC.
import fc from 'fast-check';
import { formatInZone, isValidTimeZone, localParts, offsetAt, zonedToEpoch } from '../../dev/timeZones';

const NY = 'America/New_York';
const utc = (text: string) => Date.parse(text);

describe('zonedToEpoch and formatInZone', () => {
  test.each([
    // New York: summer time ends Sun Nov 1, 2026 at 02:00 EDT, and begins Sun Mar 8, 2026 at 02:00 EST.
    [NY, '2026-10-26T10:00:00', '2026-10-26T14:00:00Z', '2026-10-26T10:00:00-04:00'],
    [NY, '2026-11-02T10:00:00', '2026-11-02T15:00:00Z', '2026-11-02T10:00:00-05:00'],
    [NY, '2026-11-01T00:59:59', '2026-11-01T04:59:59Z', '2026-11-01T00:59:59-04:00'],
    [NY, '2026-11-01T02:00:00', '2026-11-01T07:00:00Z', '2026-11-01T02:00:00-05:00'],
    [NY, '2026-03-08T01:59:59', '2026-03-08T06:59:59Z', '2026-03-08T01:59:59-05:00'],
    [NY, '2026-03-08T03:00:00', '2026-03-08T07:00:00Z', '2026-03-08T03:00:00-04:00'],
    // Berlin: Mar 29 and Oct 25, 2026.
    ['Europe/Berlin', '2026-03-29T01:59:00', '2026-03-29T00:59:00Z', '2026-03-29T01:59:00+01:00'],
    ['Europe/Berlin', '2026-03-29T03:00:00', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['Europe/Berlin', '2026-10-26T10:00:00', '2026-10-26T09:00:00Z', '2026-10-26T10:00:00+01:00'],
    // Sydney, in the southern hemisphere: summer time ends Apr 5, begins Oct 4, 2026.
    ['Australia/Sydney', '2026-01-15T10:00:00', '2026-01-14T23:00:00Z', '2026-01-15T10:00:00+11:00'],
    ['Australia/Sydney', '2026-07-15T10:00:00', '2026-07-15T00:00:00Z', '2026-07-15T10:00:00+10:00'],
    // Half and quarter hours.
    ['Asia/Kolkata', '2026-11-23T10:00:00', '2026-11-23T04:30:00Z', '2026-11-23T10:00:00+05:30'],
    ['Pacific/Chatham', '2026-11-23T10:00:00', '2026-11-22T20:15:00Z', '2026-11-23T10:00:00+13:45'],
    ['Pacific/Chatham', '2026-07-23T10:00:00', '2026-07-22T21:15:00Z', '2026-07-23T10:00:00+12:45'],
    // UTC is written with Z, as Google writes it.
    ['Etc/UTC', '2026-11-23T10:00:00', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z'],
    ['UTC', '2026-11-23T10:00:00', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z'],
  ])('%s %s is %s, written %s', (zone, local, instant, formatted) => {
    const epoch = zonedToEpoch(local, zone);
    expect(new Date(epoch).toISOString().replace('.000', '')).toBe(instant);
    expect(formatInZone(epoch, zone)).toBe(formatted);
  });

  test('a wall time that occurs twice is the first of the two (RFC 5545 3.3.5)', () => {
    expect(zonedToEpoch('2026-11-01T01:30:00', NY)).toBe(utc('2026-11-01T05:30:00Z')); // EDT, not EST
    expect(formatInZone(utc('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01T01:30:00-05:00'); // the second one exists
    expect(zonedToEpoch('2026-10-25T02:30:00', 'Europe/Berlin')).toBe(utc('2026-10-25T00:30:00Z')); // CEST
    expect(zonedToEpoch('2026-04-05T02:30:00', 'Australia/Sydney')).toBe(utc('2026-04-04T15:30:00Z')); // AEDT
  });

  test('a wall time in a gap is read with the offset before the gap, so it lands as far past the change', () => {
    const ny = zonedToEpoch('2026-03-08T02:30:00', NY);
    expect(ny).toBe(utc('2026-03-08T07:30:00Z'));
    expect(formatInZone(ny, NY)).toBe('2026-03-08T03:30:00-04:00');
    expect(formatInZone(zonedToEpoch('2026-03-29T02:30:00', 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-29T03:30:00+02:00',
    );
    expect(formatInZone(zonedToEpoch('2026-10-04T02:15:00', 'Australia/Sydney'), 'Australia/Sydney')).toBe(
      '2026-10-04T03:15:00+11:00',
    );
  });

  test('malformed or non-existent wall times and unknown zones throw RangeError', () => {
    for (const text of [
      '2026-02-30T10:00:00',
      '2026-13-01T10:00:00',
      '2026-11-23T24:00:00',
      '2026-11-23 10:00:00',
      '2026-11-23T10:00',
    ])
      expect(() => zonedToEpoch(text, NY)).toThrow(RangeError);
    expect(() => zonedToEpoch('2026-11-23T10:00:00', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatInZone(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  test('formatInZone drops milliseconds and keeps the second', () => {
    expect(formatInZone(utc('2026-11-23T15:00:59.999Z'), NY)).toBe('2026-11-23T10:00:59-05:00');
  });

  test('wall time → instant → wall time is the identity, except in gaps (property)', () => {
    const zones = [
      NY,
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'Etc/UTC',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: utc('2000-01-01T00:00:00Z') / 1000, max: utc('2040-01-01T00:00:00Z') / 1000 }),
        (zone, seconds) => {
          const instant = seconds * 1000;
          const local = formatInZone(instant, zone).slice(0, 19);
          const back = zonedToEpoch(local, zone);
          // The same wall time, and never a later instant (an ambiguous one resolves to the earlier of two).
          expect(formatInZone(back, zone).slice(0, 19)).toBe(local);
          expect(back).toBeLessThanOrEqual(instant);
          expect(instant - back).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('localParts and offsetAt', () => {
  test('fields and weekday (0 = Sunday) in the zone', () => {
    expect(localParts(utc('2026-11-23T15:00:00Z'), NY)).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 10,
      minute: 0,
      second: 0,
      weekday: 1,
    });
    // 15:00 UTC is already Tuesday in Tokyo.
    expect(localParts(utc('2026-11-23T15:00:00Z'), 'Asia/Tokyo')).toMatchObject({ day: 24, hour: 0, weekday: 2 });
  });

  test('the offset changes at the very second of the change', () => {
    expect(offsetAt(utc('2026-11-01T05:59:59Z'), NY)).toBe(-4 * 3_600_000);
    expect(offsetAt(utc('2026-11-01T06:00:00Z'), NY)).toBe(-5 * 3_600_000);
    expect(offsetAt(utc('2026-03-08T06:59:59Z'), NY)).toBe(-5 * 3_600_000);
    expect(offsetAt(utc('2026-03-08T07:00:00Z'), NY)).toBe(-4 * 3_600_000);
    expect(offsetAt(utc('2026-11-23T00:00:00Z'), 'Pacific/Chatham')).toBe((13 * 60 + 45) * 60_000);
  });
});

describe('isValidTimeZone', () => {
  test.each([
    'America/New_York',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Etc/UTC',
    'UTC',
    'Etc/GMT+5',
    'America/Port-au-Prince',
  ])('%s is a zone', (zone) => expect(isValidTimeZone(zone)).toBe(true));
  test.each(['Mars/Olympus', 'america/new_york', '+05:00', '', 'New York', 42, undefined])('%p is not', (zone) =>
    expect(isValidTimeZone(zone)).toBe(false),
  );
});
