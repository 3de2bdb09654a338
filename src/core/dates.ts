// Calendar dates as "YYYY-MM-DD" strings: reading dated headings and "(from …)" dates in every language, writing them in one, and day arithmetic.
//
// Why strings and UTC: a 1:1's date is a calendar day, not an instant. Doing arithmetic with Date.UTC on
// year/month/day never crosses a time-zone or daylight-saving boundary, whatever the script's time zone is.
import type { HeadingDateFormat, NotesLanguageTag } from '../shared/settings';
import {
  ALL_LANGUAGES,
  alternatives,
  bitOf,
  foldWidth,
  LANGUAGES,
  languageOf,
  lexicon,
  type NotesLanguage,
  plainWord,
} from './languages';
import type { IsoDate } from './model';

/** Appended to a section's heading in English when its occurrence is cancelled (cancelledSuffix for the others). */
export const CANCELLED_SUFFIX = ' (cancelled)';

// ---------------------------------------------------------------------------------------------------------
// Day arithmetic

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
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
// Formatting, in the notes' language (core/languages)

interface Names {
  months: string[];
  weekdays: string[];
}

const NAMES = new Map<NotesLanguageTag, Names>();

/** A language's month and weekday names as dates write them, split once. */
function namesOf(language: NotesLanguage): Names {
  let names = NAMES.get(language.tag);
  if (!names) {
    names = { months: language.write.months.split(' '), weekdays: language.write.weekdays.split(' ') };
    NAMES.set(language.tag, names);
  }
  return names;
}

/** A date in one of a language's forms: {W} weekday, {D} day, {M} month name, {N} month number, {Y} year. */
function fillDate(form: string, date: IsoDate, language: NotesLanguage): string {
  const { year, month, day } = isoParts(date);
  const names = namesOf(language);
  return form.replace(/\{([WDMNY])\}/g, (_, part: string) =>
    part === 'W'
      ? names.weekdays[weekday(date)]!
      : part === 'M'
        ? names.months[month - 1]!
        : String(part === 'D' ? day : part === 'N' ? month : year),
  );
}

export function formatHeadingDate(date: IsoDate, format: HeadingDateFormat, tag?: NotesLanguageTag): string {
  if (format === 'iso') return date;
  const language = languageOf(tag);
  return fillDate(format === 'day-month-year' ? language.write.date : language.write.weekdayDate, date, language);
}

/** The heading of a section the add-on inserts: `Mon, Nov 23, 2026 · 1:1`, `Mo., 23. Nov. 2026 · 1:1`. */
export function formatSectionHeading(date: IsoDate, format: HeadingDateFormat, tag?: NotesLanguageTag): string {
  return `${formatHeadingDate(date, format, tag)} · ${languageOf(tag).write.label}`;
}

/** What marks a cancelled meeting's heading in a language: ` (cancelled)`, ` (abgesagt)`, `（中止）`. */
export function cancelledSuffix(tag?: NotesLanguageTag): string {
  return languageOf(tag).write.cancelled;
}

/**
 * The date inside "(from …)": `Nov 9` when it is in relativeTo's year and not after it, else `Dec 28, 2025`.
 * The year is also written for a date after relativeTo, so that parseFromDate (which reads a year-less date as
 * the latest one not after relativeTo) always reads back the same day.
 */
export function formatFromDate(origin: IsoDate, relativeTo: IsoDate, tag?: NotesLanguageTag): string {
  const language = languageOf(tag);
  const short = origin.slice(0, 4) === relativeTo.slice(0, 4) && origin <= relativeTo;
  return fillDate(short ? language.write.day : language.write.dayYear, origin, language);
}

/** The date inside "(due …)": `Dec 1`, or `Jan 5, 2027` in another year than relativeTo's. */
export function formatDueDate(due: IsoDate, relativeTo: IsoDate, tag?: NotesLanguageTag): string {
  const language = languageOf(tag);
  const short = due.slice(0, 4) === relativeTo.slice(0, 4);
  return fillDate(short ? language.write.day : language.write.dayYear, due, language);
}

