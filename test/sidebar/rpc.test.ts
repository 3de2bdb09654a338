// The typed google.script.run wrapper at run time: answers, readable failures, timeouts, late answers, a write sent
// again under its request id when its outcome is unknown, and the call context it appends (the browser's time zone;
// a fresh request id for each action the person takes).
import { webcrypto } from 'node:crypto';
import { checkCallContext } from '../../src/core/validate';
import { readableError } from '../../src/shared/errors';
import { encodeMessage, said } from '../../src/shared/messages';
import type { CallContext } from '../../src/shared/types';
import {
  browserLanguage,
  browserTimeZone,
  callContext,
  contextPosition,
  createCaller,
  newRequestId,
  type ServerArgs,
  type ServerName,
  TIMEOUT_MESSAGE,
  WRITE_CALLS,
} from '../../src/sidebar/rpc';
import { english } from '../support/words';
import { fakeRunner, type PendingCall } from './fakeRunner';

const state = { linked: false, commitments: [], agenda: [], privateNotes: [] };

describe('rpc', () => {
  afterEach(() => jest.useRealTimers());

  it('calls the server function by name with its arguments and resolves with its answer', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeZone: () => 'Asia/Tokyo', requestId: () => 'req-0001' });
    const answer = call('setItemDone', 'item-1', true, '1.0.0');
    expect(calls.map((c) => [c.name, c.args])).toEqual([
      ['setItemDone', ['item-1', true, '1.0.0', { timeZone: 'Asia/Tokyo', requestId: 'req-0001' }]],
    ]);
    calls[0]!.succeed(state);
    await expect(answer).resolves.toEqual(state);
  });

  it('rejects with the server’s own message in words, whatever prefix the transport put before it', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner });
    const answer = call('addAgendaItem', 'x');
    calls[0]!.fail(new Error(`Exception: ${encodeMessage(said('invalid.tooLong', { count: 500 }))}`));
    await expect(answer).rejects.toThrow('That is too long: at most 500 characters.');
  });

  it('words transport failures for a person', () => {
    expect(english(readableError(new Error('NetworkError: Connection failure due to HTTP 0')))).toBe(
      'Could not reach Google: check your connection and try again.',
    );
    expect(english(readableError('ScriptError: Authorisation is required.'))).toMatch(/allow 1:1 Companion again/);
    expect(english(readableError(undefined))).toBe('Something went wrong. Try again.');
    expect(english(readableError({ message: '' }))).toBe('Something went wrong. Try again.');
  });

  it('gives up on a read after the timeout with “The server did not answer”, and hands a late answer to onLate', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const late: unknown[] = [];
    const call = createCaller({ runner, timeoutMs: 30_000, onLate: (name, value) => late.push([name, value]) });
    const answer = call('getSidebarState');
    jest.advanceTimersByTime(30_000);
    await expect(answer).rejects.toThrow(TIMEOUT_MESSAGE);
    await expect(answer).rejects.toMatchObject({ timedOut: true });
    // A read is not sent again: the next read asks afresh.
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
    calls[0]!.succeed(state);
    expect(late).toEqual([['getSidebarState', state]]);
  });

  it('rejects at once when google.script.run refuses the arguments', async () => {
    const call = createCaller({
      runner: () =>
        ({
          withSuccessHandler() {
            return this;
          },
          withFailureHandler() {
            return this;
          },
          getSidebarState() {
            throw new Error('Failed due to illegal value in property: 0');
          },
        }) as never,
    });
    // What google.script.run said of the arguments is a programmer's matter: the person reads that it failed.
    await expect(call('getSidebarState')).rejects.toThrow('Something went wrong. Try again.');
  });
});

/** The request id a call was sent with. */
const idOf = (calls: PendingCall[], i: number) => (calls[i]!.args.at(-1) as { requestId?: string }).requestId;

/** A zero delay set inside a timer's own callback (the timeout) is run 1 ms later by Jest's fake timers. */
const retryAfterTimeout = () => jest.advanceTimersByTime(1);

