// Type-level checks of the typed RPC, enforced by `tsc --noEmit` (which covers test/): bad calls must not compile.
import type { SidebarState } from '../../src/shared/types';
import { type Caller, createCaller, type ServerName } from '../../src/sidebar/rpc';
import { fakeRunner } from './fakeRunner';

/** Never run: only compiled. Each @ts-expect-error fails the type check if the line below it compiles. */
function typeChecks(call: Caller) {
  // Right: names, arguments and answers come from src/server/main.ts.
  const state: Promise<SidebarState> = call('setItemDone', 'item-1', true);
  void call('addActionItem', { text: 'Share the rubric', owner: 'them', due: '2026-12-04' });
  void call('linkSeries', { calendarId: 'primary', eventId: 'abc', leadHours: 24, template: 'first' });
  void call('listRecurringSeries').then((list) => list.map((s) => s.attendees.length));

  // @ts-expect-error: a misspelled server function
  void call('setItemDoen', 'item-1', true);
  // @ts-expect-error: a wrong argument type (done must be a boolean)
  void call('setItemDone', 'item-1', 'yes');
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
  return [state, wrong];
}

describe('the typed RPC', () => {
  it('offers exactly the server functions the sidebar may call', () => {
    const names: Record<ServerName, true> = {
      getSidebarState: true,
      listRecurringSeries: true,
      linkSeries: true,
      unlinkSeries: true,
      updateSettings: true,
      prepareNow: true,
      setItemDone: true,
      addAgendaItem: true,
      addActionItem: true,
      addPrivateNote: true,
      deletePrivateNote: true,
      sharePrivateNote: true,
    };
    expect(Object.keys(names)).toHaveLength(12);
    expect(typeof typeChecks).toBe('function');
    expect(typeof createCaller({ runner: fakeRunner().runner })).toBe('function');
  });
});
