// In-memory Google Calendar API v3 (events.list, events.instances, events.get): recurrence, exceptions, attendees' calendars, sync tokens.
import type { Event, EventAttendee, EventDateTime, Events, InstancesArgs, ListArgs } from '../src/types/calendar-api';
import { formatInZone, isValidTimeZone, localParts, zonedToEpoch } from './timeZones';

// Where the rules come from (quoted in comments as [name]):
//   [event]      https://developers.google.com/calendar/api/v3/reference/events (the Event resource)
//   [list]       https://developers.google.com/calendar/api/v3/reference/events/list
//   [instances]  https://developers.google.com/calendar/api/v3/reference/events/instances
//   [get]        https://developers.google.com/calendar/api/v3/reference/events/get
//   [insert]     https://developers.google.com/calendar/api/v3/reference/events/insert
//   [sync]       https://developers.google.com/calendar/api/guides/sync
//   [recurring]  https://developers.google.com/calendar/api/guides/recurringevents
//   [errors]     https://developers.google.com/calendar/api/guides/errors
//   [paging]     https://developers.google.com/calendar/api/guides/pagination
//   [ids]        [event] id: "the ID must be unique per calendar"; iCalUID: "used to uniquely identify events
//                accross calendaring systems … To retrieve an event using its iCalUID, call the events.list method
//                using the iCalUID parameter" (the way to find a calendar's own copy of an event).
//   [rfc5545]    https://www.rfc-editor.org/rfc/rfc5545 (3.3.10 RECUR, 3.8.5.1 EXDATE, 3.8.7.4 SEQUENCE)
//   [sample]     Apps Script's Calendar advanced service sample "logSyncedEvents"
//                (https://developers.google.com/apps-script/advanced/calendar), which compares e.message to the 410 text.
//
// What this engine is for: the add-on's tests and the local playground. It is strict on purpose: a fake that accepts
// what Google refuses makes every test above it a lie, so where the reference is silent it refuses (and says why).
// Choices where the reference is unclear are marked CHOICE.

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/** The text of Google's 410 for a stale sync token; [sample] compares `e.message` to it, so it must be exact. */
export const SYNC_TOKEN_GONE_MESSAGE = 'Sync token is no longer valid, a full sync is required.';

export interface CalendarErrorItem {
  domain: string;
  reason: string;
  message: string;
  locationType?: string;
  location?: string;
}

/**
 * An error as the Calendar API returns it ([errors]): HTTP code, the first error's reason, and the JSON body.
 * CHOICE: `message` is Google's own message ("Not Found", the 410 sentence), without the "API call to … failed with
 * error: " prefix Apps Script adds, so code that matches on the message works with either form (use `includes`).
 */
export class CalendarApiError extends Error {
  code: number;
  reason: string;
  details: { code: number; message: string; errors: CalendarErrorItem[] };
  constructor(code: number, reason: string, message: string, options: { domain?: string; location?: string } = {}) {
    super(message);
    this.name = 'CalendarApiError';
    this.code = code;
    this.reason = reason;
    const item: CalendarErrorItem = { domain: options.domain ?? 'global', reason, message };
    if (options.location) {
      item.locationType = 'parameter';
      item.location = options.location;
    }
    this.details = { code, message, errors: [item] };
  }
}

const notFound = () => new CalendarApiError(404, 'notFound', 'Not Found');
const invalid = (message: string, location?: string) => new CalendarApiError(400, 'invalid', message, { location });
const required = (message: string, location?: string) => new CalendarApiError(400, 'required', message, { location });
// [errors] 400 example, verbatim.
const timeRangeEmpty = (location: string) =>
  new CalendarApiError(400, 'timeRangeEmpty', 'The specified time range is empty.', { domain: 'calendar', location });
// [errors] "410: Gone … fullSyncRequired".
const fullSyncRequired = () =>
  new CalendarApiError(410, 'fullSyncRequired', SYNC_TOKEN_GONE_MESSAGE, { domain: 'calendar' });
// [errors] "410: Gone … deleted: Resource has been deleted" (deleting what is already deleted).
const alreadyDeleted = () => new CalendarApiError(410, 'deleted', 'Resource has been deleted');
// [errors] "403: Forbidden for non-organizer".
const forbiddenForNonOrganizer = () =>
  new CalendarApiError(
    403,
    'forbiddenForNonOrganizer',
    'Shared properties can only be changed by the organizer of the event.',
    {
      domain: 'calendar',
    },
  );
// [errors] "409: The requested identifier already exists".
const duplicate = () => new CalendarApiError(409, 'duplicate', 'The requested identifier already exists.');

/**
 * Failures the engine never produces by itself but Google does, for tests to inject through `world.faults.calendar`
 * (the Apps Script fake gives them the "API call to calendar.events.<method> failed with error: " message).
 * Texts and reasons from [errors]; the "usageLimits" domain is what Google sends with them.
 */
