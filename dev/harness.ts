// A test and bench harness: a Doc and Ana's and Ben's calendars in the engines, the fake services, and the built Code.js.

import type { Document } from '../src/types/docs-api';
import { appsScriptGlobals, createWorld, createWorldState, fireTrigger, type WorldState } from './appsScriptGlobals';
import { type CalendarEngine, createCalendarEngine } from './calendarEngine';
import { buildDocument, p } from './docBuilder';
import { createDocsEngine } from './docsEngine';
import { loadBundle } from './sandbox';

/** A Doc in the Docs engine, the fake services over it, and `code` (the built Code.js) loaded in the sandbox. */
export function createHarness(code: string, doc: Document, state: Partial<WorldState> = {}, calendar?: CalendarEngine) {
  // Ana's and Ben's accounts have names of their own, which person chips show (docs/PLATFORM.md, chips).
  const docs = createDocsEngine({ accountNames: { [ANA]: 'Ana Silva', [BEN]: 'Ben Okafor' } });
  const documentId = docs.put(doc);
  const world = createWorld(
    docs,
    createWorldState({ activeDocumentId: documentId, ...state }),
    { Sidebar: '<!doctype html><title>sidebar</title>' },
    calendar,
  );
  const globals = appsScriptGlobals(world);
  const sandbox = loadBundle(code, globals, () => world.state.now);
  const read = () => docs.get(documentId, { includeTabsContent: true });
  /** Opens a Doc's sidebar (the first Doc's by default) as `email`: they are the active user, with that Doc active. */
  const as = (email: string, inDocument = documentId) => {
    world.state.activeUser = email;
    world.state.activeDocumentId = inDocument;
    world.state.runningTrigger = null;
  };
  /** Another Doc in the same Docs engine, for users who keep several. */
  const addDoc = (more: Document) => docs.put(more);
  const triggersOf = (email: string, handler?: string) =>
    world.state.triggers.filter((t) => t.user === email && (!handler || t.handler === handler));
  /** Fires every trigger of `email` with that handler, as Apps Script would. */
  const fire = (email: string, handler: 'onHourlyTick' | 'onCalendarEventUpdated') => {
    // A trigger an earlier one deleted in this round does not fire.
    for (const t of triggersOf(email, handler))
      if (world.state.triggers.includes(t)) fireTrigger(world, sandbox.call, t.uid);
  };
  return { docs, documentId, world, globals, sandbox, read, as, addDoc, triggersOf, fire };
}

export const ANA = 'ana@example.com';
export const BEN = 'ben@example.com';

/** A calendar engine with Ana's and Ben's calendars, whose clock is the world's. */
export function calendarFor(now: () => number, timeZone = 'America/New_York'): CalendarEngine {
  const calendar = createCalendarEngine({ now });
  calendar.addCalendar(ANA, timeZone);
  calendar.addCalendar(BEN, timeZone);
  return calendar;
}

export interface SeriesOptions {
  zone?: string;
  /** The first occurrence's start and end, with offset, in `zone`. */
  start?: string;
  end?: string;
  rule?: string;
  attendees?: string[];
  summary?: string;
  allDay?: { start: string; end: string };
}

/** A Doc, Ana's and Ben's calendars, and a weekly "Ana / Ben 1:1" organised by Ana; nothing linked yet. */
export function withSeries(code: string, state: Partial<WorldState> = {}, options: SeriesOptions = {}, doc?: Document) {
  const zone = options.zone ?? 'America/New_York';
  let clock = state.now ?? Date.parse('2026-11-20T15:00:00Z');
  const calendar = calendarFor(() => clock, zone);
  const series = calendar.insertEvent(ANA, {
    summary: options.summary ?? 'Ana / Ben 1:1',
    ...(options.allDay
      ? { start: { date: options.allDay.start }, end: { date: options.allDay.end } }
      : {
          start: { dateTime: options.start ?? '2026-11-02T10:00:00-05:00', timeZone: zone },
          end: { dateTime: options.end ?? '2026-11-02T10:30:00-05:00', timeZone: zone },
        }),
    recurrence: [options.rule ?? 'RRULE:FREQ=WEEKLY;BYDAY=MO'],
    attendees: (options.attendees ?? [ANA, BEN]).map((email) => ({ email })),
  });
  const env = createHarness(
    code,

    doc ?? buildDocument({ blocks: [p('Ana / Ben — 1:1 notes', { style: 'TITLE' })] }),
    {
      now: clock,
      activeUser: ANA,
      ...state,
    },
    calendar,
  );
  calendar.now = () => env.world.state.now;
  const setClock = (ms: number) => {
    clock = ms;
    env.world.state.now = ms;
  };
  const link = (email = ANA, extra: Record<string, unknown> = {}) => {
    env.as(email);
    return env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: series.id, ...extra });
  };
  return { ...env, calendar, series, setClock, link };
}