describe('a write whose outcome is unknown', () => {
  afterEach(() => jest.useRealTimers());

  it('is sent again once, after the delay, under the same request id, when it timed out', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeoutMs: 30_000, retryDelayMs: 1_500 });
    const answer = call('addAgendaItem', 'Promotion');
    jest.advanceTimersByTime(30_000);
    jest.advanceTimersByTime(1_499);
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(calls.map((c) => c.name)).toEqual(['addAgendaItem', 'addAgendaItem']);
    expect(calls[1]!.args.slice(0, -1)).toEqual(['Promotion']);
    expect(idOf(calls, 1)).toBe(idOf(calls, 0));
    expect(idOf(calls, 0)).toBeDefined();
    calls[1]!.succeed(state);
    await expect(answer).resolves.toEqual(state);
  });

  it.each([
    `ScriptError: ${encodeMessage(said('error.unforeseen'))}`,
    'NetworkError: Connection failure due to HTTP 0',
    'ScriptError: Exceeded maximum execution time',
  ])('is sent again once under the same request id after “%s”', async (message) => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, retryDelayMs: 0 });
    const answer = call('setItemDone', 'a1', true, '1.0.0');
    calls[0]!.fail(new Error(message));
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(0);
    expect(calls.map((c) => [c.name, c.args.slice(0, -1)])).toEqual([
      ['setItemDone', ['a1', true, '1.0.0']],
      ['setItemDone', ['a1', true, '1.0.0']],
    ]);
    expect(idOf(calls, 1)).toBe(idOf(calls, 0));
    calls[1]!.succeed(state);
    await expect(answer).resolves.toEqual(state);
  });

  it('is not sent again after a refusal the server worded, and the same words again are a new action', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, retryDelayMs: 0 });
    const answer = call('addAgendaItem', 'Promotion');
    calls[0]!.fail(new Error(`Exception: ${encodeMessage(said('invalid.tooLong', { count: 500 }))}`));
    await expect(answer).rejects.toThrow('That is too long: at most 500 characters.');
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
    void call('addAgendaItem', 'Promotion');
    expect(calls).toHaveLength(2);
    expect(idOf(calls, 1)).toBeDefined();
    expect(idOf(calls, 1)).not.toBe(idOf(calls, 0));
  });

  it('reports the second failure, and keeps the id for the person’s repeat of the same action only', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeoutMs: 30_000, retryDelayMs: 0 });
    const first = call('addAgendaItem', 'Promotion');
    calls[0]!.fail(new Error('NetworkError: Connection failure due to HTTP 0'));
    jest.advanceTimersByTime(0);
    jest.advanceTimersByTime(30_000);
    await expect(first).rejects.toMatchObject({ message: TIMEOUT_MESSAGE, timedOut: true });
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(2);
    // Pressed again: the server may still be adding the topic, so the same id goes with it.
    const again = call('addAgendaItem', 'Promotion');
    const other = call('addAgendaItem', 'Offsite');
    expect(idOf(calls, 2)).toBe(idOf(calls, 0));
    expect(idOf(calls, 3)).not.toBe(idOf(calls, 0));
    calls[2]!.succeed(state);
    calls[3]!.succeed(state);
    await expect(again).resolves.toEqual(state);
    await expect(other).resolves.toEqual(state);
    // Once answered, the same words are a new action.
    void call('addAgendaItem', 'Promotion');
    expect(idOf(calls, 4)).not.toBe(idOf(calls, 0));
  });

  it('answers once when the first attempt answers late, while the second is on its way', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const late: unknown[] = [];
    const call = createCaller({ runner, timeoutMs: 30_000, retryDelayMs: 0, onLate: (_n, v) => late.push(v) });
    const answer = call('prepareNow');
    const outcomes: unknown[] = [];
    answer.then(
      (value) => outcomes.push(['resolved', value]),
      (error) => outcomes.push(['rejected', error]),
    );
    jest.advanceTimersByTime(30_000);
    retryAfterTimeout();
    expect(calls).toHaveLength(2);
    const firstAnswer = { ...state, agenda: [{ text: 'first' }] };
    calls[0]!.succeed(firstAnswer);
    calls[1]!.succeed({ ...state, agenda: [{ text: 'second' }] });
    // The second attempt's timer is gone with it: nothing fails later.
    jest.advanceTimersByTime(120_000);
    await answer;
    expect(outcomes).toEqual([['resolved', firstAnswer]]);
    expect(late).toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it('sends no second attempt when the first answers late during the delay', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeoutMs: 30_000, retryDelayMs: 1_500 });
    const answer = call('prepareNow');
    jest.advanceTimersByTime(30_000);
    calls[0]!.succeed(state);
    jest.advanceTimersByTime(120_000);
    await expect(answer).resolves.toEqual(state);
    expect(calls).toHaveLength(1);
  });

  it('hands an answer that comes after both attempts failed to onLate, and lets its id go', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const late: unknown[] = [];
    const call = createCaller({ runner, timeoutMs: 30_000, retryDelayMs: 0, onLate: (_n, v) => late.push(v) });
    const answer = call('keepItem', 'a1', '1.0.0');
    jest.advanceTimersByTime(30_000);
    retryAfterTimeout();
    expect(calls).toHaveLength(2);
    jest.advanceTimersByTime(30_000);
    await expect(answer).rejects.toMatchObject({ timedOut: true });
    calls[1]!.succeed(state);
    calls[0]!.succeed(state);
    expect(late).toEqual([state, state]);
    void call('keepItem', 'a1', '1.0.0');
    expect(idOf(calls, 2)).not.toBe(idOf(calls, 0));
  });

  it('leaves reads alone: a read that failed unforeseen is reported at once and not sent again', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, retryDelayMs: 0 });
    const answer = call('getOverview');
    calls[0]!.fail(new Error(encodeMessage(said('error.unforeseen'))));
    await expect(answer).rejects.toThrow(english(said('error.unforeseen')));
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
  });
});

