// Loads the built dist/Code.js into a Node vm context that has only Apps Script's globals: no require, process, module or timers.
import vm from 'node:vm';

export interface Sandbox {
  context: vm.Context;
  /** Calls a top-level function the way google.script.run does: arguments and result travel as JSON. */
  call(name: string, ...args: unknown[]): unknown;
  /** The names the script added to the global scope. */
  globalNames(): string[];
}

/** Names a fresh vm context has before anything is added: the JavaScript built-ins. */
function builtinNames(): Set<string> {
  return new Set(Object.getOwnPropertyNames(vm.runInNewContext('globalThis')));
}

/**
 * `globals` become the context's global services. `now` drives the context's Date, so `new Date()` and `Date.now()`
 * inside the script read the simulated clock.
 */
export function loadBundle(code: string, globals: Record<string, unknown>, now: () => number): Sandbox {
  const context = vm.createContext({}, { name: 'apps-script', codeGeneration: { strings: false, wasm: false } });
  const installClock = vm.runInContext(
    `(function (now) {
      const RealDate = Date;
      function SimulatedDate(...args) {
        if (!new.target) return new RealDate(now()).toString();
        return args.length === 0 ? new RealDate(now()) : new RealDate(...args);
      }
      SimulatedDate.prototype = RealDate.prototype;
      SimulatedDate.now = () => now();
      SimulatedDate.UTC = RealDate.UTC;
      SimulatedDate.parse = RealDate.parse;
      Object.defineProperty(globalThis, 'Date', { value: SimulatedDate, writable: true, configurable: true });
    })`,
    context,
  ) as (now: () => number) => void;
  installClock(now);
  const before = new Set(Object.getOwnPropertyNames(context));
  const builtins = builtinNames();
  for (const [name, value] of Object.entries(globals)) context[name] = value;
  const serviceNames = new Set(Object.keys(globals));
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Arguments arrive as the script's own objects, as google.script.run delivers them: parsed inside the context.
  const parseInContext = vm.runInContext('(text) => JSON.parse(text)', context) as (text: string) => unknown[];
  return {
    context,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      const result = fn(...parseInContext(JSON.stringify(args)));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
    globalNames() {
      return Object.getOwnPropertyNames(context).filter(
        (n) => !before.has(n) && !builtins.has(n) && !serviceNames.has(n),
      );
    },
  };
}
