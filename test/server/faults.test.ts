// Failures of the platform, each ending in a recorded status the sidebar shows, no partial write and no endless retry.

import { apiError, PROPERTY_VALUE_LIMIT } from '../../dev/appsScriptGlobals';
import { linkMarkName } from '../../src/core/marks';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { english, refusal } from '../support/words';
import { ANA, bookOf, markOf, statusOf, withSeries } from '../support/world';

const HOUR = 3_600_000;
/** Sun Nov 22, 10:00 in New York: the Nov 23 section is due. */
const DUE = Date.parse('2026-11-22T15:00:00Z');

function linked() {
  const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
  env.link(ANA);
  env.fire(ANA, 'onCalendarEventUpdated');
  env.setClock(DUE);
  return env;
}

/** The status as Ana's sidebar shows it, opened in the Doc. */
const shownStatus = (env: ReturnType<typeof linked>) => {
  env.as(ANA);
  return (env.sandbox.call('getSidebarState') as SidebarState).status;
};
const resetCalls = (env: ReturnType<typeof linked>) => {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
};

/** Fires the tick again within the hour: a failed run must not be retried at once, or every hour forever. */
function expectBackoff(env: ReturnType<typeof linked>, hours: number) {
  resetCalls(env);
  env.setClock(DUE + (hours - 0.5) * HOUR);
  env.fire(ANA, 'onHourlyTick');
  expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
}

