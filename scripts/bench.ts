// The add-on's performance budgets, measured: core speed, Docs and Calendar calls per operation, bundle sizes.
//
// Counts and sizes have absolute budgets. Times do not: each is held against a reference workload timed beside it in
// the same run and the same place (bench-reference.ts), so a budget is a multiple of the reference and a machine busy
// with something else slows both alike; the ms are shown beside it for information.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { appsScriptGlobals, createWorld, createWorldState, PROPERTY_VALUE_LIMIT } from '../dev/appsScriptGlobals';
import { fullPages } from '../dev/calendarEngine';
import { buildDocument, bullet, h2, h3, p } from '../dev/docBuilder';
import { createDocsEngine } from '../dev/docsEngine';
import { generateMeetingsDoc } from '../dev/generateDoc';
import { ANA, addLinkedDocs, calendarFor, withSeries } from '../dev/harness';
import { loadBundle } from '../dev/sandbox';
import { openItemsToCarry } from '../src/core/carryOver';
import { parseDoc } from '../src/core/parse';
import { planInsertSection } from '../src/core/plan';
import { ALL_PROMPT_LINES } from '../src/core/templates';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import type { SidebarState } from '../src/shared/types';
import type { Document } from '../src/types/docs-api';
import { sidebarActionRows, triggerRows } from './bench-actions';
import { median, pairedTimes, referenceWork, type Timed, timeAgainstReference, timeOnce } from './bench-reference';
import { callsBeforeContent, sidebarLoadAgainstReference } from './bench-sidebar';
import {
  type BenchRow,
  FROM,
  formatTable,
  type Measured,
  overBudget,
  type SidebarBuild,
  sidebarRows,
  timeRow,
} from './bench-table';

const dist = path.resolve('dist');

/**
 * What Apps Script pays before any of the add-on's code runs: V8 compiling Code.js and running its top level (which
 * only defines the closure and the entry points), each time in a fresh context with no code cache.
 */
function compileAndLoad(runs: number): Timed {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  let i = 0;
  return timeAgainstReference(() => {
    new vm.Script(code, { filename: `Code-${i++}.js` }).runInContext(vm.createContext({}));
  }, runs);
}

/** Parse + carry-over + plan on one Doc: what the core does for each section it inserts. */
function docPlan(doc: Document): void {
  const parsed = parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
  const carried = openItemsToCarry(parsed, '2026-11-23');
  planInsertSection({ parsed, date: '2026-11-23', key: 'day|2026-11-23', ...DEFAULT_SETTINGS, carried });
}

/** A 1:1 Doc whose last meeting has an item of 400,000 combining marks (quadratic to compose whole): carried over. */
function hostileDoc(): Document {
  return buildDocument({
    blocks: [
      p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
      h2('Mon, Nov 16, 2026 · 1:1'),
      h3('Action items'),
      bullet(`☐ Ben: a${'\u0301\u0323'.repeat(200_000)}`),
      bullet('☐ Ana: draft the Q1 growth plan'),
    ],
  });
}

/**
 * Runs prepareNow through the built Code.js, as the menu calls it in a Doc linked to no series before any sidebar
 * call sent a zone, and counts the Docs and Calendar calls it makes (Calendar: the user's calendar's zone, read once).
 */
function prepareNowCalls(meetings: number): { get: number; batchUpdate: number; calendar: number } {
  const docs = createDocsEngine();
  const documentId = docs.put(generateMeetingsDoc(meetings));
  const now = Date.UTC(2026, 10, 23, 14, 0);
  const world = createWorld(
    docs,
    createWorldState({ activeDocumentId: documentId, now }),
    { Sidebar: '' },
    calendarFor(() => now),
  );
  const sandbox = loadBundle(
    readFileSync(path.join(dist, 'Code.js'), 'utf8'),
    appsScriptGlobals(world),
    () => world.state.now,
  );
  sandbox.call('prepareNow');
  return { get: world.calls.docsGet, batchUpdate: world.calls.docsBatchUpdate, calendar: world.calls.calendar };
}

type Calls = { docsGet: number; docsBatchUpdate: number; calendar: number; sharing: number };

