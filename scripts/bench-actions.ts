// What each sidebar action and each trigger firing costs, through the built Code.js: Docs, Calendar, sharing and property calls.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireTrigger } from '../dev/appsScriptGlobals';
import { buildDocument, bullet, h2, h3, p } from '../dev/docBuilder';
import { ANA, addLinkedDocs, withSeries } from '../dev/harness';
import type { SidebarPatch, SidebarState } from '../src/shared/types';
import type { Measured } from './bench-table';

const code = () => readFileSync(path.resolve('dist', 'Code.js'), 'utf8');

type Env = ReturnType<typeof withSeries>;

/** The service calls one action made, as the bench counts them (a Calendar read counts once, whatever its pages). */
interface Cost {
  docsGet: number;
  docsBatchUpdate: number;
  calendarReads: number;
  sharing: number;
  propertyReads: number;
  propertyWrites: number;
}

/** Ana and Ben's Doc, Nov 16's meeting held with open items on both sides. */
function notesDoc() {
  return buildDocument({
    blocks: [
      p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
      h2('Mon, Nov 16, 2026 · 1:1'),
      h3('Agenda'),
      bullet('Hiring plan'),
      h3('Action items'),
      bullet('☐ Ana: draft the Q1 growth plan (from Nov 2)'),
      bullet('☐ Ben: intro to the platform team (from Nov 2)'),
      bullet('☐ Ben: send the retro notes'),
      h2('Mon, Nov 9, 2026 · 1:1'),
      h3('Action items'),
      bullet('☐ Ana: draft the Q1 growth plan (from Nov 2)'),
      bullet('☐ Ben: intro to the platform team (from Nov 2)'),
      h2('Mon, Nov 2, 2026 · 1:1'),
      h3('Action items'),
      bullet('☐ Ana: draft the Q1 growth plan'),
      bullet('☐ Ben: intro to the platform team'),
    ],
  });
}

function cost(env: Env, act: () => unknown): Cost {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
  env.world.propertyCalls = { reads: 0, writes: 0 };
  act();
  const { docsGet, docsBatchUpdate, calendarReads, sharing } = env.world.calls;
  const { reads: propertyReads, writes: propertyWrites } = env.world.propertyCalls;
  return { docsGet, docsBatchUpdate, calendarReads, sharing, propertyReads, propertyWrites };
}

const BUDGETS: Record<'write' | 'conflict' | 'point' | 'open' | 'check', Cost> = {
  // A sidebar write: the Doc read and written once, nothing else but this user's few records (docs/ARCHITECTURE.md,
  // Calls per action).
  write: { docsGet: 1, docsBatchUpdate: 1, calendarReads: 0, sharing: 0, propertyReads: 4, propertyWrites: 3 },
  // An action on an item changed in the Doc since the sidebar read it: the Doc read once, nothing written to it.
  conflict: { docsGet: 1, docsBatchUpdate: 0, calendarReads: 0, sharing: 0, propertyReads: 4, propertyWrites: 3 },
  // A private point lives in this user's properties only.
  point: { docsGet: 0, docsBatchUpdate: 0, calendarReads: 0, sharing: 0, propertyReads: 3, propertyWrites: 2 },
  // Opening the sidebar: the Doc and the series read once, the sharing at most hourly (this open is within the hour).
  open: { docsGet: 1, docsBatchUpdate: 0, calendarReads: 1, sharing: 0, propertyReads: 4, propertyWrites: 3 },
  // "Check again" in the privacy panel: the Doc's editors looked up once, and this user's record of them kept.
  check: { docsGet: 0, docsBatchUpdate: 0, calendarReads: 0, sharing: 1, propertyReads: 2, propertyWrites: 1 },
};

const LABELS: Record<keyof Cost, string> = {
  docsGet: 'Docs gets',
  docsBatchUpdate: 'Docs batchUpdates',
  calendarReads: 'Calendar reads',
  sharing: 'sharing look-ups',
  propertyReads: 'property reads',
  propertyWrites: 'property writes',
};

function rowsOf(action: string, measured: Cost, budget: Cost): Measured[] {
  return (Object.keys(LABELS) as (keyof Cost)[]).map((field) => ({
    name: `${action}: ${LABELS[field]}`,
    value: measured[field],
    unit: 'calls',
    budget: budget[field],
  }));
}

/** Ana, her Doc linked to the weekly series on Friday Nov 20, her sidebar open once (its series read and kept). */
function openSidebar(): Env {
  // Default short Calendar pages: a read still counts once.
  const env = withSeries(code(), { now: Date.parse('2026-11-20T15:00:00Z') }, {}, notesDoc());
  env.link(ANA);
  env.as(ANA);
  env.sandbox.call('getSidebarState', { timeZone: 'America/New_York' });
  return env;
}

const context = (requestId: string) => ({ timeZone: 'America/New_York', requestId });

/**
 * One sidebar action: what it needs first (an item's id, a point to share), then the call that is measured, from a
 * sidebar already open on the Doc.
 */
