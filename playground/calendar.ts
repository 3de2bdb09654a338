// The playground's calendar: the in-memory Calendar engine rebuilt from a saved list of actions, and the organizer's edits of the 1:1.
//
// Why a list of actions: the engine keeps its events, exceptions and change log in closures and has no export or
// import. Its ids, etags and change sequence are deterministic, so replaying the same actions, each at the time it
// was first done, rebuilds the same calendar: same event ids, same iCalUIDs, same series after a split. What replay
// does not rebuild are the sync tokens the add-on was handed (reads are not recorded); a token saved before a restart
// answers 410 "full sync required", which is what Google does when it invalidates tokens, and the add-on's
// calendar-change handler recovers from it with a full sync.
import type { CalendarEngine } from '../dev/calendarEngine';
import { createCalendarEngine } from '../dev/calendarEngine';
import { localParts } from '../dev/timeZones';
import { messageOf } from '../src/shared/errors';
import type { Event, EventDateTime } from '../src/types/calendar-api';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How far ahead the 1:1's next occurrence is looked for: far enough for a monthly series and a long holiday. */
const LOOKAHEAD_MS = 120 * DAY_MS;

/** One thing a person did in Google Calendar, at `at` (simulated ms): the engine's own calls and arguments. */
export type CalendarAction = { at: number } & (
  | { op: 'addCalendar'; calendarId: string; timeZone: string }
  | { op: 'insertEvent'; calendarId: string; event: Event }
  | { op: 'updateEvent'; calendarId: string; eventId: string; patch: Partial<Event> }
  | {
      op: 'moveOccurrence';
      calendarId: string;
      seriesId: string;
      originalStart: string;
      start: EventDateTime;
      end: EventDateTime;
    }
  | { op: 'cancelOccurrence'; calendarId: string; seriesId: string; originalStart: string }
  | { op: 'splitSeries'; calendarId: string; seriesId: string; fromOriginalStart: string; changes: Partial<Event> }
  | { op: 'deleteEvent'; calendarId: string; eventId: string }
);

/** What the state file keeps of the calendar. */
export interface SavedCalendar {
  /** Who organizes the 1:1 (the playground's calendar buttons act as them) and the id the series began with. */
  oneOnOne: { organizer: string; seriesId: string };
  actions: CalendarAction[];
}

export interface PlaygroundCalendar {
  engine: CalendarEngine;
  organizer: string;
  /** The 1:1's series now: the one it began with, or the series that continues it after each split done here. */
  seriesId(): string;
  /** Applies an action at its own time and records it; nothing is recorded when the engine refuses it. */
  apply(action: CalendarAction): unknown;
  saved(): SavedCalendar;
}

/** A refusal a person can act on ("no upcoming 1:1"), as opposed to a bug. */
export class CalendarActionError extends Error {}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function perform(engine: CalendarEngine, action: CalendarAction): unknown {
  switch (action.op) {
    case 'addCalendar':
      return engine.addCalendar(action.calendarId, action.timeZone);
    case 'insertEvent':
      return engine.insertEvent(action.calendarId, action.event);
    case 'updateEvent':
      return engine.updateEvent(action.calendarId, action.eventId, action.patch);
    case 'moveOccurrence':
      return engine.moveOccurrence(action.calendarId, action.seriesId, action.originalStart, action.start, action.end);
    case 'cancelOccurrence':
      return engine.cancelOccurrence(action.calendarId, action.seriesId, action.originalStart);
    case 'splitSeries':
      return engine.splitSeries(action.calendarId, action.seriesId, action.fromOriginalStart, action.changes);
    case 'deleteEvent':
      return engine.deleteEvent(action.calendarId, action.eventId);
    default:
      throw new Error(`Unknown calendar action ${JSON.stringify((action as { op?: unknown }).op)}`);
  }
}

/**
 * Replays `saved` into a fresh engine; the caller then sets `engine.now` to the world's clock. Throws, naming the
 * action, when one no longer applies: the caller then starts from the seed rather than from half a calendar.
 */
export function createPlaygroundCalendar(saved: SavedCalendar): PlaygroundCalendar {
  const engine = createCalendarEngine();
  const actions: CalendarAction[] = [];
  const { organizer } = saved.oneOnOne;
  let seriesId = saved.oneOnOne.seriesId;

  function apply(action: CalendarAction): unknown {
    const clock = engine.now;
    // The engine stamps `created`/`updated` with its clock: an action replayed gets the stamps it first had.
    engine.now = () => action.at;
    let result: unknown;
    try {
      result = perform(engine, action);
    } finally {
      engine.now = clock;
    }
    actions.push(copy(action));
    if (action.op === 'splitSeries' && action.seriesId === seriesId)
      seriesId = (result as { successor: Event }).successor.id!;
    return result;
  }

  saved.actions.forEach((action, index) => {
    try {
      apply(action);
    } catch (error) {
      throw new Error(`calendar action ${index + 1} (${action.op}) no longer applies: ${messageOf(error)}`);
    }
  });
  return {
    engine,
    organizer,
    seriesId: () => seriesId,
    apply,
    saved: () => ({ oneOnOne: { ...saved.oneOnOne }, actions: copy(actions) }),
  };
}

