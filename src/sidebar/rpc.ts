// A typed promise wrapper over google.script.run: names, arguments and answers come from the server's entry module.
// Each call also carries its context as the server function's last argument: the browser's time zone (the script's
// own zone is the manifest's, never the user's) and, for a write, an id that lets the server run a retried write once.
// A write whose outcome is unknown is sent once more under that id by the caller itself, before any error is said.
import type * as Server from '../server/main';
import { outcomeUnknown, readableError } from '../shared/errors';
import type { CallContext } from '../shared/types';
import { t } from './i18n';
import { M } from './i18n/keys';
import { word } from './i18n/word';

// The sidebar words its failures with the classifier the server and the playground use.

/** Apps Script's own entry points (menu, install, triggers): callable by Apps Script, never by the sidebar. */
type EntryPoint = 'onOpen' | 'onInstall' | 'showSidebar' | 'showOverview' | 'onHourlyTick' | 'onCalendarEventUpdated';
export type ServerFunctions = Omit<typeof Server, EntryPoint>;
export type ServerName = keyof ServerFunctions;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * True when a parameter list ends with an optional `CallContext` (`context?: CallContext`), false otherwise: no
 * context, a required one, or one of another type. Every function the sidebar calls must end with it.
 */
export type EndsWithContext<P extends unknown[]> = P extends [...unknown[], unknown]
  ? false
  : Required<P> extends [...unknown[], infer Last]
    ? Same<Last, CallContext>
    : false;

/** The server functions the sidebar may call whose last parameter is not `context?: CallContext`: must be none. */
export type WithoutContext = {
  [K in ServerName]: EndsWithContext<Parameters<ServerFunctions[K]>> extends true ? never : K;
}[ServerName];

/**
 * The arguments the sidebar passes: the server function's own parameters without the trailing
 * context, every one of them required (so that the context's position is fixed). `never` for a function that lacks
 * the context, which makes it uncallable.
 */
export type ServerArgs<K extends ServerName> =
  EndsWithContext<Parameters<ServerFunctions[K]>> extends true
    ? Required<Parameters<ServerFunctions[K]>> extends [...infer Design, unknown]
      ? Design
      : never
    : never;
export type ServerResult<K extends ServerName> = ReturnType<ServerFunctions[K]>;

/**
 * Every function the sidebar calls: how many arguments come before the context (checked against the server's
 * signature), whether it writes, whether it is slow (it reads every Doc, and waits longer before giving up), and
 * whether it carries the browser's language (it may decide the language a Doc's notes are written in). A new server
 * function does not compile until it is listed here.
 */
const SERVER_CALLS = {
  getSidebarState: { arity: 0, write: false },
  listRecurringSeries: { arity: 0, write: false },
  linkSeries: { arity: 1, write: true, language: true },
  unlinkSeries: { arity: 0, write: true },
  unlinkDocument: { arity: 0, write: true },
  updateSettings: { arity: 1, write: true },
  prepareNow: { arity: 0, write: true, language: true },
  setItemDone: { arity: 3, write: true },
  dropItem: { arity: 2, write: true },
  keepItem: { arity: 2, write: true },
  addAgendaItem: { arity: 1, write: true },
  addActionItem: { arity: 1, write: true },
  addPrivateNote: { arity: 1, write: true },
  deletePrivateNote: { arity: 1, write: true },
  sharePrivateNote: { arity: 1, write: true },
  checkSharingAgain: { arity: 0, write: false },
  getOverview: { arity: 0, write: false },
  refreshOverview: { arity: 0, write: false, slow: true },
  restoreAutomation: { arity: 0, write: true },
  setOverviewItemDone: { arity: 4, write: true },
  dropOverviewItem: { arity: 3, write: true },
} as const satisfies {
  [K in ServerName]: { arity: ServerArgs<K>['length']; write: boolean; slow?: boolean; language?: true };
};

/** The calls that change something: each gets a request id of its own. */
export type WriteCall = { [K in ServerName]: (typeof SERVER_CALLS)[K]['write'] extends true ? K : never }[ServerName];
export const WRITE_CALLS: readonly WriteCall[] = (Object.keys(SERVER_CALLS) as ServerName[]).filter(
  (name): name is WriteCall => SERVER_CALLS[name].write,
);

/** Where the context goes: right after the function's own arguments (argument 0 of getSidebarState, 3 of setItemDone). */
export function contextPosition(name: ServerName): number {
  return SERVER_CALLS[name].arity;
}