// ---------------------------------------------------------------------------------------------------------
// Reading dates in text, in every language at once
//
// Text is read as plainDate makes it: full-width digits and punctuation as ASCII, lower case, Latin letters without
// their accents, runs of spaces as one. Only a numeric date with the year last depends on the notes' language: day
// first (03/11/2026 is 3 November) or month first (March 11).

// A date is only recognised as a whole token: not glued to letters or digits on either side.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const ORD = '(?:st|nd|rd|th)?';

/** The longest text read as a date, a from date or a cancelled mark. */
const MAX_DATE_TEXT = 100;

function plainDate(text: string): string {
  return plainWord(foldWidth(text)).replace(/\s+/g, ' ').trim();
}

interface DateMatch {
  date: IsoDate;
  index: number;
  length: number;
  /** The languages whose words and form the date is written in; none for numbers alone. */
  set: number;
}

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray, dayFirst: boolean): { date: IsoDate | undefined; set: number };
}

/** The month of a form a pattern captured: always one of the lexicon's, the dot after it left outside. */
function monthOf(form: string | undefined): { month: number; set: number } {
  return lexicon().months.get(form!)!;
}

function numericDate(m: RegExpExecArray, dayFirst: boolean): IsoDate | undefined {
  const a = Number(m[1]);
  const b = Number(m[3]);
  // Dots are always day first (23.11.2026); slashes and dashes follow the notes' language, unless a number says.
  let first = dayFirst || m[2] === '.';
  if (a > 12) first = true;
  else if (b > 12) first = false;
  return first ? isoDate(Number(m[4]), b, a) : isoDate(Number(m[4]), a, b);
}

/** Tried in this order; the first that matches a real calendar day wins. Built on the first read. */
function datePatterns(): Pattern[] {
  const months = alternatives(lexicon().months.keys());
  const english = alternatives([...lexicon().months].filter(([, v]) => v.set & bitOf('en')).map(([form]) => form));
  const en = bitOf('en');
  return [
    // 2026-11-23, 2026/11/23, 2026.11.23
    {
      re: new RegExp(`${B}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${E}`, 'u'),
      read: (m) => ({ date: isoDate(Number(m[1]), Number(m[3]), Number(m[4])), set: 0 }),
    },
    // 2026年11月23日: Japanese writes no space around it, so only digits may not touch it.
    {
      re: /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/u,
      read: (m) => ({ date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), set: bitOf('ja') }),
    },
    // Nov 23, 2026 · November 23 2026 · Nov. 23rd, 2026: English alone writes the month first.
    {
      re: new RegExp(`${B}(${english})\\.?[\\s-]*(\\d{1,2})${ORD},?\\s+(\\d{4})${E}`, 'u'),
      read: (m) => ({ date: isoDate(Number(m[3]), monthOf(m[1]).month, Number(m[2])), set: en }),
    },
    // 23 Nov 2026 · 23. November 2026 · 23-Nov-2026 · 23 de noviembre de 2026 · 1er novembre 2026
    {
      re: new RegExp(
        `${B}(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?[\\s-]+(?:of |de )?(${months})\\.?(?: de |[\\s,-]+)(\\d{4})${E}`,
        'u',
      ),
      read: (m) => {
        const { month, set } = monthOf(m[2]);
        return { date: isoDate(Number(m[3]), month, Number(m[1])), set };
      },
    },
    // 11/23/2026, 23/11/2026, 23.11.2026
    {
      re: new RegExp(`${B}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${E}`, 'u'),
      read: (m, dayFirst) => ({ date: numericDate(m, dayFirst), set: 0 }),
    },
  ];
}

let patterns: Pattern[] | undefined;

function findDate(text: string, dayFirst: boolean): DateMatch | undefined {
  patterns ??= datePatterns();
  for (const { re, read } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const { date, set } = read(m, dayFirst);
    if (date) return { date, index: m.index, length: m[0].length, set };
  }
  return undefined;
}

/** The words around a heading's date that are not content, in every language: built on the first read. */
interface HeadingWords {
  cancelledAnywhere: RegExp;
  weekday: RegExp;
}

