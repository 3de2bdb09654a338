// A recurring event's occurrences, from Events.instances JSON: keys, dates in the event's zone, the next one, and what changed.
import type { Event } from '../types/calendar-api';
import { occurrenceKey } from './keys';
import type { IsoDate } from './model';
import { attendeeEmails } from './successor';

export interface Occurrence {
  /** The series' iCalUID plus the original start: a moved occurrence keeps its key. */
  key: string;
  /** The instance's event id (`<series>_<original start>`). */
  id: string;
  /** Epoch ms of the actual start and end (a moved occurrence's new times). */
  startMs: number;
  endMs: number;
  /** The start as the API gave it: "YYYY-MM-DD" (all day) or RFC 3339 in the requested zone. */
  start: string;
  end: string;
  /** The calendar day the heading shows: the actual start's date in the event's zone. */
  date: IsoDate;
  cancelled: boolean;
  moved: boolean;
  allDay: boolean;
  title: string;
  htmlLink?: string;
  /** The organiser's and the attendees' emails, lower-cased, as this instance lists them (a cancelled one lists none). */
  organizer?: string;
  attendees?: string[];
}

/** Milliseconds of an EventDateTime; an all-day date counts from midnight UTC, which is only used for ordering. */
export function epochOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** "YYYY-MM-DD" and the normalised instant of an original start, so the key does not depend on how it was formatted. */
export function normaliseStart(value: string): string {
  return value.length === 10 ? value : new Date(Date.parse(value)).toISOString();
}

/**
 * Reads instances as Events.instances returns them when asked with `timeZone` set to the event's own zone: then the
 * first ten characters of each dateTime are the local date the heading must show, whatever the script's zone is.
 * A cancelled instance carries only id, recurringEventId and originalStartTime, so its times come from those.
 */
