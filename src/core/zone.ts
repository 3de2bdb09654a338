// The user's time zone: which IANA names are accepted, and which zone "today" is reckoned in.
import type { Account } from './link';

/** Slash-separated names of letters, digits, `_`, `-` and `+`, each starting with a letter ("Etc/GMT+5"). */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z][A-Za-z0-9_+-]*)*$/;
const MAX_ZONE_LENGTH = 64;

/** Intl's name for a zone; a RangeError for a zone it does not know. */
export type ZoneLookup = (zone: string) => unknown;

const intlZone: ZoneLookup = (zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

/**
 * An IANA time zone name Intl knows, in Intl's own capitals when only their case differs from what was sent
 * ("asia/tokyo" → "Asia/Tokyo"), else undefined. Whether `Utilities.formatDate` refuses an unknown zone or quietly
 * uses GMT is not documented, nor which zones Apps Script's Intl knows (docs/PLATFORM.md, Time zones), so a name of
 * the wrong shape is stopped here, whatever Intl would make of it, before it is used or kept.
 */
export function knownTimeZone(value: unknown, lookup: ZoneLookup = intlZone): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_ZONE_LENGTH || !ZONE_SHAPE.test(value)) return undefined;
  try {
    const resolved = lookup(value);
    return typeof resolved === 'string' && resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    // RangeError for a zone Intl does not know; no Intl at all is no way to know either.
    return undefined;
  }
}

export const isTimeZone = (zone: unknown): zone is string => knownTimeZone(zone) !== undefined;

/**
 * The zone a user's "today" is in: the one their sidebar sends with this call, else the last one it sent, else that of
 * the calendar the Doc's series is read from, and the script's own (the manifest's, the same for every user of an
 * add-on) only as a last resort.
 */
export function userTimeZone(
  sent: string | undefined,
  account: Account,
  calendarZone: string | undefined,
  scriptZone: string,
): string {
  return sent ?? account.timeZone ?? (isTimeZone(calendarZone) ? calendarZone : undefined) ?? scriptZone;
}
