// A typed promise wrapper over google.script.run: names, arguments and answers come from the server's entry module.
// Each call also carries its context as the server function's last argument: the browser's time zone (the script's
// own zone is the manifest's, never the user's) and, for a write, an id that lets the server run a retried write once.
import type * as Server from '../server/main';
import { readableError } from '../shared/errors';
import type { CallContext } from '../shared/types';

// The sidebar words its failures with the classifier the server and the playground use.
export { readableError };

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
 * signature), whether it writes, and whether it is slow (it reads every Doc, and waits longer before giving up). A new
 * server function does not compile until it is listed here.
 */
const SERVER_CALLS = {
  getSidebarState: { arity: 0, write: false },
  listRecurringSeries: { arity: 0, write: false },
  linkSeries: { arity: 1, write: true },
  unlinkSeries: { arity: 0, write: true },
  unlinkDocument: { arity: 0, write: true },
  updateSettings: { arity: 1, write: true },
  prepareNow: { arity: 0, write: true },
  setItemDone: { arity: 2, write: true },
  dropItem: { arity: 1, write: true },
  keepItem: { arity: 1, write: true },
  addAgendaItem: { arity: 1, write: true },
  addActionItem: { arity: 1, write: true },
  addPrivateNote: { arity: 1, write: true },
  deletePrivateNote: { arity: 1, write: true },
  sharePrivateNote: { arity: 1, write: true },
  getOverview: { arity: 0, write: false },
  refreshOverview: { arity: 0, write: false, slow: true },
  setOverviewItemDone: { arity: 3, write: true },
  dropOverviewItem: { arity: 2, write: true },
} as const satisfies { [K in ServerName]: { arity: ServerArgs<K>['length']; write: boolean; slow?: boolean } };

/** The calls that change something: each gets a request id of its own. */
export type WriteCall = { [K in ServerName]: (typeof SERVER_CALLS)[K]['write'] extends true ? K : never }[ServerName];
export const WRITE_CALLS: readonly WriteCall[] = (Object.keys(SERVER_CALLS) as ServerName[]).filter(
  (name): name is WriteCall => SERVER_CALLS[name].write,
);

/** Where the context goes: right after the function's own arguments (argument 0 of getSidebarState, 2 of setItemDone). */
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

/** The context of one call of `name`: the zone always (when known), a request id for a write. */
export function callContext(
  name: ServerName,
  sources: { timeZone?: () => string | undefined; requestId?: () => string } = {},
): CallContext {
  const context: CallContext = {};
  const timeZone = (sources.timeZone ?? browserTimeZone)();
  if (timeZone) context.timeZone = timeZone;
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
export const TIMEOUT_MESSAGE = 'The server did not answer; try again.';
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

export interface CallerOptions {
  /** google.script.run, looked up at call time: in Apps Script it is injected before the page's script runs. */
  runner?: () => ScriptRunner;
  timeoutMs?: number;
  /** An answer that arrives after its call timed out: the server did act, so its state is still worth showing. */
  onLate?: (name: ServerName, value: unknown) => void;
  /** The user's time zone; the browser's by default. */
  timeZone?: () => string | undefined;
  /** A fresh id for a write; a UUID by default. */
  requestId?: () => string;
}

declare const google: { script: { run: ScriptRunner } };

export function createCaller(options: CallerOptions = {}): Caller {
  const runner = options.runner ?? (() => google.script.run);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  /**
   * The request ids of writes that timed out with no answer yet, by call: the server may still be doing them, so the
   * same action sent again carries the same id and the server does it once. An answer, even a late one, ends that.
   */
  const unanswered = new Map<string, string>();
  return <K extends ServerName>(name: K, ...args: ServerArgs<K>) =>
    new Promise<ServerResult<K>>((resolve, reject) => {
      let settled = false;
      const action = `${String(name)}\u0000${JSON.stringify(args)}`;
      const context = callContext(name, options);
      const pending = unanswered.get(action);
      if (pending && context.requestId) context.requestId = pending;
      const answered = () => {
        if (unanswered.get(action) === context.requestId) unanswered.delete(action);
      };
      const timer = setTimeout(
        () => {
          settled = true;
          if (context.requestId) unanswered.set(action, context.requestId);
          reject(new RpcError(TIMEOUT_MESSAGE, true));
        },
        isSlow(name) ? Math.max(timeoutMs, SLOW_TIMEOUT_MS) : timeoutMs,
      );
      const ran = runner()
        .withSuccessHandler((value) => {
          clearTimeout(timer);
          answered();
          if (settled) options.onLate?.(name, value);
          else resolve(value as ServerResult<K>);
          settled = true;
        })
        .withFailureHandler((error) => {
          clearTimeout(timer);
          answered();
          if (!settled) reject(new RpcError(readableError(error)));
          settled = true;
        }) as unknown as Record<string, (...a: unknown[]) => void>;
      const fn = ran[name];
      if (typeof fn !== 'function') {
        clearTimeout(timer);
        reject(new RpcError(`The add-on has no server function ${String(name)}.`));
        return;
      }
      try {
        // The listed arguments, then the context: at the server function's own position, whatever was passed.
        const position = SERVER_CALLS[name]?.arity ?? args.length;
        const sent: unknown[] = Array.from({ length: position }, (_, i) => (args as unknown[])[i]);
        sent.push(context);
        fn.apply(ran, sent);
      } catch (error) {
        // google.script.run throws at once on arguments it cannot send (a Date, a function).
        clearTimeout(timer);
        settled = true;
        reject(new RpcError(readableError(error)));
      }
    });
}
