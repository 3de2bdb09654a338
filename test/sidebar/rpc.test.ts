// The typed google.script.run wrapper at run time: answers, readable failures, timeouts and late answers.
import { createCaller, readableError, TIMEOUT_MESSAGE } from '../../src/sidebar/rpc';
import { fakeRunner } from './fakeRunner';

const state = { linked: false, commitments: [], agenda: [], privateNotes: [] };

describe('rpc', () => {
  afterEach(() => jest.useRealTimers());

  it('calls the server function by name with its arguments and resolves with its answer', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner });
    const answer = call('setItemDone', 'item-1', true);
    expect(calls.map((c) => [c.name, c.args])).toEqual([['setItemDone', ['item-1', true]]]);
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