/** Every function the sidebar calls, with arguments of the right shape. */
const EXAMPLES: { [K in ServerName]: ServerArgs<K> } = {
  getSidebarState: [],
  listRecurringSeries: [],
  linkSeries: [{ calendarId: 'primary', eventId: 'abc' }],
  unlinkSeries: [],
  unlinkDocument: [],
  updateSettings: [{ leadHours: 48 }],
  prepareNow: [],
  setItemDone: ['a1', false, '0.1.0'],
  dropItem: ['a1', '3.0.0'],
  keepItem: ['a1', '3.0.0'],
  addAgendaItem: ['Promotion'],
  addActionItem: [{ text: 'Share the rubric', owner: 'them' }],
  addPrivateNote: ['Ask about the offsite'],
  deletePrivateNote: ['n1'],
  sharePrivateNote: ['n1'],
  checkSharingAgain: [],
  getOverview: [],
  refreshOverview: [],
  restoreAutomation: [],
  setOverviewItemDone: ['doc-2', 'a1', true, '1.0.0'],
  dropOverviewItem: ['doc-2', 'a1', '1.0.0'],
};
const WRITES = [
  'linkSeries',
  'unlinkSeries',
  'unlinkDocument',
  'updateSettings',
  'prepareNow',
  'setItemDone',
  'dropItem',
  'keepItem',
  'addAgendaItem',
  'addActionItem',
  'addPrivateNote',
  'deletePrivateNote',
  'sharePrivateNote',
  'restoreAutomation',
  'setOverviewItemDone',
  'dropOverviewItem',
];

const LANGUAGE_CALLS = ['linkSeries', 'prepareNow'];

/** Calls `name` with its example arguments through a fake runner; answers what the runner received. */
function sent(name: ServerName, options: Parameters<typeof createCaller>[0] = {}): unknown[] {
  const { runner, calls } = fakeRunner();
  const caller = createCaller({ runner, ...options }) as (name: string, ...args: unknown[]) => Promise<unknown>;
  void caller(name, ...EXAMPLES[name]).catch(() => undefined);
  calls[0]!.succeed(null);
  return calls[0]!.args;
}