/** The browser's IANA time zone ("Europe/Paris"), or undefined when it cannot say. */
export function browserTimeZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}

/** The browser's first language (`en-GB`, `pt-BR`), or undefined when it cannot say. */
export function browserLanguage(): string | undefined {
  if (typeof navigator === 'undefined') return undefined;
  const tag = navigator.languages?.[0] ?? navigator.language;
  return typeof tag === 'string' && tag !== '' ? tag : undefined;
}

/** A fresh unique id for one user action: a UUID where the browser makes them, else 24 random base-36 characters. */
export function newRequestId(): string {
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  try {
    if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID exists only in secure contexts; the sidebar's frame is one, a test page may not be.
  }
  let id = '';
  if (typeof crypto?.getRandomValues === 'function') {
    for (const n of crypto.getRandomValues(new Uint32Array(5))) id += n.toString(36).padStart(7, '0');
  } else {
    while (id.length < 24) id += Math.random().toString(36).slice(2);
  }
  return id.slice(0, 24);
}

/**
 * The context of one call of `name`: the zone always (when known), the browser's language for a call that may decide
 * the notes' language, a request id for a write.
 */
export function callContext(
  name: ServerName,
  sources: { timeZone?: () => string | undefined; language?: () => string | undefined; requestId?: () => string } = {},
): CallContext {
  const context: CallContext = {};
  const timeZone = (sources.timeZone ?? browserTimeZone)();
  if (timeZone) context.timeZone = timeZone;
  const language =
    SERVER_CALLS[name] && 'language' in SERVER_CALLS[name] ? (sources.language ?? browserLanguage)() : undefined;
  if (language) context.language = language;
  // A name the table does not know (only possible from untyped code) is taken for a write: an id does no harm.
  if (SERVER_CALLS[name]?.write !== false) context.requestId = (sources.requestId ?? newRequestId)();
  return context;
}

/** The part of google.script.run the sidebar uses: each with…Handler returns a new runner; any other name is a call. */
export interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
}

export type Caller = <K extends ServerName>(name: K, ...args: ServerArgs<K>) => Promise<ServerResult<K>>;

/** Apps Script runs a call for up to six minutes, but a sidebar that waits that long looks broken. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const TIMEOUT_MESSAGE = t(M['rpc.timeout']);
/** A slow call (reading every Doc) may take the whole six minutes Apps Script gives it: given up only after those. */
export const SLOW_TIMEOUT_MS = 6.5 * 60_000;

const isSlow = (name: ServerName): boolean => (SERVER_CALLS[name] as { slow?: boolean } | undefined)?.slow === true;