/** A Doc of `meetings` past meetings linked to a weekly series by Ana, with her triggers installed. */
function linkedHarness(meetings: number) {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  // Fri Nov 20, 10:00 in New York; the next 1:1 is Mon Nov 23 at 10:00.
  const env = withSeries(code, { now: Date.UTC(2026, 10, 20, 15) }, {}, generateMeetingsDoc(meetings));
  // Full pages, what Google usually sends: each short page would be one more call.
  env.calendar.pageSize = fullPages;
  env.link(ANA);
  env.fire(ANA, 'onCalendarEventUpdated');
  env.fire(ANA, 'onHourlyTick');
  return env;
}

function measure(env: ReturnType<typeof linkedHarness>, act: () => void): Calls {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
  act();
  return { ...env.world.calls };
}

function scheduleRows(): Measured[] {
  const rows: Measured[] = [];
  const idle = linkedHarness(10);
  idle.setClock(Date.UTC(2026, 10, 20, 16));
  const idleCalls = measure(idle, () => idle.fire(ANA, 'onHourlyTick'));
  rows.push({
    name: 'idle hourly tick: Docs calls',
    value: idleCalls.docsGet + idleCalls.docsBatchUpdate,
    unit: 'calls',
    budget: 0,
  });
  rows.push({ name: 'idle hourly tick: Calendar calls', value: idleCalls.calendar, unit: 'calls', budget: 0 });
  for (const n of [10, 500]) {
    const env = linkedHarness(n);
    env.setClock(Date.UTC(2026, 10, 22, 15));
    const calls = measure(env, () => env.fire(ANA, 'onHourlyTick'));
    rows.push({
      name: `tick inserting a section, ${n} meetings: Calendar calls`,
      value: calls.calendar,
      unit: 'calls',
      budget: 1,
    });
    rows.push({
      name: `tick inserting a section, ${n} meetings: Docs gets`,
      value: calls.docsGet,
      unit: 'calls',
      budget: 1,
    });
    rows.push({
      name: `tick inserting a section, ${n} meetings: Docs batchUpdates`,
      value: calls.docsBatchUpdate,
      unit: 'calls',
      budget: 1,
    });
  }
  const opening = linkedHarness(500);
  opening.as(ANA);
  const stateCalls = measure(opening, () => opening.sandbox.call('getSidebarState'));
  rows.push({ name: 'getSidebarState, 500 meetings: Docs gets', value: stateCalls.docsGet, unit: 'calls', budget: 1 });
  rows.push({
    name: 'getSidebarState, 500 meetings: Calendar calls',
    value: stateCalls.calendar,
    unit: 'calls',
    budget: 1,
  });
  rows.push({
    name: 'getSidebarState, 500 meetings: sharing look-ups',
    value: stateCalls.sharing,
    unit: 'calls',
    budget: 1,
  });
  const unrelated = linkedHarness(10);
  unrelated.calendar.insertEvent(ANA, {
    summary: 'Lunch',
    start: { dateTime: '2026-11-24T12:00:00-05:00', timeZone: 'America/New_York' },
    end: { dateTime: '2026-11-24T13:00:00-05:00', timeZone: 'America/New_York' },
  });
  const calls = measure(unrelated, () => unrelated.fire(ANA, 'onCalendarEventUpdated'));
  rows.push({
    name: 'calendar change to an unrelated event: Calendar calls',
    value: calls.calendar,
    unit: 'calls',
    budget: 1,
  });
  rows.push({
    name: 'calendar change to an unrelated event: Docs calls',
    value: calls.docsGet + calls.docsBatchUpdate,
    unit: 'calls',
    budget: 0,
  });
  return rows;
}

const HOUR = 3_600_000;

function resetCounters(env: ReturnType<typeof withSeries>): void {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
  env.world.propertyCalls = { reads: 0, writes: 0 };
}

/**
 * Ana with `count` more 1:1 Docs, each linked to its own weekly series (Mondays at 10:00 in New York, unless `series`
 * says otherwise for a Doc), on full Calendar pages.
 */
