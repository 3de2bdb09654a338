// A typed promise wrapper over google.script.run: names, arguments and answers come from the server's entry module.
import type * as Server from '../server/main';

/** Apps Script's own entry points (menu, install, triggers): callable by Apps Script, never by the sidebar. */
type EntryPoint = 'onOpen' | 'onInstall' | 'showSidebar' | 'onHourlyTick' | 'onCalendarEventUpdated';
export type ServerFunctions = Omit<typeof Server, EntryPoint>;
export type ServerName = keyof ServerFunctions;
export type ServerArgs<K extends ServerName> = Parameters<ServerFunctions[K]>;
export type ServerResult<K extends ServerName> = ReturnType<ServerFunctions[K]>;

/** The part of google.script.run the sidebar uses: each with…Handler returns a new runner; any other name is a call. */
export interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
}

export type Caller = <K extends ServerName>(name: K, ...args: ServerArgs<K>) => Promise<ServerResult<K>>;

/** Apps Script runs a call for up to six minutes, but a sidebar that waits that long looks broken. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const TIMEOUT_MESSAGE = 'The server did not answer; try again.';
const NETWORK_MESSAGE = 'Could not reach Google: check your connection and try again.';

export class RpcError extends Error {
  override name = 'RpcError';
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/**
 * One sentence for a person. The server already words its errors; what arrives from the transport itself
 * ("NetworkError: Connection failure due to HTTP 0", "ScriptError: …") is reworded or stripped of its prefix.
 */
export function readableError(error: unknown): string {
  const raw =
    typeof error === 'string'
      ? error
      : typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : '';
  const text = raw.trim();
  if (/^NetworkError\b/i.test(text)) return NETWORK_MESSAGE;
  const plain = text.replace(/^(?:ScriptError|Exception|Error):\s*/i, '');
  return plain || 'Something went wrong. Try again.';
}

export interface CallerOptions {
  /** google.script.run, looked up at call time: in Apps Script it is injected before the page's script runs. */
  runner?: () => ScriptRunner;
  timeoutMs?: number;
  /** An answer that arrives after its call timed out: the server did act, so its state is still worth showing. */
  onLate?: (name: ServerName, value: unknown) => void;
}

declare const google: { script: { run: ScriptRunner } };

export function createCaller(options: CallerOptions = {}): Caller {
  const runner = options.runner ?? (() => google.script.run);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return <K extends ServerName>(name: K, ...args: ServerArgs<K>) =>
    new Promise<ServerResult<K>>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(new RpcError(TIMEOUT_MESSAGE, true));
      }, timeoutMs);
      const ran = runner()
        .withSuccessHandler((value) => {
          clearTimeout(timer);
          if (settled) options.onLate?.(name, value);
          else resolve(value as ServerResult<K>);
          settled = true;
        })
        .withFailureHandler((error) => {
          clearTimeout(timer);
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
        fn.apply(ran, args);
      } catch (error) {
        // google.script.run throws at once on arguments it cannot send (a Date, a function).
        clearTimeout(timer);
        settled = true;
        reject(new RpcError(readableError(error)));
      }
    });
}