describe('the call context', () => {
  const names = Object.keys(EXAMPLES) as ServerName[];

  it('lists exactly the writes as writes', () => {
    expect([...WRITE_CALLS].sort()).toEqual([...WRITES].sort());
  });

  it.each(names)('%s gets it as its last argument, right after the arguments it lists', (name) => {
    const args = sent(name, {
      timeZone: () => 'America/Argentina/Buenos_Aires',
      language: () => 'es-AR',
      requestId: () => 'id-of-one-action',
    });
    expect(contextPosition(name)).toBe(EXAMPLES[name].length);
    expect(args).toHaveLength(EXAMPLES[name].length + 1);
    expect(args.slice(0, -1)).toEqual(EXAMPLES[name]);
    const context = args[args.length - 1];
    // Writes carry a request id; reads (getSidebarState, listRecurringSeries) only the zone; the calls that may
    // decide the language of the notes (a link, Prepare now in an unlinked Doc), the browser's language.
    expect(context).toEqual({
      timeZone: 'America/Argentina/Buenos_Aires',
      ...(LANGUAGE_CALLS.includes(name) ? { language: 'es-AR' } : {}),
      ...(WRITES.includes(name) ? { requestId: 'id-of-one-action' } : {}),
    });
  });

  it('sends the browser’s first language, which the server’s check keeps, and none when it has none', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const use = (navigator: unknown) =>
      Object.defineProperty(globalThis, 'navigator', { value: navigator, configurable: true });
    try {
      use({ languages: ['en-GB', 'en'], language: 'en-GB' });
      expect(browserLanguage()).toBe('en-GB');
      const last = sent('linkSeries').at(-1) as CallContext;
      expect(last.language).toBe('en-GB');
      expect(checkCallContext(last)).toEqual(last);
      use({ languages: [], language: 'pt-BR' });
      expect(browserLanguage()).toBe('pt-BR');
      use({ languages: [], language: '' });
      expect(browserLanguage()).toBeUndefined();
      expect(sent('prepareNow').at(-1)).not.toHaveProperty('language');
      use(undefined);
      expect(browserLanguage()).toBeUndefined();
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });

  it('puts it at argument 0 of getSidebarState and argument 3 of setItemDone', () => {
    expect(sent('getSidebarState', { timeZone: () => 'UTC' })).toEqual([{ timeZone: 'UTC' }]);
    expect(sent('setItemDone', { timeZone: () => 'UTC', requestId: () => 'abcdefgh' })).toEqual([
      'a1',
      false,
      '0.1.0',
      { timeZone: 'UTC', requestId: 'abcdefgh' },
    ]);
  });

  it('gives each write its own request id', () => {
    const { runner, calls } = fakeRunner();
    const caller = createCaller({ runner });
    void caller('addAgendaItem', 'One');
    void caller('addAgendaItem', 'One');
    void caller('prepareNow');
    void caller('getSidebarState');
    const ids = calls.map((c) => (c.args[c.args.length - 1] as { requestId?: string }).requestId);
    expect(ids[3]).toBeUndefined();
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    for (const c of calls) c.succeed(null);
  });

  it('uses the browser’s zone and a UUID by default, which the server’s check keeps as they are', () => {
    const context = sent('addPrivateNote');
    const last = context[context.length - 1] as { timeZone: string; requestId: string };
    expect(last.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(last.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(checkCallContext(last)).toEqual(last);
  });

  it('leaves the zone out when the browser cannot say (Intl throws, or answers nothing)', () => {
    const spy = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      spy.mockImplementation(() => {
        throw new RangeError('Incorrect locale information provided');
      });
      expect(browserTimeZone()).toBeUndefined();
      expect(sent('getSidebarState')).toEqual([{}]);
      expect(Object.keys(sent('unlinkSeries')[0] as object)).toEqual(['requestId']);
      for (const zone of ['', undefined]) {
        spy.mockImplementation(
          () => ({ resolvedOptions: () => ({ timeZone: zone }) }) as unknown as Intl.DateTimeFormat,
        );
        expect(browserTimeZone()).toBeUndefined();
        expect(callContext('listRecurringSeries')).toEqual({});
      }
    } finally {
      spy.mockRestore();
    }
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('makes request ids without randomUUID, and without crypto at all', () => {
    const real = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    const use = (crypto: unknown) => Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    try {
      use({ getRandomValues: (a: Uint32Array) => webcrypto.getRandomValues(a) });
      const fromValues = Array.from({ length: 50 }, newRequestId);
      use({
        randomUUID: () => {
          throw new TypeError('randomUUID is only available in secure contexts');
        },
      });
      const fromMath = Array.from({ length: 50 }, newRequestId);
      use(undefined);
      const fromNothing = Array.from({ length: 50 }, newRequestId);
      for (const ids of [fromValues, fromMath, fromNothing]) {
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).toMatch(/^[0-9a-z]{16,64}$/);
          expect(checkCallContext({ requestId: id })).toEqual({ requestId: id });
        }
      }
    } finally {
      if (real) Object.defineProperty(globalThis, 'crypto', real);
    }
    expect(newRequestId()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
