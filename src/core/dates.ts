// Calendar dates as "YYYY-MM-DD" strings: reading dated headings and "(from …)" dates, writing headings, and day arithmetic.
//
// Why strings and UTC: a 1:1's date is a calendar day, not an instant. Doing arithmetic with Date.UTC on
// year/month/day never crosses a time-zone or daylight-saving boundary, whatever the script's time zone is.
import type { HeadingDateFormat } from '../shared/settings';
import type { IsoDate } from './model';

/** Appended to a section's heading when its occurrence is cancelled; nothing else of the section changes. */
export const CANCELLED_SUFFIX = ' (cancelled)';

/** The label after the date in the heading the add-on writes: `Mon, Nov 23, 2026 · 1:1`. */
export const HEADING_LABEL = '1:1';

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');
const MONTHS_SHORT = MONTH_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1, 3));
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// A Map, not an object: a word like "constructor" must not be found on Object.prototype. Full names, "sept", and
// the first three letters of each.
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ['sept', 9],
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
]);

// ---------------------------------------------------------------------------------------------------------
// Day arithmetic

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** The ISO date of a year, month (1–12) and day, or undefined when no such day exists (Feb 30, month 13). */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  // Four-digit years only: Date.UTC maps years 0–99 to 1900–1999, and a heading's year always has four digits.
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month (1–12) and day of an ISO date; throws on anything else, because a bad date here is a bug upstream. */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(date);
  if (!m || isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) throw new Error(`Not a date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function isValidIsoDate(text: string): boolean {
  const m = ISO_RE.exec(text);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/** Negative when a is earlier, 0 when equal, positive when later. Zero-padded ISO dates sort as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toUtcDays(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromUtcDays(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(
    d.getUTCDate(),
  ).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDays(toUtcDays(date) + days);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toUtcDays(b) - toUtcDays(a);
}

/** 0 for Sunday … 6 for Saturday, as Date.getUTCDay. */
export function weekday(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

export function formatHeadingDate(date: IsoDate, format: HeadingDateFormat): string {
  const { year, month, day } = isoParts(date);
  if (format === 'iso') return date;
  if (format === 'day-month-year') return `${day} ${MONTHS_SHORT[month - 1]} ${year}`;
  return `${WEEKDAYS_SHORT[weekday(date)]}, ${MONTHS_SHORT[month - 1]} ${day}, ${year}`;
}

/** "Tue, Nov 24": a meeting's day in a sentence. */
export function formatShortDay(date: IsoDate): string {
  const { month, day } = isoParts(date);
  return `${WEEKDAYS_SHORT[weekday(date)]}, ${MONTHS_SHORT[month - 1]} ${day}`;
}

/** The heading of a section the add-on inserts. */
export function formatSectionHeading(date: IsoDate, format: HeadingDateFormat): string {
  return `${formatHeadingDate(date, format)} · ${HEADING_LABEL}`;
}

/**
 * The date inside "(from …)": `Nov 9` when it is in relativeTo's year and not after it, else `Dec 28, 2025`.
 * The year is also written for a date after relativeTo, so that parseFromDate (which reads a year-less date as
 * the latest one not after relativeTo) always reads back the same day.
 */
export function formatFromDate(origin: IsoDate, relativeTo: IsoDate): string {
  const o = isoParts(origin);
  const r = isoParts(relativeTo);
  const short = `${MONTHS_SHORT[o.month - 1]} ${o.day}`;
  return o.year === r.year && origin <= relativeTo ? short : `${short}, ${o.year}`;
}

/** The date inside "(due …)": `Dec 1`, or `Jan 5, 2027` in another year than relativeTo's. */
export function formatDueDate(due: IsoDate, relativeTo: IsoDate): string {
  const { year, month, day } = isoParts(due);
  const short = `${MONTHS_SHORT[month - 1]} ${day}`;
  return year === isoParts(relativeTo).year ? short : `${short}, ${year}`;
}

// ---------------------------------------------------------------------------------------------------------
// Reading dates in text

// A date is only recognised as a whole token: not glued to letters or digits on either side.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// Full names before their short forms, as in MONTH_NUMBERS.
const MONTH = `(${[...MONTH_NUMBERS.keys()].join('|')})\\.?`;
const ORD = '(?:st|nd|rd|th)?';

/** Tried in this order; the first that matches a real calendar day wins. */
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => IsoDate | undefined }[] = [
  // 2026-11-23, 2026/11/23, 2026.11.23
  {
    re: new RegExp(`${B}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${E}`, 'iu'),
    read: (m) => isoDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // Nov 23, 2026 · November 23 2026 · Nov. 23rd, 2026
  {
    re: new RegExp(`${B}${MONTH}[\\s-]*(\\d{1,2})${ORD},?\\s+(\\d{4})${E}`, 'iu'),
    read: (m) => isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  // 23 Nov 2026 · 23 November, 2026 · 23. November 2026 · 23-Nov-2026
  {
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th|\\.)?[\\s-]+(?:of\\s+)?${MONTH}[\\s,-]+(\\d{4})${E}`, 'iu'),
    read: (m) => isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  // 11/23/2026 (month first), 23/11/2026 (day first when it cannot be a month), 23.11.2026
  {
    re: new RegExp(`${B}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${E}`, 'u'),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      // Dots are the European day.month.year; slashes and dashes are month first unless the first cannot be a month.
      let dayFirst = m[2] === '.';
      if (a > 12) dayFirst = true;
      else if (b > 12) dayFirst = false;
      return dayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
    },
  },
];

