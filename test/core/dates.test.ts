// Tests for src/core/dates.ts: dated headings read and written, "(from …)" dates, and day arithmetic.
import fc from 'fast-check';
import type * as Dates from '../../src/core/dates';
import { tagsIn } from '../../src/core/languages';
import type { HeadingDateFormat } from '../../src/shared/settings';
import { loadAfresh } from '../support/afresh';

/**
 * dates.ts, loaded afresh for each test. It builds its patterns on its first read and keeps them; loaded once for the
 * file, they would be built, and so traced by mutation testing (npm run mutate), under the file's first test alone.
 */
let dates: typeof Dates;
beforeEach(() => {
  dates = loadAfresh(() => require('../../src/core/dates'));
});

const FORMATS: HeadingDateFormat[] = ['weekday-short', 'iso', 'day-month-year'];

/** Every date from 1970-01-01 to 2100-12-31 as days since 1970-01-01. */
const DAYS_1970_2100 = (Date.UTC(2100, 11, 31) - Date.UTC(1970, 0, 1)) / 86_400_000;
const dateArb = fc.integer({ min: 0, max: DAYS_1970_2100 }).map((n) => dates.addDays('1970-01-01', n));

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
    ['定例 2026年11月23日', '2026-11-23'],
    ['lunes, 23 de  noviembre  de 2026', '2026-11-23'],
    ['1st 1:1 – 2026-11-23', '2026-11-23'],
  ])('reads %j as %s', (text, date) => {
    expect(dates.parseHeadingDate(text)).toEqual({ date, cancelled: false });
  });

  it.each([
    ['Mon, Nov 23, 2026 · 1:1 (cancelled)', '2026-11-23'],
    ['2026-11-23 (Canceled)', '2026-11-23'],
    ['Nov 23, 2026 · 1:1 [cancelled]', '2026-11-23'],
    ['Nov 23, 2026 — cancelled', '2026-11-23'],
  ])('reads %j as cancelled on %s', (text, date) => {
    expect(dates.parseHeadingDate(text)).toEqual({ date, cancelled: true });
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
    ['12026年11月23日'],
    ['Supercalifragilisticexpialidocious 2026-11-23'],
    ['x'.repeat(300)],
  ])('does not read %j as a meeting date', (text) => {
    expect(dates.parseHeadingDate(text)).toBeUndefined();
  });

  it.each([['x2026-11-23'], ['2026-11-23x'], ['Innov 23, 2026'], ['Room23 Nov 2026'], ['x11/23/2026']])(
    'does not read a date glued to a word: %j',
    (text) => {
      expect(dates.parseHeadingDate(text)).toBeUndefined();
    },
  );

  it('reads slashed dates month first unless the first number cannot be a month', () => {
    expect(dates.parseHeadingDate('03/04/2026')?.date).toBe('2026-03-04');
    expect(dates.parseHeadingDate('23/11/2026')?.date).toBe('2026-11-23');
    expect(dates.parseHeadingDate('11/23/2026')?.date).toBe('2026-11-23');
    expect(dates.parseHeadingDate('12/05/2026')?.date).toBe('2026-12-05');
    // Dots are day first.
    expect(dates.parseHeadingDate('03.04.2026')?.date).toBe('2026-04-03');
  });

  it('reads slashed dates day first in a day-first language, unless the second number cannot be a month', () => {
    expect(dates.parseHeadingDate('05/12/2026', true)?.date).toBe('2026-12-05');
    expect(dates.parseHeadingDate('05/13/2026', true)?.date).toBe('2026-05-13');
    expect(dates.parseHeadingDate('03.04.2026', true)?.date).toBe('2026-04-03');
  });

  it('reads the month before the day only in English, which alone writes it so', () => {
    expect(dates.parseHeadingDate('November 23, 2026')?.date).toBe('2026-11-23');
    expect(dates.parseHeadingDate('novembre 23, 2026')).toBeUndefined();
    expect(dates.parseHeadingDate('noviembre 23, 2026')).toBeUndefined();
  });

  it('leaves at most four words of at most 20 letters beside the date, weekdays apart', () => {
    expect(dates.parseHeadingDate('Ana Ben weekly sync 2026-11-16')?.date).toBe('2026-11-16');
    expect(dates.parseHeadingDate('Ana Ben weekly sync Monday Nov 16, 2026')?.date).toBe('2026-11-16');
    expect(dates.parseHeadingDate('Ana Ben weekly sync review 2026-11-16')).toBeUndefined();
    expect(dates.parseHeadingDate('Supercalifragilistic 2026-11-16')?.date).toBe('2026-11-16');
    expect(dates.parseHeadingDate('Supercalifragilistics 2026-11-16')).toBeUndefined();
  });

  it.each([
    ['10:30'],
    ['11am'],
    ['2:30 pm'],
    ['10:30 a.m.'],
    ['10 Uhr'],
    ['10Uhr'],
    ['9.30 Uhr'],
    ['10h30'],
    ['14h'],
    ['10時'],
    ['10時30分'],
  ])('takes the time %j beside the date for no word of the label', (time) => {
    expect(dates.parseHeadingDate(`Ana / Ben weekly sync ${time} – Nov 16, 2026`)?.date).toBe('2026-11-16');
  });

  it.each([
    ['1:1'],
    ['1-1'],
    ['1/1'],
    ['1 : 1'],
    ['1 on 1'],
    ['1-on-1'],
    ['1on1'],
    ['one-on-one'],
    ['One on One'],
    ['1:1s'],
  ])('takes %j beside the date for the 1:1 label, no word of its own', (label) => {
    expect(dates.parseHeadingDate(`Ana / Ben weekly sync ${label} – Nov 16, 2026`)?.date).toBe('2026-11-16');
  });

  it.each([['1:1'], ['10am'], ['Monday']])(
    'takes %j for a break between two words, even words it touches through an apostrophe',
    (between) => {
      expect(dates.parseHeadingDate(`Ana Ben weekly sync’${between}’review 2026-11-16`)).toBeUndefined();
      expect(dates.parseHeadingDate(`Ana Ben weekly’${between}’review 2026-11-16`)?.date).toBe('2026-11-16');
    },
  );

  it('reads a year only as four digits in a row: a combining mark between them makes none', () => {
    expect(dates.parseHeadingDate('20\u030026-11-23')).toBeUndefined();
  });

  it('reads a heading of up to 200 characters, and no longer one', () => {
    const heading = `2026-11-23 ${'—'.repeat(189)}`;
    expect(heading).toHaveLength(200);
    expect(dates.parseHeadingDate(heading)?.date).toBe('2026-11-23');
    expect(dates.parseHeadingDate(`${heading}—`)).toBeUndefined();
  });

  it('reads back every heading it writes, for every date from 1970 to 2100, in every format', () => {
    let failures = 0;
    for (let n = 0; n <= DAYS_1970_2100; n++) {
      const date = dates.addDays('1970-01-01', n);
      for (const format of FORMATS) {
        const heading = dates.formatSectionHeading(date, format);
        const read = dates.parseHeadingDate(heading);
        if (read?.date !== date || read.cancelled) failures++;
        if (dates.parseHeadingDate(heading + dates.CANCELLED_SUFFIX)?.cancelled !== true) failures++;
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
        const cancelled = d.cancelled ? dates.CANCELLED_SUFFIX : '';
        const text = `${d.before}${dates.formatHeadingDate(date, d.format)}${d.after}${cancelled}`;
        expect(dates.parseHeadingDate(text)).toEqual({ date, cancelled: d.cancelled });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('headingLanguages', () => {
  const languages = (heading: string) => tagsIn(dates.headingLanguages(heading));
  const ALL_BUT_JAPANESE = ['en', 'en-GB', 'de', 'es', 'fr', 'pt-BR'];

  it.each([
    ['Mon, Nov 16, 2026 · 1:1', ['en']],
    ['Mon, 16 Nov 2026 · 1:1', ['en-GB']],
    ['Mon, 9 Nov 2026 · 1:1', ['en-GB']],
    ['16 Nov 2026 · 1:1', ['en', 'en-GB']],
    ['9 Nov 2026 · 1:1', ['en', 'en-GB']],
    ['16 Nov 2026 · 1:1 (cancelled)', ['en', 'en-GB']],
    ['Mo., 16. Nov. 2026 · 1:1', ['de']],
    ['16. Nov. 2026 · 1:1', ['de']],
    ['16. Nov. 2026 · 1:1 (abgesagt)', ['de']],
    ['lun, 16 nov 2026 · 1:1', ['es']],
    ['lun. 16 nov. 2026 · 1:1', ['fr']],
    ['seg., 16 de nov. de 2026 · 1:1', ['pt-BR']],
    ['2026年11月16日(月) · 1on1', ['ja']],
    ['2026-11-16 · 1:1', ALL_BUT_JAPANESE],
    ['2026-11-16 · 1on1', ['ja']],
    ['2026-11-16 · 1:1 (cancelada)', ['es', 'pt-BR']],
  ])('are, for the heading %j the add-on writes, those whose own form it is: %j', (heading, tags) => {
    expect(languages(heading)).toEqual(tags);
  });

  it.each([
    ['Nov 16, 2026', ['en']],
    ['16 Nov 2026', ALL_BUT_JAPANESE],
    ['Montag, 16.11.2026', ['de']],
    ['Mo. 16.11.2026', ['de']],
    ['2026年11月16日', ['ja']],
    ['2026-11-16（月曜）', ['ja']],
    ['16.11.2026 (abgesagt)', ['de']],
    ['16.11.2026 — abgesagt', ['de']],
    ['mar, 3 mar 2026', ['es']],
    ['mar. 3 mars 2026', ['fr']],
  ])(
    'are, for the heading %j someone typed, those its month, weekday and cancelled words are in: %j',
    (heading, tags) => {
      expect(languages(heading)).toEqual(tags);
    },
  );

  it('are every language for a date of numbers alone, a German two-letter weekday without its dot included', () => {
    expect(languages('16.11.2026')).toHaveLength(7);
    expect(languages('Mo 16.11.2026')).toHaveLength(7);
    // The add-on writes a month in two digits: with one, the heading is typed, not its own.
    expect(languages('2026-1-16 · 1:1')).toHaveLength(7);
  });

  it('are none for a heading that names no meeting', () => {
    expect(dates.headingLanguages('Notes about the Nov 16, 2026 launch plan and more')).toBe(0);
  });
});

describe('formatHeadingDate and formatSectionHeading', () => {
  it('writes the three formats', () => {
    expect(dates.formatHeadingDate('2026-11-23', 'weekday-short')).toBe('Mon, Nov 23, 2026');
    expect(dates.formatHeadingDate('2026-11-23', 'iso')).toBe('2026-11-23');
    expect(dates.formatHeadingDate('2026-11-23', 'day-month-year')).toBe('23 Nov 2026');
    expect(dates.formatHeadingDate('2027-01-03', 'weekday-short')).toBe('Sun, Jan 3, 2027');
    expect(dates.formatHeadingDate('2026-09-07', 'day-month-year')).toBe('7 Sep 2026');
  });

  it('writes the heading the add-on inserts', () => {
    expect(dates.formatSectionHeading('2026-11-23', 'weekday-short')).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(dates.formatSectionHeading('2026-11-23', 'iso')).toBe('2026-11-23 · 1:1');
    expect(`${dates.formatSectionHeading('2026-11-23', 'day-month-year')}${dates.CANCELLED_SUFFIX}`).toBe(
      '23 Nov 2026 · 1:1 (cancelled)',
    );
  });
});

describe('formatFromDate and parseFromDate', () => {
  it('writes the year only when it differs from the current section (or the date is later)', () => {
    expect(dates.formatFromDate('2026-11-09', '2026-11-23')).toBe('Nov 9');
    expect(dates.formatFromDate('2025-12-28', '2026-01-05')).toBe('Dec 28, 2025');
    expect(dates.formatFromDate('2026-11-23', '2026-11-23')).toBe('Nov 23');
    expect(dates.formatFromDate('2026-12-01', '2026-11-23')).toBe('Dec 1, 2026');
  });

  it('reads a month and day as the latest such day not after the section date', () => {
    expect(dates.parseFromDate('Nov 9', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('Nov 23', '2026-11-23')).toBe('2026-11-23');
    expect(dates.parseFromDate('Nov 24', '2026-11-23')).toBe('2025-11-24');
    expect(dates.parseFromDate('Dec 28', '2026-01-05')).toBe('2025-12-28');
    expect(dates.parseFromDate('9 Nov', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('November 9th', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('Nov  9', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('11月9日', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('Feb 29', '2026-03-01')).toBe('2024-02-29');
  });

  it('reaches back eight years for a Feb 29, the longest wait between two (2096 to 2104)', () => {
    expect(dates.parseFromDate('Feb 29', '2104-02-28')).toBe('2096-02-29');
  });

  it('reads a month and day in numbers: dots day first, slashes as the notes’ language reads them', () => {
    expect(dates.parseFromDate('9.11.', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('23.11', '2026-11-23')).toBe('2026-11-23');
    expect(dates.parseFromDate('9/11', '2026-11-23')).toBe('2026-09-11');
    expect(dates.parseFromDate('9/11', '2026-11-23', true)).toBe('2026-11-09');
    expect(dates.parseFromDate('9/11', '2026-11-23', false)).toBe('2026-09-11');
  });

  it('reads a month before the day only in English', () => {
    expect(dates.parseFromDate('November 9', '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate('novembre 9', '2026-11-23')).toBeUndefined();
  });

  it('reads full dates as written', () => {
    expect(dates.parseFromDate('Dec 28, 2025', '2026-11-23')).toBe('2025-12-28');
    expect(dates.parseFromDate('2025-12-28', '2026-11-23')).toBe('2025-12-28');
    expect(dates.parseFromDate(' 28 Dec 2025 ', '2026-11-23')).toBe('2025-12-28');
  });

  it('refuses what is not one date', () => {
    expect(dates.parseFromDate('Nov 31', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('last week', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('Nov 9 and Nov 16', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('Dec 28, 2025 maybe', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('9/11/26', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('on 9/11', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('11月9日ごろ', '2026-11-23')).toBeUndefined();
    expect(dates.parseFromDate('約11月9日', '2026-11-23')).toBeUndefined();
  });

  it('reads no date in text longer than 100 characters', () => {
    const padded = `Nov 9${' '.repeat(95)}`;
    expect(padded).toHaveLength(100);
    expect(dates.parseFromDate(padded, '2026-11-23')).toBe('2026-11-09');
    expect(dates.parseFromDate(`${padded} `, '2026-11-23')).toBeUndefined();
  });

  it('reads back what it writes, for any pair of dates', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (origin, relativeTo) => {
        expect(dates.parseFromDate(dates.formatFromDate(origin, relativeTo), relativeTo)).toBe(origin);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ambiguousNumericDate', () => {
  it('finds a date that reads one day day first and another month first, with both readings', () => {
    const both = { text: '03/11/2026', dayFirst: '2026-11-03', monthFirst: '2026-03-11' };
    expect(dates.ambiguousNumericDate('1:1 – 03/11/2026 (moved)')).toEqual(both);
    expect(dates.ambiguousNumericDate('０３／１１／２０２６')).toEqual(both);
    expect(dates.ambiguousNumericDate('03-11-2026 1:1')).toEqual({ ...both, text: '03-11-2026' });
  });

  it('finds none in a date with one reading, in dots, or in numbers that are no date', () => {
    expect(dates.ambiguousNumericDate('23/11/2026')).toBeUndefined();
    expect(dates.ambiguousNumericDate('03/03/2026')).toBeUndefined();
    expect(dates.ambiguousNumericDate('03.11.2026')).toBeUndefined();
    expect(dates.ambiguousNumericDate('2026-03-11')).toBeUndefined();
    expect(dates.ambiguousNumericDate('Room 103/11/2026')).toBeUndefined();
    expect(dates.ambiguousNumericDate('03/11/20261')).toBeUndefined();
  });

  it('looks only at the first 200 characters, as far as a dated heading goes', () => {
    expect(dates.ambiguousNumericDate(`${'x'.repeat(200)} 03/11/2026`)).toBeUndefined();
  });
});

describe('saysCancelled', () => {
  it.each([
    ['Mon, Nov 23, 2026 · 1:1 (cancelled)', true],
    ['Nov 23, 2026 [Canceled]', true],
    ['Mo., 23. Nov. 2026 · 1:1 (abgesagt)', true],
    ['2026年11月23日（中止）', true],
    [`${'x'.repeat(200)} (cancelled)`, true],
    ['Mon, Nov 23, 2026 · 1:1', false],
    ['Cancelled plans review 2026-11-23', false],
    [`(cancelled) ${'x'.repeat(100)}`, false],
  ])('reads the mark at the end of %j: %s', (heading, cancelled) => {
    expect(dates.saysCancelled(heading)).toBe(cancelled);
  });
});

describe('day arithmetic', () => {
  it('validates dates', () => {
    expect(dates.isoDate(2026, 2, 29)).toBeUndefined();
    expect(dates.isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(dates.isoDate(2026, 13, 1)).toBeUndefined();
    expect(dates.isoDate(2026, 4, 31)).toBeUndefined();
    expect(dates.isoDate(99, 1, 1)).toBeUndefined();
    expect(dates.isValidIsoDate('2026-11-23')).toBe(true);
    expect(dates.isValidIsoDate('2026-11-31')).toBe(false);
    expect(dates.isValidIsoDate('2026-1-3')).toBe(false);
  });

  it('knows a century is a leap year only every fourth one', () => {
    expect(dates.isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(dates.isoDate(1900, 2, 29)).toBeUndefined();
    expect(dates.isoDate(2100, 2, 29)).toBeUndefined();
  });

  it('takes four-digit years, whole numbers and real months and days only', () => {
    expect(dates.isoDate(1000, 1, 1)).toBe('1000-01-01');
    expect(dates.isoDate(9999, 12, 31)).toBe('9999-12-31');
    expect(dates.isoDate(10000, 1, 1)).toBeUndefined();
    expect(dates.isoDate(2026, 0, 1)).toBeUndefined();
    expect(dates.isoDate(2026, 1, 0)).toBeUndefined();
    expect(dates.isoDate(2026.5, 1, 1)).toBeUndefined();
    expect(dates.isoDate(2026, 1.5, 1)).toBeUndefined();
    expect(dates.isoDate(2026, 1, 1.5)).toBeUndefined();
    expect(dates.isValidIsoDate(' 2026-11-23')).toBe(false);
    expect(dates.isValidIsoDate('2026-11-23 ')).toBe(false);
  });

  it('refuses to count from a day that does not exist, saying which', () => {
    expect(() => dates.addDays('2026-02-30', 1)).toThrow('Not a date: 2026-02-30');
    expect(() => dates.weekday('23.11.2026')).toThrow('Not a date: 23.11.2026');
  });

  it('adds days across months, years, leap days and daylight-saving changes', () => {
    expect(dates.addDays('2026-11-23', 7)).toBe('2026-11-30');
    expect(dates.addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(dates.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dates.addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(dates.addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(dates.addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(dates.addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(dates.addDays('1000-01-01', -1)).toBe('0999-12-31');
    expect(dates.daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(dates.daysBetween('2026-11-23', '2026-11-09')).toBe(-14);
  });

  it('gives the weekday and orders dates', () => {
    expect(dates.weekday('2026-11-23')).toBe(1);
    expect(dates.weekday('2026-11-22')).toBe(0);
    expect(dates.weekday('1970-01-01')).toBe(4);
    expect(dates.compareIsoDates('2026-11-09', '2026-11-23')).toBeLessThan(0);
    expect(dates.compareIsoDates('2026-11-23', '2026-11-23')).toBe(0);
    expect(dates.compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(dates.addDays('2026-03-08', 1)).toBe('2026-03-09');
        expect(dates.addDays('2026-11-01', 1)).toBe('2026-11-02');
        expect(dates.weekday('2026-11-23')).toBe(1);
        expect(dates.formatHeadingDate('2026-03-29', 'weekday-short')).toBe('Sun, Mar 29, 2026');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
