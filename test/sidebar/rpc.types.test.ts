// Type-level checks of the typed RPC, enforced by `tsc --noEmit` (which covers test/): bad calls must not compile, and
// neither does a server function the sidebar may call that lacks the trailing `context?: CallContext` parameter.
import type { CallContext, SidebarState } from '../../src/shared/types';
import {
  type Caller,
  createCaller,
  type EndsWithContext,
  type ServerArgs,
  type ServerName,
  type WithoutContext,
  type WriteCall,
} from '../../src/sidebar/rpc';
import { fakeRunner } from './fakeRunner';

/** Never run: only compiled. Each @ts-expect-error fails the type check if the line below it compiles. */
function typeChecks(call: Caller) {
  // Right: names, arguments and answers come from src/server/main.ts.
  const state: Promise<SidebarState> = call('setItemDone', 'item-1', true, '1.0.0');
  void call('addActionItem', { text: 'Share the rubric', owner: 'them', due: '2026-12-04' });
  void call('linkSeries', { calendarId: 'primary', eventId: 'abc', leadHours: 24, template: 'first' });
  void call('listRecurringSeries').then((list) => list.map((s) => s.attendees.length));

  // @ts-expect-error: a misspelled server function
  void call('setItemDoen', 'item-1', true);
  // @ts-expect-error: a wrong argument type (done must be a boolean)
  void call('setItemDone', 'item-1', 'yes', '1.0.0');
  // @ts-expect-error: an action on an item without what the sidebar saw of it
  void call('dropItem', 'item-1');
  // @ts-expect-error: a missing argument
  void call('addAgendaItem');
  // @ts-expect-error: an unknown field in the options
  void call('linkSeries', { calendarId: 'primary', eventId: 'abc', lead: 24 });
  // @ts-expect-error: Apps Script's entry points are not the sidebar's to call
  void call('onHourlyTick');
  // @ts-expect-error: neither is showSidebar
  void call('showSidebar');
  // @ts-expect-error: the answer is a state, not a list
  const wrong: Promise<string[]> = call('getSidebarState');

  // The context is the caller's to add, never the sidebar's to pass.
  // @ts-expect-error: no context after the listed arguments
  void call('setItemDone', 'item-1', true, '1.0.0', { timeZone: 'UTC' });
  // @ts-expect-error: getSidebarState lists no argument
  void call('getSidebarState', { timeZone: 'UTC' });
  // @ts-expect-error: nor a request id for a write
  void call('prepareNow', { requestId: 'abcdefgh' });
  return [state, wrong];
}

/**
 * Fails to compile, naming the function, when a server function the sidebar may call does not end with
 * `context?: CallContext` (a new one in src/server/main.ts must take it too).
 */
const everyFunctionTakesTheContext: [WithoutContext] extends [never] ? true : WithoutContext = true;

/** What counts as ending with the context: an optional last parameter of type CallContext, and nothing else. */
type Ends<F extends (...args: never[]) => unknown> = EndsWithContext<Parameters<F>>;
const endsWithContext: [
  Ends<(context?: CallContext) => void>,
  Ends<(id: string, done: boolean, context?: CallContext) => void>,
  Ends<(id?: string, context?: CallContext) => void>,
] = [true, true, true];
const lacksContext: [
  Ends<() => void>,
  Ends<(id: string) => void>,
  Ends<(id: string, context: CallContext) => void>,
  Ends<(context?: CallContext | string) => void>,
  Ends<(context?: { timeZone?: number }) => void>,
  Ends<(context?: CallContext, more?: string) => void>,
  Ends<(...contexts: CallContext[]) => void>,
] = [false, false, false, false, false, false, false];

/** The arguments the sidebar passes are the server's without the context; every write is one of those listed. */
const designArgs: [ServerArgs<'getSidebarState'>, ServerArgs<'setItemDone'>, ServerArgs<'linkSeries'>['length']] = [
  [],
  ['item-1', true, '1.0.0'],
  1,
];
const writes: Record<WriteCall, true> = {
  linkSeries: true,
  unlinkSeries: true,
  unlinkDocument: true,
  updateSettings: true,
  prepareNow: true,
  setItemDone: true,
  dropItem: true,
  keepItem: true,
  addAgendaItem: true,
  addActionItem: true,
  addPrivateNote: true,
  deletePrivateNote: true,
  sharePrivateNote: true,
  restoreAutomation: true,
  setOverviewItemDone: true,
  dropOverviewItem: true,
};
// @ts-expect-error: reads are not writes
const readIsWrite: WriteCall = 'getSidebarState';

describe('the typed RPC', () => {
  it('offers exactly the server functions the sidebar may call', () => {
    const names: Record<ServerName, true> = {
      getSidebarState: true,
      listRecurringSeries: true,
      linkSeries: true,
      unlinkSeries: true,
      unlinkDocument: true,
      updateSettings: true,
      prepareNow: true,
      setItemDone: true,
      dropItem: true,
      keepItem: true,
      addAgendaItem: true,
      addActionItem: true,
      addPrivateNote: true,
      deletePrivateNote: true,
      sharePrivateNote: true,
      checkSharingAgain: true,
      getOverview: true,
      refreshOverview: true,
      restoreAutomation: true,
      setOverviewItemDone: true,
      dropOverviewItem: true,
    };
    expect(Object.keys(names)).toHaveLength(21);
    expect(Object.keys(writes)).toHaveLength(16);
    expect([everyFunctionTakesTheContext, endsWithContext, lacksContext, designArgs, readIsWrite]).toBeDefined();
    expect(typeof typeChecks).toBe('function');
    expect(typeof createCaller({ runner: fakeRunner().runner })).toBe('function');
  });
});