function monthNumber(name: string | undefined): number {
  return MONTH_NUMBERS.get((name ?? '').toLowerCase().replace(/\.$/, '')) ?? 0;
}

interface DateMatch {
  date: IsoDate;
  index: number;
  length: number;
}

function findDate(text: string): DateMatch | undefined {
  for (const { re, read } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = read(m);
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return undefined;
}

const CANCELLED_END_RE = /\s*[([]\s*cancell?ed\s*[)\]]\s*$/i;
// "1:1", "1-1", "1 on 1", "1-on-1", "1on1", "one-on-one", also as a plural.
const LABEL_RE = /(?<![\p{L}\p{N}])(?:1\s?[:/-]\s?1|1\s?-?on-?\s?1|one[\s-]on[\s-]one)s?(?![\p{L}\p{N}])/giu;
// A time of day next to the date ("10:30", "9am", "2:30 pm") is label-like, not content.
const TIME_RE =
  /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}:\d{2}(?![\p{L}\p{N}])/giu;
const WEEKDAY_RE =
  /(?<![\p{L}\p{N}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?(?![\p{L}\p{N}])/giu;
const WORD_SPLIT_RE = /[^\p{L}\p{N}\p{M}'’]+/u;

/** At most this many words may remain around the date: names ("Ana / Ben"), "meeting", "weekly sync". */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL_WORD_LENGTH = 20;

// The headings the add-on writes itself (formatSectionHeading, maybe cancelled): read without the general rules,
// because a long Doc is mostly made of them.
const OWN_HEADING_RE =
  /^(?:(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})) · 1:1( \(cancelled\))?$/;

function readOwnHeading(text: string): { date: IsoDate; cancelled: boolean } | undefined {
  const m = OWN_HEADING_RE.exec(text);
  if (!m) return undefined;
  const date = m[1]
    ? isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]))
    : m[4]
      ? isoDate(Number(m[4]), Number(m[5]), Number(m[6]))
      : isoDate(Number(m[9]), monthNumber(m[8]), Number(m[7]));
  return date ? { date, cancelled: !!m[10] } : undefined;
}

/**
 * Reads a heading that names a meeting's date, e.g. `Mon, Nov 23, 2026 · 1:1`, `1:1 Ana / Ben – 2026-11-23`,
 * `23.11.2026`, `Monday 23 November 2026 (cancelled)`.
 *
 * The rule that keeps sentences out ("Notes about the Nov 23, 2026 launch plan and more"): after removing the
 * date, weekday names, times of day, the "1:1" label, "(cancelled)" and every separator (anything that is not a
 * letter or digit), at most four words of at most 20 characters may remain, and none of them may be a bare
 * number or a month name (which would mean a second date, a range, or a date we misread).
 * A year is required: a year-less heading ("Nov 23") is too ambiguous to date a past meeting.
 */
export function parseHeadingDate(text: string): { date: IsoDate; cancelled: boolean } | undefined {
  // Headings are short; refusing long text early keeps a 2 MB Doc of long headings fast.
  // Every form has a four-digit year: text without four digits in a row (most headings) is refused at once.
  if (text.length > 200 || !/\d\d\d\d/.test(text)) return undefined;
  const own = readOwnHeading(text);
  if (own) return own;
  let rest = text.replace(/\s+/g, ' ').trim();
  let cancelled = false;
  if (CANCELLED_END_RE.test(rest)) {
    cancelled = true;
    rest = rest.replace(CANCELLED_END_RE, '');
  }
  const found = findDate(rest);
  if (!found) return undefined;
  rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`
    .replace(LABEL_RE, ' ')
    .replace(TIME_RE, ' ')
    .replace(WEEKDAY_RE, ' ');
  let words = 0;
  for (const word of rest.split(WORD_SPLIT_RE)) {
    if (!word) continue;
    const lower = word.toLowerCase();
    if (lower === 'cancelled' || lower === 'canceled') {
      cancelled = true;
      continue;
    }
    if (/^\d+$/.test(word) || MONTH_NUMBERS.has(lower)) return undefined;
    if (word.length > MAX_LABEL_WORD_LENGTH || ++words > MAX_LABEL_WORDS) return undefined;
  }
  return { date: found.date, cancelled };
}

const MONTH_DAY_RE = new RegExp(`^${MONTH}\\s*(\\d{1,2})${ORD}$`, 'iu');
const DAY_MONTH_RE = new RegExp(`^(\\d{1,2})${ORD}\\.?\\s*${MONTH}$`, 'iu');

/**
 * Reads the date of "(from …)": a full date (`Dec 28, 2025`, `2025-12-28`, …), or a month and day (`Nov 9`,
 * `9 Nov`), which is the latest such day not after relativeTo (the date of the section it sits in).
 */
export function parseFromDate(text: string, relativeTo: IsoDate): IsoDate | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const full = findDate(t);
  if (full) return full.index === 0 && full.length === t.length ? full.date : undefined;
  let month = 0;
  let day = 0;
  const md = MONTH_DAY_RE.exec(t);
  const dm = md ? undefined : DAY_MONTH_RE.exec(t);
  if (md) {
    month = monthNumber(md[1]);
    day = Number(md[2]);
  } else if (dm) {
    month = monthNumber(dm[2]);
    day = Number(dm[1]);
  } else {
    return undefined;
  }
  const { year } = isoParts(relativeTo);
  // Eight years back always reaches a Feb 29.
  for (let y = year; y >= year - 8; y--) {
    const candidate = isoDate(y, month, day);
    if (candidate && candidate <= relativeTo) return candidate;
  }
  return undefined;
}
