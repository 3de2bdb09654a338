// A test and bench harness: a Doc and Ana's and Ben's calendars in the engines, the fake services, and the built Code.js.

import type { Document } from '../src/types/docs-api';
import { appsScriptGlobals, createWorld, createWorldState, fireTrigger, type WorldState } from './appsScriptGlobals';
import { type CalendarEngine, createCalendarEngine } from './calendarEngine';
import { buildDocument, bullet, h2, h3, p } from './docBuilder';
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
  /** Calendar's `displayName` for some attendees, by email: it gives one only for people it knows. */
  displayNames?: Record<string, string>;
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
    attendees: (options.attendees ?? [ANA, BEN]).map((email) => {
      const displayName = options.displayNames?.[email];
      return displayName ? { email, displayName } : { email };
    }),
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

const REPORT_NAMES = [
  'Chloé',
  'Dev',
  'Eli',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jia',
  'Kofi',
  'Lena',
  'Milo',
  'Nia',
  'Omar',
  'Pia',
  'Quinn',
  'Rui',
  'Sara',
  'Tomás',
  'Uma',
  'Vik',
  'Wen',
  'Xavi',
  'Yara',
  'Zeno',
];

/** The i-th extra person Ana keeps a 1:1 with (0-based): a name and an address of their own. */
export function reportOf(i: number): { name: string; email: string } {
  const base = REPORT_NAMES[i % REPORT_NAMES.length]!;
  const name = i < REPORT_NAMES.length ? base : `${base} ${Math.floor(i / REPORT_NAMES.length) + 1}`;
  const plain = base
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  const round = Math.floor(i / REPORT_NAMES.length);
  return { name, email: `${plain}${round > 0 ? round + 1 : ''}@example.com` };
}

/**
 * `count` more Docs for `user` (Ana by default), each linked by them to a 1:1 series of its own with reportOf(i), in
 * the Docs engine of `env`: a Doc holds one meeting's section with an item for each side, one due two days before
 * the clock. Every third series meets weekly, the next every three weeks, the next every five, each last held 3 days
 * short of that (4, 18 or 32 days ago), so the days since the last 1:1 differ. Answers the Docs' ids, in order.
 */
export function addLinkedDocs(env: ReturnType<typeof withSeries>, count: number, user = ANA): string[] {
  const ids: string[] = [];
  const now = env.world.state.now;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const other = reportOf(i);
    const interval = [1, 3, 5][i % 3]!;
    // The first meeting is the last one held: 4, 18 or 32 days ago; the next is in 3 days.
    const first = new Date(now - (interval * 7 - 3) * 86_400_000);
    const start = `${day(first.getTime())}T${String(9 + (i % 8)).padStart(2, '0')}:00:00-05:00`;
    const series = env.calendar.insertEvent(user, {
      summary: `Ana / ${other.name} 1:1`,
      start: { dateTime: start, timeZone: 'America/New_York' },
      end: { dateTime: start.replace(/T(\d\d):00/, (_m, h) => `T${h}:30`), timeZone: 'America/New_York' },
      recurrence: [`RRULE:FREQ=WEEKLY;INTERVAL=${interval}`],
      attendees: [{ email: user }, { email: other.email }],
    });
    const held = day(Date.parse(start));
    const due = new Date(now - 2 * 86_400_000).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
    const documentId = env.addDoc(
      buildDocument({
        documentId: `doc-report-${i + 1}`,
        title: `Ana / ${other.name} — 1:1 notes`,
        blocks: [
          p(`Ana / ${other.name} — 1:1 notes`, { style: 'TITLE' }),
          h2(held),
          h3('Action items'),
          bullet(`☐ Ana: send ${other.name} the promotion rubric (due ${due})`),
          bullet(`☐ ${other.name}: write up the demo feedback`),
          bullet('☑ Ana: book the room'),
        ],
      }),
    );
    env.as(user, documentId);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: series.id });
    ids.push(documentId);
  }
  env.as(user);
  return ids;
}

/**
 * The last run's or action's status a user keeps for a Doc, as the sidebar's Status panel shows it: inside their
 * record of the Doc (src/core/link.ts, Book), read as stored. Undefined when there is none or it cannot be read.
 */
export function storedStatus(
  userProperties: Record<string, string> | undefined,
  documentId: string,
): { at: string; outcome: string; message: string; trigger: string; next?: string } | undefined {
  try {
    return JSON.parse(userProperties?.[`doc:${documentId}`] ?? 'null')?.status ?? undefined;
  } catch {
    return undefined;
  }
}