export const calendarFaults = {
  /** [errors] "403: Calendar usage limits exceeded": the user hit a Calendar limit, not the project. */
  quotaExceeded: () =>
    new CalendarApiError(403, 'quotaExceeded', 'Calendar usage limits exceeded.', { domain: 'usageLimits' }),
  /** [errors] "403: Rate limit exceeded" and "429: Too many requests" both carry rateLimitExceeded. */
  rateLimitExceeded: (code: 403 | 429 = 403) =>
    new CalendarApiError(code, 'rateLimitExceeded', 'Rate Limit Exceeded', { domain: 'usageLimits' }),
  /** [errors] "403: User rate limit exceeded". */
  userRateLimitExceeded: () =>
    new CalendarApiError(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded', { domain: 'usageLimits' }),
  /** [errors] "500: Backend error". */
  backendError: () => new CalendarApiError(500, 'backendError', 'Backend Error'),
  /** [errors] "404: Not found". */
  notFound,
  /** [errors] "410: Gone", for a sync token. */
  fullSyncRequired,
};

// ---------------------------------------------------------------------------------------------------------------
// Public surface
// ---------------------------------------------------------------------------------------------------------------

export interface CalendarEngine {
  /** events.list(calendarId, optionalArgs), as Apps Script's advanced service takes it. */
  list(calendarId: string, args?: ListArgs): Events;
  /** events.instances(calendarId, eventId, optionalArgs). */
  instances(calendarId: string, eventId: string, args?: InstancesArgs): Events;
  /** events.get(calendarId, eventId, optionalArgs): a single event, a recurring event, or one instance of it. */
  get(calendarId: string, eventId: string, args?: { timeZone?: string; maxAttendees?: number }): Event;

  // What people do in Google Calendar. The calendar id says who does it.
  addCalendar(calendarId: string, timeZone: string): void;
  /** events.insert on the organizer's calendar: assigns id, iCalUID, etag, created/updated, sequence, htmlLink. */
  insertEvent(calendarId: string, event: Event): Event;
  /** A whole-series (or single-event) edit; an instance id edits that occurrence only (an exception). */
  updateEvent(calendarId: string, eventId: string, patch: Partial<Event>): Event;
  /** Moves one occurrence (by its original start): creates or updates an exception. */
  moveOccurrence(
    calendarId: string,
    seriesId: string,
    originalStart: string,
    start: EventDateTime,
    end: EventDateTime,
  ): Event;
  /** Cancels one occurrence (by its original start). */
  cancelOccurrence(calendarId: string, seriesId: string, originalStart: string): Event;
  /** Deletes an event (status 'cancelled'); still seen by get, with showDeleted, and by incremental sync. */
  deleteEvent(calendarId: string, eventId: string): void;
  /** "This and following events": ends the series before `fromOriginalStart` and starts a new one there. */
  splitSeries(
    calendarId: string,
    seriesId: string,
    fromOriginalStart: string,
    changes: Partial<Event>,
  ): { ended: Event; successor: Event };
  /** Takes an attendee off an event; they lose access (get/instances answer 404) and their sync sees it cancelled. */
  removeAttendee(calendarId: string, eventId: string, email: string): void;
  /** Every sync token issued so far (for one calendar, or all) now answers 410. */
  expireSyncTokens(calendarId?: string): void;
  /**
   * The attendee's calendar knows the event as `newId` from now on, as happens with invitations created outside
   * Google Calendar (an Outlook organizer's): ids are unique per calendar only, the iCalUID is what all copies share
   * ([ids]). On that calendar the organizer's id answers 404; get, instances, list and sync show `newId` (instances
   * as `<newId>_<original start>`). The organizer's calendar is unchanged. `calendarId` is the organizer's; returns
   * the attendee's copy as they read it.
   */
  giveCopyOwnId(calendarId: string, eventId: string, attendeeEmail: string, newId: string): Event;
  /** The clock used for `created`/`updated` stamps; assign a new function to move time. */
  now: () => number;
  /** How many items each page holds (see PageSizes); assign another to change it for the pages not yet issued. */
  pageSize: PageSizes;
}

/**
 * How many items page number `page` (0 for the first) of a listing holds when `requested` (maxResults) were asked
 * for: an integer from 0 to `requested`. `listing` names the listing (the query and the moment of its first page).
 * [paging]: maxResults does not guarantee the number of results on a page; a page may hold fewer, even none, with a
 * nextPageToken, and only a missing nextPageToken means the end. Each page's size is decided when its token is issued
 * and written into it, so a replayed token gives the same page whatever the sizes do meanwhile.
 */
export type PageSizes = (requested: number, page: number, listing: string) => number;

/**
 * The default: a fixed cycle of an empty page, a one-item page, a half page and a full page, so every caller meets
 * short and empty pages with a token on any listing of two items or more, deterministically.
 */
export const defaultPageSizes: PageSizes = (requested, page) => [0, 1, Math.ceil(requested / 2), requested][page % 4]!;

/** Every page as full as maxResults allows: what Google usually sends, but never promises. */
export const fullPages: PageSizes = (requested) => requested;

/**
 * Random page sizes from a seed: a quarter of the pages empty, a third of a few items, the rest anything up to full.
 * A pure function of the seed, the listing and the page (a mulberry32 step over their hash), so the same query asked
 * again at the same moment pages the same way.
 */
export function seededPageSizes(seed: number): PageSizes {
  const unit = (text: string) => {
    let t = (Number.parseInt(fingerprint(text), 36) + 0x6d2b79f5) >>> 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return (requested, page, listing) => {
    const kind = unit(`${seed}|${listing}|${page}|kind`);
    const size = unit(`${seed}|${listing}|${page}|size`);
    if (kind < 0.25) return 0;
    if (kind < 0.6) return 1 + Math.floor(size * Math.min(requested, 5));
    return 1 + Math.floor(size * requested);
  };
}

export interface CalendarEngineOptions {
  now?: () => number;
  /** Page sizes (default: defaultPageSizes, short and empty pages included). */
  pageSize?: PageSizes;
  /** Who 'primary' means: the engine has no caller, so the Apps Script fake passes the active user's email. */
  resolvePrimary?: () => string;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const DAY_MS = 86_400_000;
const DEFAULT_PAGE_SIZE = 250; // [list] [instances] "By default the value is 250 events."
const MAX_PAGE_SIZE = 2500; // "The page size can never be larger than 2500 events."
/**
 * CHOICE: how far an endless series is expanded when no timeMax bounds it (instances, singleEvents, sync). Google
 * does not document its horizon; a bound is needed, and 730 occurrences (two years of a daily meeting) is ample.
 */
const UNBOUNDED_EXPANSION_LIMIT = 730;
/** Candidates past this day are never generated: it keeps a rule that matches nothing from looping forever. */
const LAST_DAY = Date.UTC(2200, 0, 1) / DAY_MS;

/** A JSON round trip: what the wire does to arguments, and a deep copy that shares nothing with the caller. */
function wire<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const iso = (ms: number) => new Date(ms).toISOString();

const lower = (email: string) => email.trim().toLowerCase();

// Days are counted from 1970-01-01 ("epoch days"), so day arithmetic never meets a time zone.
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseIsoDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DATE_RE.exec(text);
  if (!m) return undefined;
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoFromDay(day) === text ? day : undefined;
}

const weekdayOfDay = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)

function ymdOfDay(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function localDay(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return dayOf(p.year, p.month, p.day);
}

function localClock(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return [p.hour, p.minute, p.second].map((n) => String(n).padStart(2, '0')).join(':');
}

/** 'YYYYMMDDTHHMMSSZ', the form of instance ids and UTC UNTIL values. */
const compactUtc = (ms: number) => `${iso(ms).slice(0, 19).replace(/[-:]/g, '')}Z`;
/** 'YYYYMMDD'. */
const compactDay = (day: number) => isoFromDay(day).replace(/-/g, '');

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

/**
 * An RFC 3339 date-time to epoch ms (fractions of a second dropped: "Milliseconds may be provided but are ignored",
 * [list] timeMin). Without an offset it is read in `zone` when one is given, else it is invalid.
 */
function parseDateTime(text: unknown, zone?: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = RFC3339_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const offset = m[8];
  if (offset === undefined) {
    if (!zone) return undefined;
    return zonedToEpoch(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`, zone);
  }
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const hours = Number(offset.slice(1, 3));
    const minutes = Number(offset.slice(4, 6));
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
}

/** FNV-1a, to tie a page token to the query it was issued for. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Event times
// ---------------------------------------------------------------------------------------------------------------

/** Start and end of an event: all-day as epoch days (end exclusive, as `end.date` is), timed as epoch ms. */
type Timing =
  | { allDay: true; startDay: number; endDay: number }
  | { allDay: false; startMs: number; endMs: number; startZone?: string; endZone?: string };

function parseTiming(start: unknown, end: unknown): Timing {
  if (!isObject(start)) throw required('Missing start time.', 'start');
  if (!isObject(end)) throw required('Missing end time.', 'end');
  for (const [name, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (value.date !== undefined && value.dateTime !== undefined)
      throw invalid(`The ${name} time sets both date and dateTime; an event time is one or the other.`, name);
    if (value.date === undefined && value.dateTime === undefined) throw required(`Missing ${name} time.`, name);
    if (value.timeZone !== undefined && !isValidTimeZone(value.timeZone))
      throw invalid(`Invalid time zone definition for ${name} time.`, `${name}.timeZone`);
  }
  const allDay = start.date !== undefined;
  // [event] start: "The date, in the format "yyyy-mm-dd", if this is an all-day event." / dateTime otherwise.
  if (allDay !== (end.date !== undefined))
    throw invalid('Start and end times must either both be date or both be dateTime.', 'end');
  if (allDay) {
    const startDay = parseIsoDay(start.date);
    const endDay = parseIsoDay(end.date);
    if (startDay === undefined) throw invalid('Invalid start time.', 'start.date');
    if (endDay === undefined) throw invalid('Invalid end time.', 'end.date');
    // An all-day event covers at least its start day: end.date is exclusive.
    if (endDay <= startDay) throw timeRangeEmpty('end.date');
    return { allDay: true, startDay, endDay };
  }
  const startZone = start.timeZone as string | undefined;
  const endZone = end.timeZone as string | undefined;
  // [event] dateTime: "A time zone offset is required unless a time zone is explicitly specified in timeZone."
  const startMs = parseDateTime(start.dateTime, startZone);
  const endMs = parseDateTime(end.dateTime, endZone);
  if (startMs === undefined) throw invalid('Invalid start time.', 'start.dateTime');
  if (endMs === undefined) throw invalid('Invalid end time.', 'end.dateTime');
  // CHOICE: a zero-length timed event (end = start) is accepted, as Google Calendar shows such events.
  if (endMs < startMs) throw timeRangeEmpty('end.dateTime');
  const timing: Timing = { allDay: false, startMs, endMs };
  if (startZone) timing.startZone = startZone;
  if (endZone) timing.endZone = endZone;
  return timing;
}

/** The same event times as the input they came from, so an edit can be re-validated as a whole. */
function timingInput(t: Timing): { start: EventDateTime; end: EventDateTime } {
  if (t.allDay) return { start: { date: isoFromDay(t.startDay) }, end: { date: isoFromDay(t.endDay) } };
  const start: EventDateTime = { dateTime: formatInZone(t.startMs, 'UTC') };
  const end: EventDateTime = { dateTime: formatInZone(t.endMs, 'UTC') };
  if (t.startZone) start.timeZone = t.startZone;
  if (t.endZone) end.timeZone = t.endZone;
  return { start, end };
}

/** One occurrence's times: the series' times moved to `start` (a day or ms), with the same length. */
function occurrenceTiming(series: Timing, start: number): Timing {
  if (series.allDay) return { allDay: true, startDay: start, endDay: start + (series.endDay - series.startDay) };
  return { ...series, startMs: start, endMs: start + (series.endMs - series.startMs) };
}

/** Epoch ms of an all-day event's edges are midnights in the calendar's zone (the zone the calendar is read in). */
function spanOf(t: Timing, calendarZone: string): [number, number] {
  if (!t.allDay) return [t.startMs, t.endMs];
  const midnight = (day: number) => zonedToEpoch(`${isoFromDay(day)}T00:00:00`, calendarZone);
  return [midnight(t.startDay), midnight(t.endDay)];
}

const startKey = (t: Timing) => (t.allDay ? t.startDay : t.startMs);

function renderWhen(t: Timing, which: 'start' | 'end', responseZone: string): EventDateTime {
  if (t.allDay) return { date: isoFromDay(which === 'start' ? t.startDay : t.endDay) };
  const ms = which === 'start' ? t.startMs : t.endMs;
  const zone = which === 'start' ? t.startZone : t.endZone;
  const out: EventDateTime = { dateTime: formatInZone(ms, responseZone) };
  if (zone) out.timeZone = zone;
  return out;
}

/** An instance id's tail: the original start in UTC ('20261123T150000Z'), or its date for all-day events. */
const suffixOf = (series: Timing, original: number) => (series.allDay ? compactDay(original) : compactUtc(original));

function parseSuffix(series: Timing, suffix: string): number | undefined {
  if (series.allDay) {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(suffix);
    return m ? parseIsoDay(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
  }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(suffix);
  return m ? parseDateTime(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

/** An occurrence named by its original start: RFC 3339 for timed series, 'YYYY-MM-DD' for all-day ones. */
function parseOriginalStart(series: Timing, text: unknown, location: string): number {
  const value = series.allDay ? parseIsoDay(text) : parseDateTime(text);
  if (value === undefined)
    throw invalid(
      `Invalid value for ${location}: ${JSON.stringify(text)} (${series.allDay ? 'YYYY-MM-DD' : 'RFC 3339 with an offset'}).`,
      location,
    );
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Recurrence ([rfc5545] 3.3.10), the subset a 1:1 needs
// ---------------------------------------------------------------------------------------------------------------

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY';

interface ByDay {
  /** 0 = every such weekday; 2 = the second; -1 = the last (MONTHLY only). */
  ordinal: number;
  weekday: number; // 0 = SU … 6 = SA
}

interface Rule {
  freq: Freq;
  interval: number;
  byDay: ByDay[];
  count?: number;
  until?: { ms?: number; day?: number };
  wkst: number;
  /** The rule's parts as written, to write it back when a split changes COUNT or UNTIL. */
  parts: [string, string][];
}

interface ExDate {
  ms?: number;
  day?: number;
}

interface Recurrence {
  rule: Rule;
  exdates: ExDate[];
  /** The non-RRULE lines (EXDATE), kept as written. */
  otherLines: string[];
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SUPPORTED_RECURRENCE =
  'RRULE with FREQ=DAILY, WEEKLY or MONTHLY and INTERVAL, BYDAY, COUNT, UNTIL, WKST; EXDATE lines';

/** Valid iCalendar that this engine does not expand: refused rather than expanded wrongly. */
const unsupportedRecurrence = (what: string) =>
  invalid(
    `Invalid recurrence rule: ${what} is not supported by the in-memory engine (it supports ${SUPPORTED_RECURRENCE}).`,
    'recurrence',
  );
const invalidRecurrence = (what: string) => invalid(`Invalid recurrence rule: ${what}.`, 'recurrence');

/** A DATE or DATE-TIME value of UNTIL or EXDATE; a floating time is read in `zone` (the event's). */
function parseRecurrenceTime(value: string, zone: string | undefined, what: string): ExDate {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) throw invalidRecurrence(`${what} ${JSON.stringify(value)} is not a DATE or DATE-TIME`);
  const day = parseIsoDay(`${m[1]}-${m[2]}-${m[3]}`);
  if (day === undefined) throw invalidRecurrence(`${what} ${JSON.stringify(value)} is not a date`);
  if (m[4] === undefined) return { day };
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  const ms = m[7] ? parseDateTime(`${local}Z`) : parseDateTime(local, zone ?? 'UTC');
  if (ms === undefined) throw invalidRecurrence(`${what} ${JSON.stringify(value)} is not a time`);
  return { ms };
}

function parseRule(text: string, timing: Timing): Rule {
  const zone = timing.allDay ? undefined : timing.startZone;
  const parts: [string, string][] = [];
  const seen = new Set<string>();
  for (const piece of text.split(';')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) throw invalidRecurrence(`${JSON.stringify(piece)} is not NAME=VALUE`);
    const name = piece.slice(0, eq).toUpperCase();
    if (seen.has(name)) throw invalidRecurrence(`${name} appears twice`); // [rfc5545] "MUST NOT occur more than once"
    seen.add(name);
    parts.push([name, piece.slice(eq + 1).toUpperCase()]);
  }
  const rule: Rule = { freq: 'WEEKLY', interval: 1, byDay: [], wkst: 1, parts };
  let freq: string | undefined;
  for (const [name, value] of parts) {
    switch (name) {
      case 'FREQ':
        freq = value;
        break;
      case 'INTERVAL':
        if (!/^\d+$/.test(value) || Number(value) < 1) throw invalidRecurrence('INTERVAL must be a positive integer');
        rule.interval = Number(value);
        break;
      case 'COUNT':
        if (!/^\d+$/.test(value) || Number(value) < 1) throw invalidRecurrence('COUNT must be a positive integer');
        rule.count = Number(value);
        break;
      case 'UNTIL': {
        const until = parseRecurrenceTime(value, zone, 'UNTIL');
        rule.until = until;
        break;
      }
      case 'WKST': {
        const wkst = WEEKDAY_CODES.indexOf(value);
        if (wkst < 0) throw invalidRecurrence(`WKST=${value} is not a weekday`);
        rule.wkst = wkst;
        break;
      }
      case 'BYDAY':
        for (const item of value.split(',')) {
          const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item);
          if (!m) throw invalidRecurrence(`BYDAY value ${JSON.stringify(item)}`);
          const ordinal = m[1] === undefined ? 0 : Number(m[1]);
          if (m[1] !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5))
            throw invalidRecurrence(`BYDAY ordinal ${m[1]} (a month has at most five of a weekday)`);
          rule.byDay.push({ ordinal, weekday: WEEKDAY_CODES.indexOf(m[2]!) });
        }
        break;
      case 'BYMONTHDAY':
      case 'BYMONTH':
      case 'BYSETPOS':
      case 'BYYEARDAY':
      case 'BYWEEKNO':
      case 'BYHOUR':
      case 'BYMINUTE':
      case 'BYSECOND':
      case 'RSCALE':
      case 'SKIP':
        throw unsupportedRecurrence(name);
      default:
        throw invalidRecurrence(`unknown rule part ${name}`);
    }
  }
  if (freq === undefined) throw invalidRecurrence('FREQ is required'); // [rfc5545] "The FREQ rule part is REQUIRED"
  if (freq === 'YEARLY' || freq === 'HOURLY' || freq === 'MINUTELY' || freq === 'SECONDLY')
    throw unsupportedRecurrence(`FREQ=${freq}`);
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw invalidRecurrence(`FREQ=${freq}`);
  rule.freq = freq;
  // [rfc5545] "The UNTIL or COUNT rule parts are OPTIONAL, but they MUST NOT occur in the same 'recur'."
  if (rule.count !== undefined && rule.until !== undefined)
    throw invalidRecurrence('COUNT and UNTIL must not both be given');
  // [rfc5545] BYDAY: "MUST NOT be specified with a numeric value when the FREQ rule part is not set to MONTHLY or
  // YEARLY."
  if (freq !== 'MONTHLY' && rule.byDay.some((b) => b.ordinal !== 0))
    throw invalidRecurrence(`a numbered BYDAY needs FREQ=MONTHLY, not ${freq}`);
  return rule;
}

function parseRecurrence(lines: unknown, timing: Timing): Recurrence | undefined {
  if (lines === undefined || lines === null) return undefined;
  if (!Array.isArray(lines) || lines.some((line) => typeof line !== 'string'))
    throw invalid('Invalid value for recurrence: a list of RRULE/EXDATE lines.', 'recurrence');
  if (lines.length === 0) return undefined;
  let rule: Rule | undefined;
  const exdates: ExDate[] = [];
  const otherLines: string[] = [];
  const zone = timing.allDay ? undefined : timing.startZone;
  for (const line of lines as string[]) {
    const m = /^([A-Za-z-]+)((?:;[^:;]+)*):(.*)$/.exec(line.trim());
    if (!m) throw invalidRecurrence(`${JSON.stringify(line)} is not NAME[;PARAM]:VALUE`);
    const name = m[1]!.toUpperCase();
    if (name === 'RRULE') {
      if (m[2]) throw invalidRecurrence('RRULE takes no parameters');
      // CHOICE: one RRULE per event, as every series Google Calendar writes has.
      if (rule) throw unsupportedRecurrence('more than one RRULE');
      rule = parseRule(m[3]!, timing);
    } else if (name === 'EXDATE') {
      let lineZone = zone;
      for (const param of (m[2] ?? '').split(';').filter(Boolean)) {
        const [key, value] = param.split('=') as [string, string | undefined];
        if (key.toUpperCase() === 'TZID') {
          if (!isValidTimeZone(value)) throw invalidRecurrence(`EXDATE TZID ${JSON.stringify(value)}`);
          lineZone = value;
        } else if (key.toUpperCase() !== 'VALUE' || !/^(DATE|DATE-TIME)$/i.test(value ?? ''))
          throw invalidRecurrence(`EXDATE parameter ${JSON.stringify(param)}`);
      }
      for (const value of m[3]!.split(',')) exdates.push(parseRecurrenceTime(value.trim(), lineZone, 'EXDATE'));
      otherLines.push(line);
    } else if (name === 'RDATE' || name === 'EXRULE') throw unsupportedRecurrence(name);
    else throw invalidRecurrence(`unknown line ${name}`);
  }
  if (!rule) throw invalidRecurrence('no RRULE');
  return { rule, exdates, otherLines };
}

function ruleText(rule: Rule, replace: { count?: number; until?: string }): string {
  const parts = rule.parts.filter(([name]) => name !== 'COUNT' && name !== 'UNTIL');
  if (replace.count !== undefined) parts.push(['COUNT', String(replace.count)]);
  if (replace.until !== undefined) parts.push(['UNTIL', replace.until]);
  return `RRULE:${parts.map(([name, value]) => `${name}=${value}`).join(';')}`;
}

function monthDays(year: number, month: number, byDay: ByDay[]): number[] {
  const first = dayOf(year, month, 1);
  const length = daysInMonth(year, month);
  const picked = new Set<number>();
  for (const { ordinal, weekday } of byDay) {
    const matching: number[] = [];
    for (let day = first; day < first + length; day++) if (weekdayOfDay(day) === weekday) matching.push(day);
    if (ordinal === 0) for (const day of matching) picked.add(day);
    else {
      const day = ordinal > 0 ? matching[ordinal - 1] : matching[matching.length + ordinal];
      if (day !== undefined) picked.add(day); // "5FR" in a month with four Fridays picks nothing
    }
  }
  return [...picked].sort((a, b) => a - b);
}

/** The days a rule produces from `startDay` on, in order ([rfc5545] 3.3.10 for each FREQ). */
function* candidateDays(rule: Rule, startDay: number): Generator<number> {
  const plainDays = new Set(rule.byDay.map((b) => b.weekday));
  if (rule.freq === 'DAILY') {
    // BYDAY with DAILY limits the days ([rfc5545] table of BYxxx "Limit" behaviour).
    for (let day = startDay; day <= LAST_DAY; day += rule.interval)
      if (plainDays.size === 0 || plainDays.has(weekdayOfDay(day))) yield day;
    return;
  }
  if (rule.freq === 'WEEKLY') {
    // Weeks begin on WKST; INTERVAL counts weeks from the one that holds DTSTART. Without BYDAY, DTSTART's weekday.
    const weekdays = plainDays.size > 0 ? [...plainDays] : [weekdayOfDay(startDay)];
    const offsets = [...new Set(weekdays.map((w) => (w - rule.wkst + 7) % 7))].sort((a, b) => a - b);
    const firstWeek = startDay - ((weekdayOfDay(startDay) - rule.wkst + 7) % 7);
    for (let week = firstWeek; week <= LAST_DAY; week += 7 * rule.interval)
      for (const offset of offsets) if (week + offset >= startDay) yield week + offset;
    return;
  }
  // MONTHLY: BYDAY expands within the month (with ordinals); without it, DTSTART's day of the month, skipping months
  // that lack it ([rfc5545]: invalid dates such as February 30 "MUST be ignored").
  const { y, m, d } = ymdOfDay(startDay);
  for (let k = 0; ; k += rule.interval) {
    const year = y + Math.floor((m - 1 + k) / 12);
    const month = ((m - 1 + k) % 12) + 1;
    if (dayOf(year, month, 1) > LAST_DAY) return;
    const days =
      rule.byDay.length > 0
        ? monthDays(year, month, rule.byDay)
        : d <= daysInMonth(year, month)
          ? [dayOf(year, month, d)]
          : [];
    for (const day of days) if (day >= startDay) yield day;
  }
}

interface Occurrence {
  /** Epoch day (all-day) or epoch ms (timed) of the original start. */
  start: number;
  /** 1-based position among the rule's instances, EXDATEs included (COUNT counts them). */
  index: number;
}

interface RecurringShape {
  timing: Timing;
  recurrence?: Recurrence;
}

/**
 * The series' occurrences in order. Expansion happens in the wall time of `start.timeZone` ([event] start.timeZone:
 * "For recurring events this field is required and specifies the time zone in which the recurrence is expanded"), so
 * a 10:00 New York meeting stays at 10:00 local across a DST change while its UTC instant moves.
 * CHOICE: a DTSTART that the rule does not produce is not an occurrence ([rfc5545] calls an unsynchronized DTSTART
 * "undefined"; Google Calendar's editor always writes synchronized ones).
 */
function* occurrencesOf(series: RecurringShape): Generator<Occurrence> {
  const { timing: t, recurrence } = series;
  if (!recurrence) {
    yield { start: startKey(t), index: 1 };
    return;
  }
  const { rule, exdates } = recurrence;
  const zone = t.allDay ? 'UTC' : (t.startZone ?? 'UTC');
  const startDay = t.allDay ? t.startDay : localDay(t.startMs, zone);
  const clock = t.allDay ? '' : localClock(t.startMs, zone);
  let index = 0;
  for (const day of candidateDays(rule, startDay)) {
    const start = t.allDay ? day : zonedToEpoch(`${isoFromDay(day)}T${clock}`, zone);
    if (rule.until) {
      // UNTIL is inclusive ([rfc5545]: "If the value specified by UNTIL is synchronized with the specified
      // recurrence, this DATE or DATE-TIME becomes the last instance of the recurrence").
      if (rule.until.day !== undefined ? day > rule.until.day : (t.allDay ? day * DAY_MS : start) > rule.until.ms!)
        return;
    }
    index += 1;
    if (rule.count !== undefined && index > rule.count) return;
    const excluded = exdates.some((x) =>
      t.allDay
        ? x.day === day || (x.ms !== undefined && Math.floor(x.ms / DAY_MS) === day)
        : x.ms === start || (x.day !== undefined && x.day === day),
    );
    if (!excluded) yield { start, index };
  }
}

function findOccurrence(series: RecurringShape, original: number): Occurrence | undefined {
  for (const occurrence of occurrencesOf(series)) {
    if (occurrence.start === original) return occurrence;
    if (occurrence.start > original) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Stored state
// ---------------------------------------------------------------------------------------------------------------

type Status = 'confirmed' | 'tentative' | 'cancelled';

interface StoredException {
  suffix: string;
  /** Original start: epoch day or ms. */
  original: number;
  cancelled: boolean;
  /** The series no longer produces this original start (split, or its rule or time changed): gone for good. */
  orphaned: boolean;
  timing?: Timing;
  fields: Json;
  attendees?: EventAttendee[];
  created: number;
  updated: number;
  sequence: number;
  etag: string;
}

interface StoredEvent {
  id: string;
  iCalUID: string;
  /** Key (lower-case email) of the organizer's calendar, where the event lives. */
  organizer: string;
  organizerEmail: string;
  order: number;
  /** Client fields other than times, recurrence, attendees and status (summary, description, location, …). */
  fields: Json;
  attendees?: EventAttendee[];
  timing: Timing;
  recurrence?: Recurrence;
  recurrenceLines?: string[];
  status: Status;
  created: number;
  updated: number;
  sequence: number;
  etag: string;
  exceptions: Map<string, StoredException>;
  /** Attendees' calendars (key) that know the event under an id of their own (value); see giveCopyOwnId. */
  copyIds?: Map<string, string>;
}

interface StoredCalendar {
  id: string;
  key: string;
  timeZone: string;
  updated: number;
  /** Sync tokens with a lower serial answer 410. */
  minTokenSerial: number;
}

/** Fields the server owns or that are handled apart; everything else a client sends is kept as is. */
const MANAGED_FIELDS = new Set([
  'kind',
  'etag',
  'id',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'organizer',
  'iCalUID',
  'recurringEventId',
  'originalStartTime',
  'sequence',
  'status',
  'start',
  'end',
  'recurrence',
  'attendees',
]);

const STATUSES: readonly string[] = ['confirmed', 'tentative', 'cancelled'];
const RESPONSE_STATUSES: readonly string[] = ['needsAction', 'declined', 'tentative', 'accepted'];

interface Normalized {
  fields: Json;
  timing: Timing;
  recurrence?: Recurrence;
  recurrenceLines?: string[];
  attendees?: EventAttendee[];
  status: Status;
}

function normalizeAttendees(list: unknown, organizer: string): EventAttendee[] | undefined {
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) throw invalid('Invalid value for attendees: a list.', 'attendees');
  const seen = new Set<string>();
  const out: EventAttendee[] = [];
  list.forEach((item, i) => {
    if (!isObject(item)) throw invalid(`Invalid value for attendees[${i}].`, 'attendees');
    const email = item.email;
    if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email.trim()))
      throw required(`Missing or invalid attendee email (attendees[${i}]).`, 'attendees');
    if (seen.has(lower(email))) return; // the same guest twice is one guest
    seen.add(lower(email));
    const attendee = wire(item) as EventAttendee;
    attendee.email = email.trim();
    delete attendee.self; // per reader: set when rendered
    if (attendee.responseStatus !== undefined && !RESPONSE_STATUSES.includes(attendee.responseStatus))
      throw invalid(`Invalid value for attendees[${i}].responseStatus.`, 'attendees');
    if (lower(email) === organizer) {
      attendee.organizer = true;
      attendee.responseStatus ??= 'accepted';
    } else {
      delete attendee.organizer;
      attendee.responseStatus ??= 'needsAction';
    }
    out.push(attendee);
  });
  return out;
}

function normalizeEvent(input: Json, organizer: string): Normalized {
  for (const name of ['summary', 'description', 'location'])
    if (input[name] !== undefined && input[name] !== null && typeof input[name] !== 'string')
      throw invalid(`Invalid value for ${name}.`, name);
  const timing = parseTiming(input.start, input.end);
  const status = input.status ?? 'confirmed';
  if (typeof status !== 'string' || !STATUSES.includes(status)) throw invalid('Invalid value for status.', 'status');
  const recurrence = parseRecurrence(input.recurrence, timing);
  if (recurrence && !timing.allDay) {
    // [event] start.timeZone: "For recurring events this field is required".
    if (!timing.startZone) throw required('Missing time zone definition for start time.', 'start.timeZone');
    if (!timing.endZone) throw required('Missing time zone definition for end time.', 'end.timeZone');
  }
  const fields: Json = {};
  for (const [key, value] of Object.entries(input))
    if (!MANAGED_FIELDS.has(key) && value !== undefined) fields[key] = value;
  const out: Normalized = { fields: wire(fields), timing, status: status as Status };
  if (recurrence) {
    out.recurrence = recurrence;
    out.recurrenceLines = wire(input.recurrence as string[]);
  }
  const attendees = normalizeAttendees(input.attendees, organizer);
  if (attendees) out.attendees = attendees;
  return out;
}

function viewersOf(event: StoredEvent): Set<string> {
  const viewers = new Set([event.organizer]);
  for (const attendee of event.attendees ?? []) if (attendee.email) viewers.add(lower(attendee.email));
  return viewers;
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------------------

type ParamKind = 'boolean' | 'string' | 'integer' | 'strings';

// Every optional query parameter of [list], [instances] and [get]. CHOICE: an unknown name is refused (400), where
// Google's older endpoints may ignore it, so a typo such as `singleEvent` fails in tests instead of silently passing.
const LIST_PARAMS: Record<string, ParamKind> = {
  alwaysIncludeEmail: 'boolean',
  eventTypes: 'strings',
  iCalUID: 'string',
  maxAttendees: 'integer',
  maxResults: 'integer',
  orderBy: 'string',
  pageToken: 'string',
  privateExtendedProperty: 'strings',
  q: 'string',
  sharedExtendedProperty: 'strings',
  showDeleted: 'boolean',
  showHiddenInvitations: 'boolean',
  singleEvents: 'boolean',
  syncToken: 'string',
  timeMax: 'string',
  timeMin: 'string',
  timeZone: 'string',
  updatedMin: 'string',
};
const INSTANCES_PARAMS: Record<string, ParamKind> = {
  alwaysIncludeEmail: 'boolean',
  maxAttendees: 'integer',
  maxResults: 'integer',
  originalStart: 'string',
  pageToken: 'string',
  showDeleted: 'boolean',
  timeMax: 'string',
  timeMin: 'string',
  timeZone: 'string',
};
const GET_PARAMS: Record<string, ParamKind> = {
  alwaysIncludeEmail: 'boolean',
  maxAttendees: 'integer',
  timeZone: 'string',
};

// [list] syncToken: "There are several query parameters that cannot be specified together with nextSyncToken to
// ensure consistency of the client state": iCalUID, orderBy, privateExtendedProperty, q, sharedExtendedProperty,
// timeMin, timeMax, updatedMin.
const SYNC_INCOMPATIBLE = [
  'iCalUID',
  'orderBy',
  'privateExtendedProperty',
  'q',
  'sharedExtendedProperty',
  'timeMin',
  'timeMax',
  'updatedMin',
];

function checkArgs(method: string, args: unknown, spec: Record<string, ParamKind>): Json {
  if (args === undefined || args === null) return {};
  if (!isObject(args)) throw invalid(`The optional arguments of calendar.events.${method} must be an object.`);
  const out: Json = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    // Own names only: "constructor" or "toString" must not pass as parameters.
    const kind = Object.keys(spec).includes(name) ? spec[name] : undefined;
    if (!kind) throw invalid(`Unknown parameter ${JSON.stringify(name)} for calendar.events.${method}.`, name);
    const ok =
      kind === 'boolean'
        ? typeof value === 'boolean'
        : kind === 'string'
          ? typeof value === 'string'
          : kind === 'integer'
            ? Number.isInteger(value)
            : typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw invalid(`Invalid value for ${name}: ${JSON.stringify(value)}.`, name);
    out[name] = value;
  }
  return out;
}

interface Window {
  min?: number;
  max?: number;
}

function parseWindow(args: Json): Window {
  const window: Window = {};
  for (const name of ['timeMin', 'timeMax'] as const) {
    if (args[name] === undefined) continue;
    // [list] timeMin: "Must be an RFC3339 timestamp with mandatory time zone offset, for example,
    // 2011-06-03T10:00:00-07:00, 2011-06-03T10:00:00Z."
    const ms = parseDateTime(args[name]);
    if (ms === undefined)
      throw invalid(
        `Invalid value for ${name}: ${JSON.stringify(args[name])} is not an RFC 3339 timestamp with a time zone offset.`,
        name,
      );
    window[name === 'timeMin' ? 'min' : 'max'] = ms;
  }
  // [list] "If timeMin is set, timeMax must be greater than timeMin."
  if (window.min !== undefined && window.max !== undefined && window.max <= window.min) throw timeRangeEmpty('timeMax');
  return window;
}

/**
 * [list] timeMin: "Lower bound (exclusive) for an event's end time"; timeMax: "Upper bound (exclusive) for an
 * event's start time". ([instances] calls its timeMin bound "inclusive"; CHOICE: both methods use the [list] rule.)
 */
const overlaps = ([start, end]: [number, number], w: Window) =>
  (w.max === undefined || start < w.max) && (w.min === undefined || end > w.min);

function requestedPageSize(value: unknown): number {
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  // CHOICE: above 2500 is refused, not clamped, so no caller relies on pages larger than Google ever sends.
  if (typeof value !== 'number' || value < 1 || value > MAX_PAGE_SIZE)
    throw invalid(`Invalid value for maxResults: ${value} (from 1 to ${MAX_PAGE_SIZE}).`, 'maxResults');
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------------------------

interface View {
  calendar: string;
  calendarZone: string;
  zone: string;
  maxAttendees?: number;
}

interface Row {
  event: Event;
  start: number;
  updated: number;
  order: number;
  sub: number;
}

interface Change {
  seq: number;
  key: string;
  seriesId: string;
  calendars: Set<string>;
}

interface ExpandedInstance {
  original: number;
  exception?: StoredException;
  span: [number, number];
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

export function createCalendarEngine(options: CalendarEngineOptions = {}): CalendarEngine {
  const calendars = new Map<string, StoredCalendar>();
  const events = new Map<string, StoredEvent>();
  const changes: Change[] = [];
  const tokens = new Map<string, { serial: number; calendar: string; seq: number }>();
  /** Per calendar key: the ids of its own copies (giveCopyOwnId) → the organizer's id, the key of `events`. */
  const ownIds = new Map<string, Map<string, string>>();
  let changeSeq = 0;
  let tokenSerial = 0;
  let etagCounter = 0;
  let idCounter = 0;
  let order = 0;

  const engine: CalendarEngine = {
    list,
    instances,
    get,
    addCalendar,
    insertEvent,
    updateEvent,
    moveOccurrence,
    cancelOccurrence,
    deleteEvent,
    splitSeries,
    removeAttendee,
    expireSyncTokens,
    giveCopyOwnId,
    now: options.now ?? (() => Date.now()),
    pageSize: options.pageSize ?? defaultPageSizes,
  };
  const clock = () => engine.now();

  // -- identity and access ------------------------------------------------------------------------------------

  function calendarFor(calendarId: unknown): StoredCalendar {
    if (typeof calendarId !== 'string' || calendarId === '') throw notFound();
    const id = calendarId === 'primary' ? options.resolvePrimary?.() : calendarId;
    const calendar = id === undefined ? undefined : calendars.get(lower(id));
    if (!calendar) throw notFound();
    return calendar;
  }

  const canSee = (event: StoredEvent, calendar: StoredCalendar) => viewersOf(event).has(calendar.key);

  function viewFor(calendar: StoredCalendar, args: Json = {}): View {
    const zone = args.timeZone === undefined ? calendar.timeZone : args.timeZone;
    // [list] timeZone: "Time zone used in the response. Optional. The default is the time zone of the calendar."
    if (!isValidTimeZone(zone)) throw invalid(`Invalid value for timeZone: ${JSON.stringify(zone)}.`, 'timeZone');
    const view: View = { calendar: calendar.key, calendarZone: calendar.timeZone, zone };
    if (args.maxAttendees !== undefined) {
      if ((args.maxAttendees as number) < 1) throw invalid('Invalid value for maxAttendees.', 'maxAttendees');
      view.maxAttendees = args.maxAttendees as number;
    }
    return view;
  }

  /** Google-style ids: base32hex ([event] id: "characters allowed … are those used in base32hex encoding"). */
  function newId(): string {
    for (;;) {
      idCounter += 1;
      let x = (idCounter * 2654435761) >>> 0;
      let id = '';
      for (let i = 0; i < 26; i++) {
        x = (Math.imul(x ^ (x >>> 15), 2246822519) + i + idCounter) >>> 0;
        id += BASE32HEX[x % 32];
      }
      if (!idTaken(id)) return id;
    }
  }

  function stamp(target: { updated: number; etag: string }): void {
    target.updated = clock();
    etagCounter += 1;
    target.etag = `"${target.updated * 1000 + (etagCounter % 1000)}"`;
  }

  /** Records a change of `keys` (the event's id, or instance ids) for everyone who sees it now or saw it before. */
  function recordChange(event: StoredEvent, keys: string[], before: Iterable<string> = []): void {
    changeSeq += 1;
    const seen = new Set([...viewersOf(event), ...before]);
    for (const key of keys) changes.push({ seq: changeSeq, key, seriesId: event.id, calendars: seen });
    for (const key of seen) {
      const calendar = calendars.get(key);
      if (calendar) calendar.updated = clock();
    }
  }

  /** The id `calendar` knows the event by: its own copy's, or the organizer's. */
  const idIn = (event: StoredEvent, calendarKey: string) => event.copyIds?.get(calendarKey) ?? event.id;

  /** The event `calendar` knows as `eventId` ([ids]: an id names an event within one calendar only). */
  function eventIn(calendar: StoredCalendar, eventId: unknown): StoredEvent | undefined {
    if (typeof eventId !== 'string') return undefined;
    const event = events.get(ownIds.get(calendar.key)?.get(eventId) ?? eventId);
    return event && idIn(event, calendar.key) === eventId ? event : undefined;
  }

  /** CHOICE: ids are kept unique across all calendars (stricter than [ids]), so one map can hold every event. */
  function idTaken(id: string): boolean {
    if (events.has(id)) return true;
    for (const own of ownIds.values()) if (own.has(id)) return true;
    return false;
  }

  function readable(calendar: StoredCalendar, eventId: unknown): StoredEvent {
    const event = eventIn(calendar, eventId);
    if (!event || !canSee(event, calendar)) throw notFound();
    return event;
  }

  /** An event this calendar may change: its organizer's, or any guest's when guestsCanModify. */
  function editable(calendar: StoredCalendar, eventId: string): StoredEvent {
    const event = readable(calendar, eventId);
    if (event.organizer !== calendar.key && event.fields.guestsCanModify !== true) throw forbiddenForNonOrganizer();
    return event;
  }

  /** `seriesId_suffix` → the series and the original start, when the series produces (or produced) it. */
  function resolveInstance(
    calendar: StoredCalendar,
    instanceId: string,
  ): { event: StoredEvent; original: number } | undefined {
    const cut = instanceId.lastIndexOf('_');
    if (cut <= 0) return undefined;
    const event = eventIn(calendar, instanceId.slice(0, cut));
    if (!event?.recurrence || !canSee(event, calendar)) return undefined;
    const suffix = instanceId.slice(cut + 1);
    const exception = event.exceptions.get(suffix);
    if (exception) return { event, original: exception.original };
    const original = parseSuffix(event.timing, suffix);
    if (original === undefined || !findOccurrence(event, original)) return undefined;
    return { event, original };
  }

  // -- rendering ----------------------------------------------------------------------------------------------

  function htmlLink(id: string, calendar: string): string {
    const eid = btoa(`${id} ${calendar}`).replace(/=+$/, '');
    return `https://www.google.com/calendar/event?eid=${eid}`;
  }

  function renderAttendees(list: EventAttendee[], view: View): { attendees: EventAttendee[]; omitted: boolean } {
    const all = list.map((attendee) => {
      const copy = wire(attendee);
      if (copy.email && lower(copy.email) === view.calendar) copy.self = true;
      return copy;
    });
    // [list] maxAttendees: "If there are more than the specified number of attendees, only the participant is
    // returned."
    if (view.maxAttendees !== undefined && all.length > view.maxAttendees)
      return { attendees: all.filter((a) => a.self), omitted: true };
    return { attendees: all, omitted: false };
  }

  function renderEvent(event: StoredEvent, view: View): Event {
    const self = event.organizer === view.calendar;
    const person = () => (self ? { email: event.organizerEmail, self: true } : { email: event.organizerEmail });
    const id = idIn(event, view.calendar);
    const out: Json = {
      kind: 'calendar#event',
      etag: event.etag,
      id,
      status: event.status,
      htmlLink: htmlLink(id, view.calendar),
      created: iso(event.created),
      updated: iso(event.updated),
      ...wire(event.fields),
      creator: person(),
      organizer: person(),
      start: renderWhen(event.timing, 'start', view.zone),
      end: renderWhen(event.timing, 'end', view.zone),
    };
    if (event.recurrenceLines) out.recurrence = wire(event.recurrenceLines);
    out.iCalUID = event.iCalUID;
    out.sequence = event.sequence;
    if (event.attendees) {
      const { attendees, omitted } = renderAttendees(event.attendees, view);
      out.attendees = attendees;
      if (omitted) out.attendeesOmitted = true;
    }
    return out as Event;
  }

  /**
   * One instance of a series, as [instances] returns it. Cancelled ones carry only what [event] status guarantees:
   * "Cancelled exceptions are only guaranteed to have values for the id, recurringEventId and originalStartTime
   * fields populated." Everything else is stripped, so no caller comes to rely on it.
   */
  function renderInstance(event: StoredEvent, original: number, view: View): Event {
    const exception = event.exceptions.get(suffixOf(event.timing, original));
    const seriesId = idIn(event, view.calendar);
    const id = `${seriesId}_${suffixOf(event.timing, original)}`;
    const originalStartTime = renderWhen(occurrenceTiming(event.timing, original), 'start', view.zone);
    if (event.status === 'cancelled' || exception?.cancelled || exception?.orphaned || !canSee(event, calendarOf(view)))
      return {
        kind: 'calendar#event',
        etag: exception?.etag ?? event.etag,
        id,
        status: 'cancelled',
        recurringEventId: seriesId,
        originalStartTime,
      };
    const out = renderEvent(event, view) as Json;
    delete out.recurrence;
    const timing = exception?.timing ?? occurrenceTiming(event.timing, original);
    Object.assign(out, {
      id,
      htmlLink: htmlLink(id, view.calendar),
      start: renderWhen(timing, 'start', view.zone),
      end: renderWhen(timing, 'end', view.zone),
      recurringEventId: seriesId,
      originalStartTime,
    });
    if (exception) {
      Object.assign(out, wire(exception.fields), {
        etag: exception.etag,
        updated: iso(exception.updated),
        sequence: exception.sequence,
      });
      if (exception.attendees) {
        const { attendees, omitted } = renderAttendees(exception.attendees, view);
        out.attendees = attendees;
        if (omitted) out.attendeesOmitted = true;
        else delete out.attendeesOmitted;
      }
    }
    return out as Event;
  }

  function calendarOf(view: View): StoredCalendar {
    return calendars.get(view.calendar)!;
  }

  /** What a calendar taken off an event learns of it: that it is gone ([event] "Deleted events are only guaranteed
   * to have the id field populated"). */
  function goneStub(event: StoredEvent, calendarKey: string): Event {
    return { kind: 'calendar#event', etag: event.etag, id: idIn(event, calendarKey), status: 'cancelled' };
  }

  // -- expansion ----------------------------------------------------------------------------------------------

  /**
   * The instances of a series that meet `window`, by start: regular occurrences, moved exceptions where they now
   * are, and (when asked) cancelled ones where they were. An exception moved into the window from outside it counts.
   */
  function expand(
    event: StoredEvent,
    calendarZone: string,
    window: Window,
    includeCancelled: boolean,
  ): ExpandedInstance[] {
    const deleted = event.status === 'cancelled';
    if (deleted && !includeCancelled) return [];
    const out: ExpandedInstance[] = [];
    let regular = 0;
    for (const occurrence of occurrencesOf(event)) {
      const span = spanOf(occurrenceTiming(event.timing, occurrence.start), calendarZone);
      if (window.max !== undefined && span[0] >= window.max) break;
      if (window.max === undefined && regular >= UNBOUNDED_EXPANSION_LIMIT) break;
      if (!overlaps(span, window)) continue;
      const exception = event.exceptions.get(suffixOf(event.timing, occurrence.start));
      if (exception && !exception.orphaned) continue; // placed below, where it now is
      regular += 1;
      out.push({ original: occurrence.start, span });
    }
    for (const exception of event.exceptions.values()) {
      if (exception.orphaned) continue;
      const cancelled = deleted || exception.cancelled;
      if (cancelled && !includeCancelled) continue;
      const timing =
        cancelled || !exception.timing ? occurrenceTiming(event.timing, exception.original) : exception.timing;
      const span = spanOf(timing, calendarZone);
      if (overlaps(span, window)) out.push({ original: exception.original, exception, span });
    }
    return out.sort((a, b) => a.span[0] - b.span[0] || a.original - b.original);
  }

  /** Whether any occurrence of the series meets the window (for listing the recurring event itself). */
  function seriesMeets(event: StoredEvent, calendarZone: string, window: Window): boolean {
    for (const occurrence of occurrencesOf(event)) {
      const span = spanOf(occurrenceTiming(event.timing, occurrence.start), calendarZone);
      if (window.max !== undefined && span[0] >= window.max) return false;
      if (overlaps(span, window)) return true;
    }
    return false;
  }

  function orderedEvents(): StoredEvent[] {
    return [...events.values()].sort((a, b) => a.order - b.order);
  }

  // -- paging and sync tokens ---------------------------------------------------------------------------------

  /** Where a listing stands: the next item, the change sequence it reads up to, and the page about to be served. */
  interface Page {
    offset: number;
    seq: number;
    /** 0 for the first page. */
    index: number;
    /** How many items this page holds, decided when its token was issued. */
    size: number;
  }

  /** The size of page `index` of a listing for `requested`, checked: a bad PageSizes would make a fake of the engine. */
  function sizeOfPage(requested: number, index: number, query: string, seq: number): number {
    const size = engine.pageSize(requested, index, `${query}@${seq}`);
    if (!Number.isInteger(size) || size < 0 || size > requested)
      throw new Error(
        `pageSize gave ${size} for page ${index} of maxResults ${requested}; it must be 0..${requested}.`,
      );
    return size;
  }

  function firstPage(requested: number, query: string): Page {
    return { offset: 0, seq: changeSeq, index: 0, size: sizeOfPage(requested, 0, query, changeSeq) };
  }

  function encodePage(page: Page, query: string): string {
    const data = { o: page.offset, s: page.seq, p: page.index, n: page.size, q: query };
    return btoa(JSON.stringify(data)).replace(/=+$/, '');
  }

  function decodePage(token: string, query: string, requested: number): Page {
    try {
      const padded = token + '='.repeat((4 - (token.length % 4)) % 4);
      const data = JSON.parse(atob(padded)) as { o?: unknown; s?: unknown; p?: unknown; n?: unknown; q?: unknown };
      // [sync]: follow-up pages need "exactly the same list query" as the first one.
      if (
        Number.isInteger(data.o) &&
        Number.isInteger(data.s) &&
        Number.isInteger(data.p) &&
        Number.isInteger(data.n) &&
        (data.n as number) <= requested &&
        data.q === query
      )
        return { offset: data.o as number, seq: data.s as number, index: data.p as number, size: data.n as number };
    } catch {
      // falls through to the error
    }
    throw invalid('Invalid value for pageToken: it does not belong to this query.', 'pageToken');
  }

  function issueSyncToken(calendar: StoredCalendar, seq: number): string {
    tokenSerial += 1;
    const token = `C${btoa(`${tokenSerial}:${calendar.key}:${seq}`).replace(/[=+/]/g, '')}${tokenSerial.toString(36)}`;
    tokens.set(token, { serial: tokenSerial, calendar: calendar.key, seq });
    return token;
  }

  function checkSyncToken(calendar: StoredCalendar, token: string): { seq: number } {
    const entry = tokens.get(token);
    // [sync] "Sometimes sync tokens are invalidated by the server … the server will respond to an incremental
    // request with a response code 410." A token of another calendar, or a made-up one, is no better.
    if (!entry || entry.calendar !== calendar.key || entry.serial < calendar.minTokenSerial) throw fullSyncRequired();
    return entry;
  }

  function pageOut(
    calendar: StoredCalendar,
    rows: Event[],
    requested: number,
    page: Page,
    query: string,
    withSyncToken: boolean,
  ): Events {
    const out: Events = {
      kind: 'calendar#events',
      summary: calendar.id,
      updated: iso(calendar.updated),
      timeZone: calendar.timeZone,
      accessRole: 'owner',
    };
    const end = Math.min(page.offset + page.size, rows.length);
    // [paging]: a page may be short, or empty, and still have a next page; only a missing token ends the listing.
    if (end < rows.length) {
      const index = page.index + 1;
      const next = { offset: end, seq: page.seq, index, size: sizeOfPage(requested, index, query, page.seq) };
      out.nextPageToken = encodePage(next, query);
    }
    // [sync] "the nextSyncToken field is present only on the very last page".
    else if (withSyncToken) out.nextSyncToken = issueSyncToken(calendar, page.seq);
    out.items = rows.slice(page.offset, end);
    return out;
  }

  // -- events.list --------------------------------------------------------------------------------------------

  function list(calendarId: string, args?: ListArgs): Events {
    const a = checkArgs('list', args, LIST_PARAMS);
    const calendar = calendarFor(calendarId);
    if (a.syncToken !== undefined) {
      const clash = SYNC_INCOMPATIBLE.filter((name) => a[name] !== undefined);
      if (clash.length > 0)
        throw invalid(`syncToken cannot be specified together with ${clash.join(', ')}.`, 'syncToken');
    }
    if (a.orderBy !== undefined && a.orderBy !== 'startTime' && a.orderBy !== 'updated')
      throw invalid(`Invalid value for orderBy: ${JSON.stringify(a.orderBy)}.`, 'orderBy');
    // [list] orderBy startTime: "This is only available when querying single events (i.e. the parameter
    // singleEvents is True)".
    if (a.orderBy === 'startTime' && a.singleEvents !== true)
      throw new CalendarApiError(
        400,
        'badRequest',
        'The requested ordering is not available for the particular query.',
        {
          location: 'orderBy',
        },
      );
    const window = parseWindow(a);
    let updatedMin: number | undefined;
    if (a.updatedMin !== undefined) {
      updatedMin = parseDateTime(a.updatedMin);
      if (updatedMin === undefined) throw invalid('Invalid value for updatedMin.', 'updatedMin');
    }
    const view = viewFor(calendar, a);
    const size = requestedPageSize(a.maxResults);
    const query = fingerprint(canonicalJson({ m: 'list', c: calendar.key, ...a, pageToken: undefined }));
    const page = a.pageToken !== undefined ? decodePage(a.pageToken as string, query, size) : firstPage(size, query);
    let rows: Event[];
    if (a.syncToken !== undefined) {
      const token = checkSyncToken(calendar, a.syncToken as string);
      rows = syncRows(view, token.seq, page.seq, a.singleEvents === true);
    } else rows = fullRows(view, a, window, updatedMin);
    return pageOut(calendar, rows, size, page, query, true);
  }

  function fullRows(view: View, a: Json, window: Window, updatedMin: number | undefined): Event[] {
    const single = a.singleEvents === true;
    // [list] updatedMin: "When specified, entries deleted since this time will always be included regardless of
    // showDeleted."
    const showDeleted = a.showDeleted === true || updatedMin !== undefined;
    const calendar = calendarOf(view);
    const rows: Row[] = [];
    for (const event of orderedEvents()) {
      if (!canSee(event, calendar)) continue;
      if (a.iCalUID !== undefined && event.iCalUID !== a.iCalUID) continue;
      const deleted = event.status === 'cancelled';
      if (deleted && !showDeleted) continue;
      if (!event.recurrence) {
        const span = spanOf(event.timing, view.calendarZone);
        if (overlaps(span, window))
          rows.push({
            event: renderEvent(event, view),
            start: span[0],
            updated: event.updated,
            order: event.order,
            sub: 0,
          });
        continue;
      }
      if (!single) {
        if (seriesMeets(event, view.calendarZone, window)) {
          const span = spanOf(event.timing, view.calendarZone);
          rows.push({
            event: renderEvent(event, view),
            start: span[0],
            updated: event.updated,
            order: event.order,
            sub: -1,
          });
        }
        // Exceptions are items of their own. [list] showDeleted: "Cancelled instances of recurring events (but not
        // the underlying recurring event) will still be included if showDeleted and singleEvents are both False."
        const exceptions = [...event.exceptions.values()].sort((x, y) => x.original - y.original);
        for (const exception of exceptions) {
          if (exception.orphaned) continue;
          const timing =
            exception.cancelled || deleted || !exception.timing
              ? occurrenceTiming(event.timing, exception.original)
              : exception.timing;
          const span = spanOf(timing, view.calendarZone);
          if (!overlaps(span, window)) continue;
          rows.push({
            event: renderInstance(event, exception.original, view),
            start: span[0],
            updated: exception.updated,
            order: event.order,
            sub: exception.original,
          });
        }
        continue;
      }
      // [list] showDeleted: "If showDeleted and singleEvents are both True, only single instances of deleted events
      // (but not the underlying recurring events) are returned."
      for (const instance of expand(event, view.calendarZone, window, showDeleted))
        rows.push({
          event: renderInstance(event, instance.original, view),
          start: instance.span[0],
          updated: instance.exception?.updated ?? event.updated,
          order: event.order,
          sub: instance.span[0],
        });
    }
    const kept = rows.filter((row) => matches(row, a, updatedMin));
    // CHOICE for the default "unspecified, stable order" ([list] orderBy): events in the order they were created,
    // instances by start within each; deliberately not by start, so a caller that needs order must ask for it.
    const byDefault = (x: Row, y: Row) => x.order - y.order || x.sub - y.sub;
    if (a.orderBy === 'startTime') kept.sort((x, y) => x.start - y.start || byDefault(x, y));
    else if (a.orderBy === 'updated') kept.sort((x, y) => x.updated - y.updated || byDefault(x, y));
    else kept.sort(byDefault);
    return kept.map((row) => row.event);
  }

  /** q, updatedMin, extended properties and eventTypes, on the rendered item. */
  function matches(row: Row, a: Json, updatedMin: number | undefined): boolean {
    const event = row.event as Json;
    if (updatedMin !== undefined && row.updated < updatedMin) return false;
    if (a.eventTypes !== undefined) {
      const types = ([] as string[]).concat(a.eventTypes as string[]);
      if (!types.includes((event.eventType as string | undefined) ?? 'default')) return false;
    }
    for (const [param, scope] of [
      ['privateExtendedProperty', 'private'],
      ['sharedExtendedProperty', 'shared'],
    ] as const) {
      if (a[param] === undefined) continue;
      // [list] "Extended properties constraint specified as propertyName=value. Matches only private properties."
      const props = ((event.extendedProperties as Json | undefined)?.[scope] ?? {}) as Json;
      for (const constraint of ([] as string[]).concat(a[param] as string[])) {
        const eq = constraint.indexOf('=');
        if (eq <= 0) throw invalid(`Invalid value for ${param}: propertyName=value.`, param);
        if (props[constraint.slice(0, eq)] !== constraint.slice(eq + 1)) return false;
      }
    }
    if (typeof a.q === 'string' && a.q.trim() !== '') {
      // [list] q: "Free text search terms to find events that match these terms in … summary, description, location,
      // attendee's displayName, attendee's email, organizer's displayName, organizer's email".
      const organizer = (event.organizer ?? {}) as Json;
      const haystack = [
        event.summary,
        event.description,
        event.location,
        organizer.email,
        organizer.displayName,
        ...((event.attendees as EventAttendee[] | undefined) ?? []).flatMap((x) => [x.email, x.displayName]),
      ]
        .filter((x): x is string => typeof x === 'string')
        .join('\n')
        .toLowerCase();
      if (
        !a.q
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean)
          .every((term) => haystack.includes(term))
      )
        return false;
    }
    return true;
  }

  /**
   * Everything changed for this calendar in (from, to]: [sync] "the result will always contain deleted entries";
   * exceptions as items of their own; a series changed under singleEvents as all its instances.
   */
  function syncRows(view: View, from: number, to: number, single: boolean): Event[] {
    const calendar = calendarOf(view);
    const latest = new Map<string, Change>();
    for (const change of changes) {
      if (change.seq <= from || change.seq > to || !change.calendars.has(calendar.key)) continue;
      latest.delete(change.key); // the last change decides the position
      latest.set(change.key, change);
    }
    const out: Event[] = [];
    const seen = new Set<string>();
    const add = (event: Event) => {
      if (event.id && !seen.has(event.id)) {
        seen.add(event.id);
        out.push(event);
      }
    };
    for (const change of latest.values()) {
      const event = events.get(change.seriesId);
      if (!event) continue;
      const visible = canSee(event, calendar);
      if (change.key === event.id) {
        if (!visible) add(goneStub(event, calendar.key));
        else if (single && event.recurrence)
          for (const instance of expand(event, view.calendarZone, {}, true))
            add(renderInstance(event, instance.original, view));
        else add(renderEvent(event, view));
        continue;
      }
      const exception = event.exceptions.get(change.key.slice(event.id.length + 1));
      if (exception) add(renderInstance(event, exception.original, view));
    }
    return out;
  }

  // -- events.instances and events.get ------------------------------------------------------------------------

  function instances(calendarId: string, eventId: string, args?: InstancesArgs): Events {
    const a = checkArgs('instances', args, INSTANCES_PARAMS);
    const calendar = calendarFor(calendarId);
    const event = readable(calendar, eventId);
    const window = parseWindow(a);
    const view = viewFor(calendar, a);
    const size = requestedPageSize(a.maxResults);
    const showDeleted = a.showDeleted === true;
    let rows: Event[];
    if (!event.recurrence) {
      // CHOICE (UNCONFIRMED): [instances] documents only recurring events; for a single event this answers the
      // event itself as its only instance (when it meets the window), which is what callers can cope with either way.
      const visible =
        (event.status !== 'cancelled' || showDeleted) && overlaps(spanOf(event.timing, view.calendarZone), window);
      rows = visible ? [renderEvent(event, view)] : [];
    } else {
      let found = expand(event, view.calendarZone, window, showDeleted);
      if (a.originalStart !== undefined) {
        // [instances] originalStart: "The original start time of the instance in the result."
        const original = parseOriginalStart(event.timing, a.originalStart, 'originalStart');
        found = found.filter((instance) => instance.original === original);
      }
      rows = found.map((instance) => renderInstance(event, instance.original, view));
    }
    const query = fingerprint(
      canonicalJson({ m: 'instances', c: calendar.key, e: eventId, ...a, pageToken: undefined }),
    );
    const page = a.pageToken !== undefined ? decodePage(a.pageToken as string, query, size) : firstPage(size, query);
    return pageOut(calendar, rows, size, page, query, false);
  }

  function get(calendarId: string, eventId: string, args?: { timeZone?: string; maxAttendees?: number }): Event {
    const a = checkArgs('get', args, GET_PARAMS);
    const calendar = calendarFor(calendarId);
    const view = viewFor(calendar, a);
    const event = eventIn(calendar, eventId);
    // [event] status "cancelled": "The get method always returns them" (deleted events).
    if (event) {
      if (!canSee(event, calendar)) throw notFound();
      return renderEvent(event, view);
    }
    const instance = typeof eventId === 'string' ? resolveInstance(calendar, eventId) : undefined;
    if (!instance) throw notFound();
    return renderInstance(instance.event, instance.original, view);
  }

  // -- what people do -----------------------------------------------------------------------------------------

  function addCalendar(calendarId: string, timeZone: string): void {
    if (typeof calendarId !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(calendarId))
      throw invalid(`A calendar is named by its owner's email, not ${JSON.stringify(calendarId)}.`);
    if (!isValidTimeZone(timeZone)) throw invalid(`Invalid time zone definition: ${JSON.stringify(timeZone)}.`);
    if (calendars.has(lower(calendarId))) throw duplicate();
    calendars.set(lower(calendarId), {
      id: calendarId,
      key: lower(calendarId),
      timeZone,
      updated: clock(),
      minTokenSerial: 0,
    });
  }

  function insertEvent(calendarId: string, event: Event): Event {
    const calendar = calendarFor(calendarId);
    const input = wire(event) as unknown;
    if (!isObject(input)) throw invalid('The event must be an object.');
    let id: string;
    if (input.id !== undefined) {
      // [event] id: base32hex characters, "the length of the ID must be between 5 and 1024 characters".
      if (typeof input.id !== 'string' || !/^[a-v0-9]{5,1024}$/.test(input.id))
        throw invalid('Invalid resource id value.', 'id');
      if (idTaken(input.id)) throw duplicate();
      id = input.id;
    } else id = newId();
    if (input.recurringEventId !== undefined || input.originalStartTime !== undefined)
      throw invalid('An exception is made by changing an instance (moveOccurrence/updateEvent), not by inserting one.');
    const n = normalizeEvent(input, calendar.key);
    if (n.status === 'cancelled') throw invalid('A new event cannot be cancelled.', 'status');
    const iCalUID = typeof input.iCalUID === 'string' && input.iCalUID !== '' ? input.iCalUID : `${id}@google.com`;
    for (const other of events.values())
      if (other.organizer === calendar.key && other.iCalUID === iCalUID) throw duplicate();
    const sequence =
      Number.isInteger(input.sequence) && (input.sequence as number) >= 0 ? (input.sequence as number) : 0;
    order += 1;
    const stored: StoredEvent = {
      id,
      iCalUID,
      organizer: calendar.key,
      organizerEmail: calendar.id,
      order,
      ...n,
      created: 0,
      updated: 0,
      sequence,
      etag: '',
      exceptions: new Map(),
    };
    stamp(stored);
    stored.created = stored.updated;
    events.set(id, stored);
    recordChange(stored, [id]);
    return renderEvent(stored, viewFor(calendar));
  }

  /** Applies a full new state to a stored event; bumps SEQUENCE on the changes [rfc5545] 3.8.7.4 calls
   * significant (start, end, recurrence, status). */
  function applyToEvent(event: StoredEvent, n: Normalized): { orphaned: string[] } {
    const significant =
      canonicalJson(n.timing) !== canonicalJson(event.timing) ||
      canonicalJson(n.recurrenceLines ?? null) !== canonicalJson(event.recurrenceLines ?? null) ||
      n.status !== event.status;
    event.fields = n.fields;
    event.timing = n.timing;
    event.status = n.status;
    if (n.recurrence) {
      event.recurrence = n.recurrence;
      event.recurrenceLines = n.recurrenceLines;
    } else {
      delete event.recurrence;
      delete event.recurrenceLines;
    }
    if (n.attendees) event.attendees = n.attendees;
    else delete event.attendees;
    if (significant) event.sequence += 1;
    stamp(event);
    return { orphaned: orphanExceptions(event) };
  }

  /** Exceptions whose original start the series no longer produces are gone (and reported as cancelled to sync). */
  function orphanExceptions(event: StoredEvent, from?: number): string[] {
    const keys: string[] = [];
    for (const exception of event.exceptions.values()) {
      if (exception.orphaned) continue;
      const gone =
        !event.recurrence ||
        (from !== undefined && exception.original >= from) ||
        suffixOf(event.timing, exception.original) !== exception.suffix ||
        !findOccurrence(event, exception.original);
      if (gone) {
        exception.orphaned = true;
        stamp(exception);
        keys.push(`${event.id}_${exception.suffix}`);
      }
    }
    return keys;
  }

  function updateEvent(calendarId: string, eventId: string, patch: Partial<Event>): Event {
    const calendar = calendarFor(calendarId);
    const p = wire(patch) as unknown;
    if (!isObject(p)) throw invalid('The patch must be an object.');
    if (!eventIn(calendar, eventId)) {
      const instance = resolveInstance(calendar, eventId);
      if (!instance) throw notFound();
      return editInstance(calendar, instance.event, instance.original, p);
    }
    const event = editable(calendar, eventId);
    if (p.id !== undefined && p.id !== idIn(event, calendar.key))
      throw invalid('The id of an event cannot change.', 'id');
    const before = viewersOf(event);
    // PATCH semantics: each field given replaces the stored one as a whole.
    const current: Json = {
      ...wire(event.fields),
      ...timingInput(event.timing),
      status: event.status,
      recurrence: event.recurrenceLines,
      attendees: event.attendees,
    };
    const n = normalizeEvent({ ...current, ...p }, event.organizer);
    const { orphaned } = applyToEvent(event, n);
    recordChange(event, [event.id, ...orphaned], before);
    return renderEvent(event, viewFor(calendar));
  }

  /** A change to one occurrence: it becomes (or stays) an exception of the series. */
  function editInstance(calendar: StoredCalendar, event: StoredEvent, original: number, p: Json): Event {
    if (event.organizer !== calendar.key && event.fields.guestsCanModify !== true) throw forbiddenForNonOrganizer();
    if (p.recurrence !== undefined) throw invalid('An instance cannot have a recurrence.', 'recurrence');
    const suffix = suffixOf(event.timing, original);
    if (p.id !== undefined && p.id !== `${idIn(event, calendar.key)}_${suffix}`)
      throw invalid('The id of an event cannot change.', 'id');
    let exception = event.exceptions.get(suffix);
    if (exception?.orphaned) throw notFound();
    const now = clock();
    const draft: StoredException = exception
      ? { ...exception, fields: wire(exception.fields) }
      : {
          suffix,
          original,
          cancelled: false,
          orphaned: false,
          fields: {},
          created: now,
          updated: now,
          sequence: event.sequence,
          etag: '',
        };
    let significant = false;
    if (p.start !== undefined || p.end !== undefined) {
      const current = timingInput(draft.timing ?? occurrenceTiming(event.timing, original));
      draft.timing = parseTiming(p.start ?? current.start, p.end ?? current.end);
      significant = true;
    }
    if (p.status !== undefined) {
      if (typeof p.status !== 'string' || !STATUSES.includes(p.status))
        throw invalid('Invalid value for status.', 'status');
      draft.cancelled = p.status === 'cancelled';
      significant = true;
    } else if (p.start !== undefined || p.end !== undefined) draft.cancelled = false; // moving brings it back
    if (p.attendees !== undefined) draft.attendees = normalizeAttendees(p.attendees, event.organizer);
    for (const [key, value] of Object.entries(p)) if (!MANAGED_FIELDS.has(key)) draft.fields[key] = value;
    for (const name of ['summary', 'description', 'location'])
      if (draft.fields[name] !== undefined && draft.fields[name] !== null && typeof draft.fields[name] !== 'string')
        throw invalid(`Invalid value for ${name}.`, name);
    if (significant) draft.sequence += 1;
    stamp(draft);
    exception = draft;
    event.exceptions.set(suffix, exception);
    recordChange(event, [`${event.id}_${suffix}`]);
    return renderInstance(event, original, viewFor(calendar));
  }

  function occurrenceFor(
    calendar: StoredCalendar,
    seriesId: string,
    originalStart: string,
  ): { event: StoredEvent; original: number } {
    const event = readable(calendar, seriesId);
    if (!event.recurrence) throw invalid('Not a recurring event: it has no occurrences to change.', 'eventId');
    const original = parseOriginalStart(event.timing, originalStart, 'originalStart');
    const exception = event.exceptions.get(suffixOf(event.timing, original));
    if (exception ? exception.orphaned : !findOccurrence(event, original)) throw notFound();
    return { event, original };
  }

  function moveOccurrence(
    calendarId: string,
    seriesId: string,
    originalStart: string,
    start: EventDateTime,
    end: EventDateTime,
  ): Event {
    const calendar = calendarFor(calendarId);
    const { event, original } = occurrenceFor(calendar, seriesId, originalStart);
    if (event.status === 'cancelled') throw alreadyDeleted();
    return editInstance(calendar, event, original, { start: wire(start), end: wire(end) });
  }

  function cancelOccurrence(calendarId: string, seriesId: string, originalStart: string): Event {
    const calendar = calendarFor(calendarId);
    const { event, original } = occurrenceFor(calendar, seriesId, originalStart);
    if (event.status === 'cancelled' || event.exceptions.get(suffixOf(event.timing, original))?.cancelled)
      throw alreadyDeleted();
    return editInstance(calendar, event, original, { status: 'cancelled' });
  }

  function deleteEvent(calendarId: string, eventId: string): void {
    const calendar = calendarFor(calendarId);
    if (!eventIn(calendar, eventId)) {
      const instance = resolveInstance(calendar, eventId);
      if (!instance) throw notFound();
      const exception = instance.event.exceptions.get(suffixOf(instance.event.timing, instance.original));
      if (instance.event.status === 'cancelled' || exception?.cancelled) throw alreadyDeleted();
      editInstance(calendar, instance.event, instance.original, { status: 'cancelled' });
      return;
    }
    // CHOICE: only the organizer deletes here; a guest "removing it from their calendar" is not modelled.
    const event = editable(calendar, eventId);
    if (event.status === 'cancelled') throw alreadyDeleted();
    event.status = 'cancelled';
    event.sequence += 1;
    stamp(event);
    recordChange(event, [event.id]);
  }

  /**
   * [recurring] "Modifying all following instances": the old series gets an UNTIL just before the split and a new
   * recurring event starts there. UNTIL is the split instant less one second (UTC form) for timed series, the day
   * before for all-day ones; a COUNT becomes that UNTIL, and the successor keeps the occurrences that remained.
   * Exceptions at or after the split are dropped: Google Calendar's own dialog for "This and following events" says
   * "Any changes to future events will be lost." The successor's id is `<id>_R<UTC start>` as Google writes it, and
   * its iCalUID `<new id>@google.com`.
   */
  function splitSeries(
    calendarId: string,
    seriesId: string,
    fromOriginalStart: string,
    changes: Partial<Event>,
  ): { ended: Event; successor: Event } {
    const calendar = calendarFor(calendarId);
    const event = editable(calendar, seriesId);
    if (event.status === 'cancelled') throw alreadyDeleted();
    if (!event.recurrence) throw invalid('Not a recurring event: there is nothing to split.', 'eventId');
    const patch = wire(changes ?? {}) as unknown;
    if (!isObject(patch)) throw invalid('The changes must be an object.');
    const original = parseOriginalStart(event.timing, fromOriginalStart, 'fromOriginalStart');
    const occurrence = findOccurrence(event, original);
    if (!occurrence) throw notFound();
    const first = occurrencesOf(event).next().value as Occurrence | undefined;
    if (first && first.start === original)
      throw invalid('The split is at the first occurrence: edit the whole series with updateEvent instead.');
    const { rule, otherLines } = event.recurrence;
    const t = event.timing;
    const until = t.allDay ? compactDay(original - 1) : compactUtc(original - 1000);
    const remaining = rule.count !== undefined ? rule.count - (occurrence.index - 1) : undefined;

    // The successor, validated in full before anything changes.
    const successorId = `${event.id.replace(/_R\d{8}(T\d{6})?$/, '')}_R${t.allDay ? compactDay(original) : compactUtc(original).slice(0, -1)}`;
    if (idTaken(successorId)) throw duplicate();
    const from = occurrenceTiming(t, original);
    // The successor keeps the rule; a COUNT carries over what remained of it, an UNTIL stays as it was.
    const successorRule =
      remaining !== undefined
        ? ruleText(rule, { count: remaining })
        : ruleText(rule, { until: rulePart(rule, 'UNTIL') });
    const successorInput: Json = {
      ...wire(event.fields),
      ...timingInput(from),
      recurrence: [successorRule, ...otherLines],
      attendees: event.attendees,
      ...patch,
    };
    // A new start without a new end keeps the meeting's length.
    if (patch.start !== undefined && patch.end === undefined) successorInput.end = endAfter(patch.start, t);
    delete successorInput.id;
    const n = normalizeEvent(successorInput, event.organizer);
    if (!n.recurrence) throw invalid('The successor of a split must recur.', 'recurrence');
    if (n.status === 'cancelled') throw invalid('The successor of a split cannot be cancelled.', 'status');

    // End the old series.
    const before = viewersOf(event);
    const endedLines = [ruleText(rule, { until }), ...otherLines];
    const ended = normalizeEvent(
      {
        ...wire(event.fields),
        ...timingInput(t),
        status: event.status,
        recurrence: endedLines,
        attendees: event.attendees,
      },
      event.organizer,
    );
    const dropped = orphanExceptions(event, original);
    const { orphaned } = applyToEvent(event, ended);
    recordChange(event, [event.id, ...dropped, ...orphaned], before);

    order += 1;
    const successor: StoredEvent = {
      id: successorId,
      iCalUID: `${successorId}@google.com`,
      organizer: event.organizer,
      organizerEmail: event.organizerEmail,
      order,
      ...n,
      created: 0,
      updated: 0,
      sequence: 0,
      etag: '',
      exceptions: new Map(),
    };
    stamp(successor);
    successor.created = successor.updated;
    events.set(successorId, successor);
    recordChange(successor, [successorId]);
    const view = viewFor(calendar);
    return { ended: renderEvent(event, view), successor: renderEvent(successor, view) };
  }

  function removeAttendee(calendarId: string, eventId: string, email: string): void {
    const calendar = calendarFor(calendarId);
    const event = editable(calendar, eventId);
    const key = typeof email === 'string' ? lower(email) : '';
    const remaining = (event.attendees ?? []).filter((a) => lower(a.email ?? '') !== key);
    if (remaining.length === (event.attendees ?? []).length) throw notFound();
    const before = viewersOf(event);
    event.attendees = remaining;
    for (const exception of event.exceptions.values())
      if (exception.attendees) exception.attendees = exception.attendees.filter((a) => lower(a.email ?? '') !== key);
    stamp(event);
    recordChange(event, [event.id], before);
  }

  function giveCopyOwnId(calendarId: string, eventId: string, attendeeEmail: string, newId: string): Event {
    const calendar = calendarFor(calendarId);
    const event = readable(calendar, eventId);
    if (event.organizer !== calendar.key)
      throw invalid("Only the organizer's calendar holds the original: give the organizer's calendar and id.");
    const key = typeof attendeeEmail === 'string' ? lower(attendeeEmail) : '';
    if (key === event.organizer) throw invalid("The organizer's copy is the original; it keeps its id.");
    const attendeeCalendar = calendars.get(key);
    if (!attendeeCalendar || !(event.attendees ?? []).some((a) => lower(a.email ?? '') === key)) throw notFound();
    // [event] id's base32hex rule, with one leading '_' allowed. CHOICE (UNCONFIRMED): events Google Calendar
    // imports from other systems' invitations are seen with ids of that form.
    if (typeof newId !== 'string' || !/^_?[a-v0-9]{5,1024}$/.test(newId))
      throw invalid('Invalid resource id value.', 'id');
    if (event.copyIds?.get(key) === newId) return renderEvent(event, viewFor(attendeeCalendar));
    if (idTaken(newId)) throw duplicate();
    const previous = event.copyIds?.get(key);
    if (previous !== undefined) ownIds.get(key)?.delete(previous);
    event.copyIds ??= new Map();
    event.copyIds.set(key, newId);
    if (!ownIds.has(key)) ownIds.set(key, new Map());
    ownIds.get(key)!.set(newId, event.id);
    // The attendee's sync learns the event under its new id.
    changeSeq += 1;
    changes.push({ seq: changeSeq, key: event.id, seriesId: event.id, calendars: new Set([key]) });
    attendeeCalendar.updated = clock();
    return renderEvent(event, viewFor(attendeeCalendar));
  }

  function expireSyncTokens(calendarId?: string): void {
    const targets = calendarId === undefined ? [...calendars.values()] : [calendarFor(calendarId)];
    for (const calendar of targets) calendar.minTokenSerial = tokenSerial + 1;
  }

  return engine;
}

/** The end of a meeting as long as `series` that starts at `start` (an EventDateTime given without its end). */
function endAfter(start: unknown, series: Timing): EventDateTime {
  const begin = parseTiming(start, start);
  if (begin.allDay) return { date: isoFromDay(begin.startDay + (series.allDay ? series.endDay - series.startDay : 1)) };
  const length = series.allDay ? DAY_MS : series.endMs - series.startMs;
  const end: EventDateTime = { dateTime: formatInZone(begin.startMs + length, 'UTC') };
  const zone = begin.startZone ?? (series.allDay ? undefined : series.endZone);
  if (zone) end.timeZone = zone;
  return end;
}

function rulePart(rule: Rule, name: string): string | undefined {
  return rule.parts.find(([part]) => part === name)?.[1];
}

// ---------------------------------------------------------------------------------------------------------------
// Invariants of what the API returns, for tests: every read can be checked against them.
// ---------------------------------------------------------------------------------------------------------------

const CANCELLED_INSTANCE_KEYS = new Set(['kind', 'etag', 'id', 'status', 'recurringEventId', 'originalStartTime']);

/** Throws an Error listing every way `event` breaks the shape the Calendar API guarantees. */
export function assertValidEvent(event: Event): void {
  const problems: string[] = [];
  const report = (text: string) => problems.push(text);
  if (event.kind !== 'calendar#event') report(`kind is ${JSON.stringify(event.kind)}`);
  if (typeof event.id !== 'string' || event.id === '') report('has no id');
  if (typeof event.etag !== 'string' || !/^".+"$/.test(event.etag))
    report(`etag ${JSON.stringify(event.etag)} is not quoted`);
  if (!STATUSES.includes(event.status ?? '')) report(`status ${JSON.stringify(event.status)}`);
  const stub = event.status === 'cancelled' && Object.keys(event).every((k) => CANCELLED_INSTANCE_KEYS.has(k));
  if (event.recurringEventId !== undefined) {
    const original = event.originalStartTime;
    if (!original || (original.date === undefined) === (original.dateTime === undefined))
      report('instance without a proper originalStartTime');
    else {
      const tail = original.date
        ? original.date.replace(/-/g, '')
        : (() => {
            const ms = parseDateTime(original.dateTime);
            return ms === undefined ? '?' : compactUtc(ms);
          })();
      if (event.id !== `${event.recurringEventId}_${tail}`)
        report(`instance id ${event.id} does not match ${event.recurringEventId}_${tail}`);
    }
    if (event.recurrence !== undefined) report('an instance has a recurrence');
  }
  if (!stub) {
    if (typeof event.iCalUID !== 'string') report('has no iCalUID');
    const { start, end } = event;
    if (!start || !end) report('lacks start or end');
    else if ((start.date === undefined) !== (end.date === undefined))
      report('start and end are not both date or dateTime');
    else if (start.date !== undefined) {
      const s = parseIsoDay(start.date);
      const e = parseIsoDay(end.date);
      if (s === undefined || e === undefined || e <= s) report(`all-day span ${start.date}..${end.date}`);
    } else {
      const s = parseDateTime(start.dateTime);
      const e = parseDateTime(end.dateTime);
      if (s === undefined || e === undefined) report(`dateTime without offset: ${start.dateTime} / ${end.dateTime}`);
      else if (e < s) report('ends before it starts');
    }
    const selves = (event.attendees ?? []).filter((a) => a.self);
    if (selves.length > 1) report('more than one attendee is self');
    const organizers = (event.attendees ?? []).filter((a) => a.organizer);
    if (organizers.some((a) => lower(a.email ?? '') !== lower(event.organizer?.email ?? '')))
      report('an attendee marked organizer is not the organizer');
  }
  if (problems.length > 0) throw new Error(`Invalid event ${event.id}: ${problems.join('; ')}`);
}
