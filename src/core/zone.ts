// The user's time zone: which IANA names are accepted, and which zone "today" is reckoned in.
import type { Account } from './link';

/** Area/Location names (with up to two more parts), "UTC", and the Etc/GMT±N family; the shape comes before Intl. */
const ZONE_SHAPE = /^(?:[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2})$/;
const MAX_ZONE_LENGTH = 64;

/**
 * Whether `zone` is an IANA time zone this runtime knows. Whether `Utilities.formatDate` refuses an unknown zone or
 * quietly uses GMT is not documented (docs/PLATFORM.md, Time zones), so a bad name is stopped here, before it is kept.
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > MAX_ZONE_LENGTH || !ZONE_SHAPE.test(zone))
    return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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
