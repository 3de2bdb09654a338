// What links a Doc to its recurring 1:1 (shared, in document properties) and each user's own bookkeeping (user properties).
import type { Settings } from '../shared/settings';
import type { KnownTimes } from './occurrences';
import { readStoredSettings } from './settings';

/** Stored in the Doc's properties: both participants' triggers read it. */
export interface Link {
  /** The calendar the linking user chose it from; other participants read the event from their own primary calendar. */
  calendarId: string;
  eventId: string;
  iCalUID: string;
  /** The event's own zone: headings show the meeting's date there, whatever the script's zone is. */
  timeZone: string;
  title: string;
  attendees: string[];
  /** The series' organiser, lower-cased: with the one other attendee, the two people of the 1:1. */
  organizer?: string;
  documentId: string;
  linkedBy: string;
  linkedAt: string;
  /**
   * Series this one continued, oldest first, so their sections stay recognised after a split and their meetings
   * count in the cadence; `endedAt`, the end of each one's last meeting, says when it no longer needs reading.
   */
  previous?: { eventId: string; iCalUID: string; endedAt?: string }[];
}

/**
 * One user's state for one Doc, in that user's properties. The user's one hourly trigger serves every Doc that has a
 * Book, so the Books are the list of this user's linked Docs.
 */
export interface Book {
  documentId: string;
  /**
   * Written by versions that installed a trigger per Doc; read only to merge those triggers into one
   * (see `Account`), never written again.
   */
  legacyTriggers?: string[];
  /** This user's copy of the notes' tab, for a trigger that cannot read the Doc's properties. */
  tabId?: string;
  /** This user's own id for the series when their calendar knows it under another id than the link's. */
  localEventId?: string;
  /** The zone of the calendar this user reads the series from (Calendar's answers carry it): a fallback for "today". */
  calendarTimeZone?: string;
  /** Epoch ms before which a tick has nothing to do; 0 or absent: look now. */
  nextCheckAt?: number;
  /** The digest of moves and cancellations last written into the Doc. */
  digest?: string;
  /**
   * The key of the next meeting whose section this user's run found or put in the Doc: while it stays the next
   * meeting, the hourly look until it starts reads only Calendar.
   */
  preparedKey?: string;
  /** This user may no longer edit the Doc: runs wait until their sidebar is open in it again. */
  noAccess?: boolean;
  /** The series has ended and no successor was found: ticks do no work until the calendar changes. */
  ended?: boolean;
  /** Upcoming meetings as last seen while on: a meeting moved and then cancelled keeps its moved time and link. */
  knownTimes?: KnownTimes;
  /**
   * This user's copies of the Doc's link and settings: a trigger that works on several Docs may read only its own
   * Doc's properties, if any (docs/PLATFORM.md, Properties), so the copies stand in and are refreshed by the sidebar.
   */
  link?: Link;
  settings?: Settings;
}

/** One of this user's installable triggers and the Doc it was created in (a trigger does not say which). */
export interface TriggerRef {
  uid: string;
  documentId: string;
}

/** What one user keeps once for all their Docs: their time zone and the triggers that serve every linked Doc. */
export interface Account {
  /** The IANA zone the user's sidebar last sent; "today" for their triggers. */
  timeZone?: string;
  hourly?: TriggerRef;
  calendar?: TriggerRef;
  /** Why sections are not added on their own, or why changes are checked hourly, in words. */
  automaticNote?: string;
  /** Linked Docs found deleted, newest last: what happened to them and to this user's records of them. */
  gone?: GoneDoc[];
}

export interface GoneDoc {
  documentId: string;
  at: string;
  /** How many of this user's private points for it were removed with it. */
  privatePoints: number;
  message: string;
}

/** Enough to say what happened lately; each entry is a short line. */
export const MAX_GONE = 10;

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2048;