function manyDocs(now: number, count: number, series: (i: number) => { start: string; end: string; rule: string }) {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const env = withSeries(code, { now });
  env.calendar.pageSize = fullPages;
  for (let i = 0; i < count; i++) {
    const documentId = env.addDoc(
      buildDocument({ documentId: `doc-${i}`, title: `Ana / R${i}`, blocks: [p(`Ana / R${i} — 1:1 notes`)] }),
    );
    const { start, end, rule } = series(i);
    const event = env.calendar.insertEvent(ANA, {
      summary: `Ana / R${i} 1:1`,
      start: { dateTime: start, timeZone: 'America/New_York' },
      end: { dateTime: end, timeZone: 'America/New_York' },
      recurrence: [rule],
      attendees: [{ email: ANA }, { email: `r${i}@example.com` }],
    });
    env.as(ANA, documentId);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: event.id }, { timeZone: 'America/New_York' });
  }
  return env;
}

/**
 * All my 1:1s for Ana with 60 linked Docs (one holding 60 long items of hers, so its summary is trimmed): opening
 * it, refreshing it, and the largest value any call writes to her properties meanwhile.
 */
function overviewRows(): BenchRow[] {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const env = withSeries(code, { now: Date.parse('2026-11-20T15:02:00Z') });
  env.calendar.pageSize = fullPages;
  let largest = 0;
  env.world.state.userProperties[ANA] = new Proxy(env.world.state.userProperties[ANA] ?? {}, {
    set(target, key, value) {
      largest = Math.max(largest, Buffer.byteLength(String(value), 'utf8'));
      return Reflect.set(target, key, value);
    },
  });
  env.link(ANA);
  const [busy] = addLinkedDocs(env, 59);
  const long = Array.from(
    { length: 60 },
    (_, i) => `☐ Ana: ${'follow up on the quarterly planning thread '.repeat(7)}${i}\n`,
  );
  const doc = env.docs.get(busy!, { includeTabsContent: true });
  const bullet = doc.tabs![0]!.documentTab!.body!.content!.find((e) => e.paragraph?.bullet)!;
  env.docs.batchUpdate(
    { requests: [{ insertText: { text: long.join(''), location: { index: bullet.startIndex!, tabId: 't.0' } } }] },
    busy!,
  );
  const context = { timeZone: 'America/New_York' };
  resetCounters(env);
  const opened = env.sandbox.call('getOverview', context) as { docs: unknown[] };
  if (opened.docs.length !== 60) throw new Error(`the overview lists ${opened.docs.length} Docs, not 60`);
  const openCalls = { ...env.world.calls };
  resetCounters(env);
  // Timed once (its calls are counted from this one refresh), against the reference's median of five just before it.
  const reference = median(Array.from({ length: 5 }, () => timeOnce(referenceWork)));
  const refresh = pairedTimes([{ task: timeOnce(() => env.sandbox.call('refreshOverview', context)), reference }]);
  const refreshCalls = { ...env.world.calls };
  return at(FROM.sandbox, [
    {
      name: 'opening All my 1:1s, 60 Docs: Docs calls',
      value: openCalls.docsGet + openCalls.docsBatchUpdate,
      unit: 'calls',
      budget: 0,
    },
    { name: 'opening All my 1:1s, 60 Docs: Calendar calls', value: openCalls.calendar, unit: 'calls', budget: 0 },
    { name: 'Refresh all, 60 Docs: Docs gets', value: refreshCalls.docsGet, unit: 'calls', budget: 60 },
    { name: 'Refresh all, 60 Docs: Calendar calls', value: refreshCalls.calendar, unit: 'calls', budget: 0 },
    timeRow('Refresh all, 60 Docs: time', FROM.sandbox, refresh),
    {
      name: 'All my 1:1s, 60 Docs: largest property value written',
      value: largest,
      unit: 'bytes',
      budget: PROPERTY_VALUE_LIMIT,
    },
  ]);
}

const monday = () => ({
  start: '2026-11-02T10:00:00-05:00',
  end: '2026-11-02T10:30:00-05:00',
  rule: 'RRULE:FREQ=WEEKLY;BYDAY=MO',
});

