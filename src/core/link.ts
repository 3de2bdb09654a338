// What links a Doc to its recurring 1:1 (shared, in document properties) and each user's own bookkeeping (user properties).
import { isMessage, isMessageList, type Message } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { isObject, parseStored, storedObject } from '../shared/stored';
import type { AutomationHealth, RunStatus, RunWrite } from '../shared/types';
import { isValidIsoDate } from './dates';
import type { KnownTimes } from './occurrences';
import { settingsFrom } from './settings';
import { readSnapshot, type SeriesSnapshot } from './snapshot';
import { utf8Bytes } from './text';

/** A series a link followed on from ("this and following", or a relink the Doc's mark named). */
export interface PreviousSeries {
  eventId: string;
  iCalUID: string;
  endedAt?: string;
}

/** Enough to know a mark naming any recent series, and small enough for the record. */
const MAX_PREVIOUS = 10;

/** The series a link has been: its own first, then the ones it followed on from. */
export function knownSeries(link: Pick<Link, 'iCalUID' | 'previous'>): string[] {
  return [link.iCalUID, ...(link.previous ?? []).map((p) => p.iCalUID)];
}

/** A link's earlier series once it moves on from its present one, `endedAt` when the series ended. */
export function previousWith(link: Pick<Link, 'eventId' | 'iCalUID' | 'previous'>, endedAt?: string): PreviousSeries[] {
  const current = { eventId: link.eventId, iCalUID: link.iCalUID, ...(endedAt ? { endedAt } : {}) };
  return [...(link.previous ?? []), current].slice(-MAX_PREVIOUS);
}

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
  /** The names the event gives its people (`displayName`, when Calendar has one), by lower-cased email. */
  names?: Record<string, string>;
  documentId: string;
  linkedBy: string;
  linkedAt: string;
  /**
   * Which link this is (core/marks.ts): new with every link, kept by settings changes and followed splits. The Doc
   * states it too, so a run can tell a stale copy. Absent in links made before it existed.
   */
  gen?: string;
  /**
   * Series this one continued, oldest first, so their sections stay recognised after a split and their meetings
   * count in the cadence; `endedAt`, the end of each one's last meeting, says when it no longer needs reading.
   */
  previous?: PreviousSeries[];
}

/**
 * The two people of a 1:1 series, lower-cased: its organiser and its one other attendee; without an organiser on
 * record, its attendees when there are at most two. Undefined for a series with more people: it is not a 1:1.
 */
export function pairOf(people: { organizer?: string; attendees: readonly string[] }): string[] | undefined {
  const attendees = [...new Set(people.attendees.map((a) => a.toLowerCase()))];
  const organizer = people.organizer?.toLowerCase();
  if (!organizer) return attendees.length <= 2 ? attendees : undefined;
  const others = attendees.filter((a) => a !== organizer);
  return others.length <= 1 ? [organizer, ...others] : undefined;
}

/** Who could open the Doc when it was last looked up, and when: looked up at most hourly (a call to Drive's sharing). */
export interface SharingSeen {
  at: number;
  editors: string[];
  viewers: string[];
}

/**
 * One user's record of one Doc, in that user's properties: everything they keep for it but their private points
 * (notes.ts), their cached views of it (last-known state, summary) and a calendar trigger's sync token. One value, so
 * that a call reads it once. The Docs whose Book holds a link are the user's linked Docs: their triggers serve those.
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
  /** Epoch ms of this user's last run that read the Doc: a run reads it at least daily, to see its mark. */
  readAt?: number;
  /**
   * The key of the next meeting whose section this user's run found or put in the Doc: while it stays the next
   * meeting, the hourly look until it starts reads only Calendar.
   */
  preparedKey?: string;
  /** This user may no longer edit the Doc: runs wait until their sidebar is open in it again. */
  noAccess?: boolean;
  /** The record names a link that cannot be read: still one of this user's linked Docs, until a sidebar relinks it. */
  damaged?: boolean;
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
  /** The last run's or sidebar action's status for this user, in this Doc. */
  status?: RunStatus;
  /** "Still on?" … Keep answers: item id → times carried when kept, oldest first. */
  kept?: [string, number][];
  /** The series as this user's last Calendar read saw it. */
  snapshot?: SeriesSnapshot;
  sharing?: SharingSeen;
}

/** One of this user's installable triggers and the Doc it was created in (a trigger does not say which). */
export interface TriggerRef {
  uid: string;
  documentId: string;
  /** Epoch ms it was made: a trigger this new has not had its hour yet. */
  at?: number;
}

