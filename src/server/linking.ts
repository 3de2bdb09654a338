// Linking a Doc to its recurring 1:1: choosing the series, storing the link and settings, and this user's triggers.
import type { Book, Link } from '../core/link';
import { MAX_GONE } from '../core/link';
import { attendeeEmails } from '../core/successor';
import { checkLinkOptions, checkSettingsPatch } from '../core/validate';
import { UserError } from '../shared/errors';
import type { Settings } from '../shared/settings';
import type { RecurringSeries } from '../shared/types';
import type { Event } from '../types/calendar-api';
import { calendarProblem, describeCalendarProblem, getEvent, listWindow } from './calendar';
import { forgetKept } from './kept';
import { forgetNotes } from './notes';
import {
  forgetRunRecords,
  loadAccount,
  loadBook,
  loadShared,
  removeLink,
  saveAccount,
  saveBook,
  saveLink,
  saveSettings,
} from './properties';
import { forgetRequests } from './requests';

const DAY_MS = 86_400_000;

/**
 * The user's upcoming recurring events, one row per series, those with exactly two people first (a 1:1), then by
 * their next start. One Calendar call: the instances of the next two months, grouped by series.
 */
export function recurringSeries(nowMs: number): RecurringSeries[] {
  let items: Event[];
  try {
    items = listWindow('primary', new Date(nowMs).toISOString(), new Date(nowMs + 62 * DAY_MS).toISOString());
  } catch (error) {
    throw new UserError(describeCalendarProblem(calendarProblem(error)));
  }
  const bySeries = new Map<string, RecurringSeries>();
  for (const ev of items) {
    if (!ev.recurringEventId || ev.status === 'cancelled' || bySeries.has(ev.recurringEventId)) continue;
    bySeries.set(ev.recurringEventId, {
      calendarId: 'primary',
      eventId: ev.recurringEventId,
      title: ev.summary ?? '(no title)',
      attendees: (ev.attendees ?? [])
        .filter((a) => a.email && !a.resource)
        .map((a) => ({ email: a.email!, ...(a.self ? { self: true } : {}) })),
      nextStart: ev.start?.dateTime ?? ev.start?.date ?? '',
    });
  }
  const isOneOnOne = (s: RecurringSeries) => (s.attendees.length === 2 ? 0 : 1);
  return [...bySeries.values()].sort((a, b) => isOneOnOne(a) - isOneOnOne(b) || a.nextStart.localeCompare(b.nextStart));
}

function readSeries(calendarId: string, eventId: string): Event {
  let event: Event;
  try {
    event = getEvent(calendarId, eventId);
    // An occurrence was chosen: link its series.
    if (event.recurringEventId) event = getEvent(calendarId, event.recurringEventId);
  } catch (error) {
    throw new UserError(describeCalendarProblem(calendarProblem(error)));
  }
  if (event.status === 'cancelled') throw new UserError('That event was deleted. Choose your current recurring 1:1.');
  if (!event.recurrence || event.recurrence.length === 0 || !event.id || !event.iCalUID)
    throw new UserError(`“${event.summary ?? 'That event'}” does not repeat. Choose your recurring 1:1.`);
  return event;
}

/** Validates, checks the event, and stores the link and settings in the Doc and this user's copy of them. */
export function link(options: unknown, documentId: string, email: string, nowMs: number, fallbackZone: string): void {
  const checked = checkLinkOptions(options);
  if (!checked.ok) throw new UserError(checked.error);
  const { calendarId, eventId, ...patch } = checked.value;
  const event = readSeries(calendarId, eventId);
  const shared = loadShared();
  const sameSeries = shared.link?.eventId === event.id || shared.link?.iCalUID === event.iCalUID;
  const newLink: Link = {
    calendarId,
    eventId: event.id!,
    iCalUID: event.iCalUID!,
    timeZone: event.start?.timeZone ?? fallbackZone,
    title: event.summary ?? '1:1',
    attendees: attendeeEmails(event),
    ...(event.organizer?.email ? { organizer: event.organizer.email.toLowerCase() } : {}),
    documentId,
    linkedBy: sameSeries && shared.link ? shared.link.linkedBy : email,
    linkedAt: sameSeries && shared.link ? shared.link.linkedAt : new Date(nowMs).toISOString(),
    ...(sameSeries && shared.link?.previous ? { previous: shared.link.previous } : {}),
  };
  // The other participant reads the series from their own primary calendar, where its id may differ: only the
  // linker's choice is kept, and this user's own id goes into their Book.
  if (sameSeries && shared.link) {
    newLink.calendarId = shared.link.calendarId;
    newLink.eventId = shared.link.eventId;
  }
  const settings: Settings = { ...shared.settings, ...patch };
  saveSettings(settings);
  saveLink(newLink);
  const book: Book = {
    documentId,
    nextCheckAt: 0,
    link: newLink,
    settings,
    ...(event.id !== newLink.eventId ? { localEventId: event.id! } : {}),
  };
  saveBook(book);
}

/**
 * Removes this user's part for the Doc: their Book, sync token, status and request ids. The Doc, its link and
 * settings stay for the other person, and this user's private points stay until they delete them.
 */
export function unlink(documentId: string): void {
  forgetRunRecords(documentId);
  forgetRequests(documentId);
}

/**
 * Unlinks the Doc from its series for both people: the shared link goes (the settings stay, for a later link), and
 * so does this user's part. The other person's records go when their sidebar next opens here; until then their
 * trigger sees the link gone wherever it can read this Doc's properties (docs/PLATFORM.md, Properties).
 */
export function unlinkForBoth(documentId: string, at: string): void {
  removeLink(at);
  unlink(documentId);
}

/**
 * A linked Doc was found deleted: every record this user kept for it goes, private points included (nothing can be
 * shared into a Doc that is gone), and their account says so in one line.
 */
export function forgetDeletedDoc(documentId: string, at: string, message: string): void {
  forgetRunRecords(documentId);
  forgetRequests(documentId);
  const privatePoints = forgetNotes(documentId);
  forgetKept(documentId);
  const account = loadAccount();
  const said =
    privatePoints > 0
      ? `${message} Your ${privatePoints} private point${privatePoints > 1 ? 's' : ''} for it went with it.`
      : message;
  account.gone = [...(account.gone ?? []), { documentId, at, privatePoints, message: said }].slice(-MAX_GONE);
  saveAccount(account);
}

export function changeSettings(patch: unknown, documentId: string): void {
  const checked = checkSettingsPatch(patch);
  if (!checked.ok) throw new UserError(checked.error);
  const settings: Settings = { ...loadShared().settings, ...checked.value };
  saveSettings(settings);
  const book = loadBook(documentId);
  if (book.link) {
    book.settings = settings;
    // A new lead time can make a section due now: let the next tick look.
    book.nextCheckAt = 0;
    saveBook(book);
  }
}