export class RpcError extends Error {
  override name = 'RpcError';
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** How long a write whose outcome is unknown waits before it is sent again: a blip in the connection has passed. */
export const RETRY_DELAY_MS = 1_500;

export interface CallerOptions {
  /** google.script.run, looked up at call time: in Apps Script it is injected before the page's script runs. */
  runner?: () => ScriptRunner;
  timeoutMs?: number;
  /** The wait before a write whose outcome is unknown is sent again under its request id. */
  retryDelayMs?: number;
  /** An answer that arrives after its call was given up on: the server did act, so its state is still worth showing. */
  onLate?: (name: ServerName, value: unknown) => void;
  /** The user's time zone; the browser's by default. */
  timeZone?: () => string | undefined;
  /** The user's language; the browser's by default. */
  language?: () => string | undefined;
  /** A fresh id for a write; a UUID by default. */
  requestId?: () => string;
}

declare const google: { script: { run: ScriptRunner } };

/**
 * One action of the person, sent once or twice. A write whose outcome is unknown (no answer in time, the connection
 * lost, a failure the server did not foresee) may have been done, so it is sent once more under the same request id,
 * which the server runs once; whichever attempt answers first is the action's answer, and it answers only once.
 */
interface Action {
  readonly name: ServerName;
  readonly args: readonly unknown[];
  readonly context: CallContext;
  /** Attempts sent or waiting to be sent: only the latest one's failure is the action's. */
  attempts: number;
  outcome: 'open' | 'resolved' | 'rejected';
  readonly timers: Set<ReturnType<typeof setTimeout>>;
  resolve(value: unknown): void;
  reject(error: RpcError): void;
  /** Keeps the request id for the person's next try of the same action (true), or lets it go (false). */
  keepId(keep: boolean): void;
}

interface Setup {
  runner: () => ScriptRunner;
  timeoutMs: number;
  retryDelayMs: number;
  onLate?: CallerOptions['onLate'];
}

function stopTimers(action: Action): void {
  for (const timer of action.timers) clearTimeout(timer);
  action.timers.clear();
}

function answered(action: Action, value: unknown, setup: Setup): void {
  const was = action.outcome;
  action.keepId(false);
  if (was === 'open') {
    action.outcome = 'resolved';
    stopTimers(action);
    action.resolve(value);
  } else if (was === 'rejected') {
    setup.onLate?.(action.name, value);
  }
  // Already resolved by the other attempt: this answer is the same write's, and says nothing new.
}

function failed(action: Action, attempt: number, error: RpcError, unknown: boolean, setup: Setup): void {
  if (action.outcome !== 'open') {
    // A refusal that comes late still tells that nothing was done: the next try is a new action.
    if (action.outcome === 'rejected' && !unknown) action.keepId(false);
    return;
  }
  // An earlier attempt: the one sent after it answers for both.
  if (attempt !== action.attempts) return;
  if (unknown && attempt === 1 && action.context.requestId) {
    const retry = ++action.attempts;
    const timer = setTimeout(() => {
      action.timers.delete(timer);
      send(action, retry, setup);
    }, setup.retryDelayMs);
    action.timers.add(timer);
    return;
  }
  action.outcome = 'rejected';
  stopTimers(action);
  action.keepId(unknown);
  action.reject(error);
}

function send(action: Action, attempt: number, setup: Setup): void {
  const { name } = action;
  const timer = setTimeout(
    () => {
      action.timers.delete(timer);
      failed(action, attempt, new RpcError(TIMEOUT_MESSAGE, true), true, setup);
    },
    isSlow(name) ? Math.max(setup.timeoutMs, SLOW_TIMEOUT_MS) : setup.timeoutMs,
  );
  action.timers.add(timer);
  const done = () => {
    clearTimeout(timer);
    action.timers.delete(timer);
  };
  const ran = setup
    .runner()
    .withSuccessHandler((value) => {
      done();
      answered(action, value, setup);
    })
    .withFailureHandler((error) => {
      done();
      failed(action, attempt, new RpcError(word(readableError(error))), outcomeUnknown(error), setup);
    }) as unknown as Record<string, (...a: unknown[]) => void>;
  const fn = ran[name];
  if (typeof fn !== 'function') {
    done();
    failed(action, attempt, new RpcError(t(M['rpc.noFunction'], { name: String(name) })), false, setup);
    return;
  }
  try {
    // The listed arguments, then the context: at the server function's own position, whatever was passed.
    const position = SERVER_CALLS[name]?.arity ?? action.args.length;
    const sent: unknown[] = Array.from({ length: position }, (_, i) => action.args[i]);
    sent.push(action.context);
    fn.apply(ran, sent);
  } catch (error) {
    // google.script.run throws at once on arguments it cannot send (a Date, a function): nothing left the page.
    done();
    failed(action, attempt, new RpcError(word(readableError(error))), false, setup);
  }
}

export function createCaller(options: CallerOptions = {}): Caller {
  const setup: Setup = {
    runner: options.runner ?? (() => google.script.run),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retryDelayMs: options.retryDelayMs ?? RETRY_DELAY_MS,
    ...(options.onLate ? { onLate: options.onLate } : {}),
  };
  /**
   * The request ids of writes whose outcome is still unknown, by action: the server may have done them, so the same
   * action done again by the person carries the same id and the server does it once. An answer, even a late one, or a
   * refusal ends that.
   */
  const unknownOutcome = new Map<string, string>();
  return <K extends ServerName>(name: K, ...args: ServerArgs<K>) =>
    new Promise<ServerResult<K>>((resolve, reject) => {
      const key = `${String(name)}\u0000${JSON.stringify(args)}`;
      const context = callContext(name, options);
      const remembered = unknownOutcome.get(key);
      if (remembered && context.requestId) context.requestId = remembered;
      const id = context.requestId;
      const action: Action = {
        name,
        args,
        context,
        attempts: 1,
        outcome: 'open',
        timers: new Set(),
        resolve: (value) => resolve(value as ServerResult<K>),
        reject,
        keepId: (keep) => {
          if (id === undefined) return;
          if (keep) unknownOutcome.set(key, id);
          else if (unknownOutcome.get(key) === id) unknownOutcome.delete(key);
        },
      };
      send(action, 1, setup);
    });
}
