// Tests for src/core/dates.ts: dated headings read and written, "(from …)" dates, and day arithmetic.
import fc from 'fast-check';
import {
  addDays,
  CANCELLED_SUFFIX,
  compareIsoDates,
  daysBetween,
  formatFromDate,
  formatHeadingDate,
  formatSectionHeading,
  isoDate,
  isValidIsoDate,
  parseFromDate,
  parseHeadingDate,
  weekday,
} from '../../src/core/dates';
import type { HeadingDateFormat } from '../../src/shared/settings';

const FORMATS: HeadingDateFormat[] = ['weekday-short', 'iso', 'day-month-year'];

/** Every date from 1970-01-01 to 2100-12-31 as days since 1970-01-01. */
const DAYS_1970_2100 = daysBetween('1970-01-01', '2100-12-31');
const dateArb = fc.integer({ min: 0, max: DAYS_1970_2100 }).map((n) => addDays('1970-01-01', n));

describe('parseHeadingDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['Nov 23, 2026', '2026-11-23'],
    ['November 23, 2026', '2026-11-23'],
    ['Nov. 23rd, 2026', '2026-11-23'],
    ['23 Nov 2026', '2026-11-23'],
    ['23 November 2026', '2026-11-23'],
    ['23-Nov-2026', '2026-11-23'],
    ['11/23/2026', '2026-11-23'],
    ['23.11.2026', '2026-11-23'],
    ['2026/11/23', '2026-11-23'],
    ['2026.11.23', '2026-11-23'],
    ['Mon, Nov 23, 2026', '2026-11-23'],
    ['Monday 23 November 2026', '2026-11-23'],
    ['Monday, November 23, 2026', '2026-11-23'],
    ['1:1 — Nov 23, 2026', '2026-11-23'],
    ['Nov 23, 2026 · 1:1', '2026-11-23'],
    ['Mon, Nov 23, 2026 · 1:1', '2026-11-23'],
    ['1:1 Ana / Ben – 2026-11-23', '2026-11-23'],
    ['1:1: 2026-11-23', '2026-11-23'],
    ['2026-11-23 - 1:1', '2026-11-23'],
    ['Ana <> Ben 1-on-1 | 23 Nov 2026', '2026-11-23'],
    ['🗓️ Nov 23, 2026', '2026-11-23'],
    ['Nov 23, 2026 10:30 · 1:1', '2026-11-23'],
    ['Weekly sync 2026-11-23 9am', '2026-11-23'],
    ['2024-02-29', '2024-02-29'],
    ['  2026-11-23  ', '2026-11-23'],
  ])('reads %j as %s', (text, date) => {
    expect(parseHeadingDate(text)).toEqual({ date, cancelled: false });
  });

  it.each([
    ['Mon, Nov 23, 2026 · 1:1 (cancelled)', '2026-11-23'],
    ['2026-11-23 (Canceled)', '2026-11-23'],
    ['Nov 23, 2026 · 1:1 [cancelled]', '2026-11-23'],
    ['Nov 23, 2026 — cancelled', '2026-11-23'],
  ])('reads %j as cancelled on %s', (text, date) => {
    expect(parseHeadingDate(text)).toEqual({ date, cancelled: true });
  });

  it.each([
    ['Notes about the Nov 23, 2026 launch plan and more'],
    ['Decisions we took in the planning review on 2026-11-23'],
    ['Feb 30, 2026'],
    ['2026-02-30'],
    ['2025-02-29'],
    ['31.04.2026'],
    ['13/13/2026'],
    ['Nov 23'],
    ['11/23'],
    ['Q4 planning'],
    [''],
    ['1:1'],
    ['10/11/2026 – 10/18/2026'],
    ['Nov 23 – Nov 30, 2026'],
    ['Meeting 12 on 2026-11-23'],
    ['20261123'],
    ['2026-11-233'],
    ['Supercalifragilisticexpialidocious 2026-11-23'],
    ['x'.repeat(300)],
  ])('does not read %j as a meeting date', (text) => {
    expect(parseHeadingDate(text)).toBeUndefined();
  });

  it('reads slashed dates month first unless the first number cannot be a month', () => {
    expect(parseHeadingDate('03/04/2026')?.date).toBe('2026-03-04');
    expect(parseHeadingDate('23/11/2026')?.date).toBe('2026-11-23');
    expect(parseHeadingDate('11/23/2026')?.date).toBe('2026-11-23');
    // Dots are day first.
    expect(parseHeadingDate('03.04.2026')?.date).toBe('2026-04-03');
  });

  it('reads back every heading it writes, for every date from 1970 to 2100, in every format', () => {
    let failures = 0;
    for (let n = 0; n <= DAYS_1970_2100; n++) {
      const date = addDays('1970-01-01', n);
      for (const format of FORMATS) {
        const heading = formatSectionHeading(date, format);
        const read = parseHeadingDate(heading);
        if (read?.date !== date || read.cancelled) failures++;
        if (parseHeadingDate(heading + CANCELLED_SUFFIX)?.cancelled !== true) failures++;
      }
    }
    expect(failures).toBe(0);
  });

  it('reads a formatted date whatever label and separator surround it', () => {
    const decorations = fc.record({
      format: fc.constantFrom(...FORMATS),
      before: fc.constantFrom('', '1:1 ', '1:1 — ', 'Ana / Ben · ', '1-on-1: '),
      after: fc.constantFrom('', ' · 1:1', ' - 1:1', ' — Ana & Ben', ': weekly 1:1'),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(dateArb, decorations, (date, d) => {
        const text = `${d.before}${formatHeadingDate(date, d.format)}${d.after}${d.cancelled ? CANCELLED_SUFFIX : ''}`;
        expect(parseHeadingDate(text)).toEqual({ date, cancelled: d.cancelled });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatHeadingDate and formatSectionHeading', () => {
  it('writes the three formats', () => {
    expect(formatHeadingDate('2026-11-23', 'weekday-short')).toBe('Mon, Nov 23, 2026');
    expect(formatHeadingDate('2026-11-23', 'iso')).toBe('2026-11-23');
    expect(formatHeadingDate('2026-11-23', 'day-month-year')).toBe('23 Nov 2026');
    expect(formatHeadingDate('2027-01-03', 'weekday-short')).toBe('Sun, Jan 3, 2027');
    expect(formatHeadingDate('2026-09-07', 'day-month-year')).toBe('7 Sep 2026');
  });

  it('writes the heading the add-on inserts', () => {
    expect(formatSectionHeading('2026-11-23', 'weekday-short')).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(formatSectionHeading('2026-11-23', 'iso')).toBe('2026-11-23 · 1:1');
    expect(`${formatSectionHeading('2026-11-23', 'day-month-year')}${CANCELLED_SUFFIX}`).toBe(
      '23 Nov 2026 · 1:1 (cancelled)',
    );
  });
});

describe('formatFromDate and parseFromDate', () => {
  it('writes the year only when it differs from the current section (or the date is later)', () => {
    expect(formatFromDate('2026-11-09', '2026-11-23')).toBe('Nov 9');
    expect(formatFromDate('2025-12-28', '2026-01-05')).toBe('Dec 28, 2025');
    expect(formatFromDate('2026-11-23', '2026-11-23')).toBe('Nov 23');
    expect(formatFromDate('2026-12-01', '2026-11-23')).toBe('Dec 1, 2026');
  });

  it('reads a month and day as the latest such day not after the section date', () => {
    expect(parseFromDate('Nov 9', '2026-11-23')).toBe('2026-11-09');
    expect(parseFromDate('Nov 23', '2026-11-23')).toBe('2026-11-23');
    expect(parseFromDate('Nov 24', '2026-11-23')).toBe('2025-11-24');
    expect(parseFromDate('Dec 28', '2026-01-05')).toBe('2025-12-28');
    expect(parseFromDate('9 Nov', '2026-11-23')).toBe('2026-11-09');
    expect(parseFromDate('November 9th', '2026-11-23')).toBe('2026-11-09');
    expect(parseFromDate('Feb 29', '2026-03-01')).toBe('2024-02-29');
  });

  it('reads full dates as written', () => {
    expect(parseFromDate('Dec 28, 2025', '2026-11-23')).toBe('2025-12-28');
    expect(parseFromDate('2025-12-28', '2026-11-23')).toBe('2025-12-28');
    expect(parseFromDate(' 28 Dec 2025 ', '2026-11-23')).toBe('2025-12-28');
  });

  it('refuses what is not one date', () => {
    expect(parseFromDate('Nov 31', '2026-11-23')).toBeUndefined();
    expect(parseFromDate('last week', '2026-11-23')).toBeUndefined();
    expect(parseFromDate('Nov 9 and Nov 16', '2026-11-23')).toBeUndefined();
    expect(parseFromDate('Dec 28, 2025 maybe', '2026-11-23')).toBeUndefined();
    expect(parseFromDate('', '2026-11-23')).toBeUndefined();
  });

  it('reads back what it writes, for any pair of dates', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (origin, relativeTo) => {
        expect(parseFromDate(formatFromDate(origin, relativeTo), relativeTo)).toBe(origin);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('day arithmetic', () => {
  it('validates dates', () => {
    expect(isoDate(2026, 2, 29)).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2026, 13, 1)).toBeUndefined();
    expect(isoDate(2026, 4, 31)).toBeUndefined();
    expect(isoDate(99, 1, 1)).toBeUndefined();
    expect(isValidIsoDate('2026-11-23')).toBe(true);
    expect(isValidIsoDate('2026-11-31')).toBe(false);
    expect(isValidIsoDate('2026-1-3')).toBe(false);
  });

  it('adds days across months, years, leap days and daylight-saving changes', () => {
    expect(addDays('2026-11-23', 7)).toBe('2026-11-30');
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-11-23', '2026-11-09')).toBe(-14);
  });

  it('gives the weekday and orders dates', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-22')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(compareIsoDates('2026-11-09', '2026-11-23')).toBeLessThan(0);
    expect(compareIsoDates('2026-11-23', '2026-11-23')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
        expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
        expect(weekday('2026-11-23')).toBe(1);
        expect(formatHeadingDate('2026-03-29', 'weekday-short')).toBe('Sun, Mar 29, 2026');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
