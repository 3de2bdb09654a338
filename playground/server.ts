// The playground's HTTP server: the real built Code.js and Sidebar.html over the in-memory Docs and Calendar engines and a simulated clock.
//
// One process, one simulated Doc on the page (and the seed's other Docs, linked by Ana, which All my 1:1s lists),
// calendar and world, saved to a local JSON file after every change (the calendar as the list of actions that built
// it: see calendar.ts). Only 127.0.0.1 is served, and every POST must be JSON from this origin (see checkRequest), so
// a web page the user visits cannot drive it.
//
// The playground tells the truth: the sidebar is opened through the built `showSidebar` and runs on the simulated
// clock and zone (scriptRunShim.ts); moving the clock fires every user's due triggers, as Apps Script would, unless
// the person chose to fire them by hand (triggerClock.ts); and the Doc pane's edits are batchUpdates (docEdits.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { appsScriptGlobals, type CallCounts, createWorld, type World, type WorldState } from '../dev/appsScriptGlobals';
import { createDocsEngine, type DocsEngine } from '../dev/docsEngine';
import { storedStatus } from '../dev/harness';
import { loadBundle, type Sandbox } from '../dev/sandbox';
import { parseDoc } from '../src/core/parse';
import { ALL_PROMPT_LINES } from '../src/core/templates';
import { messageOf } from '../src/shared/errors';
import { CATALOGS } from '../src/sidebar/i18n';
import type { Document } from '../src/types/docs-api';
import {
  type CalendarAction,
  CalendarActionError,
  cancelNextAction,
  createPlaygroundCalendar,
  jumpTarget,
  moveNextAction,
  nextOccurrence,
  type PlaygroundCalendar,
  type SavedCalendar,
  SPLIT_TIME,
  splitNextAction,
} from './calendar';
import { EditError, planStrike, planTextEdit } from './docEdits';
import { renderDocHtml } from './renderDoc';
import { type SimulatedTime, scriptRunShim } from './scriptRunShim';
import { ACCOUNTS, PEOPLE, playgroundSeed, SEED_TIME_ZONE, type Seed, type SeedLink } from './seed';
import {
  fireCalendarTriggers,
  moveClock,
  runTrigger,
  syncSchedule,
  type TriggerRun,
  type TriggerSchedule,
} from './triggerClock';

/** Where the simulated people live: the sidebar's calls carry it, as a browser sends its own zone. */
const PEOPLE_TIME_ZONE = SEED_TIME_ZONE;

const HOST = '127.0.0.1';
/** Bigger than any argument the sidebar sends, small enough that a stray upload cannot exhaust memory. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The clock moves at most a year per request: enough for any demo, and it keeps Date arithmetic far from overflow. */
const MAX_CLOCK_HOURS = 366 * 24;
/** Console lines kept from the script: the page shows the last few; the rest would only grow the state file. */
const MAX_LOGS = 200;
/**
 * 3: the Docs the page does not show joined the state. A version-2 file loads without them; a version-1 file also
 * gets the seed's calendar.
 */
const STATE_VERSION = 3;

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  /** When the port is taken, listen on a free one instead of failing. Default true. */
  fallbackToFreePort?: boolean;
  /** The JSON file the Doc, calendar and world are saved to; created when missing. */
  statePath: string;
  /** Start from the seed even when the state file exists. */
  reset?: boolean;
  /** What "Reset" goes back to. Default: the Ana / Ben Doc and calendars of seed.ts. */
  seed?: Seed | (() => Seed);
  /** The repository root, where dist/ and playground/index.html are. Default: the working directory. */
  root?: string;
  /** Where unexpected server errors are reported. Default: console.error. */
  onError?: (error: unknown) => void;
}

export interface Playground {
  url: string;
  port: number;
  /** True when the requested port was busy and another one was picked. */
  portChanged: boolean;
  /** Where the state was loaded from and is saved to. */
  statePath: string;
  /** How the state began: read from the file, or seeded. */
  origin: 'file' | 'seed';
  close(): Promise<void>;
}

/** What the state file holds: the whole document as documents.get returns it, the calendar's actions, and the world. */
interface SavedState {
  version: number;
  document: Document;
  /** Every other Doc of the Docs engine, whole. */
  otherDocuments: Document[];
  world: WorldState;
  calls: CallCounts;
  calendar: SavedCalendar;
  /** Whether moving the clock fires the triggers that fall due (as Apps Script does), or they are fired by hand. */
  autoTriggers: boolean;
  /** When each hourly trigger fires next. */
  schedule: TriggerSchedule;
}

interface Assets {
  page: string;
  sidebar: string;
  code: string;
}