function parseObject(raw: string | null | undefined): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function readLink(raw: string | null | undefined): Link | undefined {
  const v = parseObject(raw);
  if (!v) return undefined;
  const fields = ['calendarId', 'eventId', 'iCalUID', 'timeZone', 'documentId', 'linkedBy', 'linkedAt'] as const;
  if (!fields.every((f) => isString(v[f])) || typeof v.title !== 'string') return undefined;
  if (!Array.isArray(v.attendees) || !v.attendees.every(isString)) return undefined;
  const previous = Array.isArray(v.previous)
    ? v.previous
        .filter(
          (p): p is { eventId: string; iCalUID: string; endedAt?: unknown } =>
            typeof p === 'object' && p !== null && isString(p.eventId) && isString(p.iCalUID),
        )
        .map((p) => ({
          eventId: p.eventId,
          iCalUID: p.iCalUID,
          ...(isString(p.endedAt) && !Number.isNaN(Date.parse(p.endedAt)) ? { endedAt: p.endedAt } : {}),
        }))
    : [];
  return {
    calendarId: v.calendarId as string,
    eventId: v.eventId as string,
    iCalUID: v.iCalUID as string,
    timeZone: v.timeZone as string,
    title: v.title,
    attendees: v.attendees as string[],
    ...(isString(v.organizer) ? { organizer: v.organizer.toLowerCase() } : {}),
    documentId: v.documentId as string,
    linkedBy: v.linkedBy as string,
    linkedAt: v.linkedAt as string,
    ...(previous.length > 0 ? { previous: previous.slice(-10) } : {}),
  };
}

/** At most a handful of well-formed entries: anything else is forgotten, and only costs a time not shown. */
function readKnownTimes(value: unknown): KnownTimes | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const known: KnownTimes = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>).slice(0, 10)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { start, end, htmlLink } = entry as Record<string, unknown>;
    if (!isString(start) || !isString(end)) continue;
    known[key] = { start, end, ...(isString(htmlLink) && htmlLink.startsWith('https://') ? { htmlLink } : {}) };
  }
  return Object.keys(known).length > 0 ? known : undefined;
}

export function readBook(raw: string | null | undefined, documentId: string): Book {
  const v = parseObject(raw);
  const book: Book = { documentId };
  if (!v) return book;
  const legacy = [v.hourlyTrigger, v.calendarTrigger, ...(Array.isArray(v.legacyTriggers) ? v.legacyTriggers : [])];
  const legacyTriggers = legacy.filter(isString).slice(0, 4);
  if (legacyTriggers.length > 0) book.legacyTriggers = legacyTriggers;
  if (isString(v.localEventId)) book.localEventId = v.localEventId;
  if (isString(v.tabId)) book.tabId = v.tabId;
  if (isString(v.calendarTimeZone)) book.calendarTimeZone = v.calendarTimeZone;
  if (typeof v.nextCheckAt === 'number' && Number.isFinite(v.nextCheckAt)) book.nextCheckAt = v.nextCheckAt;
  if (isString(v.digest)) book.digest = v.digest;
  if (isString(v.preparedKey)) book.preparedKey = v.preparedKey;
  if (v.noAccess === true) book.noAccess = true;
  if (v.ended === true) book.ended = true;
  const knownTimes = readKnownTimes(v.knownTimes);
  if (knownTimes) book.knownTimes = knownTimes;
  const link = readLink(JSON.stringify(v.link ?? null));
  if (link) book.link = link;
  if (typeof v.settings === 'object' && v.settings !== null) {
    const { settings, problems } = readStoredSettings(JSON.stringify(v.settings));
    if (problems.length === 0) book.settings = settings;
  }
  return book;
}

function readTriggerRef(value: unknown): TriggerRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { uid, documentId } = value as Record<string, unknown>;
  return isString(uid) && isString(documentId) ? { uid, documentId } : undefined;
}

/** A corrupt or missing account reads as empty: the next sidebar open or trigger run rebuilds it. */
export function readAccount(raw: string | null | undefined, isTimeZone: (zone: string) => boolean): Account {
  const v = parseObject(raw);
  const account: Account = {};
  if (!v) return account;
  if (isString(v.timeZone) && isTimeZone(v.timeZone)) account.timeZone = v.timeZone;
  const hourly = readTriggerRef(v.hourly);
  if (hourly) account.hourly = hourly;
  const calendar = readTriggerRef(v.calendar);
  if (calendar) account.calendar = calendar;
  if (isString(v.automaticNote)) account.automaticNote = v.automaticNote.slice(0, 300);
  if (Array.isArray(v.gone)) {
    const gone = v.gone.filter(
      (g): g is GoneDoc =>
        typeof g === 'object' &&
        g !== null &&
        isString(g.documentId) &&
        isString(g.at) &&
        isString(g.message) &&
        Number.isInteger(g.privatePoints),
    );
    if (gone.length > 0) account.gone = gone.slice(-MAX_GONE);
  }
  return account;
}
