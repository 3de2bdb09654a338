// A google.script.run stand-in for the sidebar's unit tests: each call is recorded and answered when the test says.
import type { ScriptRunner } from '../../src/sidebar/rpc';

export interface PendingCall {
  name: string;
  args: unknown[];
  succeed(value: unknown): void;
  fail(error: unknown): void;
}

/** The real API's shape: with…Handler returns a new runner; any other property is a server function. */
export function fakeRunner(): { runner: () => ScriptRunner; calls: PendingCall[] } {
  const calls: PendingCall[] = [];
  const make = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => make(fn, failure);
        if (name === 'withFailureHandler') return (fn: (e: unknown) => void) => make(success, fn);
        if (typeof name !== 'string') return undefined;
        return (...args: unknown[]) => {
          calls.push({ name, args, succeed: (v) => success?.(v), fail: (e) => failure?.(e) });
        };
      },
    });
  return { runner: () => make(), calls };
}
