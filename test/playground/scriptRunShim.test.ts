// Tests of the sidebar frame's shim: the simulated clock and zone replace the machine's in Date and Intl, answers move them, and every call takes a simulated round trip.
import vm from 'node:vm';
import { LOST_ANSWER, ROUND_TRIP, scriptRunShim } from '../../playground/scriptRunShim';

const SIM_NOW = Date.parse('2026-11-22T14:00:00Z');
const ZONE = 'America/New_York';

/**
 * A fresh realm (its own Date and Intl), a fake window and fetch, with the shim run in it as the frame would; `search`
 * is the frame's query string. An answer that is an Error makes fetch fail, as when the server cannot be reached.
 */
function frame(time = { now: SIM_NOW, timeZone: ZONE }, search = '?delay=0') {
  const listeners: ((event: unknown) => void)[] = [];
  const fetched: { url: string; body: string }[] = [];
  const answers: unknown[] = [];
  const context = vm.createContext({
    console,
    setTimeout,
    URLSearchParams,
    location: { origin: 'http://127.0.0.1:1', search },
    // The machine's browser, in American English.
    navigator: { languages: ['en-US', 'en'], language: 'en-US' },
    addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && listeners.push(fn),
    fetch: (url: string, init: { body: string }) => {
      fetched.push({ url, body: init.body });
      const answer = answers.shift();
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve({ json: () => Promise.resolve(answer) });
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

describe('the sidebar frame’s browser language', () => {
  const languages = (search: string) =>
    frame(undefined, search).run<[string[], string]>('[navigator.languages.slice(), navigator.language]');

  it('is the machine browser’s, unless the frame’s address asks for another with ?lang=', () => {
    expect(languages('?delay=0')).toEqual([['en-US', 'en'], 'en-US']);
    expect(languages('?delay=0&lang=de')).toEqual([['de'], 'de']);
    expect(languages('?lang=pt-br')).toEqual([['pt-BR'], 'pt-BR']);
    expect(languages('?lang=zh-TW&delay=0')).toEqual([['zh-TW'], 'zh-TW']);
  });

  it('ignores a tag that is not one, as no browser could have it', () => {
    expect(languages('?lang=not%20a%20tag!')).toEqual([['en-US', 'en'], 'en-US']);
    expect(languages('?lang=')).toEqual([['en-US', 'en'], 'en-US']);
  });
});

describe('the sidebar frame’s round trip to Google', () => {
  const ORIGIN = 'http://127.0.0.1:1';
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Tells the frame something as the page that framed it. */
  const fromPage = (f: ReturnType<typeof frame>, data: Record<string, unknown>) => {
    const parent = (f.context as { parent: unknown }).parent;
    for (const fn of f.listeners)
      fn({ origin: ORIGIN, source: parent, data: { source: 'one-on-one-companion-playground', ...data } });
  };
  /** Calls getSidebarState as the sidebar does; the handlers' calls land in `window.heard`. */
  const call = (f: ReturnType<typeof frame>) =>
    f.run(
      'window.heard = window.heard || []; google.script.run.withSuccessHandler(function (v) { window.heard.push(["ok", v]); }).withFailureHandler(function (e) { window.heard.push(["failed", e.message]); }).getSidebarState({})',
    );
  const heard = (f: ReturnType<typeof frame>) => (f.context as { heard?: unknown[] }).heard ?? [];

  it('waits the round trip the frame’s address asks for before the server runs the call, then answers', async () => {
    const f = frame(undefined, '?delay=150');
    f.answers.push({ ok: true, value: { linked: true } });
    call(f);
    await wait(60);
    // Nothing has reached the server yet: on Google the execution has not started.
    expect(f.fetched).toEqual([]);
    expect(heard(f)).toEqual([]);
    await wait(250);
    expect(f.fetched).toHaveLength(1);
    expect(heard(f)).toEqual([['ok', { linked: true }]]);
  });

  it('takes a new round trip from the page, from 0 to the most the toolbar offers; anything else is the default', async () => {
    const f = frame(undefined, '?delay=2500');
    fromPage(f, { type: 'round-trip', ms: 0 });
    f.answers.push({ ok: true, value: 1 });
    call(f);
    await wait(30);
    expect(f.fetched).toHaveLength(1);
    for (const bad of [-1, ROUND_TRIP.maxMs + 1, 'soon', null]) {
      const g = frame(undefined, '?delay=0');
      fromPage(g, { type: 'round-trip', ms: bad });
      call(g);
      await wait(60);
      // The default round trip (a second) has not passed: the call is still on its way.
      expect(g.fetched).toEqual([]);
    }
    expect(ROUND_TRIP.defaultMs).toBeGreaterThan(60);
    // Another page's message changes nothing.
    const h = frame(undefined, '?delay=0');
    for (const fn of h.listeners)
      fn({
        origin: 'http://evil.example',
        source: {},
        data: { source: 'one-on-one-companion-playground', type: 'round-trip', ms: 3000 },
      });
    call(h);
    await wait(30);
    expect(h.fetched).toHaveLength(1);
  });

  it('loses the next answer when the page says so: the call ran, the sidebar hears NetworkError, the call after is answered', async () => {
    const f = frame();
    fromPage(f, { type: 'lose-next-answer' });
    f.answers.push({ ok: true, value: 'first' }, { ok: true, value: 'second' });
    call(f);
    await wait(30);
    call(f);
    await wait(30);
    expect(f.fetched).toHaveLength(2);
    expect(heard(f)).toEqual([
      ['failed', LOST_ANSWER],
      ['ok', 'second'],
    ]);
  });

  it('says NetworkError when the server cannot be reached, as Google does when the connection fails', async () => {
    const f = frame();
    f.answers.push(new Error('connection refused'));
    call(f);
    await wait(30);
    expect(heard(f)).toEqual([['failed', expect.stringMatching(/^NetworkError: /)]]);
  });
});