interface Runtime {
  engine: DocsEngine;
  calendar: PlaygroundCalendar;
  world: World;
  sandbox: Sandbox;
  documentId: string;
  otherDocumentIds: string[];
  /** The top-level functions of Code.js: the only names /rpc/ will call. */
  functions: Set<string>;
  autoTriggers: boolean;
  schedule: TriggerSchedule;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// ——— Assets ———

function readAsset(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return readFileSync(file, 'utf8');
}

function loadAssets(root: string): Assets {
  const build = 'run `node scripts/build.mjs` (or `npm start`) first';
  return {
    page: readAsset(path.join(root, 'playground/index.html'), 'the playground page belongs to the repository'),
    sidebar: readAsset(path.join(root, 'dist/Sidebar.html'), build),
    code: readAsset(path.join(root, 'dist/Code.js'), build),
  };
}

/** The sidebar as Apps Script would serve it, with the google.script.run shim as the first script of <head>. */
function sidebarWithShim(sidebar: string, nonce: string, time: SimulatedTime): string {
  const withNonce = sidebar.replace(/<script(?=[\s>])/gi, `<script nonce="${nonce}"`);
  const shim = `<script nonce="${nonce}">${scriptRunShim(time)}</script>`;
  return /<head[^>]*>/i.test(withNonce)
    ? withNonce.replace(/<head[^>]*>/i, (head) => `${head}\n${shim}`)
    : shim + withNonce;
}

// ——— State ———

const NO_CALLS: CallCounts = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };

/** The seed as a state to start from, and the links to make in it once the runtime runs. */
function seedOf(seed: PlaygroundOptions['seed']): { saved: SavedState; links: SeedLink[] } {
  const fresh = typeof seed === 'function' ? seed() : (seed ?? playgroundSeed());
  // A copy, so that the world mutating its state never changes what the next reset starts from.
  const saved = jsonCopy({
    version: STATE_VERSION,
    document: fresh.document,
    otherDocuments: fresh.otherDocuments ?? [],
    world: fresh.world,
    calls: NO_CALLS,
    calendar: fresh.calendar,
    autoTriggers: true,
    schedule: {},
  });
  return { saved, links: jsonCopy(fresh.links ?? []) };
}

/** The saved calendar when it has the right shape; each action is checked when it is replayed. */
function readSavedCalendar(raw: unknown): SavedCalendar | undefined {
  if (!isRecord(raw) || !isRecord(raw.oneOnOne) || !Array.isArray(raw.actions)) return undefined;
  const { organizer, seriesId } = raw.oneOnOne;
  if (typeof organizer !== 'string' || typeof seriesId !== 'string') return undefined;
  if (!raw.actions.every((a) => isRecord(a) && Number.isFinite(a.at) && typeof a.op === 'string')) return undefined;
  return { oneOnOne: { organizer, seriesId }, actions: raw.actions as CalendarAction[] };
}

/** The saved state, or undefined with a reason when the file is missing or unusable (then the seed is used). */
function readSavedState(file: string, seed: SavedState): { state?: SavedState; problem?: string } {
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `could not read ${file} (${messageOf(error)})` };
  }
  if (!isRecord(raw) || !isRecord(raw.document) || !isRecord(raw.world))
    return { problem: `${file} is not a playground state` };
  const world = { ...seed.world, ...raw.world } as WorldState;
  if (!Number.isFinite(world.now) || typeof world.activeUser !== 'string')
    return { problem: `${file} has an unusable clock, time zone or user` };
  const calls = { ...seed.calls, ...(isRecord(raw.calls) ? raw.calls : {}) } as CallCounts;
  // A file from before the calendar (version 1) keeps its Doc and world and gets the seed's calendar.
  const calendar = raw.calendar === undefined ? seed.calendar : readSavedCalendar(raw.calendar);
  if (!calendar) return { problem: `${file} has an unusable calendar` };
  // Files from before the trigger clock fire triggers as the clock moves, each an hour after it is first seen.
  const autoTriggers = typeof raw.autoTriggers === 'boolean' ? raw.autoTriggers : true;
  const schedule = isRecord(raw.schedule)
    ? (Object.fromEntries(Object.entries(raw.schedule).filter(([, at]) => Number.isFinite(at))) as TriggerSchedule)
    : {};
  const document = raw.document as Document;
  const otherDocuments = Array.isArray(raw.otherDocuments) ? raw.otherDocuments.filter(isRecord) : [];
  const state = { version: STATE_VERSION, document, world, calls, calendar, autoTriggers, schedule };
  return { state: { ...state, otherDocuments: otherDocuments as Document[] } };
}

