// Dates and times for people: the user's own locale and time zone through Intl, never a hard-coded format.
import { LEAD_CHOICES } from '../shared/settings';
import { tn, userLocales } from './i18n';
import { P } from './i18n/keys';

/**
 * Both default to the browser's: the user's own locales (navigator.languages, not the catalog's language, so a
 * Dutch browser's English sidebar still shows Dutch dates) and clock. Tests pass them explicitly.
 */
export interface FormatOptions {
  locale?: string | string[];
  timeZone?: string;
}

/** The locales Intl formats in. */
export const localeOf = (options: FormatOptions): string | string[] => options.locale ?? userLocales();

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date ("YYYY-MM-DD") as midnight UTC: formatted in UTC it is that day in every time zone. */
export function parseDay(day: string): Date | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? date : undefined;
}

/** "Nov 9", with the year when it is not this year ("Nov 9, 2025"); text that is not a date comes back as it is. */
export function formatDay(day: string, options: FormatOptions & { now?: number; weekday?: boolean } = {}): string {
  const date = parseDay(day);
  if (!date) return day;
  const thisYear = new Date(options.now ?? Date.now()).getUTCFullYear();
  return new Intl.DateTimeFormat(localeOf(options), {
    timeZone: 'UTC',
    ...(options.weekday ? { weekday: 'short' } : {}),
    month: 'short',
    day: 'numeric',
    ...(date.getUTCFullYear() !== thisYear ? { year: 'numeric' } : {}),
  }).format(date);
}

type RangeFormat = Intl.DateTimeFormat & { formatRange?: (a: Date, b: Date) => string };

/** "Mon, Nov 23, 10:00 – 10:30 AM" in the user's zone; an all-day event shows its day only. */
export function formatMeeting(start: string, end: string, options: FormatOptions & { now?: number } = {}): string {
  if (DAY_PATTERN.test(start)) return formatDay(start, { ...options, weekday: true });
  const from = new Date(start);
  if (Number.isNaN(from.getTime())) return start;
  const until = new Date(end);
  const format = new Intl.DateTimeFormat(localeOf(options), {
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }) as RangeFormat;
  if (Number.isNaN(until.getTime()) || until <= from || typeof format.formatRange !== 'function')
    return format.format(from);
  return format.formatRange(from, until);
}

/** A moment in the user's zone, in the parts asked for; text that is not a moment comes back as it is. */
function formatMoment(iso: string, parts: Intl.DateTimeFormatOptions, options: FormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = options.timeZone ? { timeZone: options.timeZone } : {};
  return new Intl.DateTimeFormat(localeOf(options), { ...timeZone, ...parts }).format(date);
}

/** A moment, for "last run": "Fri, Nov 20, 10:00 AM", in the user's zone. */
export function formatInstant(iso: string, options: FormatOptions = {}): string {
  return formatMoment(
    iso,
    { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
    options,
  );
}

/** "9:00 AM": the time of a moment, in the user's zone. */
export function formatTime(iso: string, options: FormatOptions = {}): string {
  return formatMoment(iso, { hour: 'numeric', minute: '2-digit' }, options);
}

/** "Monday": the weekday a meeting starts on, in the user's zone; an all-day meeting's own day. */
export function formatWeekday(start: string, options: FormatOptions = {}): string | undefined {
  const day = DAY_PATTERN.test(start) ? parseDay(start) : new Date(start);
  if (!day || Number.isNaN(day.getTime())) return undefined;
  const timeZone = DAY_PATTERN.test(start) ? 'UTC' : options.timeZone;
  return new Intl.DateTimeFormat(localeOf(options), { ...(timeZone ? { timeZone } : {}), weekday: 'long' }).format(day);
}

/** "in 3 days", "tomorrow", "in 2 hours", "now": how soon the meeting is, from `now`. */
export function formatFromNow(iso: string, now: number, options: FormatOptions = {}): string | undefined {
  const at = DAY_PATTERN.test(iso) ? parseDay(iso)?.getTime() : Date.parse(iso);
  if (at === undefined || Number.isNaN(at)) return undefined;
  const diff = at - now;
  const relative = new Intl.RelativeTimeFormat(localeOf(options), { numeric: 'auto' });
  if (Math.abs(diff) < 60_000) return relative.format(0, 'second');
  // The unit is chosen by the rounded count, so 59 min 40 s reads "in 1 hour", never "in 60 minutes".
  const minutes = Math.round(diff / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(diff / HOUR_MS);
  if (Math.abs(hours) < 18) return relative.format(hours, 'hour');
  return relative.format(Math.round(diff / DAY_MS), 'day');
}

/** "20 minutes ago", "yesterday": how long ago an instant was; one a little ahead of `now` (another clock) is now. */
export function formatAgo(iso: string, now: number, options: FormatOptions = {}): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  return formatFromNow(new Date(Math.min(at, now)).toISOString(), now, options);
}

/** "today", "yesterday", "6 days ago". */
export function formatDaysAgo(days: number, options: FormatOptions = {}): string {
  return new Intl.RelativeTimeFormat(localeOf(options), { numeric: 'auto' }).format(-days, 'day');
}

/** The offered lead times, plus the current one when it is not among them (set elsewhere, or by an older version). */
export function leadChoices(current?: number): number[] {
  const choices: number[] = [...LEAD_CHOICES];
  if (current !== undefined && !choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b);
}

/** "1 hour", "24 hours", "2 days", "7 days": a whole number of days reads as days above one day. */
export function leadLabel(hours: number): string {
  if (hours > 24 && hours % 24 === 0) return tn(P['settings.lead.days'], hours / 24);
  return tn(P['settings.lead.hours'], hours);
}
