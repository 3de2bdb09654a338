// What links a Doc to its recurring 1:1 (shared, in document properties) and each user's own bookkeeping (user properties).
import { readStoredSettings, type Settings } from './settings';

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
  documentId: string;
  linkedBy: string;
  linkedAt: string;
  /** Series this one continued, oldest first, so their sections stay recognised after a split. */
  previous?: { eventId: string; iCalUID: string }[];
}

/** One user's state for one Doc, in that user's properties. */
export interface Book {
  documentId: string;
  hourlyTrigger?: string;
  calendarTrigger?: string;
  /** Why there is no calendar trigger, in words (add-ons may not create one). */
  calendarTriggerProblem?: string;
  /** Epoch ms before which a tick has nothing to do; 0 or absent: look now. */
  nextCheckAt?: number;
  /** The digest of moves and cancellations last written into the Doc. */
  digest?: string;
  /** The series has ended and no successor was found: ticks do no work until the calendar changes. */
  ended?: boolean;
  /** Copies of the link and settings, for triggers that cannot read the Doc's properties. */
  link?: Link;
  settings?: Settings;
}

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
    ? v.previous.filter(
        (p): p is { eventId: string; iCalUID: string } =>
          typeof p === 'object' && p !== null && isString(p.eventId) && isString(p.iCalUID),
      )
    : [];
  return {
    calendarId: v.calendarId as string,
    eventId: v.eventId as string,
    iCalUID: v.iCalUID as string,
    timeZone: v.timeZone as string,
    title: v.title,
    attendees: v.attendees as string[],
    documentId: v.documentId as string,
    linkedBy: v.linkedBy as string,
    linkedAt: v.linkedAt as string,
    ...(previous.length > 0 ? { previous: previous.slice(-10) } : {}),
  };
}

export function readBook(raw: string | null | undefined, documentId: string): Book {
  const v = parseObject(raw);
  const book: Book = { documentId };
  if (!v) return book;
  if (isString(v.hourlyTrigger)) book.hourlyTrigger = v.hourlyTrigger;
  if (isString(v.calendarTrigger)) book.calendarTrigger = v.calendarTrigger;
  if (isString(v.calendarTriggerProblem)) book.calendarTriggerProblem = v.calendarTriggerProblem.slice(0, 300);
  if (typeof v.nextCheckAt === 'number' && Number.isFinite(v.nextCheckAt)) book.nextCheckAt = v.nextCheckAt;
  if (isString(v.digest)) book.digest = v.digest;
  if (v.ended === true) book.ended = true;
  const link = readLink(JSON.stringify(v.link ?? null));
  if (link) book.link = link;
  if (typeof v.settings === 'object' && v.settings !== null) {
    const { settings, problems } = readStoredSettings(JSON.stringify(v.settings));
    if (problems.length === 0) book.settings = settings;
  }
  return book;
}