function headingWords(): HeadingWords {
  const { weekdays, cancelled } = lexicon();
  // "So.", "Mo.", "Do.": German's two-letter weekdays are words of other languages without their dot.
  const needsDot = (w: string) => /^[a-z]{2}$/.test(w);
  const forms = [...weekdays.keys()];
  const free = alternatives(forms.filter((w) => !needsDot(w)));
  const dotted = alternatives(forms.filter(needsDot));
  const mark = `[([]\\s*(${alternatives(cancelled.keys())})\\s*[)\\]]`;
  return {
    cancelledAnywhere: new RegExp(mark, 'u'),
    // The weekday itself, without its dot: group 1, or group 2 for the forms that need the dot.
    weekday: new RegExp(`${B}(?:(${free})\\.?|(${dotted})\\.)${E}`, 'gu'),
  };
}

let words: HeadingWords | undefined;

// "1:1", "1-1", "1 on 1", "1-on-1", "1on1", "one-on-one", also as a plural.
const LABEL_RE = /(?<![\p{L}\p{N}])(?:1\s?[:/-]\s?1|1\s?-?on-?\s?1|one[\s-]on[\s-]one)s?(?![\p{L}\p{N}])/giu;
// A time of day next to the date ("10:30", "9am", "2:30 pm", "10 Uhr", "10h30", "10時") is label-like, not content.
const TIME_RE =
  /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}|h\d{2}|h|(?:[:.]\d{2})?\s?uhr)(?![\p{L}\p{N}])|(?<!\d)\d{1,2}時(?:\d{1,2}分)?/giu;