describe('faults', () => {
  it('Calendar 5xx: a status in words, the Doc untouched, another try in an hour', () => {
    const env = linked();
    const before = env.read();
    env.world.faults.calendar = () => apiError('calendar.events.instances', 503, 'Backend Error');
    env.fire(ANA, 'onHourlyTick');
    expect(env.read()).toEqual(before);
    env.world.faults.calendar = undefined;
    expect(shownStatus(env)).toMatchObject({ outcome: 'error' });
    expect(english(shownStatus(env)?.message)).toMatch(/did not answer.*within the hour/);
    expectBackoff(env, 1);
    env.setClock(DUE + HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
  });

  it('Calendar quota exceeded: says so and waits an hour', () => {
    const env = linked();
    env.world.faults.calendar = () => apiError('calendar.events.instances', 403, 'Rate Limit Exceeded');
    env.fire(ANA, 'onHourlyTick');
    env.world.faults.calendar = undefined;
    expect(english(shownStatus(env)?.message)).toMatch(/limiting requests/);
    expectBackoff(env, 1);
  });

  it('Calendar 403 after lost access: says what to do and waits a day', () => {
    const env = linked();
    env.world.faults.calendar = () => apiError('calendar.events.instances', 403, 'Forbidden');
    env.fire(ANA, 'onHourlyTick');
    env.world.faults.calendar = undefined;
    expect(english(shownStatus(env)?.message)).toMatch(/refused access.*still invited/);
    expectBackoff(env, 23);
    expect(parseDoc(env.read()).sections).toHaveLength(0);
  });

  it('Calendar 410 on the sync token: a full sync, then on as usual', () => {
    // Only a bound script may have the calendar trigger that keeps a sync token.
    const env = withSeries({ calendarTriggersAllowed: true, now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onCalendarEventUpdated');
    env.setClock(DUE);
    const token = env.world.state.userProperties[ANA]![`sync:${env.documentId}`];
    let gone = true;
    env.world.faults.calendar = (method) => {
      if (method !== 'list' || !gone) return undefined;
      gone = false;
      return apiError('calendar.events.list', 410, 'Sync token is no longer valid, a full sync is required.');
    };
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(env.world.state.userProperties[ANA]![`sync:${env.documentId}`]).not.toBe(token);
    expect(shownStatus(env)?.outcome).toBe('inserted');
  });

  it('Docs revision conflicts many times in a row: no partial write, a status, another try later', () => {
    const env = linked();
    const real = env.docs.batchUpdate.bind(env.docs);
    const docsService = env.globals.Docs as { Documents: { batchUpdate: (r: unknown, id: string) => unknown } };
    const original = docsService.Documents.batchUpdate;
    let conflicts = 0;
    docsService.Documents.batchUpdate = (resource, id) => {
      conflicts++;
      real({ requests: [{ insertText: { text: 'typing ', location: { index: 1 } } }] }, id);
      return original(resource, id);
    };
    env.fire(ANA, 'onHourlyTick');
    docsService.Documents.batchUpdate = original;
    expect(conflicts).toBe(3);
    expect(parseDoc(env.read()).sections).toHaveLength(0);
    expect(english(shownStatus(env)?.message)).toMatch(/kept changing/);
    expectBackoff(env, 1);
  });

  it('Document properties corrupt: the link is removed with a notice, the Doc says so, and no trigger goes on', () => {
    const env = linked();
    env.world.state.documentProperties[env.documentId]!.link = '{"eventId": ';
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.linked).toBe(false);
    expect(english(state.notices)).toMatch(
      /link to its calendar series could not be read and was removed: link the Doc again/,
    );
    // The Doc's own mark says unlinked: her trigger, working from its copy, writes nothing and lets the Doc go.
    expect(markOf(env)).toMatchObject({ unlinked: true });
    const before = env.read();
    env.fire(ANA, 'onHourlyTick');
    expect(env.read()).toEqual(before);
    // Her sidebar let her part of the Doc go already: her trigger has nothing left to serve here.
    expect(bookOf(env)?.link).toBeUndefined();
    // Read again, nothing more is repaired: no loop.
    const again = env.sandbox.call('getSidebarState') as SidebarState;
    expect(again.notices).toBeUndefined();
  });

  it('User properties corrupt: the copy is made again from the Doc’s own mark, and the tick does its work', () => {
    const env = linked();
    env.world.state.userProperties[ANA]![`doc:${env.documentId}`] = 'not json at all';
    const triggers = env.triggersOf(ANA, 'onHourlyTick').map((t) => t.uid);
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    // Rebuilt from the Doc's mark and her calendar: the link copy is back, and the triggers are still hers.
    const props = env.world.state.userProperties[ANA]!;
    expect(JSON.parse(props[`doc:${env.documentId}`]!).link.iCalUID).toBe(env.series.iCalUID);
    expect(JSON.parse(props.account!).hourly.map((t: { uid: string }) => t.uid)).toEqual(triggers);
  });

  it('User properties corrupt in a Doc whose mark names nothing: said once, then left until its sidebar opens', () => {
    const env = linked();
    env.world.state.userProperties[ANA]![`doc:${env.documentId}`] = 'not json at all';
    env.docs.batchUpdate({ requests: [{ deleteNamedRange: { name: linkMarkName(markOf(env)!) } }] }, env.documentId);
    env.fire(ANA, 'onHourlyTick');
    expect(english(statusOf(env)?.message)).toMatch(/Open the sidebar in this Doc once/);
    expectBackoff(env, 24 * 7);
  });

  it('Properties near the 9 KB value limit: an oversized value is refused, nothing is half-written', () => {
    const env = linked();
    env.world.state.documentProperties[env.documentId]!.settings = JSON.stringify({
      leadHours: 24,
      junk: 'x'.repeat(9000),
    });
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    env.as(ANA);
    expect(refusal(() => env.sandbox.call('addPrivateNote', 'y'.repeat(501)))).toMatch(/too long/);
    let refused: unknown;
    let stored: string | undefined;
    for (let i = 0; i < 30 && !refused; i++) {
      stored = env.world.state.userProperties[ANA]![`notes:${env.documentId}`];
      try {
        env.sandbox.call('addPrivateNote', `${i} ${'z'.repeat(490)}`);
      } catch (error) {
        refused = error;
      }
    }
    expect(
      refusal(() => {
        throw refused;
      }),
    ).toMatch(/private list is full/);
    expect(env.world.state.userProperties[ANA]![`notes:${env.documentId}`]).toBe(stored);
    // Within the value limit as measured, 8,066 bytes (docs/PLATFORM.md, PropertiesService).
    expect(Buffer.byteLength(stored!)).toBeLessThan(PROPERTY_VALUE_LIMIT);
  });

  it('A trigger firing after unlink does nothing and calls nothing', () => {
    const env = linked();
    const [hourly] = env.triggersOf(ANA, 'onHourlyTick');
    env.as(ANA);
    env.sandbox.call('unlinkSeries');
    resetCalls(env);
    env.world.state.activeDocumentId = null;
    env.sandbox.call('onHourlyTick', { triggerUid: hourly!.uid });
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
  });

  it('A trigger for a deleted Doc stops itself and the account says why', () => {
    const env = linked();
    env.world.faults.docs = () => apiError('docs.documents.get', 404, 'Requested entity was not found.');
    env.fire(ANA, 'onHourlyTick');
    expect(env.triggersOf(ANA)).toEqual([]);
    const account = JSON.parse(env.world.state.userProperties[ANA]!.account!);
    expect(english(account.gone[0].message)).toMatch(/deleted or can no longer be opened/);
  });

  it('A user who lost edit access: the Doc is left alone until their sidebar is open in it again', () => {
    const env = linked();
    const before = env.read();
    env.world.faults.docs = (method) =>
      method === 'batchUpdate'
        ? apiError('docs.documents.batchUpdate', 403, 'The caller does not have permission')
        : undefined;
    env.fire(ANA, 'onHourlyTick');
    env.world.faults.docs = undefined;
    expect(env.read()).toEqual(before);
    const book = JSON.parse(env.world.state.userProperties[ANA]![`doc:${env.documentId}`]!);
    expect(book.noAccess).toBe(true);
    expectBackoff(env, 24 * 7);
    expect(english(shownStatus(env)?.message)).toMatch(/no longer edit this Doc.*Ask for edit access/);
    // Their sidebar opens in it (shownStatus above did): access is back, and the next tick prepares again.
    env.setClock(DUE + (24 * 7 + 0.5) * HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections.length).toBeGreaterThan(0);
  });

  it('Docs answers 500 with a stack in its message: the status and the sidebar’s error say it in words, quoting none of it', () => {
    const env = linked();
    const stacked = `${apiError('docs.documents.get', 500, 'Internal error').message}\n    at Docs.get (Code:12:3)`;
    env.world.faults.docs = () =>
      Object.assign(new Error(stacked), { details: { code: 500, message: 'Internal error' } });
    const oneLine = 'Something went wrong on Google’s side (a temporary error). Try again in a moment.';
    const saved = () => statusOf(env)!;
    env.fire(ANA, 'onHourlyTick');
    expect(saved()).toMatchObject({ trigger: 'Hourly check' });
    expect(english(saved().message)).toBe(oneLine);
    // The sidebar's Prepare now meets the same 500: it says the same line, once, and saves it as its status.
    env.as(ANA);
    let thrown: unknown;
    try {
      env.sandbox.call('prepareNow');
    } catch (error) {
      thrown = error;
    }
    expect(
      refusal(() => {
        throw thrown;
      }),
    ).toBe(oneLine);
    expect(saved()).toMatchObject({ trigger: 'Prepare now' });
    expect(english(saved().message)).toBe(oneLine);
  });

  it('The lock being unavailable: the run still inserts exactly once', () => {
    const env = linked();
    env.world.state.lockAvailable = false;
    env.fire(ANA, 'onHourlyTick');
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    expect(shownStatus(env)?.outcome).toBe('inserted');
  });
});
