// Thin adapter over the Calendar advanced service (v3): the few list and get calls the add-on makes, and its errors in words.
import { messageOf, reasonOf, statusOf } from '../shared/errors';
import { type Message, said } from '../shared/messages';
import type { Event, Events, InstancesArgs, ListArgs } from '../types/calendar-api';

function events(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  if (typeof Calendar === 'undefined' || !Calendar?.Events)
    throw new Error('The Google Calendar API service is not enabled for this script (appsscript.json, dependencies).');
  return Calendar.Events;
}

// The service returns the REST JSON as is; src/types/calendar-api.ts types the fields we read, asserted here.
const asEvents = (value: unknown) => value as Events;

/**
 * The most pages one listing may take. Two years of a daily meeting is about 730 items: at the 2500 a page asked for
 * that is one page, and even pages of 8 items would need fewer than 100. The other listings (a two-month window, the
 * changes since the last sync) are usually smaller. More pages than this mean the paging is not converging, and
 * following it would spend the run's time and the user's Calendar quota for nothing.
 */
export const MAX_PAGES = 100;

/** Paging that does not end: a page token seen before, or more than MAX_PAGES pages. */
export class CalendarPagingError extends Error {
  override name = 'CalendarPagingError';
}

/**
 * Every page of one listing, from `pageToken` on. https://developers.google.com/calendar/api/guides/pagination: a
 * page may hold fewer items than maxResults, even none, and still have a nextPageToken; only a missing token ends it,
 * and the nextSyncToken comes on the last page. Returns the items and the last page (for its nextSyncToken) and the
 * first (for its timeZone).
 */
function allPages(
  what: string,
  read: (pageToken: string | undefined) => Events,
  pageToken?: string,
): { items: Event[]; first: Events; last: Events } {
  const items: Event[] = [];
  const seen = new Set<string>(pageToken ? [pageToken] : []);
  let first: Events | undefined;
  let token = pageToken;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = asEvents(read(token));
    first ??= result;
    items.push(...(result.items ?? []));
    if (!result.nextPageToken) return { items, first, last: result };
    if (seen.has(result.nextPageToken))
      throw new CalendarPagingError(`Google Calendar sent a page token it had sent before while listing ${what}.`);
    seen.add(result.nextPageToken);
    token = result.nextPageToken;
  }
  throw new CalendarPagingError(`Google Calendar sent more than ${MAX_PAGES} pages while listing ${what}.`);
}

export function getEvent(calendarId: string, eventId: string): Event {
  return events().get(calendarId, eventId) as unknown as Event;
}

/**
 * A series' occurrences, cancelled ones included, their times given in `timeZone`, every page followed; with the
 * zone of the calendar they were read from (the response's `timeZone`).
 */
export function readInstances(
  calendarId: string,
  eventId: string,
  args: InstancesArgs,
): { items: Event[]; timeZone?: string } {
  const { pageToken, ...rest } = args;
  const query = { showDeleted: true, maxResults: 2500, ...rest };
  const { items, first } = allPages(
    'the occurrences of the 1:1',
    (token) => asEvents(events().instances(calendarId, eventId, token ? { ...query, pageToken: token } : query)),
    pageToken,
  );
  return { items, ...(first.timeZone ? { timeZone: first.timeZone } : {}) };
}

/**
 * The zone of a calendar, as any events listing carries it ("timeZone: The time zone of the calendar", Events
 * resource): one Calendar call of one page, over one minute, within the add-on's `calendar.events.readonly` scope.
 * Calendar's own settings and calendars resources would need a scope the add-on does not ask for (docs/PLATFORM.md,
 * Time zones). No `timeZone` argument, so the zone answered is the calendar's own, whatever that argument would do.
 */
export function calendarTimeZone(calendarId: string, nowMs: number): string | undefined {
  const args: ListArgs = {
    timeMin: new Date(nowMs).toISOString(),
    timeMax: new Date(nowMs + 60_000).toISOString(),
    maxResults: 1,
  };
  return asEvents(events().list(calendarId, args)).timeZone;
}

/** A series' occurrences, cancelled ones included, their times given in `timeZone`. Every page followed. */
export function listInstances(calendarId: string, eventId: string, args: InstancesArgs): Event[] {
  return readInstances(calendarId, eventId, args).items;
}

/** Single instances of every event in a window, in start order. Every page followed. */
export function listWindow(calendarId: string, timeMin: string, timeMax: string): Event[] {
  const args: ListArgs = { singleEvents: true, orderBy: 'startTime', timeMin, timeMax, maxResults: 2500 };
  return allPages('the events of the coming weeks', (token) =>
    asEvents(events().list(calendarId, token ? { ...args, pageToken: token } : args)),
  ).items;
}

