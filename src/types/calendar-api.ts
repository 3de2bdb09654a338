// The Google Calendar API v3 JSON shapes the add-on reads, typed from the public REST reference.
//
// Source: https://developers.google.com/calendar/api/v3/reference/events (Event resource),
// .../events/list, .../events/instances, .../events/get, and the sync guide
// https://developers.google.com/calendar/api/guides/sync. @types/google-apps-script types the Calendar advanced
// service's results as its own Schema.Event, which lacks nothing we need but is loose; these are the fields used here.

/** Either `date` (an all-day event, "YYYY-MM-DD") or `dateTime` (RFC 3339 with offset), with an optional IANA zone. */
export interface EventDateTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

export interface EventAttendee {
  email?: string;
  displayName?: string;
  /** This attendee is the owner of the calendar the event was read from. */
  self?: boolean;
  organizer?: boolean;
  resource?: boolean;
  optional?: boolean;
  responseStatus?: 'needsAction' | 'declined' | 'tentative' | 'accepted';
}

export interface Event {
  kind?: 'calendar#event';
  id?: string;
  etag?: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  htmlLink?: string;
  created?: string;
  updated?: string;
  summary?: string;
  description?: string;
  location?: string;
  creator?: { email?: string; displayName?: string; self?: boolean };
  organizer?: { email?: string; displayName?: string; self?: boolean };
  start?: EventDateTime;
  end?: EventDateTime;
  endTimeUnspecified?: boolean;
  /** RRULE, EXRULE, RDATE and EXDATE lines (RFC 5545), on the recurring event itself only. */
  recurrence?: string[];
  /** On an instance or exception: the id of the recurring event it belongs to. */
  recurringEventId?: string;
  /** On an instance or exception: when it would have started had it not been moved. */
  originalStartTime?: EventDateTime;
  transparency?: 'opaque' | 'transparent';
  visibility?: string;
  iCalUID?: string;
  sequence?: number;
  attendees?: EventAttendee[];
  attendeesOmitted?: boolean;
  guestsCanModify?: boolean;
  eventType?: string;
}

export interface Events {
  kind?: 'calendar#events';
  summary?: string;
  description?: string;
  updated?: string;
  timeZone?: string;
  accessRole?: string;
  nextPageToken?: string;
  /** Only on the last page of a list. */
  nextSyncToken?: string;
  items?: Event[];
}

/** The optional arguments of Events.list, as Apps Script's advanced service takes them. */
export interface ListArgs {
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  timeMin?: string;
  timeMax?: string;
  showDeleted?: boolean;
  maxResults?: number;
  pageToken?: string;
  syncToken?: string;
  timeZone?: string;
  iCalUID?: string;
  q?: string;
  updatedMin?: string;
  privateExtendedProperty?: string;
  sharedExtendedProperty?: string;
}

/** The optional arguments of Events.instances. */
export interface InstancesArgs {
  timeMin?: string;
  timeMax?: string;
  showDeleted?: boolean;
  maxResults?: number;
  pageToken?: string;
  timeZone?: string;
  originalStart?: string;
}