function manyDocsRows(): Measured[] {
  const rows: Measured[] = [];
  // Saturday: every Monday meeting is more than the 24-hour lead away.
  const saturday = Date.parse('2026-11-21T15:00:00Z');
  const idle = manyDocs(saturday, 40, monday);
  rows.push({
    name: 'installable triggers per user, 40 linked Docs (at most 2, whatever the number of Docs)',
    value: idle.world.state.triggers.filter((t) => t.user === ANA).length,
    unit: 'count',
    budget: 2,
  });
  idle.setClock(saturday + HOUR);
  idle.fire(ANA, 'onHourlyTick'); // the first run after linking looks at every Doc once
  resetCounters(idle);
  idle.setClock(saturday + 2 * HOUR);
  idle.fire(ANA, 'onHourlyTick');
  const idleCalls = { ...idle.world.calls };
  const idleProps = { ...idle.world.propertyCalls };
  rows.push({
    name: 'idle hourly run, 40 Docs: Docs calls (full pages)',
    value: idleCalls.docsGet + idleCalls.docsBatchUpdate,
    unit: 'calls',
    budget: 0,
  });
  rows.push({
    name: 'idle hourly run, 40 Docs: Calendar calls (full pages)',
    value: idleCalls.calendar,
    unit: 'calls',
    budget: 0,
  });
  rows.push({ name: 'idle hourly run, 40 Docs: property reads', value: idleProps.reads, unit: 'calls', budget: 2 });
  rows.push({ name: 'idle hourly run, 40 Docs: property writes', value: idleProps.writes, unit: 'calls' });

  // 39 Monday series and one on Sundays at 09:00 in New York (14:00Z), so only that Doc comes due on Saturday.
  const settle = Date.parse('2026-11-21T12:00:00Z'); // 26 h before Sunday's meeting: nothing due
  const dueAt = Date.parse('2026-11-21T15:00:00Z'); // 23 h before it
  const one = manyDocs(settle, 40, (i) =>
    i === 39
      ? { start: '2026-11-01T09:00:00-05:00', end: '2026-11-01T09:30:00-05:00', rule: 'RRULE:FREQ=WEEKLY;BYDAY=SU' }
      : monday(),
  );
  one.setClock(settle + HOUR);
  one.fire(ANA, 'onHourlyTick');
  resetCounters(one);
  one.setClock(dueAt);
  one.fire(ANA, 'onHourlyTick');
  const oneCalls = { ...one.world.calls };
  rows.push({
    name: 'hourly run, 1 of 40 Docs due: Calendar calls (full pages)',
    value: oneCalls.calendar,
    unit: 'calls',
    budget: 1,
  });
  rows.push({ name: 'hourly run, 1 of 40 Docs due: Docs gets', value: oneCalls.docsGet, unit: 'calls', budget: 1 });
  rows.push({
    name: 'hourly run, 1 of 40 Docs due: Docs batchUpdates',
    value: oneCalls.docsBatchUpdate,
    unit: 'calls',
    budget: 1,
  });

  // A week of hourly runs from just after Monday's 10:00–10:30 meeting in New York.
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const afterMeeting = Date.parse('2026-11-23T16:00:00Z');
  const week = withSeries(code, { now: afterMeeting });
  week.calendar.pageSize = fullPages;
  week.link(ANA);
  resetCounters(week);
  for (let hour = 1; hour <= 7 * 24; hour++) {
    week.setClock(afterMeeting + hour * HOUR);
    week.fire(ANA, 'onHourlyTick');
  }
  rows.push({
    name: 'Calendar calls in one week of a weekly 1:1, 24-hour lead, hourly trigger only (full pages)',
    value: week.world.calls.calendar,
    unit: 'calls',
    budget: 32,
  });
  return rows;
}

/** The rows of one place: each says where it was measured. */
const at = (from: string, rows: Measured[]): BenchRow[] => rows.map((row) => ({ ...row, from }));

/**
 * Budgets of time rows, as multiples of what they are timed against. On a quiet two-core machine the reference takes
 * about 2 ms in Node and its page about 60 ms to load in Chromium; the multiples are the absolute budgets they replace
 * (30 ms for the 500-meeting plan, 10 ms to compile Code.js, 150 ms to load the sidebar) over those, so they hold as
 * much headroom as before, now whatever else the machine is doing. The hostile Doc is held against the 500-meeting one.
 */