export function toOccurrences(instances: Event[], iCalUID: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const ev of instances) {
    const original = ev.originalStartTime?.dateTime ?? ev.originalStartTime?.date;
    const start = ev.start?.dateTime ?? ev.start?.date ?? original;
    if (!original || !start || Number.isNaN(epochOf(start)) || Number.isNaN(epochOf(original))) continue;
    const end = ev.end?.dateTime ?? ev.end?.date ?? start;
    const cancelled = ev.status === 'cancelled';
    out.push({
      key: occurrenceKey(iCalUID, normaliseStart(original)),
      id: ev.id ?? '',
      startMs: epochOf(start),
      endMs: Math.max(epochOf(end), epochOf(start)),
      start,
      end,
      date: start.slice(0, 10),
      cancelled,
      moved: !cancelled && normaliseStart(start) !== normaliseStart(original),
      allDay: start.length === 10,
      title: ev.summary ?? '',
      ...(ev.htmlLink ? { htmlLink: ev.htmlLink } : {}),
      ...(ev.organizer?.email ? { organizer: ev.organizer.email.toLowerCase() } : {}),
      ...(ev.attendees ? { attendees: attendeeEmails(ev) } : {}),
    });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** Where an occurrence was last seen while it was still on: its times and its page in Google Calendar. */
export interface KnownTime {
  start: string;
  end: string;
  htmlLink?: string;
}

/** By occurrence key. */
export type KnownTimes = Record<string, KnownTime>;

/**
 * A few short lines in the user's bookkeeping, which holds a Book per linked Doc within one 500 KB store: only moved
 * meetings are remembered, and a 1:1 rarely has more than one moved meeting ahead.
 */
const MAX_KNOWN_TIMES = 3;

/**
 * A cancelled instance carries only its id and original start (Events resource, `status`), so a meeting moved and
 * then cancelled would read as cancelled at its old time, with no end and no link. The times of an upcoming moved
 * meeting, as last seen while it was on, stand in for them; what has ended or left the series is forgotten. A
 * cancelled meeting never seen moved keeps its original start, and ends after the series' usual length.
 */
export function withKnownTimes(
  occurrences: Occurrence[],
  known: KnownTimes,
  nowMs: number,
): { occurrences: Occurrence[]; known: KnownTimes } {
  const kept: KnownTimes = {};
  const usual = occurrences.find((o) => !o.cancelled && !o.moved);
  const length = usual ? usual.endMs - usual.startMs : 0;
  const out = occurrences.map((o) => {
    const seen = known[o.key];
    if (o.cancelled && !seen && o.endMs === o.startMs && length > 0 && !o.allDay) return withLength(o, length);
    if (!o.cancelled || !seen) return o;
    const startMs = Date.parse(seen.start);
    const endMs = Date.parse(seen.end);
    if (Number.isNaN(startMs) || Number.isNaN(endMs)) return o;
    if (endMs > nowMs) kept[o.key] = seen;
    const { htmlLink: _none, ...rest } = o;
    return {
      ...rest,
      start: seen.start,
      end: seen.end,
      startMs,
      endMs: Math.max(endMs, startMs),
      // Read with the event's zone, like every start here: its first ten characters are the local date.
      date: seen.start.slice(0, 10),
      ...(seen.htmlLink ? { htmlLink: seen.htmlLink } : {}),
    };
  });
  const worth = occurrences.filter((o) => !o.cancelled && o.moved && o.endMs > nowMs);
  for (const o of worth.slice(0, Math.max(0, MAX_KNOWN_TIMES - Object.keys(kept).length)))
    kept[o.key] = { start: o.start, end: o.end, ...(o.htmlLink ? { htmlLink: o.htmlLink } : {}) };
  return { occurrences: out.sort((a, b) => a.startMs - b.startMs), known: kept };
}

/** A cancelled occurrence's end, `length` after its start, written like its start (same offset). */
function withLength(o: Occurrence, length: number): Occurrence {
  const endMs = o.startMs + length;
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(o.start)?.[1];
  const end = offset === undefined || offset === 'Z' ? new Date(endMs).toISOString() : shiftedIso(endMs, offset);
  return { ...o, endMs, end };
}

/** An instant written with a fixed UTC offset ("2026-11-23T10:30:00-05:00"). */
export function shiftedIso(ms: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

/** The next meeting: the first occurrence not cancelled that has not ended yet, at its actual (possibly moved) time. */
export function nextOccurrence(occurrences: Occurrence[], nowMs: number): Occurrence | undefined {
  return occurrences.find((o) => !o.cancelled && o.endMs > nowMs);
}

/** The next occurrence in the calendar, cancelled or not: the sidebar says when the next one is cancelled. */
export function nextScheduled(occurrences: Occurrence[], nowMs: number): Occurrence | undefined {
  return occurrences.find((o) => o.endMs > nowMs);
}

/** Whether the next occurrence's section is due: it starts within the lead time. */
export function isDue(next: Occurrence, nowMs: number, leadHours: number): boolean {
  return next.startMs - leadHours * 3_600_000 <= nowMs;
}

/**
 * A short digest of what the Doc could need to follow (moves and cancellations): when it is unchanged since the last
 * run, the Doc does not need reading at all.
 */
export function changesDigest(occurrences: Occurrence[]): string {
  let hash = 2166136261;
  for (const o of occurrences) {
    if (!o.moved && !o.cancelled) continue;
    const text = `${o.key}>${o.cancelled ? 'x' : o.start}`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  }
  return hash.toString(36);
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Hourly triggers fire about once an hour, not on the minute (docs/PLATFORM.md, Triggers): a wait that ends a little
 * before the next firing makes that firing count, where one that ends exactly an hour on could miss it by a minute.
 */
const TICK_SLACK_MS = 15 * 60_000;

/**
 * When the next tick is worth doing work. While the next meeting is within its lead time and has not started, every
 * hour: its section is in, and a move or cancellation must reach the Doc before the meeting (no add-on may have a
 * calendar trigger to say so). A meeting moved later once its section was in (`preparedKey`) stays hourly until it
 * starts, wherever its new time falls: its heading names it, and a cancel before its original time would otherwise
 * wait for the lead time of the new one. Otherwise when the next section falls due, and at least daily in case the
 * series moved.
 */
export function nextCheckAt(occurrences: Occurrence[], nowMs: number, leadHours: number, preparedKey?: string): number {
  const ceiling = nowMs + DAY_MS - TICK_SLACK_MS;
  const next = nextOccurrence(occurrences, nowMs);
  if (!next) return ceiling;
  const watched = isDue(next, nowMs, leadHours) || (next.moved && next.key === preparedKey);
  if (next.startMs > nowMs && watched) return nowMs + HOUR_MS - TICK_SLACK_MS;
  // A meeting under way needs nothing more: the one after it is the one to wait for.
  const waitingFor = next.startMs <= nowMs ? occurrences.find((o) => !o.cancelled && o.startMs > next.startMs) : next;
  if (!waitingFor) return ceiling;
  return Math.max(nowMs, Math.min(ceiling, waitingFor.startMs - leadHours * HOUR_MS));
}
