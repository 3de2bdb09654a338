// Following a series that was split by a "this and following" edit: the new recurring event that takes over.
import type { Event } from '../types/calendar-api';

export interface SeriesIdentity {
  seriesId: string;
  title: string;
  /** Emails of the people invited, resource rooms excluded. */
  attendees: string[];
}

function normalise(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function attendeeEmails(event: Event): string[] {
  return (event.attendees ?? [])
    .filter((a) => !a.resource && a.email)
    .map((a) => a.email!.toLowerCase())
    .sort();
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The recurring event that continues `old` after it ended at `endedAtMs`: same title, same attendees, first starting
 * at or after the old series' end (a day of slack for a new start time earlier in that day). Google gives the new
 * series a new id and iCalUID (developers.google.com/calendar/api/guides/recurringevents), so they cannot be used.
 * `candidates` are instances from Events.list with singleEvents; the answer is the id of the series they belong to.
 */
export function findSuccessor(old: SeriesIdentity, candidates: Event[], endedAtMs: number): string | undefined {
  const title = normalise(old.title);
  const attendees = [...old.attendees].map((a) => a.toLowerCase()).sort();
  let best: { id: string; start: number } | undefined;
  for (const ev of candidates) {
    const seriesId = ev.recurringEventId;
    if (!seriesId || seriesId === old.seriesId || ev.status === 'cancelled') continue;
    const start = Date.parse(ev.start?.dateTime ?? `${ev.start?.date}T00:00:00Z`);
    if (Number.isNaN(start) || start < endedAtMs - 86_400_000) continue;
    if (normalise(ev.summary) !== title || !sameSet(attendeeEmails(ev), attendees)) continue;
    if (!best || start < best.start) best = { id: seriesId, start };
  }
  return best?.id;
}