const TIME_BUDGETS = { plan500: 15, hostileOverNormal: 2, compile: 5, sidebarLoad: 2.5 } as const;

function coreRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const n of [10, 100, 500]) {
    const doc = generateMeetingsDoc(n);
    const budget = n === 500 ? TIME_BUDGETS.plan500 : undefined;
    rows.push(timeRow(`core parse + carry-over + plan, ${n} meetings`, FROM.core, plan(doc), budget));
  }
  // Hostile text costs no more than twice a normal Doc of 500 meetings: each timed against the other, run by run.
  const normal = generateMeetingsDoc(500);
  const hostile = hostileDoc();
  const against = timeAgainstReference(
    () => docPlan(hostile),
    25,
    () => docPlan(normal),
  );
  rows.push({
    name: 'parse and plan on a Doc with a 400,000-mark item, × the 500-meeting Doc',
    from: FROM.core,
    value: Number(against.ratio.toFixed(2)),
    unit: '× 500',
    budget: TIME_BUDGETS.hostileOverNormal,
    ms: Number(against.ms.toFixed(2)),
    referenceMs: Number(against.referenceMs.toFixed(2)),
  });
  return rows;
}

const plan = (doc: Document) => timeAgainstReference(() => docPlan(doc), 25);

function prepareNowRows(): Measured[] {
  const rows: Measured[] = [];
  for (const n of [10, 500]) {
    const calls = prepareNowCalls(n);
    rows.push({
      name: `prepareNow, ${n} meetings: Docs calls`,
      value: calls.get + calls.batchUpdate,
      unit: 'calls',
      budget: 2,
    });
    rows.push({ name: `prepareNow, ${n} meetings: Docs gets`, value: calls.get, unit: 'calls', budget: 1 });
    rows.push({
      name: `prepareNow, ${n} meetings, from the menu with no zone known yet: Calendar calls`,
      value: calls.calendar,
      unit: 'calls',
      budget: 1,
    });
    rows.push({
      name: `prepareNow, ${n} meetings: Docs batchUpdates`,
      value: calls.batchUpdate,
      unit: 'calls',
      budget: 1,
    });
  }
  return rows;
}

function bundleRows(built: SidebarBuild): BenchRow[] {
  const kb = (file: string) => Number((statSync(path.join(dist, file)).size / 1024).toFixed(1));
  // The cost each run pays for the bundle is its compile and load time, the row below. The size row guards growth,
  // readable (stack traces must stay readable; indented with tabs, which scripts/build.mjs checks changes nothing
  // else): the per-execution scope, the Doc's own marks, the series kept between reads, the state built from a write's
  // own edits and the triggers' two homes took the product past 200 KB, to 220 KB, while compile and load stayed near
  // 5 ms. Then a section prepared before linking adopted, chips for the pair only, the item as seen checked before a
  // write, the status over a day and the calendar's zone for the menu took it to 231 KB, compile and load unchanged
  // (about 5.5 ms, under 3× the reference). One path per feature and `??` kept as written (scripts/build.mjs) took it
  // back to 224 KB: the budget follows, to 230 KB. The Doc's words in seven languages (14 KB of tables: each one's
  // prompts, template questions, month, weekday and title words), reading them all and deciding a Doc's language
  // (14 KB) took it to 252 KB, compile and load still under 3× the reference. The server's messages as codes (the
  // sidebar words them), `?.` kept as Google's own samples write it and the syntax shortened with every name and line
  // kept (scripts/build.mjs) took it back to 236 KB: 240 KB. The 200 KB the product once had is not reached: the
  // seven tables of the Doc's words are what every trigger run must carry.
  // Sidebar.html: the language of the notes among the settings, by each language's own name, and the date formats
  // shown as each of them writes them took it from 59.4 to 60.8 KB: 61 KB.
  return [
    { name: 'dist/Code.js size, readable', from: FROM.files, value: kb('Code.js'), unit: 'KB', budget: 240 },
    timeRow(
      'dist/Code.js compile and load, fresh context (30 runs)',
      FROM.v8,
      compileAndLoad(30),
      TIME_BUDGETS.compile,
    ),
    ...sidebarRows(built),
  ];
}

