// The series as a user's last Calendar read saw it, kept small in their record of the Doc: what a call that reads no
// Calendar (a tick, a topic, All my 1:1s) needs to build the same state as the sidebar's own read.

import { isObject } from '../shared/stored';
import { occurrenceKey } from './keys';
import { DAY_MS, epochOf, normaliseStart, type Occurrence, shiftedIso } from './occurrences';

export interface SeriesSnapshot {
  /** Epoch ms of the Calendar read. */
  at: number;
  /** The series' iCalUID: a snapshot of another series (the Doc was linked again) is no snapshot of this one. */
  uid: string;
  /** One line per occurrence, oldest first (see `line`). */
  occ: string[];
  /** The next meeting's title and link, as the read gave them. */
  title?: string;
  htmlLink?: string;
  /** The series' people as its next held meeting lists them. */
  organizer?: string;
  attendees?: string[];
}

/** The cadence looks 90 days back; a day of slack. */
const PAST_MS = 91 * DAY_MS;
/**
 * Enough for a weekly or fortnightly 1:1's 90 days many times over; a daily one keeps its last 60, so its cadence
 * counts at most that many until the next Calendar read, which has them all.
 */
const MAX_PAST = 60;
const MAX_AHEAD = 6;

/** `start~minutes~flags~original`: flags c (cancelled), m (moved), e (a series this one continued); original when moved. */
function line(o: Occurrence, earlier: boolean): string {
  const flags = `${o.cancelled ? 'c' : ''}${o.moved ? 'm' : ''}${earlier ? 'e' : ''}`;
  const original = o.key.slice(o.key.lastIndexOf('|') + 1);
  const minutes = Math.max(0, Math.round((o.endMs - o.startMs) / 60_000));
  return [o.start, minutes, flags, original === normaliseStart(o.start) ? '' : original].join('~');
}

/** What to keep of a read: the meetings of the cadence's window and the next few, with the next meeting's details. */
export function snapshotOf(
  uid: string,
  occurrences: Occurrence[],
  earlier: Occurrence[],
  nowMs: number,
): SeriesSnapshot {
  const all = [...earlier.map((o) => ({ o, earlier: true })), ...occurrences.map((o) => ({ o, earlier: false }))]
    .filter(({ o }) => o.startMs >= nowMs - PAST_MS)
    .sort((a, b) => a.o.startMs - b.o.startMs);
  const past = all.filter(({ o }) => o.endMs <= nowMs).slice(-MAX_PAST);
  const ahead = all.filter(({ o }) => o.endMs > nowMs).slice(0, MAX_AHEAD);
  const next = ahead.find(({ o, earlier: e }) => !e && !o.cancelled)?.o ?? ahead[0]?.o;
  const listed = occurrences.filter((o) => !o.cancelled && o.attendees);
  const sample = listed.find((o) => o.endMs > nowMs) ?? listed[listed.length - 1];
  return {
    at: nowMs,
    uid,
    occ: [...past, ...ahead].map(({ o, earlier: e }) => line(o, e)),
    ...(next?.title ? { title: next.title } : {}),
    ...(next?.htmlLink ? { htmlLink: next.htmlLink } : {}),
    ...(sample?.organizer ? { organizer: sample.organizer } : {}),
    ...(sample?.attendees ? { attendees: sample.attendees } : {}),
  };
}

function occurrenceOf(text: string, iCalUID: string, snapshot: SeriesSnapshot): [Occurrence, boolean] | undefined {
  // No default for the minutes: Number('') is 0, which would read a start alone as a meeting of no length.
  const [start = '', minutes, flags = '', original = ''] = text.split('~');
  const startMs = epochOf(start);
  const length = Number(minutes);
  if (Number.isNaN(startMs) || !Number.isInteger(length) || length < 0) return undefined;
  const endMs = startMs + length * 60_000;
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(start)?.[1];
  const end =
    start.length === 10
      ? new Date(endMs).toISOString().slice(0, 10)
      : offset === undefined || offset === 'Z'
        ? new Date(endMs).toISOString()
        : shiftedIso(endMs, offset);
  const earlier = flags.includes('e');
  const originalStart = original || normaliseStart(start);
  const occurrence: Occurrence = {
    key: earlier ? `earlier|${originalStart}` : occurrenceKey(iCalUID, originalStart),
    id: '',
    startMs,
    endMs,
    start,
    end,
    date: start.slice(0, 10),
    cancelled: flags.includes('c'),
    moved: flags.includes('m'),
    allDay: start.length === 10,
    title: snapshot.title ?? '',
    ...(snapshot.organizer ? { organizer: snapshot.organizer } : {}),
    ...(snapshot.attendees ? { attendees: snapshot.attendees } : {}),
  };
  return [occurrence, earlier];
}

/** The occurrences a snapshot kept, as a Calendar read would give them (the next one with its link), and the earlier series' apart. */
export function occurrencesOf(
  snapshot: SeriesSnapshot,
  nowMs: number,
): { occurrences: Occurrence[]; earlier: Occurrence[] } {
  const occurrences: Occurrence[] = [];
  const earlier: Occurrence[] = [];
  for (const text of snapshot.occ) {
    const read = occurrenceOf(text, snapshot.uid, snapshot);
    if (read) (read[1] ? earlier : occurrences).push(read[0]);
  }
  const next = occurrences.find((o) => !o.cancelled && o.endMs > nowMs);
  if (next && snapshot.htmlLink) next.htmlLink = snapshot.htmlLink;
  return { occurrences, earlier };
}

const isText = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A stored snapshot read back; undefined for anything else. */
export function readSnapshot(value: unknown): SeriesSnapshot | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at) || !Array.isArray(v.occ) || !isText(v.uid)) return undefined;
  const occ = v.occ.filter((t): t is string => isText(t, 200)).slice(0, MAX_PAST + MAX_AHEAD);
  const attendees = Array.isArray(v.attendees) ? v.attendees.filter((a): a is string => isText(a, 320)) : undefined;
  return {
    at: v.at,
    uid: v.uid,
    occ,
    ...(isText(v.title, 500) ? { title: v.title } : {}),
    ...(isText(v.htmlLink) && v.htmlLink.startsWith('https://') ? { htmlLink: v.htmlLink } : {}),
    ...(isText(v.organizer, 320) ? { organizer: v.organizer } : {}),
    ...(attendees && attendees.length > 0 ? { attendees: attendees.slice(0, 50) } : {}),
  };
}
