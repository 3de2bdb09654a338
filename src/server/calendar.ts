// Thin adapter over the Calendar advanced service (v3): the few list and get calls the add-on makes, and its errors in words.
import type { Event, Events, InstancesArgs, ListArgs } from '../types/calendar-api';
import { messageOf } from './errors';

function events(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  if (typeof Calendar === 'undefined' || !Calendar?.Events)
    throw new Error('The Google Calendar API service is not enabled for this script (appsscript.json, dependencies).');
  return Calendar.Events;
}

// The service returns the REST JSON as is; src/types/calendar-api.ts types the fields we read, asserted here.
const asEvents = (value: unknown) => value as Events;

export function getEvent(calendarId: string, eventId: string): Event {
  return events().get(calendarId, eventId) as unknown as Event;
}

/** One page of a series' occurrences, with cancelled ones, their times given in `timeZone`. One call. */
export function listInstances(calendarId: string, eventId: string, args: InstancesArgs): Event[] {
  return (
    asEvents(events().instances(calendarId, eventId, { showDeleted: true, maxResults: 2500, ...args })).items ?? []
  );
}

/** Single instances of every event in a window, in start order. One call. */
export function listWindow(calendarId: string, timeMin: string, timeMax: string): Event[] {
  const args: ListArgs = { singleEvents: true, orderBy: 'startTime', timeMin, timeMax, maxResults: 2500 };
  return asEvents(events().list(calendarId, args)).items ?? [];
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
  const items: Event[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < 20; page++) {
    const args: ListArgs = syncToken
      ? { syncToken, maxResults: 2500, ...(pageToken ? { pageToken } : {}) }
      : { timeMin: fullSyncFrom, maxResults: 2500, showDeleted: true, ...(pageToken ? { pageToken } : {}) };
    const result = asEvents(events().list(calendarId, args));
    items.push(...(result.items ?? []));
    if (!result.nextPageToken)
      return { items, ...(result.nextSyncToken ? { nextSyncToken: result.nextSyncToken } : {}) };
    pageToken = result.nextPageToken;
  }
  return { items };
}

export type CalendarProblem = 'sync-expired' | 'not-found' | 'forbidden' | 'quota' | 'unavailable' | 'other';

/** The HTTP status Apps Script attaches to a failed advanced-service call, when it does. */
function statusOf(error: unknown): number | undefined {
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  return typeof details?.code === 'number' ? details.code : undefined;
}

/** What kind of failure a Calendar call had, from its status or, failing that, its message. */
export function calendarProblem(error: unknown): CalendarProblem {
  const message = messageOf(error);
  const status = statusOf(error);
  // Google's own Apps Script sync sample recognises an expired token by this sentence.
  if (/full sync is required/i.test(message) || (status === 410 && /sync/i.test(message))) return 'sync-expired';
  if (status === 404 || status === 410 || /not found|deleted/i.test(message)) return 'not-found';
  if (status === 429 || /rate limit|quota|too many/i.test(message)) return 'quota';
  if (status === 403 || /forbidden|permission|access/i.test(message)) return 'forbidden';
  if ((status !== undefined && status >= 500) || /backend error|internal error|unavailable|timed out/i.test(message))
    return 'unavailable';
  return 'other';
}

export function describeCalendarProblem(problem: CalendarProblem): string {
  switch (problem) {
    case 'not-found':
      return 'The linked 1:1 event was deleted, or you no longer have access to it. Link the Doc to the current series again.';
    case 'forbidden':
      return 'Google Calendar refused access to the linked 1:1 event. Check that you are still invited, then link again.';
    case 'quota':
      return 'Google Calendar is limiting requests right now; the add-on will try again within the hour.';
    case 'unavailable':
      return 'Google Calendar did not answer; the add-on will try again within the hour.';
    case 'sync-expired':
      return 'The calendar changes feed expired; the add-on read the calendar again in full.';
    default:
      return 'Google Calendar could not be read; the add-on will try again within the hour.';
  }
}