export function collectRows(built: SidebarBuild): BenchRow[] {
  referenceWork();
  const referenceMs = median(Array.from({ length: 25 }, () => timeOnce(referenceWork)));
  return [
    {
      name: 'a fixed piece of plain JavaScript (JSON, regular expressions, sorting), median of 25 runs',
      from: FROM.reference,
      value: Number(referenceMs.toFixed(2)),
      unit: 'ms',
    },
    ...coreRows(),
    ...at(FROM.sandbox, [
      ...prepareNowRows(),
      ...scheduleRows(),
      ...manyDocsRows(),
      ...sidebarActionRows(),
      ...triggerRows(),
    ]),
    ...overviewRows(),
    ...bundleRows(built),
  ];
}

/**
 * Ana opens the sidebar again in her linked Doc: the page showSidebar serves (her last-known state in it, from her
 * read just before), what the first call answers, and the property bytes (key and value) her last-known state takes.
 */
function secondOpen(doc: Document) {
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const env = withSeries(code, { now: Date.UTC(2026, 10, 20, 15) }, {}, doc);
  env.world.files.Sidebar = readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
  env.link(ANA);
  const state = env.sandbox.call('getSidebarState') as SidebarState;
  env.sandbox.call('showSidebar');
  const key = `last:${env.documentId}`;
  const record = env.world.state.userProperties[ANA]?.[key] ?? '';
  return { page: env.world.ui.sidebars.at(-1)!.html, state, bytes: Buffer.byteLength(key) + Buffer.byteLength(record) };
}

/** A Doc whose last meeting left 300 open items of some length: more than one property value holds. */
function manyOpenItemsDoc(): Document {
  const items = Array.from({ length: 300 }, (_, i) =>
    bullet(`☐ Ben: follow up on thing ${i}, ${'with some detail '.repeat(4)}`),
  );
  return buildDocument({
    blocks: [
      p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
      h2('Mon, Nov 16, 2026 · 1:1'),
      h3('Action items'),
      ...items,
    ],
  });
}

/** The last-known state: what a second open waits for, and what it costs in this user's property store. */
async function lastKnownRows(): Promise<BenchRow[]> {
  const typical = secondOpen(generateMeetingsDoc(500));
  const large = secondOpen(manyOpenItemsDoc());
  const firstOpenPage = readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
  const limit = PROPERTY_VALUE_LIMIT;
  const calls = (rows: Measured[]) => at(`${FROM.chromium}, its calls held`, rows);
  return [
    ...calls([
      {
        name: 'google.script.run calls before the sidebar shows the next meeting and the commitments, on a second open',
        value: await callsBeforeContent(typical.page, typical.state),
        unit: 'calls',
        budget: 0,
      },
      {
        name: 'google.script.run calls before the sidebar shows the next meeting and the commitments, on a first open',
        value: await callsBeforeContent(firstOpenPage, typical.state),
        unit: 'calls',
      },
    ]),
    ...at(FROM.sandbox, [
      {
        name: 'property bytes the last-known state takes, 500 meetings',
        value: typical.bytes,
        unit: 'bytes',
        budget: limit,
      },
      {
        name: 'property bytes the last-known state takes, 300 long open items (trimmed)',
        value: large.bytes,
        unit: 'bytes',
        budget: limit,
      },
    ]),
  ];
}

export async function runBench(args: string[], built: SidebarBuild): Promise<boolean> {
  if (built.bytes !== statSync(path.join(dist, 'Sidebar.html')).size)
    throw new Error('dist/Sidebar.html is not the page this build described: run the bench through npm run bench');
  const rows = collectRows(built);
  rows.push(
    timeRow(
      'sidebar load to interactive, instant server (10 loads)',
      FROM.chromium,
      await sidebarLoadAgainstReference(10),
      TIME_BUDGETS.sidebarLoad,
    ),
  );
  rows.push(...(await lastKnownRows()));
  console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : formatTable(rows));
  return overBudget(rows).length === 0;
}
