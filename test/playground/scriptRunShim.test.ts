// Tests of the sidebar frame's shim: the simulated clock and zone replace the machine's in Date and Intl, and answers move them.
import vm from 'node:vm';
import { scriptRunShim } from '../../playground/scriptRunShim';

const SIM_NOW = Date.parse('2026-11-22T14:00:00Z');
const ZONE = 'America/New_York';

/** A fresh realm (its own Date and Intl), a fake window and fetch, with the shim run in it as the frame would. */
function frame(time = { now: SIM_NOW, timeZone: ZONE }) {
  const listeners: ((event: unknown) => void)[] = [];
  const fetched: { url: string; body: string }[] = [];
  const answers: unknown[] = [];
  const context = vm.createContext({
    console,
    location: { origin: 'http://127.0.0.1:1' },
    addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && listeners.push(fn),
    fetch: (url: string, init: { body: string }) => {
      fetched.push({ url, body: init.body });
      return Promise.resolve({ json: () => Promise.resolve(answers.shift()) });
    },
  });
  vm.runInContext('window = this; window.parent = {};', context);
  vm.runInContext(scriptRunShim(time), context);
  const run = <T>(code: string): T => vm.runInContext(code, context) as T;
  return { run, listeners, fetched, answers, context };
}

describe('the sidebar frame’s simulated time', () => {
  it('Date.now and new Date() start at the simulated clock and run from there', () => {
    const { run } = frame();
    const now = run<number>('Date.now()');
    expect(now - SIM_NOW).toBeGreaterThanOrEqual(0);
    expect(now - SIM_NOW).toBeLessThan(5_000);
    expect(run<number>('new Date().getTime()') - SIM_NOW).toBeLessThan(5_000);
    expect(run<string>('new Date(0).toISOString()')).toBe('1970-01-01T00:00:00.000Z');
    expect(run<boolean>('new Date() instanceof Date && typeof Date() === "string"')).toBe(true);
  });

  it('the default zone of Intl and of local-time getters is the simulated user’s, whatever the machine’s', () => {
    const { run } = frame();
    expect(run<string>('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(ZONE);
    expect(
      run<string>('new Intl.DateTimeFormat("en-US", { hour: "numeric" }).format(new Date(Date.UTC(2026, 10, 22, 14)))'),
    ).toBe('9 AM');
    // A zone named by the caller is kept.
    expect(
      run<string>(
        'new Intl.DateTimeFormat("en-US", { hour: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 10, 22, 14)))',
      ),
    ).toBe('2 PM');
    expect(run<string>('new Date(Date.UTC(2026, 10, 22, 14)).toLocaleString("en-US")')).toBe('11/22/2026, 9:00:00 AM');
    const parts = run<number[]>(
      'var d = new Date(Date.UTC(2026, 10, 23, 3, 30)); [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getTimezoneOffset()]',
    );
    // 03:30 UTC on Monday is 22:30 on Sunday in New York (EST, UTC−5).
    expect(parts).toEqual([2026, 10, 22, 0, 22, 30, 300]);
    // Wall time in the simulated zone, across the spring DST change (EDT, UTC−4, from 03:00 on Mar 8, 2026).
    expect(run<string>('new Date(2026, 2, 8, 3, 30).toISOString()')).toBe('2026-03-08T07:30:00.000Z');
    expect(run<string>('new Date(2026, 0, 5).toISOString()')).toBe('2026-01-05T05:00:00.000Z');
  });

  it('every answer of the server sets the clock it carries, before the sidebar sees the answer', async () => {
    const { run, answers, fetched, context } = frame();
    const later = SIM_NOW + 26 * 3_600_000;
    answers.push({ ok: true, value: { linked: true }, time: { now: later, timeZone: 'Europe/Paris' } });
    run(
      'window.seen = null; google.script.run.withSuccessHandler(function (v) { window.seen = [v, Date.now()]; }).getSidebarState({})',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = (context as { seen: [unknown, number] }).seen;
    expect(fetched[0]).toEqual({ url: '/rpc/getSidebarState', body: '[{}]' });
    expect(seen[0]).toEqual({ linked: true });
    expect(seen[1] - later).toBeGreaterThanOrEqual(0);
    expect(seen[1] - later).toBeLessThan(5_000);
    expect(run<string>('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe('Europe/Paris');
  });

  it('takes a new time from the page that framed it, and from no one else', () => {
    const { run, listeners, context } = frame();
    const parent = (context as { parent: unknown }).parent;
    const origin = 'http://127.0.0.1:1';
    const message = (source: unknown, from: string, now: number) => {
      const data = { source: 'one-on-one-companion-playground', type: 'time', time: { now } };
      for (const fn of listeners) fn({ origin: from, source, data });
    };
    message({}, origin, SIM_NOW + 1e9);
    message(parent, 'http://evil.example', SIM_NOW + 1e9);
    expect(run<number>('Date.now()') - SIM_NOW).toBeLessThan(5_000);
    message(parent, origin, SIM_NOW + 3_600_000);
    expect(run<number>('Date.now()') - (SIM_NOW + 3_600_000)).toBeLessThan(5_000);
  });
});