/** What one user keeps once for all their Docs: their time zone and the triggers that serve every linked Doc. */
export interface Account {
  /** The IANA zone the user's sidebar last sent; "today" for their triggers. */
  timeZone?: string;
  /**
   * The hourly triggers serving all of this user's linked Docs: two, in two of their Docs, once they have two linked
   * Docs, so that losing one Doc never stops the others (docs/ARCHITECTURE.md, Automation).
   */
  hourly?: TriggerRef[];
  calendar?: TriggerRef;
  /** Epoch ms at which an hourly run last did the work: the other trigger finds it done and stops. */
  ranAt?: number;
  /** Epoch ms at which a run last checked that the recorded triggers still exist. */
  triggersCheckedAt?: number;
  /** Why sections are not added on their own, or why changes are checked hourly, in words. */
  automaticNote?: Message;
  /** Linked Docs found deleted, newest last: what happened to them and to this user's records of them. */
  gone?: GoneDoc[];
}

export interface GoneDoc {
  documentId: string;
  at: string;
  /** How many of this user's private points for it were removed with it. */
  privatePoints: number;
  message: Message;
}

/** Enough to say what happened lately; each entry is a short line. */
export const MAX_GONE = 10;

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2048;

export function readLink(raw: string | null | undefined): Link | undefined {
  return linkFrom(parseStored(raw));
}

/** A link from a value already parsed (the Doc's own, or a Book's copy); undefined for anything else. */
function linkFrom(v: unknown): Link | undefined {
  if (!isObject(v)) return undefined;
  const fields = ['calendarId', 'eventId', 'iCalUID', 'timeZone', 'documentId', 'linkedBy', 'linkedAt'] as const;
  if (!fields.every((f) => isString(v[f])) || typeof v.title !== 'string') return undefined;
  if (!Array.isArray(v.attendees) || !v.attendees.every(isString)) return undefined;
  const previous = Array.isArray(v.previous)
    ? v.previous
        .filter(
          (p): p is { eventId: string; iCalUID: string; endedAt?: unknown } =>
            isObject(p) && isString(p.eventId) && isString(p.iCalUID),
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
    ...readNames(v.names),
    documentId: v.documentId as string,
    linkedBy: v.linkedBy as string,
    linkedAt: v.linkedAt as string,
    ...(typeof v.gen === 'string' && /^[0-9a-z]{4,32}$/.test(v.gen) ? { gen: v.gen } : {}),
    ...(previous.length > 0 ? { previous: previous.slice(-MAX_PREVIOUS) } : {}),
  };
}

/** At most a handful of well-formed entries: anything else is forgotten, and only costs a time not shown. */
function readKnownTimes(value: unknown): KnownTimes | undefined {
  if (!isObject(value)) return undefined;
  const known: KnownTimes = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>).slice(0, 10)) {
    if (!isObject(entry)) continue;
    const { start, end, htmlLink } = entry as Record<string, unknown>;
    if (!isString(start) || !isString(end)) continue;
    known[key] = { start, end, ...(isString(htmlLink) && htmlLink.startsWith('https://') ? { htmlLink } : {}) };
  }
  return Object.keys(known).length > 0 ? known : undefined;
}