type Action = [name: string, budget: keyof typeof BUDGETS, prepare: (env: Env) => () => unknown];

/** An item as the open sidebar shows it: its id, and its copies as read (sent back with an action on it). */
const itemOf = (env: Env, text: string) => {
  const state = env.sandbox.call('getSidebarState', { timeZone: 'America/New_York' }) as SidebarState;
  const { id, seen } = state.commitments.find((c) => c.text.includes(text))!;
  return { id, seen: seen! };
};

const pointId = (env: Env, requestId: string) =>
  (env.sandbox.call('addPrivateNote', 'Ask about the raise', context(requestId)) as SidebarPatch).privateNotes![0]!.id;

const ACTIONS: Action[] = [
  ['getSidebarState (second open within the hour)', 'open', (env) => () => env.sandbox.call('getSidebarState', {})],
  [
    'tick',
    'write',
    (env) => {
      const { id, seen } = itemOf(env, 'retro');
      return () => env.sandbox.call('setItemDone', id, true, seen, context('bench-tick-01'));
    },
  ],
  [
    'untick',
    'write',
    (env) => {
      const { id, seen } = itemOf(env, 'retro');
      env.sandbox.call('setItemDone', id, true, seen, context('bench-tick-02'));
      const ticked = itemOf(env, 'retro');
      return () => env.sandbox.call('setItemDone', id, false, ticked.seen, context('bench-untick-1'));
    },
  ],
  [
    'Drop',
    'write',
    (env) => {
      const { id, seen } = itemOf(env, 'growth plan');
      return () => env.sandbox.call('dropItem', id, seen, context('bench-drop-01'));
    },
  ],
  [
    'Keep',
    'write',
    (env) => {
      const { id, seen } = itemOf(env, 'growth plan');
      return () => env.sandbox.call('keepItem', id, seen, context('bench-keep-01'));
    },
  ],
  [
    'Drop, the item ticked in the Doc since the sidebar read it (nothing written)',
    'conflict',
    (env) => {
      const { id, seen } = itemOf(env, 'growth plan');
      env.as('ben@example.com');
      env.sandbox.call('setItemDone', id, true, itemOf(env, 'growth plan').seen, context('bench-ben-tick'));
      env.as(ANA);
      return () => env.sandbox.call('dropItem', id, seen, context('bench-drop-02'));
    },
  ],
  [
    'a topic',
    'write',
    (env) => () => env.sandbox.call('addAgendaItem', 'Promotion timeline', context('bench-topic-1')),
  ],
  [
    'an action item',
    'write',
    (env) => () =>
      env.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'me' }, context('bench-item-1')),
  ],
  [
    'sharing a private point',
    'write',
    (env) => {
      const id = pointId(env, 'bench-note-01');
      return () => env.sandbox.call('sharePrivateNote', id, context('bench-share-1'));
    },
  ],
  [
    'adding a private point',
    'point',
    (env) => () => env.sandbox.call('addPrivateNote', 'Ask', context('bench-note-2')),
  ],
  [
    'deleting a private point',
    'point',
    (env) => {
      const id = pointId(env, 'bench-note-03');
      return () => env.sandbox.call('deletePrivateNote', id, context('bench-note-04'));
    },
  ],
  [
    'Check again (who can see the Doc), ten minutes after opening',
    'check',
    (env) => {
      env.setClock(env.world.state.now + 10 * 60_000);
      return () => env.sandbox.call('checkSharingAgain', {});
    },
  ],
];

/** Every sidebar action, each from a fresh open sidebar, with its budget. */
export function sidebarActionRows(): Measured[] {
  return ACTIONS.flatMap(([name, budget, prepare]) => {
    const env = openSidebar();
    const act = prepare(env);
    return rowsOf(name, cost(env, act), BUDGETS[budget]);
  });
}

/** A manager with 40 linked Docs and two hourly triggers: what the one that finds the hour's work done costs. */
export function triggerRows(): Measured[] {
  const env = withSeries(code(), { now: Date.parse('2026-11-21T15:00:00Z') });
  env.link(ANA);
  addLinkedDocs(env, 39);
  const [first, second] = env.triggersOf(ANA, 'onHourlyTick');
  env.setClock(Date.parse('2026-11-21T16:00:00Z'));
  fireTrigger(env.world, env.sandbox.call, first!.uid);
  // The other one fires twenty minutes later in the same hour.
  env.setClock(Date.parse('2026-11-21T16:20:00Z'));
  const later = cost(env, () => fireTrigger(env.world, env.sandbox.call, second!.uid));
  return [
    {
      name: 'the second trigger of the hour, finding the work done: property reads',
      value: later.propertyReads,
      unit: 'calls',
      budget: 1,
    },
    {
      name: 'the second trigger of the hour, finding the work done: Docs and Calendar calls',
      value: later.docsGet + later.docsBatchUpdate + later.calendarReads,
      unit: 'calls',
      budget: 0,
    },
  ];
}