/**
 * This calendar's own copy of an event, found by its iCalUID: an attendee's copy may have another id than the
 * organizer's (ids are unique per calendar, the iCalUID is shared; Events resource, `id` and `iCalUID`). The recurring
 * event when the list holds it, else the first item (an exception, whose recurringEventId is the local series id).
 */
export function findLocalCopy(calendarId: string, iCalUID: string): Event | undefined {
  const args: ListArgs = { iCalUID, showDeleted: false, maxResults: 2500 };
  const { items } = allPages('the copies of the 1:1', (token) =>
    asEvents(events().list(calendarId, token ? { ...args, pageToken: token } : args)),
  );
  return items.find((event) => event.recurrence && event.recurrence.length > 0) ?? items[0];
}

/** A 410 answered to a request with a sync token: the token expired, whatever the error's reason says. */
class SyncTokenGone extends Error {
  override name = 'SyncTokenGone';
  details: unknown;
  constructor(cause: unknown) {
    super(messageOf(cause));
    this.details = (cause as { details?: unknown } | null)?.details;
  }
}

/**
 * Every event changed since `syncToken`, or, without a token, the events of a full sync from `fullSyncFrom` on.
 * Pages are followed; the token for next time comes on the last page.
 */
export function listChanges(
  calendarId: string,
  syncToken: string | undefined,
  fullSyncFrom: string,
): { items: Event[]; nextSyncToken?: string } {
  const args: ListArgs = syncToken
    ? { syncToken, maxResults: 2500 }
    : { timeMin: fullSyncFrom, maxResults: 2500, showDeleted: true };
  try {
    const { items, last } = allPages('the calendar changes', (token) =>
      asEvents(events().list(calendarId, token ? { ...args, pageToken: token } : args)),
    );
    return { items, ...(last.nextSyncToken ? { nextSyncToken: last.nextSyncToken } : {}) };
  } catch (error) {
    // https://developers.google.com/calendar/api/guides/sync: an invalidated sync token is answered with a 410.
    if (syncToken && statusOf(error) === 410) throw new SyncTokenGone(error);
    throw error;
  }
}

export type CalendarProblem = 'sync-expired' | 'not-found' | 'forbidden' | 'quota' | 'unavailable' | 'paging' | 'other';

const nameOf = (error: unknown) => (error as { name?: unknown } | null)?.name;

// https://developers.google.com/calendar/api/guides/errors: "403: Calendar usage limits exceeded" (quotaExceeded),
// "403: Rate limit exceeded" / "429: Too many requests" (rateLimitExceeded), "403: User rate limit exceeded".
const QUOTA_REASONS = new Set(['quotaExceeded', 'rateLimitExceeded', 'userRateLimitExceeded']);
const QUOTA_WORDS = /rate limit|quota|usage limit|too many/i;

/**
 * What kind of failure a Calendar call had: by its HTTP status and reason (the errors guide above), and by the
 * message's words only when there is no status (errors of our own, or a service that attached none).
 */
export function calendarProblem(error: unknown): CalendarProblem {
  if (nameOf(error) === 'CalendarPagingError') return 'paging';
  if (nameOf(error) === 'SyncTokenGone') return 'sync-expired';
  const message = messageOf(error);
  const status = statusOf(error);
  const reason = reasonOf(error);
  if (status !== undefined) {
    if (status === 429 || (reason !== undefined && QUOTA_REASONS.has(reason))) return 'quota';
    if (status === 410) {
      // Google's own Apps Script sync sample recognises an expired token by this sentence, so it is Google's too.
      if (reason === 'fullSyncRequired' || (reason === undefined && /full sync is required/i.test(message)))
        return 'sync-expired';
      return 'not-found'; // "deleted": the event is gone
    }
    if (status === 404) return 'not-found';
    // A 403 without a reason says what it is only in words; a limit must not read as lost access.
    if (status === 403) return reason === undefined && QUOTA_WORDS.test(message) ? 'quota' : 'forbidden';
    if (status >= 500) return 'unavailable';
    return 'other';
  }
  if (/full sync is required/i.test(message)) return 'sync-expired';
  if (/not found|deleted/i.test(message)) return 'not-found';
  if (QUOTA_WORDS.test(message)) return 'quota';
  if (/forbidden|permission|access/i.test(message)) return 'forbidden';
  if (/backend error|internal error|unavailable|timed out/i.test(message)) return 'unavailable';
  return 'other';
}

const CALENDAR_MESSAGES: Record<CalendarProblem, Message> = {
  'not-found': said('calendar.eventGone'),
  forbidden: said('calendar.forbidden'),
  quota: said('calendar.busy'),
  unavailable: said('calendar.noAnswer'),
  'sync-expired': said('calendar.syncExpired'),
  paging: said('calendar.paging'),
  other: said('calendar.unreadable'),
};

/** What a person reads of a Calendar failure. */
export const describeCalendarProblem = (problem: CalendarProblem): Message => CALENDAR_MESSAGES[problem];