/** A stored status read back: anything else reads as none (at worst, one missed message). */
export function readStatus(value: unknown): RunStatus | undefined {
  if (!isObject(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (!isString(v.at) || !isMessageList(v.message)) return undefined;
  if (v.outcome !== 'inserted' && v.outcome !== 'nothing to do' && v.outcome !== 'error') return undefined;
  const trigger = v.trigger;
  if (trigger !== 'Hourly check' && trigger !== 'Calendar change' && trigger !== 'Prepare now') return undefined;
  return {
    at: v.at,
    trigger,
    outcome: v.outcome,
    message: v.message,
    ...withWrite(v.wrote),
  };
}

function withWrite(value: unknown): { wrote?: RunWrite } {
  if (!isObject(value)) return {};
  const { at, message, section } = value as Record<string, unknown>;
  if (!isString(at) || !isMessageList(message)) return {};
  return { wrote: { at, message, ...(isString(section) && isValidIsoDate(section) ? { section } : {}) } };
}

/** At most this many Keep answers per Doc: ids are 14 characters, so they take about a kilobyte. */
export const MAX_KEPT = 40;
const MAX_PEOPLE = 25;

const emails = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((e): e is string => isString(e) && e.length <= 320).slice(0, MAX_PEOPLE) : [];

function readSharing(value: unknown): SharingSeen | undefined {
  if (!isObject(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at)) return undefined;
  return { at: v.at, editors: emails(v.editors), viewers: emails(v.viewers) };
}

function readKept(value: unknown): [string, number][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (e): e is [string, number] =>
        Array.isArray(e) && isString(e[0]) && e[0].length <= 64 && Number.isInteger(e[1]) && (e[1] as number) >= 0,
    )
    .slice(-MAX_KEPT);
}

/** A stored Book read back; undefined when it cannot be read at all (a Doc to list as "not read yet"). */
export function readBook(raw: string | null | undefined, documentId: string): Book | undefined {
  const v = storedObject(raw);
  if (!v) return undefined;
  const book: Book = { documentId };
  const status = readStatus(v.status);
  if (status) book.status = status;
  const kept = readKept(v.kept);
  if (kept.length > 0) book.kept = kept;
  const snapshot = readSnapshot(v.snapshot);
  if (snapshot) book.snapshot = snapshot;
  const sharing = readSharing(v.sharing);
  if (sharing) book.sharing = sharing;
  const legacy = [v.hourlyTrigger, v.calendarTrigger, ...(Array.isArray(v.legacyTriggers) ? v.legacyTriggers : [])];
  const legacyTriggers = legacy.filter(isString).slice(0, 4);
  if (legacyTriggers.length > 0) book.legacyTriggers = legacyTriggers;
  if (isString(v.localEventId)) book.localEventId = v.localEventId;
  if (isString(v.tabId)) book.tabId = v.tabId;
  if (isString(v.calendarTimeZone)) book.calendarTimeZone = v.calendarTimeZone;
  if (typeof v.nextCheckAt === 'number' && Number.isFinite(v.nextCheckAt)) book.nextCheckAt = v.nextCheckAt;
  if (isString(v.digest)) book.digest = v.digest;
  if (typeof v.readAt === 'number' && Number.isFinite(v.readAt)) book.readAt = v.readAt;
  if (isString(v.preparedKey)) book.preparedKey = v.preparedKey;
  if (v.noAccess === true) book.noAccess = true;
  if (v.ended === true) book.ended = true;
  const knownTimes = readKnownTimes(v.knownTimes);
  if (knownTimes) book.knownTimes = knownTimes;
  const link = linkFrom(v.link);
  if (link) book.link = link;
  else if (v.link !== undefined || v.damaged === true) book.damaged = true;
  // A copy with any field unsound is not kept: the Doc's own settings, or its mark, give them again.
  const { settings, problems } = settingsFrom(v.settings);
  if (problems.length === 0) book.settings = settings;
  return book;
}

function readTriggerRef(value: unknown): TriggerRef | undefined {
  if (!isObject(value)) return undefined;
  const { uid, documentId, at } = value as Record<string, unknown>;
  if (!isString(uid) || !isString(documentId)) return undefined;
  return { uid, documentId, ...(typeof at === 'number' && Number.isFinite(at) ? { at } : {}) };
}

/** A corrupt or missing account reads as empty: the next sidebar open or trigger run rebuilds it. */
export function readAccount(raw: string | null | undefined, isTimeZone: (zone: string) => boolean): Account {
  const v = storedObject(raw);
  const account: Account = {};
  if (!v) return account;
  if (isString(v.timeZone) && isTimeZone(v.timeZone)) account.timeZone = v.timeZone;
  // One reference in versions with a single trigger, a list since.
  const hourly = (Array.isArray(v.hourly) ? v.hourly : [v.hourly]).map(readTriggerRef).filter((r) => r !== undefined);
  if (hourly.length > 0) account.hourly = hourly.slice(0, 2);
  for (const field of ['ranAt', 'triggersCheckedAt'] as const) {
    const at = v[field];
    if (typeof at === 'number' && Number.isFinite(at)) account[field] = at;
  }
  const calendar = readTriggerRef(v.calendar);
  if (calendar) account.calendar = calendar;
  if (isMessage(v.automaticNote)) account.automaticNote = v.automaticNote;
  if (Array.isArray(v.gone)) {
    const gone = v.gone.filter(
      (g): g is GoneDoc =>
        isObject(g) &&
        isString(g.documentId) &&
        isString(g.at) &&
        isMessage(g.message) &&
        Number.isInteger(g.privatePoints),
    );
    if (gone.length > 0) account.gone = gone.slice(-MAX_GONE);
  }
  return account;
}

/**
 * A Book as stored: within `maxBytes` of UTF-8, whatever it holds. What can be had again goes first when it must: the
 * sharing seen (looked up again), the series' older meetings (read again from Calendar), the Keep answers (asked
 * again), the moved meetings' times. Its link, settings, schedule and status always stay, and they are small.
 */
export function bookRecord(book: Book, maxBytes: number): string {
  const { legacyTriggers: _merged, ...kept } = book;
  let record: Book = kept;
  const fits = () => utf8Bytes(JSON.stringify(record)) <= maxBytes;
  const shrinks: ((b: Book) => Book)[] = [
    ({ sharing: _s, ...rest }) => rest,
    (b) => (b.snapshot ? { ...b, snapshot: { ...b.snapshot, occ: b.snapshot.occ.slice(-8) } } : b),
    (b) => (b.kept ? { ...b, kept: b.kept.slice(-10) } : b),
    ({ knownTimes: _k, kept: _a, snapshot: _n, ...rest }) => rest,
  ];
  for (const shrink of shrinks) {
    if (fits()) break;
    record = shrink(record);
  }
  return JSON.stringify(record);
}

/**
 * What a user keeps of a Doc they did not link (the status of an action, the series as they last read it, the sharing
 * they were shown, their Keep answers), without the link or schedule that would make it one of their linked Docs.
 */
export function lentBook(book: Book): Book {
  const { documentId, status, kept, snapshot, sharing, calendarTimeZone } = book;
  return {
    documentId,
    ...(status ? { status } : {}),
    ...(kept ? { kept } : {}),
    ...(snapshot ? { snapshot } : {}),
    ...(sharing ? { sharing } : {}),
    ...(calendarTimeZone ? { calendarTimeZone } : {}),
  };
}

/** An hourly trigger runs about every hour: three without a run means none of this user's can fire. */
export const STALLED_AFTER_MS = 3 * 3_600_000;

/** Whether this user's automatic preparation is running, as their account shows it; undefined when it is, or need not be. */
export function automationHealth(account: Account, linkedDocs: number, nowMs: number): AutomationHealth | undefined {
  if (linkedDocs === 0) return undefined;
  const lastRunAt = account.ranAt !== undefined ? { lastRunAt: new Date(account.ranAt).toISOString() } : {};
  if (!account.hourly?.length) return { state: 'off', ...lastRunAt };
  const newest = Math.max(account.ranAt ?? Number.NEGATIVE_INFINITY, ...account.hourly.map((t) => t.at ?? 0));
  if (account.ranAt !== undefined && nowMs - newest > STALLED_AFTER_MS) return { state: 'stalled', ...lastRunAt };
  return undefined;
}

/** At most this many names, each this long: a 1:1 has two people, and a name is not a paragraph. */
const MAX_NAMES = 10;
const MAX_NAME_LENGTH = 100;

function readNames(value: unknown): { names?: Record<string, string> } {
  if (!isObject(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>)
    .filter((e): e is [string, string] => isString(e[1]) && e[1].length <= MAX_NAME_LENGTH && e[0].includes('@'))
    .slice(0, MAX_NAMES);
  return entries.length > 0 ? { names: Object.fromEntries(entries) } : {};
}

/** The names an event gives its organiser and attendees, by lower-cased email; Calendar gives one only for some. */
export function eventNames(event: {
  organizer?: { email?: string; displayName?: string };
  attendees?: { email?: string; displayName?: string; resource?: boolean }[];
}): { names?: Record<string, string> } {
  const people = [event.organizer, ...(event.attendees ?? []).filter((a) => !a.resource)];
  const names = people.flatMap((p) => {
    const name = p?.displayName?.trim();
    return p?.email && name ? [[p.email.toLowerCase(), name.slice(0, MAX_NAME_LENGTH)] as const] : [];
  });
  return names.length > 0 ? { names: Object.fromEntries(names.slice(0, MAX_NAMES)) } : {};
}

/** The series a recurring event is, as a link: the same reading whether a person links it or a run follows it. */
export function linkOfEvent(
  event: {
    id?: string;
    iCalUID?: string;
    summary?: string;
    start?: { timeZone?: string };
    organizer?: { email?: string; displayName?: string };
    attendees?: { email?: string; displayName?: string; resource?: boolean }[];
  },
  attendees: string[],
  base: Pick<Link, 'calendarId' | 'documentId' | 'linkedBy' | 'linkedAt'> & Partial<Pick<Link, 'gen' | 'previous'>>,
  fallbackZone: string,
): Link {
  const organizer = event.organizer?.email?.toLowerCase();
  return {
    calendarId: base.calendarId,
    eventId: event.id ?? '',
    iCalUID: event.iCalUID ?? '',
    timeZone: event.start?.timeZone ?? fallbackZone,
    title: event.summary ?? '1:1',
    attendees,
    ...(organizer ? { organizer } : {}),
    ...eventNames(event),
    documentId: base.documentId,
    linkedBy: base.linkedBy,
    linkedAt: base.linkedAt,
    ...(base.gen ? { gen: base.gen } : {}),
    ...(base.previous?.length ? { previous: base.previous } : {}),
  };
}
