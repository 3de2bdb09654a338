// The typed google.script.run wrapper at run time: answers, readable failures, timeouts, late answers, and the call
// context it appends (the browser's time zone; a fresh request id for each write).
import { webcrypto } from 'node:crypto';
import { checkCallContext } from '../../src/core/validate';
import {
  browserTimeZone,
  callContext,
  contextPosition,
  createCaller,
  newRequestId,
  readableError,
  type ServerArgs,
  type ServerName,
  TIMEOUT_MESSAGE,
  WRITE_CALLS,
} from '../../src/sidebar/rpc';
import { fakeRunner } from './fakeRunner';

const state = { linked: false, commitments: [], agenda: [], privateNotes: [] };

describe('rpc', () => {
  afterEach(() => jest.useRealTimers());

  it('calls the server function by name with its arguments and resolves with its answer', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeZone: () => 'Asia/Tokyo', requestId: () => 'req-0001' });
    const answer = call('setItemDone', 'item-1', true);
    expect(calls.map((c) => [c.name, c.args])).toEqual([
      ['setItemDone', ['item-1', true, { timeZone: 'Asia/Tokyo', requestId: 'req-0001' }]],
    ]);
    calls[0]!.succeed(state);
    await expect(answer).resolves.toEqual(state);
  });

  it('rejects with the server’s own sentence, without transport prefixes', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner });
    const answer = call('addAgendaItem', 'x');
    calls[0]!.fail(new Error('Exception: The topic is too long.'));
    await expect(answer).rejects.toThrow('The topic is too long.');
  });

  it('words transport failures for a person', () => {
    expect(readableError(new Error('NetworkError: Connection failure due to HTTP 0'))).toBe(
      'Could not reach Google: check your connection and try again.',
    );
    expect(readableError('ScriptError: Authorisation is required.')).toBe('Authorisation is required.');
    expect(readableError(undefined)).toBe('Something went wrong. Try again.');
    expect(readableError({ message: '' })).toBe('Something went wrong. Try again.');
  });

  it('gives up after the timeout with “The server did not answer”, and hands a late answer to onLate', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const late: unknown[] = [];
    const call = createCaller({ runner, timeoutMs: 30_000, onLate: (name, value) => late.push([name, value]) });
    const answer = call('prepareNow');
    jest.advanceTimersByTime(30_000);
    await expect(answer).rejects.toThrow(TIMEOUT_MESSAGE);
    await expect(answer).rejects.toMatchObject({ timedOut: true });
    calls[0]!.succeed(state);
    expect(late).toEqual([['prepareNow', state]]);
  });

  it('sends a write that timed out again under the same request id, and a new action under a new one', async () => {
    jest.useFakeTimers();
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeoutMs: 30_000 });
    const first = call('addAgendaItem', 'Promotion');
    jest.advanceTimersByTime(30_000);
    await expect(first).rejects.toMatchObject({ timedOut: true });
    // Pressed again with the same topic: the server may still be adding the first one.
    const again = call('addAgendaItem', 'Promotion');
    const other = call('addAgendaItem', 'Offsite');
    const idOf = (i: number) => (calls[i]!.args.at(-1) as { requestId: string }).requestId;
    expect(idOf(1)).toBe(idOf(0));
    expect(idOf(2)).not.toBe(idOf(0));
    calls[1]!.succeed(state);
    calls[2]!.succeed(state);
    await expect(again).resolves.toEqual(state);
    await other;
    // Once answered, the same words are a new action.
    void call('addAgendaItem', 'Promotion');
    expect(idOf(3)).not.toBe(idOf(0));
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
    await expect(call('getSidebarState')).rejects.toThrow('Failed due to illegal value in property: 0');
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
  setItemDone: ['a1', false],
  dropItem: ['a1'],
  keepItem: ['a1'],
  addAgendaItem: ['Promotion'],
  addActionItem: [{ text: 'Share the rubric', owner: 'them' }],
  addPrivateNote: ['Ask about the offsite'],
  deletePrivateNote: ['n1'],
  sharePrivateNote: ['n1'],
  getOverview: [],
  refreshOverview: [],
  setOverviewItemDone: ['doc-2', 'a1', true],
  dropOverviewItem: ['doc-2', 'a1'],
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
  'setOverviewItemDone',
  'dropOverviewItem',
];

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
    const args = sent(name, { timeZone: () => 'America/Argentina/Buenos_Aires', requestId: () => 'id-of-one-action' });
    expect(contextPosition(name)).toBe(EXAMPLES[name].length);
    expect(args).toHaveLength(EXAMPLES[name].length + 1);
    expect(args.slice(0, -1)).toEqual(EXAMPLES[name]);
    const context = args[args.length - 1];
    // Writes carry a request id; reads (getSidebarState, listRecurringSeries) only the zone.
    expect(context).toEqual(
      WRITES.includes(name)
        ? { timeZone: 'America/Argentina/Buenos_Aires', requestId: 'id-of-one-action' }
        : { timeZone: 'America/Argentina/Buenos_Aires' },
    );
  });

  it('puts it at argument 0 of getSidebarState and argument 2 of setItemDone', () => {
    expect(sent('getSidebarState', { timeZone: () => 'UTC' })).toEqual([{ timeZone: 'UTC' }]);
    expect(sent('setItemDone', { timeZone: () => 'UTC', requestId: () => 'abcdefgh' })).toEqual([
      'a1',
      false,
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
