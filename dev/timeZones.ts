// Wall time in an IANA time zone ↔ epoch milliseconds, and RFC 3339 formatting with the zone's offset, through Intl.
//
// Why Intl and not a table: Node ships full ICU, so every zone and every past and future rule change is already
// there; a hand-written table would go stale. Pure functions, no state but a cache of formatters (they are costly).
//
// Rules (quoted as [rfc5545] / [rfc3339]):
//   [rfc5545] https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5 (DATE-TIME, "FORM #3: DATE WITH LOCAL TIME AND TIME
//             ZONE REFERENCE"): a local time that occurs twice "refers to the first occurrence of the referenced
//             time"; one that does not occur "is interpreted using the UTC offset before the gap in local times".
//   [rfc3339] https://www.rfc-editor.org/rfc/rfc3339#section-5.6 (date-time with time-offset "Z" or ±HH:MM).

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as Date.prototype.getUTCDay counts. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whole seconds, rounding toward minus infinity: the wall clock shows 10:00:00 until 10:00:00.999. */
const floorToSecond = (epochMs: number) => Math.floor(epochMs / 1000) * 1000;

const DAY_MS = 86_400_000;

/** Date.UTC without its two-digit-year quirk (years 0–99 would mean 1900–1999). */
function utcOf(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The zone's offset at an instant, read from Intl's wall-clock fields (costly: one formatToParts). */
function exactOffset(epochMs: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) fields[part.type] = part.value;
  // Intl writes 1 BC as year 1 with era "BC"; astronomical years count it as 0.
  const yearOfEra = Number(fields.year);
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall = utcOf(
    year,
    Number(fields.month),
    Number(fields.day),
    Number(fields.hour),
    Number(fields.minute),
    Number(fields.second),
  );
  return wall - floorToSecond(epochMs);
}

// Offsets at each UTC midnight, per zone. Why: expanding a series asks for thousands of offsets, and formatToParts
// costs microseconds each. When a day starts and ends on the same offset it has no change inside (no zone changes
// its offset twice within one day), so the cached value is exact; on a day with a change the exact reading is used.
const midnightOffsets = new Map<string, Map<number, number>>();

function offsetAtMidnight(day: number, timeZone: string): number {
  let byDay = midnightOffsets.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    midnightOffsets.set(timeZone, byDay);
  }
  let offset = byDay.get(day);
  if (offset === undefined) {
    offset = exactOffset(day * DAY_MS, timeZone);
    byDay.set(day, offset);
  }
  return offset;
}

/** The zone's offset from UTC at an instant, in milliseconds (New York in winter: -5 h). */
export function offsetAt(epochMs: number, timeZone: string): number {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a time: ${epochMs}`);
  const day = Math.floor(epochMs / DAY_MS);
  const start = offsetAtMidnight(day, timeZone);
  return start === offsetAtMidnight(day + 1, timeZone) ? start : exactOffset(epochMs, timeZone);
}

/** The wall-clock fields of an instant, as if they were UTC fields (Date.UTC of them). */
function wallClockMs(epochMs: number, timeZone: string): number {
  return floorToSecond(epochMs) + offsetAt(epochMs, timeZone);
}

/** The wall-clock fields of an instant in a zone. Throws RangeError for an unknown zone. */
export function localParts(epochMs: number, timeZone: string): LocalParts {
  const wall = new Date(wallClockMs(epochMs, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/**
 * The instant at which the wall clock of `timeZone` shows `localDateTime` ('YYYY-MM-DDTHH:mm:ss').
 * A time skipped by a forward change (New York, 2026-03-08T02:30:00) is read with the offset before the gap, which
 * lands on the same distance past the change (03:30 EDT); a time that occurs twice (2026-11-01T01:30:00) is the first
 * of the two (EDT). Both as [rfc5545] says, and as Google Calendar expands recurring events.
 * Throws RangeError for a malformed or non-existent date, or an unknown zone.
 */
export function zonedToEpoch(localDateTime: string, timeZone: string): number {
  const match = LOCAL_RE.exec(localDateTime);
  if (!match) throw new RangeError(`Expected YYYY-MM-DDTHH:mm:ss, got ${JSON.stringify(localDateTime)}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = utcOf(year, month, day, hour, minute, second);
  const check = new Date(wall);
  if (
    month < 1 ||
    month > 12 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    throw new RangeError(`No such date-time: ${localDateTime}`);
  // Offsets a day either side cover every zone whose changes are more than two days apart (all of them today).
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the offset before it carries the wall time past the change by the gap's length.
  return wall - before;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function formatYear(year: number): string {
  return year < 0 ? `-${pad(year, 6)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
}

/**
 * RFC 3339 with the zone's offset at that instant: `2026-11-23T10:00:00-05:00`. Whole seconds, as Google writes
 * event times. A zero offset is written `Z`, as Google's own RFC 3339 writer does (google-http-java-client's
 * DateTime.toStringRfc3339 appends 'Z' when the shift is 0), so UTC reads `2026-11-23T15:00:00Z`.
 */
export function formatInZone(epochMs: number, timeZone: string): string {
  const offsetMs = offsetAt(epochMs, timeZone);
  const wall = new Date(floorToSecond(epochMs) + offsetMs);
  const p = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  const clock = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()].map((n) => pad(n)).join(':');
  const offsetMinutes = Math.round(offsetMs / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatYear(p.year)}-${pad(p.month)}-${pad(p.day)}T${clock}${offset}`;
}

// Every IANA name is made of segments that start with a capital letter or a digit ("America/Port-au-Prince",
// "Etc/GMT+5", "EST5EDT"). Intl also accepts lower-case spellings and, on newer engines, bare offsets ("+05:00");
// Google asks for "an IANA Time Zone Database name, e.g. Europe/Zurich" (Event resource, start.timeZone), so neither
// passes here.
const IANA_NAME_RE = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

/** Whether `timeZone` is an IANA zone name this runtime knows ('America/New_York', 'Etc/UTC', 'UTC'). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || !IANA_NAME_RE.test(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