function writeState(file: string, runtime: Runtime): void {
  const saved: SavedState = {
    version: STATE_VERSION,
    document: runtime.engine.get(runtime.documentId, { includeTabsContent: true }),
    otherDocuments: runtime.otherDocumentIds.map((id) => runtime.engine.get(id, { includeTabsContent: true })),
    world: runtime.world.state,
    calls: runtime.world.calls,
    calendar: runtime.calendar.saved(),
    autoTriggers: runtime.autoTriggers,
    schedule: runtime.schedule,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename: a crash mid-write leaves the previous state, never half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(saved)}\n`);
  renameSync(temp, file);
}

function createRuntime(saved: SavedState, assets: Assets): Runtime {
  // Google accounts show their own names in person chips (docs/PLATFORM.md, chips): the seed's people are accounts.
  const engine = createDocsEngine({ accountNames: Object.fromEntries(ACCOUNTS.map((p) => [p.email, p.name])) });
  const documentId = engine.put(saved.document);
  const otherDocumentIds = saved.otherDocuments.map((doc) => engine.put(doc));
  const state: WorldState = { ...saved.world, activeDocumentId: documentId, runningTrigger: null };
  const calendar = createPlaygroundCalendar(saved.calendar);
  const world = createWorld(engine, state, { Sidebar: assets.sidebar }, calendar.engine);
  // Edits are stamped, and "now" read, on the world's simulated clock, never the machine's.
  calendar.engine.now = () => world.state.now;
  Object.assign(world.calls, saved.calls);
  const sandbox = loadBundle(assets.code, appsScriptGlobals(world), () => world.state.now);
  const functions = new Set(sandbox.globalNames().filter((name) => typeof sandbox.context[name] === 'function'));
  const schedule = { ...saved.schedule };
  syncSchedule(world, schedule);
  const { autoTriggers } = saved;
  return { engine, calendar, world, sandbox, documentId, otherDocumentIds, functions, autoTriggers, schedule };
}

/**
 * The seed's earlier links, made as each user made them: `linkSeries` from the sidebar of that Doc, through the built
 * Code.js, so that their records, marks and triggers are the add-on's own. What that set-up cost is not counted.
 */
function linkSeeded(runtime: Runtime, links: SeedLink[]): void {
  const { world, sandbox } = runtime;
  const { activeUser, activeDocumentId } = world.state;
  for (const link of links) {
    world.state.activeUser = link.user;
    world.state.activeDocumentId = link.documentId;
    sandbox.call('linkSeries', { calendarId: 'primary', eventId: link.seriesId }, { timeZone: PEOPLE_TIME_ZONE });
  }
  world.state.activeUser = activeUser;
  world.state.activeDocumentId = activeDocumentId;
  Object.assign(world.calls, NO_CALLS);
  world.logs.length = 0;
  syncSchedule(world, runtime.schedule);
}

function seededRuntime(seed: PlaygroundOptions['seed'], assets: Assets): Runtime {
  const { saved, links } = seedOf(seed);
  const runtime = createRuntime(saved, assets);
  linkSeeded(runtime, links);
  return runtime;
}

// ——— What the routes do ———

type CallAnswer = { ok: true; value: unknown } | { ok: false; error: string };

function callFunction(runtime: Runtime, name: string, args: unknown[]): CallAnswer {
  try {
    const value = runtime.sandbox.call(name, ...args);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  } finally {
    runtime.world.logs.splice(0, Math.max(0, runtime.world.logs.length - MAX_LOGS));
  }
}

function readJsonProperty(props: Record<string, string> | undefined, key: string): unknown {
  const raw = props?.[key];
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function personOf(email: string) {
  return PEOPLE.find((p) => p.email === email) ?? { name: email, email, role: '' };
}

/** The 1:1 series as its organizer sees it, read from the engine directly so that it costs the add-on nothing. */
function oneOnOneView(runtime: Runtime) {
  const { calendar, world } = runtime;
  const seriesId = calendar.seriesId();
  try {
    const series = calendar.engine.get(calendar.organizer, seriesId);
    const next = nextOccurrence(calendar, world.state.now, PEOPLE_TIME_ZONE);
    return {
      seriesId,
      iCalUID: series.iCalUID ?? '',
      title: series.summary ?? '',
      organizer: calendar.organizer,
      next: next ? { start: next.start, end: next.end, moved: next.moved } : null,
    };
  } catch (error) {
    return { seriesId, iCalUID: '', title: '', organizer: calendar.organizer, next: null, problem: messageOf(error) };
  }
}

/** The Doc's dated sections as the add-on reads them: heading, date, occurrence key, cancelled mark. */
function sectionsOf(doc: Document) {
  return parseDoc(doc, { promptLines: ALL_PROMPT_LINES }).sections.map((s) => ({
    heading: s.headingText,
    date: s.date,
    key: s.key ?? null,
    cancelled: s.cancelled,
  }));
}

function nextRunOf(runtime: Runtime, user: string): string | null {
  const times = runtime.world.state.triggers
    .filter((t) => t.user === user && t.kind === 'CLOCK')
    .map((t) => runtime.schedule[t.uid])
    .filter((at): at is number => at !== undefined);
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : null;
}

function stateView(runtime: Runtime) {
  const { world, documentId } = runtime;
  const doc = runtime.engine.get(documentId, { includeTabsContent: true });
  const user = world.state.activeUser;
  return {
    documentId,
    title: doc.title ?? '',
    revisionId: doc.revisionId ?? '',
    html: renderDocHtml(doc),
    sections: sectionsOf(doc),
    clock: new Date(world.state.now).toISOString(),
    timeZone: PEOPLE_TIME_ZONE,
    activeUser: user,
    user: personOf(user),
    people: PEOPLE,
    /** The active user's installed triggers (each person has their own). */
    triggers: world.state.triggers
      .filter((t) => t.user === user)
      .map((t) => ({ uid: t.uid, handler: t.handler, kind: t.kind })),
    linked: Boolean(world.state.documentProperties[documentId]?.link),
    /** Whether moving the clock fires the due triggers; else the toolbar's buttons fire them. */
    autoTriggers: runtime.autoTriggers,
    /** When the active user's hourly trigger fires next, if they have one. */
    nextHourlyRun: nextRunOf(runtime, user),
    oneOnOne: oneOnOneView(runtime),
    calendarActions: runtime.calendar.saved().actions.length,
    calls: { ...world.calls },
    /** The active user's last run, as the sidebar reads it. */
    status: storedStatus(world.state.userProperties[user], documentId) ?? null,
    ledger: readJsonProperty(world.state.documentProperties[documentId], 'ledger'),
    functions: [...runtime.functions].sort(),
    logs: world.logs.slice(-10),
  };
}

// ——— Triggers and the calendar ———

/**
 * The triggers a person may fire by hand: the hourly one, which the clock fires unless told not to. A calendar-change
 * trigger fires only when the calendar changes (the calendar's buttons), as on Google: nothing to fire by hand.
 */
const TRIGGER_HANDLERS = { onHourlyTick: 'hourly tick' } as const;
type TriggerHandler = keyof typeof TRIGGER_HANDLERS;

const LINK_FIRST = 'Link the Doc first (sidebar, or “Link the Doc” in the toolbar).';

type ActionAnswer = { ok: true; message: string } | { ok: false; error: string };

const formatWhen = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));

/** Why a person has no trigger: nothing is linked, or it is, but they have not turned automatic preparation on. */
function noTriggerReason(runtime: Runtime, name: string): string {
  const linked = Boolean(runtime.world.state.documentProperties[runtime.documentId]?.link);
  return linked
    ? `${name} has no triggers: the Doc is linked, but automatic preparation is not on for ${name} (turn it on in the sidebar).`
    : `${name} has no triggers. ${LINK_FIRST}`;
}

const callsSince = (world: World, before: CallCounts) =>
  `Calls: Docs ${world.calls.docsGet - before.docsGet} get, ${world.calls.docsBatchUpdate - before.docsBatchUpdate} batchUpdate, Calendar ${world.calls.calendar - before.calendar}.`;

/**
 * Fires every trigger of the active user with this handler, as Apps Script would: through the sandboxed Code.js, as
 * that user, with no active document. Says what the run did, with the calls it cost.
 */
function fireTriggers(runtime: Runtime, handler: TriggerHandler): ActionAnswer {
  const { world, sandbox, documentId } = runtime;
  const user = world.state.activeUser;
  const mine = world.state.triggers.filter((t) => t.user === user);
  const name = personOf(user).name;
  if (mine.length === 0) return { ok: false, error: noTriggerReason(runtime, name) };
  const chosen = mine.filter((t) => t.handler === handler);
  if (chosen.length === 0) return { ok: false, error: `${name} has no ${TRIGGER_HANDLERS[handler]}.` };
  const before = { ...world.calls };
  const runs = chosen.map((trigger) => runTrigger(world, sandbox.call, trigger, documentId));
  trimLogs(world);
  const fired = `Fired ${name}’s ${TRIGGER_HANDLERS[handler]}.`;
  const failures = runs.flatMap((r) => (r.error ? [r.error] : []));
  // Apps Script would record a failed execution; here the message is the whole story.
  if (failures.length > 0)
    return { ok: false, error: `${fired} It failed: ${failures.join(' / ')} ${callsSince(world, before)}` };
  // An idle tick writes no status: the last one is then older news.
  const outcome = runs.find((r) => r.status)?.status ?? 'Nothing to do yet: its next check is later.';
  return { ok: true, message: `${fired} ${outcome} ${callsSince(world, before)}` };
}

const trimLogs = (world: World) => world.logs.splice(0, Math.max(0, world.logs.length - MAX_LOGS));

/** What the triggers did while the clock moved, in a line: how many ran, whose, and what each person's last one said. */
export function describeRuns(runs: TriggerRun[]): string {
  if (runs.length === 0) return '';
  const people = [...new Set(runs.map((r) => r.user))];
  const counts = people.map((user) => {
    const n = runs.filter((r) => r.user === user).length;
    return `${personOf(user).name} ${n}`;
  });
  const said = people.flatMap((user) => {
    const mine = runs.filter((r) => r.user === user && (r.status || r.error));
    const last = mine[mine.length - 1];
    if (!last) return [];
    return [`${personOf(user).name}’s ${last.error ? `failed: ${last.error}` : `said: ${last.status}`}`];
  });
  const ran = `${runs.length} trigger run${runs.length === 1 ? '' : 's'} (${counts.join(', ')})`;
  const line = [ran, ...said].join('; ');
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

type CalendarEdit = 'move' | 'cancel' | 'split';

/** The organizer (Ana) edits the 1:1 in Google Calendar. Calendar-change triggers, where there are any, run after. */
function editCalendar(runtime: Runtime, edit: CalendarEdit): ActionAnswer {
  const { calendar, world } = runtime;
  const { now } = world.state;
  const timeZone = PEOPLE_TIME_ZONE;
  const organizer = personOf(calendar.organizer).name;
  const next = nextOccurrence(calendar, now, timeZone);
  let action: CalendarAction;
  try {
    action =
      edit === 'move'
        ? moveNextAction(calendar, now, timeZone)
        : edit === 'cancel'
          ? cancelNextAction(calendar, now, timeZone)
          : splitNextAction(calendar, now, timeZone);
    calendar.apply(action);
  } catch (error) {
    // The engine's refusals (a CalendarApiError) and the playground's own are both things to tell, not crashes.
    return { ok: false, error: messageOf(error) };
  }
  const when = next ? formatWhen(next.start, next.timeZone) : '';
  if (action.op === 'moveOccurrence') {
    // The new start is wall-clock time in the event's zone: read as UTC and shown in UTC, it reads as written.
    const to = formatWhen(`${action.start.dateTime}Z`, 'UTC');
    return { ok: true, message: `${organizer} moved the 1:1 of ${when} to ${to}.` };
  }
  if (action.op === 'cancelOccurrence') return { ok: true, message: `${organizer} cancelled the 1:1 of ${when}.` };
  return {
    ok: true,
    message: `${organizer} moved the 1:1 to ${SPLIT_TIME} from ${when} on (this and following events): a new series.`,
  };
}

function clockStep(body: unknown): number {
  if (!isRecord(body)) throw new HttpError(400, 'Send {"hours": n} or {"days": n}.');
  const { hours, days } = body;
  if ((hours === undefined) === (days === undefined))
    throw new HttpError(400, 'Send exactly one of "hours" and "days".');
  const total = hours !== undefined ? hours : typeof days === 'number' ? days * 24 : days;
  if (typeof total !== 'number' || !Number.isFinite(total) || Math.abs(total) > MAX_CLOCK_HOURS)
    throw new HttpError(400, `The clock moves by a number of hours up to ${MAX_CLOCK_HOURS} either way.`);
  return Math.round(total * 3_600_000);
}

/** Moves the clock to `to`, firing the due triggers when they fire on their own, and says what happened. */
function advanceClock(runtime: Runtime, to: number) {
  const { world, sandbox, documentId } = runtime;
  const runs = moveClock(world, runtime.schedule, to, {
    fire: runtime.autoTriggers,
    call: sandbox.call,
    documentId,
  });
  trimLogs(world);
  return { runs, said: describeRuns(runs) };
}

/** The simulated clock and the simulated user's zone, as the sidebar's frame must see them. */
const simulatedTime = (runtime: Runtime): SimulatedTime => ({
  now: runtime.world.state.now,
  timeZone: PEOPLE_TIME_ZONE,
});

type DocEdit = 'type' | 'strike';

const integerField = (body: Record<string, unknown>, key: string): number => {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new HttpError(400, `Send "${key}" as an index (a whole number).`);
  return value;
};

const stringField = (body: Record<string, unknown>, key: string, max = 100_000): string => {
  const value = body[key];
  if (typeof value !== 'string' || value.length > max) throw new HttpError(400, `Send "${key}" as text.`);
  return value;
};

/**
 * A person's edit in the Doc pane, as Google Docs' editor would make it: planned on the Doc as it is now and sent
 * through the engine's batchUpdate with `requiredRevisionId`. Indexes the page read at an older revision may point
 * anywhere, so a strike on an older revision is refused; typed text finds its paragraph by its old text.
 */
function editDoc(runtime: Runtime, edit: DocEdit, body: unknown): string {
  if (!isRecord(body)) throw new HttpError(400, 'Send the edit as a JSON object.');
  const { engine, documentId } = runtime;
  const doc = engine.get(documentId, { includeTabsContent: true });
  const revisionId = doc.revisionId ?? '';
  const seen = stringField(body, 'revisionId', 200);
  const stale = () => {
    if (seen !== revisionId)
      throw new EditError('The Doc changed since the page showed it: here it is as it is now.', 409);
  };
  let requests: ReturnType<typeof planStrike>;
  let done: string;
  if (edit === 'strike') {
    stale();
    requests = planStrike(doc, integerField(body, 'start'), integerField(body, 'end'));
    const on = requests[0]?.updateTextStyle?.textStyle?.strikethrough;
    done = `You ${on ? 'struck through' : 'removed the strikethrough from'} the selected text (an updateTextStyle).`;
  } else {
    const before = stringField(body, 'before').replace(/\r\n?|\n/g, '\v');
    requests = planTextEdit(doc, integerField(body, 'start'), before, stringField(body, 'text'));
    done = 'Your typing is in the Doc (a batchUpdate).';
  }
  if (requests.length === 0) return 'Nothing changed.';
  try {
    engine.batchUpdate({ requests, writeControl: { requiredRevisionId: revisionId } }, documentId);
  } catch (error) {
    // The engine refuses as Google would (a chip cut in half, an index out of range): said, and the Doc unchanged.
    throw new HttpError(400, `The Docs engine refused the edit: ${messageOf(error)}`);
  }
  return done;
}

// ——— HTTP plumbing ———

function decodedName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, 'The function name is not valid URL encoding.');
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: http.OutgoingHttpHeaders = {},
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Scripts only with this response's nonce: even if escaping failed somewhere, injected markup could not run. */
function contentSecurityPolicy(nonce: string, frameAncestors: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function sendPage(res: http.ServerResponse, html: string, nonce: string, frameAncestors: string) {
  send(res, 200, html, 'text/html; charset=utf-8', {
    'Content-Security-Policy': contentSecurityPolicy(nonce, frameAncestors),
  });
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `Request bodies are limited to ${limit} bytes.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new HttpError(413, `Request bodies are limited to ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const text = await readBody(req, MAX_BODY_BYTES);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}

/**
 * Requests must name this server as their host (no DNS rebinding), and a POST must be JSON: a page on another
 * origin can only send JSON after a CORS preflight, which this server never grants.
 */
function checkRequest(req: http.IncomingMessage, port: number): void {
  const host = (req.headers.host ?? '').toLowerCase();
  if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) throw new HttpError(403, 'Unknown host.');
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new HttpError(415, 'POST requests must be application/json.');
}

// ——— The server ———

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function listenWithFallback(server: http.Server, port: number, fallback: boolean) {
  try {
    return { port: await listen(server, port), portChanged: false };
  } catch (error) {
    if (!fallback || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    return { port: await listen(server, 0), portChanged: true };
  }
}

const RPC_PREFIX = '/rpc/';

interface Route {
  method: 'GET' | 'POST';
  handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void | Promise<void>;
}

/** Each page gets a fresh nonce, named in its CSP header and on each of its scripts. */
function servePage(res: http.ServerResponse, html: (nonce: string) => string, frameAncestors: string) {
  const nonce = randomBytes(16).toString('base64');
  sendPage(res, html(nonce), nonce, frameAncestors);
}

async function dispatch(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  port: number,
  find: (pathname: string) => Route | undefined,
): Promise<void> {
  checkRequest(req, port);
  const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
  const route = find(pathname === '/index.html' ? '/' : pathname);
  if (!route) throw new HttpError(404, `Nothing at ${pathname}.`);
  if ((req.method ?? 'GET') !== route.method) throw new HttpError(405, `Use ${route.method} for ${pathname}.`);
  await route.handle(req, res, pathname);
}

/** Every failure answers JSON `{ok:false, error}`; only unexpected ones (500) are reported. */
function answerError(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  error: unknown,
  onError: (e: unknown) => void,
) {
  const status = error instanceof HttpError ? error.status : 500;
  if (status === 500) onError(error);
  if (res.headersSent) return res.destroy();
  const message = status === 500 ? `Playground error: ${messageOf(error)}` : messageOf(error);
  // A body left unread (413) is drained and the connection closed after the answer, not reused.
  const headers: http.OutgoingHttpHeaders = status === 413 ? { Connection: 'close' } : {};
  send(res, status, JSON.stringify({ ok: false, error: message }), 'application/json; charset=utf-8', headers);
  if (status === 413) req.resume();
}

/** The one mutable thing behind the routes: the current runtime, saved after every change and replaced by a reset. */
interface App {
  runtime: Runtime;
  assets: Assets;
  save(): void;
  reseed(): void;
  /** Runs a server function and saves: a failed call may still have written (its status, for one). */
  run(name: string, args: unknown[]): CallAnswer;
}

function createApp(options: PlaygroundOptions, statePath: string, onError: (e: unknown) => void) {
  const assets = loadAssets(options.root ?? process.cwd());
  const seeded = () => seededRuntime(options.seed, assets);
  const loaded = options.reset ? {} : readSavedState(statePath, seedOf(options.seed).saved);
  if (loaded.problem) onError(new Error(`Starting from the seed: ${loaded.problem}.`));
  let origin: Playground['origin'] = loaded.state ? 'file' : 'seed';
  let runtime: Runtime;
  try {
    runtime = loaded.state ? createRuntime(loaded.state, assets) : seeded();
  } catch (error) {
    // A saved document the engine refuses (edited by hand, from an older version) must not lock the user out.
    if (!loaded.state) throw error;
    onError(new Error(`Starting from the seed: the saved state could not be loaded (${messageOf(error)}).`));
    runtime = seeded();
    origin = 'seed';
  }
  const app: App = {
    runtime,
    assets,
    save: () => writeState(statePath, app.runtime),
    reseed() {
      app.runtime = seeded();
      app.save();
    },
    run(name, args) {
      const answer = callFunction(app.runtime, name, args);
      // A call may have made or removed a trigger: an hourly one fires first an hour from now.
      syncSchedule(app.runtime.world, app.runtime.schedule);
      app.save();
      return answer;
    },
  };
  app.save();
  return { app, origin };
}

/**
 * The sidebar as opening it in Docs gives it: the built `showSidebar` runs (a server execution, as on Google) and the
 * page it shows is served, so whatever it puts into the page is what the playground shows.
 */
function openSidebar(app: App): string {
  const { world } = app.runtime;
  const answer = app.run('showSidebar', []);
  const shown = world.ui.sidebars.pop();
  world.ui.sidebars.length = 0;
  if (!answer.ok || !shown)
    throw new HttpError(500, `showSidebar failed: ${answer.ok ? 'no sidebar shown' : answer.error}`);
  return shown.html;
}

/** The page with its nonce, and the languages the sidebar has catalogs for, for its language picker. */
const playgroundPage = (page: string, nonce: string): string =>
  page.replace(/__CSP_NONCE__/g, nonce).replace('__SIDEBAR_LANGUAGES__', () => JSON.stringify(Object.keys(CATALOGS)));

const get = (handle: Route['handle']): Route => ({ method: 'GET', handle });
const post = (handle: Route['handle']): Route => ({ method: 'POST', handle });

function routesFor(app: App): Map<string, Route> {
  return new Map<string, Route>([
    ['/', get((_req, res) => servePage(res, (nonce) => playgroundPage(app.assets.page, nonce), "'none'"))],
    [
      '/sidebar',
      get((_req, res) =>
        servePage(res, (nonce) => sidebarWithShim(openSidebar(app), nonce, simulatedTime(app.runtime)), "'self'"),
      ),
    ],
    ['/favicon.ico', get((_req, res) => send(res, 204, '', 'image/x-icon'))],
    ['/api/state', get((_req, res) => sendJson(res, 200, stateView(app.runtime)))],
    [
      '/api/clock',
      post(async (req, res) => {
        const step = clockStep(await readJson(req));
        const moved = advanceClock(app.runtime, app.runtime.world.state.now + step);
        app.save();
        sendJson(res, 200, { ...stateView(app.runtime), runs: moved.runs, said: moved.said });
      }),
    ],
    [
      '/api/clock/next-1on1',
      post(async (req, res) => {
        await readJson(req);
        const { calendar, world } = app.runtime;
        let target: number;
        try {
          target = jumpTarget(calendar, world.state.now, PEOPLE_TIME_ZONE);
        } catch (error) {
          if (error instanceof CalendarActionError) throw new HttpError(409, error.message);
          throw error;
        }
        const moved = advanceClock(app.runtime, target);
        app.save();
        sendJson(res, 200, { ...stateView(app.runtime), runs: moved.runs, said: moved.said });
      }),
    ],
    [
      '/api/triggers',
      post(async (req, res) => {
        const body = await readJson(req);
        const auto = isRecord(body) ? body.auto : undefined;
        if (typeof auto !== 'boolean') throw new HttpError(400, 'Send {"auto": true} or {"auto": false}.');
        app.runtime.autoTriggers = auto;
        syncSchedule(app.runtime.world, app.runtime.schedule);
        app.save();
        sendJson(res, 200, stateView(app.runtime));
      }),
    ],
    ...(['type', 'strike'] as const).map((edit): [string, Route] => [
      `/api/doc/${edit}`,
      post(async (req, res) => {
        const body = await readJson(req);
        let message: string;
        try {
          message = editDoc(app.runtime, edit, body);
        } catch (error) {
          if (error instanceof EditError) throw new HttpError(error.status, error.message);
          throw error;
        }
        app.save();
        sendJson(res, 200, { ...stateView(app.runtime), message });
      }),
    ]),
    [
      '/api/user',
      post(async (req, res) => {
        const body = await readJson(req);
        const email = isRecord(body) ? body.email : undefined;
        if (!PEOPLE.some((p) => p.email === email))
          throw new HttpError(400, `Send {"email": …} with one of ${PEOPLE.map((p) => p.email).join(', ')}.`);
        // The same Doc, opened by the other person: their own user properties and triggers apply from now on.
        app.runtime.world.state.activeUser = email as string;
        app.save();
        sendJson(res, 200, stateView(app.runtime));
      }),
    ],
    [
      '/api/link',
      post(async (req, res) => {
        await readJson(req);
        // What the sidebar's "Link" sends: the 1:1 as the active user sees it in their calendar, and their zone.
        const series = { calendarId: 'primary', eventId: app.runtime.calendar.seriesId() };
        sendJson(res, 200, app.run('linkSeries', [series, { timeZone: PEOPLE_TIME_ZONE }]));
      }),
    ],
    [
      '/api/fire',
      post(async (req, res) => {
        const body = await readJson(req);
        const handler = isRecord(body) ? body.handler : undefined;
        if (handler !== 'onHourlyTick')
          throw new HttpError(
            400,
            'Send {"handler": "onHourlyTick"}: a calendar-change trigger fires when the calendar changes, not by hand.',
          );
        const answer = fireTriggers(app.runtime, handler);
        app.save();
        sendJson(res, 200, answer);
      }),
    ],
    [
      '/api/calendar',
      post(async (req, res) => {
        const body = await readJson(req);
        const edit = isRecord(body) ? body.edit : undefined;
        if (edit !== 'move' && edit !== 'cancel' && edit !== 'split')
          throw new HttpError(400, 'Send {"edit": "move"}, {"edit": "cancel"} or {"edit": "split"}.');
        const answer = editCalendar(app.runtime, edit);
        if (answer.ok) {
          // Google tells each attendee's calendar trigger of the change (where a calendar trigger may exist), whether
          // or not the hourly ones wait for the "Fire" button: the switch is about the clock.
          const runs = fireCalendarTriggers(app.runtime.world, app.runtime.sandbox.call, app.runtime.documentId);
          trimLogs(app.runtime.world);
          if (runs.length > 0) answer.message = `${answer.message} ${describeRuns(runs)}`;
        }
        app.save();
        sendJson(res, 200, answer);
      }),
    ],
    [
      '/api/reset',
      post(async (req, res) => {
        await readJson(req);
        app.reseed();
        sendJson(res, 200, stateView(app.runtime));
      }),
    ],
    [
      '/api/prepare',
      post(async (req, res) => {
        await readJson(req);
        sendJson(res, 200, app.run('prepareNow', [{ timeZone: PEOPLE_TIME_ZONE }]));
      }),
    ],
  ]);
}

/** POST /rpc/<name>: google.script.run's request, for the top-level functions of Code.js only. */
function rpcRoute(app: App): Route {
  return post(async (req, res, pathname) => {
    const name = decodedName(pathname.slice(RPC_PREFIX.length));
    if (!app.runtime.functions.has(name)) throw new HttpError(404, `Code.js has no top-level function named ${name}.`);
    const args = (await readJson(req)) ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, 'Send the arguments as a JSON array.');
    // The simulated time rides with every answer: the sidebar's frame renders it on the server's clock.
    sendJson(res, 200, { ...app.run(name, args), time: simulatedTime(app.runtime) });
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const statePath = path.resolve(options.root ?? process.cwd(), options.statePath);
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const { app, origin } = createApp(options, statePath, onError);
  const routes = routesFor(app);
  const rpc = rpcRoute(app);
  const find = (pathname: string) => (pathname.startsWith(RPC_PREFIX) ? rpc : routes.get(pathname));

  const server = http.createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    dispatch(req, res, port, find).catch((error: unknown) => answerError(req, res, error, onError));
  });

  const { port, portChanged } = await listenWithFallback(server, options.port ?? 0, options.fallbackToFreePort ?? true);
  return {
    // 127.0.0.1 rather than localhost: localhost may resolve to ::1 first, where nothing listens.
    url: `http://${HOST}:${port}`,
    port,
    portChanged,
    statePath,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