const WORD_SPLIT_RE = /[^\p{L}\p{N}\p{M}'’]+/u;

/** At most this many words may remain around the date: names ("Ana / Ben"), "meeting", "weekly sync". */
const MAX_LABEL_WORDS = 4;
const MAX_LABEL_WORD_LENGTH = 20;

// ——— The headings the add-on writes itself: read without the general rules, because a long Doc is mostly made of them.

interface OwnHeading {
  re: RegExp;
  /** The parts each form captures, in order, and the group its first part is in. */
  forms: { parts: string[]; at: number }[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A language's heading forms, ISO included, as one expression: `^(?:form|form|iso) · label( cancelled)?$`. */
function ownHeading(language: NotesLanguage): OwnHeading {
  const { write } = language;
  const names = namesOf(language);
  let at = 1;
  const forms = [write.weekdayDate, write.date, '{Y}-{0}-{0}'].map((form) => {
    const parts: string[] = [];
    const source = form
      .split(/(\{[WDMNY0]\})/)
      // Text and placeholders alternate, text first: every odd piece is a placeholder.
      .map((piece, i) => {
        if (i % 2 === 0) return escaped(piece);
        const part = piece[1]!;
        parts.push(part === '0' ? (parts.includes('N') ? 'D' : 'N') : part);
        if (part === 'W') return `(${alternatives(names.weekdays)})`;
        if (part === 'M') return `(${alternatives(names.months)})`;
        return part === 'Y' ? '(\\d{4})' : part === '0' ? '(\\d{2})' : '(\\d{1,2})';
      })
      .join('');
    const shape = { source, parts, at };
    at += parts.length;
    return shape;
  });
  const re = new RegExp(
    `^(?:${forms.map((f) => f.source).join('|')}) · ${escaped(write.label)}(${escaped(write.cancelled)})?$`,
  );
  return { re, forms };
}

const OWN = new Map<NotesLanguageTag, OwnHeading>();

/** The date of a heading as one language writes it, and whether it is marked cancelled in that language. */
function readOwnIn(language: NotesLanguage, text: string): { date: IsoDate; cancelled: boolean } | undefined {
  let own = OWN.get(language.tag);
  if (!own) {
    own = ownHeading(language);
    OWN.set(language.tag, own);
  }
  const m = own.re.exec(text);
  if (!m) return undefined;
  const form = own.forms.find((f) => m[f.at] !== undefined)!;
  const value: Record<string, number> = {};
  form.parts.forEach((part, i) => {
    const raw = m[form.at + i]!;
    value[part] = part === 'M' ? namesOf(language).months.indexOf(raw) + 1 : Number(raw);
  });
  const date = isoDate(value.Y!, value.N ?? value.M!, value.D!);
  return date ? { date, cancelled: m[m.length - 1] !== undefined } : undefined;
}

interface ReadHeading {
  date: IsoDate;
  cancelled: boolean;
  /** The languages the heading's words fit: its own forms, its month, weekday and cancelled words. */
  set: number;
}

/** A heading as some language writes it; `every`: with the set of all the languages that write it so, else the first. */
function readOwn(text: string, every: boolean): ReadHeading | undefined {
  // Every own heading has its label after " · ": most headings of other kinds are refused here.
  if (!text.includes(' · ')) return undefined;
  let found: ReadHeading | undefined;
  for (const language of LANGUAGES) {
    const own = readOwnIn(language, text);
    if (!own) continue;
    found = found ? { ...found, set: found.set | bitOf(language.tag) } : { ...own, set: bitOf(language.tag) };
    if (!every) break;
  }
  return found;
}

/**
 * The general reading: the date, then what is left once the date, weekday names, times of day, the "1:1" label,
 * a cancelled mark and every separator are taken out, which must be a label of a few words and no second date.
 */
function readGeneral(text: string, dayFirst: boolean): ReadHeading | undefined {
  words ??= headingWords();
  const { weekdays, cancelled: marks, months } = lexicon();
  const plain = plainDate(text);
  const found = findDate(plain, dayFirst);
  if (!found) return undefined;
  let rest = `${plain.slice(0, found.index)} ${plain.slice(found.index + found.length)}`;
  let cancelled = false;
  // A weekday or a cancelled word fits only its languages ("mar," is Tuesday in Spanish and French, not March).
  let set = found.set || ALL_LANGUAGES;
  for (const m of rest.matchAll(words.weekday)) set &= weekdays.get(m[1] ?? m[2]!)!;
  rest = rest.replace(LABEL_RE, ' ').replace(TIME_RE, ' ').replace(words.weekday, ' ');
  let count = 0;
  for (const word of rest.split(WORD_SPLIT_RE)) {
    if (!word) continue;
    const mark = marks.get(word);
    if (mark) {
      cancelled = true;
      set &= mark;
      continue;
    }
    // A bare number or a month name, in any language, would mean a second date, a range, or a date misread.
    if (/^\d+$/.test(word) || months.has(word)) return undefined;
    if (word.length > MAX_LABEL_WORD_LENGTH || ++count > MAX_LABEL_WORDS) return undefined;
  }
  return { date: found.date, cancelled, set };
}

function readHeadingDate(text: string, dayFirst: boolean, every = false): ReadHeading | undefined {
  // Headings are short; refusing long text early keeps a 2 MB Doc of long headings fast.
  // Every form has a four-digit year: text without four digits in a row (most headings) is refused at once.
  if (text.length > 200 || !/[\d\uff10-\uff19]{4}/.test(text)) return undefined;
  return readOwn(text, every) ?? readGeneral(text, dayFirst);
}

/**
 * Reads a heading that names a meeting's date, in any language the add-on reads: `Mon, Nov 23, 2026 · 1:1`,
 * `1:1 Ana / Ben – 2026-11-23`, `23.11.2026`, `Montag, 23. November 2026 (abgesagt)`, `2026年11月23日(月)`.
 *
 * The rule that keeps sentences out ("Notes about the Nov 23, 2026 launch plan and more"): after removing the
 * date, weekday names, times of day, the "1:1" label, a cancelled mark and every separator (anything that is not a
 * letter or digit), at most four words of at most 20 characters may remain, and none of them may be a bare
 * number or a month name in any language (which would mean a second date, a range, or a date we misread).
 * A year is required: a year-less heading ("Nov 23") is too ambiguous to date a past meeting. `dayFirst`: how the
 * notes' language reads 03/11/2026 (core/languages).
 */
export function parseHeadingDate(text: string, dayFirst = false): { date: IsoDate; cancelled: boolean } | undefined {
  const read = readHeadingDate(text, dayFirst);
  return read && { date: read.date, cancelled: read.cancelled };
}

/** The languages a dated heading is written in (none when it is no dated heading, or its words fit no one language). */
export function headingLanguages(text: string): number {
  const read = readHeadingDate(text, false, true);
  return read ? read.set : 0;
}

/**
 * A numeric date in the text that reads one day day first and another month first (03/11/2026, not 23/11/2026 or
 * 23.11.2026, whose dots are day first), with both readings.
 */
export function ambiguousNumericDate(
  text: string,
): { text: string; dayFirst: IsoDate; monthFirst: IsoDate } | undefined {
  const m = /(?<!\d)(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?!\d)/.exec(foldWidth(text.slice(0, 200)));
  if (!m) return undefined;
  const dayFirst = numericDate(m, true);
  const monthFirst = numericDate(m, false);
  return dayFirst && monthFirst && dayFirst !== monthFirst ? { text: m[0], dayFirst, monthFirst } : undefined;
}

interface DayForms {
  monthDay: RegExp;
  dayMonth: RegExp;
}

function dayForms(): DayForms {
  const { months } = lexicon();
  const english = alternatives([...months].filter(([, v]) => v.set & bitOf('en')).map(([form]) => form));
  return {
    monthDay: new RegExp(`^(${english})\\.? ?(\\d{1,2})${ORD}$`, 'u'),
    dayMonth: new RegExp(
      `^(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)? ?(?:de |of )?(${alternatives(months.keys())})\\.?$`,
      'u',
    ),
  };
}

let days: DayForms | undefined;

/** A month and day without a year: `Nov 9`, `9 Nov`, `9. Nov.`, `9 de nov.`, `11月9日`, `9.11.`, `9/11`. */
function monthAndDay(t: string, dayFirst: boolean): { month: number; day: number } | undefined {
  days ??= dayForms();
  const md = days.monthDay.exec(t);
  if (md) return { month: monthOf(md[1]).month, day: Number(md[2]) };
  const dm = days.dayMonth.exec(t);
  if (dm) return { month: monthOf(dm[2]).month, day: Number(dm[1]) };
  const ja = /^(\d{1,2}) ?月 ?(\d{1,2}) ?日$/.exec(t);
  if (ja) return { month: Number(ja[1]), day: Number(ja[2]) };
  const n = /^(\d{1,2})([./])(\d{1,2})\.?$/.exec(t);
  if (!n) return undefined;
  const first = n[2] === '.' || dayFirst;
  return first ? { month: Number(n[3]), day: Number(n[1]) } : { month: Number(n[1]), day: Number(n[3]) };
}

/**
 * Reads the date of "(from …)" or a due date: a full date (`Dec 28, 2025`, `2025-12-28`, `28. Dez. 2025`, …), or a
 * month and day (`Nov 9`, `9 Nov`, `9 de nov.`, `11月9日`), which is the latest such day not after relativeTo (the
 * date of the section it sits in).
 */
export function parseFromDate(text: string, relativeTo: IsoDate, dayFirst = false): IsoDate | undefined {
  // No date is longer: longer text is never normalised (a shared Doc's text may be built to make that slow).
  if (text.length > MAX_DATE_TEXT) return undefined;
  const t = plainDate(text);
  const full = findDate(t, dayFirst);
  if (full) return full.length === t.length ? full.date : undefined;
  const found = monthAndDay(t, dayFirst);
  if (!found) return undefined;
  const { year } = isoParts(relativeTo);
  // Eight years back always reaches a Feb 29.
  for (let y = year; y >= year - 8; y--) {
    const candidate = isoDate(y, found.month, found.day);
    if (candidate && candidate <= relativeTo) return candidate;
  }
  return undefined;
}

/** Whether a heading says its meeting is cancelled, in any language: `(cancelled)`, `(abgesagt)`, `（中止）`. */
export function saysCancelled(text: string): boolean {
  words ??= headingWords();
  // The mark is written at the heading's end; a long heading is not normalised whole.
  return words.cancelledAnywhere.test(plainDate(text.slice(-MAX_DATE_TEXT)));
}