// ——— The 1:1's occurrences, as the organizer sees them ———

export interface UpcomingOccurrence {
  id: string;
  /** As the API gives it: RFC 3339 in the series' zone. */
  originalStart: string;
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  timeZone: string;
  moved: boolean;
}

function seriesZone(calendar: PlaygroundCalendar, fallback: string): string {
  const series = calendar.engine.get(calendar.organizer, calendar.seriesId());
  return series.start?.timeZone ?? fallback;
}

/**
 * The 1:1's occurrences that have not ended at `nowMs`, cancelled ones left out, read straight from the engine:
 * the playground's own look does not count as a Calendar call of the add-on.
 */
export function upcomingOccurrences(
  calendar: PlaygroundCalendar,
  nowMs: number,
  fallbackZone: string,
): UpcomingOccurrence[] {
  const timeZone = seriesZone(calendar, fallbackZone);
  const query = {
    timeMin: new Date(nowMs).toISOString(),
    timeMax: new Date(nowMs + LOOKAHEAD_MS).toISOString(),
    timeZone,
  };
  // The engine serves short and empty pages, as Google may: every page is read, until one comes without a token.
  const items = [];
  let pageToken: string | undefined;
  do {
    const page = calendar.engine.instances(calendar.organizer, calendar.seriesId(), {
      ...query,
      ...(pageToken ? { pageToken } : {}),
    });
    items.push(...(page.items ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  const out: UpcomingOccurrence[] = [];
  for (const ev of items) {
    const start = ev.start?.dateTime;
    const end = ev.end?.dateTime;
    const originalStart = ev.originalStartTime?.dateTime;
    if (ev.status === 'cancelled' || !ev.id || !start || !end || !originalStart) continue;
    out.push({
      id: ev.id,
      originalStart,
      start,
      end,
      startMs: Date.parse(start),
      endMs: Date.parse(end),
      timeZone,
      moved: Date.parse(start) !== Date.parse(originalStart),
    });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** The next 1:1 that is not cancelled and has not ended: the one the add-on prepares, and the one the buttons edit. */
export function nextOccurrence(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string) {
  return upcomingOccurrences(calendar, nowMs, fallbackZone)[0];
}

/**
 * Where "Jump to just before the next 1:1" sets the clock: an hour before the next start that is still more than an
 * hour away, so pressing it again moves on to the meeting after.
 */
export function jumpTarget(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string): number {
  const next = upcomingOccurrences(calendar, nowMs, fallbackZone).find((o) => o.startMs - HOUR_MS > nowMs);
  if (!next) throw new CalendarActionError('The 1:1 has no upcoming occurrence to jump to.');
  return next.startMs - HOUR_MS;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock 'YYYY-MM-DDTHH:mm:ss' of an instant in a zone, `days` later: a day later keeps the hour across DST. */
function localDateTime(ms: number, timeZone: string, days = 0): string {
  const p = localParts(ms, timeZone);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

function requireNext(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string): UpcomingOccurrence {
  const next = nextOccurrence(calendar, nowMs, fallbackZone);
  if (!next) throw new CalendarActionError('The 1:1 has no upcoming occurrence.');
  return next;
}

/** The organizer moves the next 1:1 one day later, same time of day. */
export function moveNextAction(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string): CalendarAction {
  const next = requireNext(calendar, nowMs, fallbackZone);
  return {
    at: nowMs,
    op: 'moveOccurrence',
    calendarId: calendar.organizer,
    seriesId: calendar.seriesId(),
    originalStart: next.originalStart,
    start: { dateTime: localDateTime(next.startMs, next.timeZone, 1), timeZone: next.timeZone },
    end: { dateTime: localDateTime(next.endMs, next.timeZone, 1), timeZone: next.timeZone },
  };
}

/** The organizer cancels the next 1:1 (one occurrence; the series goes on). */
export function cancelNextAction(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string): CalendarAction {
  const next = requireNext(calendar, nowMs, fallbackZone);
  return {
    at: nowMs,
    op: 'cancelOccurrence',
    calendarId: calendar.organizer,
    seriesId: calendar.seriesId(),
    originalStart: next.originalStart,
  };
}

export const SPLIT_TIME = '11:00';

/**
 * The organizer edits "this and following events" from the next 1:1: from its original date on, the meeting is at
 * 11:00 (the engine keeps its length). Google ends the old series and starts a new one there.
 */
export function splitNextAction(calendar: PlaygroundCalendar, nowMs: number, fallbackZone: string): CalendarAction {
  const next = requireNext(calendar, nowMs, fallbackZone);
  const original = Date.parse(next.originalStart);
  const date = localDateTime(original, next.timeZone).slice(0, 10);
  if (localDateTime(original, next.timeZone).slice(11, 16) === SPLIT_TIME)
    throw new CalendarActionError(`The 1:1 already meets at ${SPLIT_TIME} from then on.`);
  return {
    at: nowMs,
    op: 'splitSeries',
    calendarId: calendar.organizer,
    seriesId: calendar.seriesId(),
    fromOriginalStart: next.originalStart,
    changes: { start: { dateTime: `${date}T${SPLIT_TIME}:00`, timeZone: next.timeZone } },
  };
}
