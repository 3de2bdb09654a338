// The hourly tick and the calendar trigger through the built Code.js: idle ticks, sync, failures, endings and far zones.

import { fullPages } from '../../dev/calendarEngine';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { english } from '../support/words';
import { ANA, BEN, markOf, statusOf, withSeries } from '../support/world';

const HOUR = 3_600_000;
const headings = (env: ReturnType<typeof withSeries>) => parseDoc(env.read()).sections.map((s) => s.headingText);
/** Counts from zero, with full pages, what Google usually sends (short pages are followed: calendar.test.ts). */
const resetCalls = (env: ReturnType<typeof withSeries>) => {
  env.calendar.pageSize = fullPages;
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
};
const book = (env: ReturnType<typeof withSeries>, user = ANA) =>
  JSON.parse(env.world.state.userProperties[user]![`doc:${env.documentId}`]!);
const status = (env: ReturnType<typeof withSeries>, user = ANA) => statusOf(env, user)!;

describe('onHourlyTick', () => {
  it('calls neither Docs nor Calendar while idle but for a daily look, then inserts once the section is due', () => {
    // Fri Nov 20, 10:00 in New York; the next 1:1 is Mon Nov 23 at 10:00.
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual([]);
    // No calendar trigger may tell an add-on that something moved: the next look is a day on, a little early so that
    // the hourly firing then counts.
    expect(book(env).nextCheckAt).toBe(Date.parse('2026-11-21T14:45:00Z'));
    const idle = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    for (let h = 1; h < 48; h++) {
      env.setClock(Date.parse('2026-11-20T15:00:00Z') + h * HOUR);
      resetCalls(env);
      env.fire(ANA, 'onHourlyTick');
      for (const kind of ['docsGet', 'docsBatchUpdate', 'calendar', 'calendarReads', 'sharing'] as const)
        idle[kind] += env.world.calls[kind];
    }
    // The daily look reads the series, and the Doc for its mark: whether it is still linked, and how.
    expect(idle).toEqual({ docsGet: 1, docsBatchUpdate: 0, calendar: 1, calendarReads: 1, sharing: 0 });
    // Sunday 10:00, 24 hours before: the section goes in, once.
    env.setClock(Date.parse('2026-11-22T15:00:00Z'));
    resetCalls(env);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    expect(env.world.calls).toEqual({ docsGet: 1, docsBatchUpdate: 1, calendar: 1, calendarReads: 1, sharing: 0 });
    expect(status(env)).toMatchObject({ outcome: 'inserted', trigger: 'Hourly check' });
    // Until the meeting, one Calendar read an hour, and no Docs call while nothing moves.
    env.setClock(Date.parse('2026-11-22T16:00:00Z'));
    resetCalls(env);
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 1, calendarReads: 1, sharing: 0 });
  });

  it('notices a meeting cancelled or moved earlier on the day of the section within the hour', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    // Monday 07:00 in New York, Ben moves the 10:00 meeting to 08:00 the same day; then it is cancelled.
    env.setClock(Date.parse('2026-11-23T12:00:00Z'));
    env.calendar.moveOccurrence(
      ANA,
      env.series.id!,
      '2026-11-23T10:00:00-05:00',
      { dateTime: '2026-11-23T08:00:00-05:00', timeZone: 'America/New_York' },
      { dateTime: '2026-11-23T08:30:00-05:00', timeZone: 'America/New_York' },
    );
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    env.setClock(Date.parse('2026-11-23T12:50:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)[0]).toMatch(/cancelled/);
  });

  describe('a meeting moved later after its section went in, then cancelled before its original time', () => {
    const MON = '2026-11-23T10:00:00-05:00';
    const at = (day: string, hour: number) => ({
      start: { dateTime: `${day}T${String(hour).padStart(2, '0')}:00:00-05:00`, timeZone: 'America/New_York' },
      end: { dateTime: `${day}T${String(hour).padStart(2, '0')}:30:00-05:00`, timeZone: 'America/New_York' },
    });
    /** Every hourly firing from `from` to `to`, each at five past the hour, with `act` done before the firing it names. */
    function hourly(env: ReturnType<typeof withSeries>, from: string, to: string, act: Record<string, () => void>) {
      for (let t = Date.parse(from); t <= Date.parse(to); t += HOUR) {
        env.setClock(t);
        act[new Date(t).toISOString().slice(0, 16)]?.();
        env.fire(ANA, 'onHourlyTick');
      }
    }

    it('is marked cancelled within the hour, not once its original slot comes near', () => {
      // Sunday 10:00 in New York: Monday's section goes in. At 11:05 the meeting moves to Tuesday, whose own lead
      // time is not reached until Monday 10:00; at 13:30, still Sunday, it is cancelled.
      const env = withSeries({ now: Date.parse('2026-11-22T15:05:00Z') });
      env.link(ANA);
      const move = () => {
        const { start, end } = at('2026-11-24', 10);
        env.calendar.moveOccurrence(ANA, env.series.id!, MON, start, end);
      };
      const cancel = () => env.calendar.cancelOccurrence(ANA, env.series.id!, MON);
      hourly(env, '2026-11-22T15:05:00Z', '2026-11-22T17:05:00Z', { '2026-11-22T16:05': move });
      expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
      env.setClock(Date.parse('2026-11-22T18:30:00Z'));
      cancel();
      hourly(env, '2026-11-22T19:05:00Z', '2026-11-22T19:05:00Z', {});
      expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1 (cancelled)']);
    });

    it('follows a meeting moved twice, and marks it cancelled within the hour', () => {
      const env = withSeries({ now: Date.parse('2026-11-22T15:05:00Z') });
      env.link(ANA);
      const moveTo = (day: string, hour: number) => () => {
        const { start, end } = at(day, hour);
        env.calendar.moveOccurrence(ANA, env.series.id!, MON, start, end);
      };
      hourly(env, '2026-11-22T15:05:00Z', '2026-11-22T18:05:00Z', {
        '2026-11-22T16:05': moveTo('2026-11-24', 10),
        '2026-11-22T18:05': moveTo('2026-11-25', 15),
      });
      // Each move is followed within the hour: the heading names the day it moved to last.
      expect(headings(env)).toEqual(['Wed, Nov 25, 2026 · 1:1']);
      env.setClock(Date.parse('2026-11-22T18:40:00Z'));
      env.calendar.cancelOccurrence(ANA, env.series.id!, MON);
      hourly(env, '2026-11-22T19:05:00Z', '2026-11-22T19:05:00Z', {});
      expect(headings(env)).toEqual(['Wed, Nov 25, 2026 · 1:1 (cancelled)']);
      // The meeting after it is back to the daily look: it is not hourly all week.
      env.setClock(Date.parse('2026-11-22T20:05:00Z'));
      resetCalls(env);
      env.fire(ANA, 'onHourlyTick');
      expect(env.world.calls.calendarReads).toBe(0);
    });
  });

  it('honours a lead time the other person changed, from its next look at the Doc (a day at most)', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    // Ben, without triggers of his own, asks for sections three days ahead; Ana's trigger was waiting for 24 hours.
    env.as(BEN);
    env.sandbox.call('updateSettings', { leadHours: 72 });
    // Her trigger reads the Doc's mark at its daily look, takes the Doc's lead time, and the next hour inserts.
    for (let t = Date.parse('2026-11-20T16:00:00Z'); headings(env).length === 0; t += HOUR) {
      expect(t).toBeLessThan(Date.parse('2026-11-21T17:00:00Z'));
      env.setClock(t);
      env.fire(ANA, 'onHourlyTick');
    }
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    expect(book(env).settings.leadHours).toBe(72);
  });

  it('inserts one section when both participants’ ticks run at the same moment', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.link(BEN);
    env.setClock(Date.parse('2026-11-22T15:00:00Z'));
    // Ana's tick has read the Doc and is about to write when Ben's tick runs from start to finish.
    const docsService = env.globals.Docs as { Documents: { batchUpdate: (r: unknown, id: string) => unknown } };
    const realBatchUpdate = docsService.Documents.batchUpdate;
    let interleaved = false;
    docsService.Documents.batchUpdate = (resource, id) => {
      if (!interleaved && env.world.state.activeUser === ANA) {
        interleaved = true;
        env.fire(BEN, 'onHourlyTick');
      }
      return realBatchUpdate(resource, id);
    };
    env.fire(ANA, 'onHourlyTick');
    expect(interleaved).toBe(true);
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    expect(status(env, BEN)).toMatchObject({ outcome: 'inserted' });
    expect(status(env, ANA)).toMatchObject({ outcome: 'nothing to do' });
  });

  it('dates a meeting near midnight in its own zone, however far the script’s zone is', () => {
    // 23:30 on Mondays in Honolulu is 09:30 on Tuesday in UTC (the script's zone) and 18:30 on Tuesday in Tokyo.
    const env = withSeries(
      { now: Date.parse('2026-11-23T09:00:00Z') },
      { zone: 'Pacific/Honolulu', start: '2026-11-02T23:30:00-10:00', end: '2026-11-03T00:00:00-10:00' },
    );
    env.link(ANA);
    env.sandbox.call('prepareNow', { timeZone: 'Asia/Tokyo' });
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
  });

  it('handles an all-day recurring event', () => {
    const env = withSeries(
      { now: Date.parse('2026-11-20T15:00:00Z') },
      { allDay: { start: '2026-11-04', end: '2026-11-05' }, rule: 'RRULE:FREQ=WEEKLY;BYDAY=WE' },
    );
    env.link(ANA);
    env.sandbox.call('prepareNow');
    expect(headings(env)).toEqual(['Wed, Nov 25, 2026 · 1:1']);
  });

  it('handles a series without other attendees and one with hundreds', () => {
    const solo = withSeries({}, { attendees: [] });
    solo.link(ANA);
    solo.sandbox.call('prepareNow');
    expect(headings(solo)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    const crowd = withSeries(
      {},
      { attendees: [ANA, BEN, ...Array.from({ length: 300 }, (_, i) => `p${i}@example.com`)] },
    );
    crowd.link(ANA);
    crowd.sandbox.call('prepareNow');
    expect(headings(crowd)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    expect(crowd.world.state.documentProperties[crowd.documentId]!.link!.length).toBeLessThan(9 * 1024);
  });

  it('records a clear status when the event is deleted, and waits a day instead of failing every hour', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    env.calendar.deleteEvent(ANA, env.series.id!);
    env.fire(ANA, 'onHourlyTick');
    expect(status(env)).toMatchObject({ outcome: 'error' });
    expect(english(status(env).message)).toMatch(/deleted, or you no longer have access/);
    resetCalls(env);
    env.setClock(Date.parse('2026-11-22T20:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls.calendar).toBe(0);
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(english(state.status?.message)).toMatch(/deleted/);
  });

  it('tells the sidebar when the person lost access to the event', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    env.link(BEN);
    env.calendar.removeAttendee(ANA, env.series.id!, BEN);
    env.fire(BEN, 'onHourlyTick');
    expect(english(status(env, BEN).message)).toMatch(/no longer have access/);
    env.as(BEN);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(english(state.series?.problem)).toMatch(/no longer have access/);
  });

  it('stops working once the series has ended, and says so', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') }, { rule: 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3' });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    expect(english(status(env).message)).toMatch(/has ended/);
    resetCalls(env);
    env.setClock(Date.parse('2026-11-27T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls.calendar + env.world.calls.docsGet).toBe(0);
    env.as(ANA);
    expect((env.sandbox.call('getSidebarState') as SidebarState).series).toMatchObject({ ended: true });
  });

  it('follows a split on time even when the old series’ last meeting ahead is cancelled', () => {
    // A bound script, where the calendar trigger says at once that something changed.
    const env = withSeries({ calendarTriggersAllowed: true, now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    env.calendar.splitSeries(ANA, env.series.id!, '2026-11-30T10:00:00-05:00', {
      start: { dateTime: '2026-11-30T11:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-30T11:30:00-05:00', timeZone: 'America/New_York' },
    });
    env.fire(ANA, 'onCalendarEventUpdated');
    // Followed at once, not once the cancelled Nov 23 has passed: in her copy, and in the Doc's mark, same link.
    const followed = book(env).link;
    expect(followed.eventId).not.toBe(env.series.id);
    expect(markOf(env)).toMatchObject({ gen: followed.gen, series: followed.iCalUID });
    // Sun Nov 29, 11:00 in New York: 24 hours before the new series' first meeting.
    for (let t = Date.parse('2026-11-20T16:00:00Z'); t <= Date.parse('2026-11-29T16:00:00Z'); t += HOUR) {
      env.setClock(t);
      env.fire(ANA, 'onHourlyTick');
    }
    expect(headings(env)).toEqual(['Mon, Nov 30, 2026 · 1:1']);
  });

  it('removes itself when no linked Doc is left for it to serve', () => {
    const env = withSeries();
    env.link(ANA);
    const [hourly] = env.triggersOf(ANA, 'onHourlyTick');
    // Its bookkeeping is gone (lost, or cleared by hand): no Doc is listed, and the trigger cannot know one.
    for (const key of Object.keys(env.world.state.userProperties[ANA]!))
      delete env.world.state.userProperties[ANA]![key];
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.state.triggers.find((t) => t.uid === hourly!.uid)).toBeUndefined();
  });

  it('works from its own copy of the link where a trigger gets no document properties', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z'), documentPropertiesInTriggers: false });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
  });
});

describe('onCalendarEventUpdated', () => {
  function linkedWithToken() {
    const env = withSeries({ calendarTriggersAllowed: true, now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onCalendarEventUpdated');
    return env;
  }

  it('spends one Calendar call and no Docs call on a change to an unrelated event', () => {
    const env = linkedWithToken();
    const lunch = env.calendar.insertEvent(ANA, {
      summary: 'Lunch',
      start: { dateTime: '2026-11-24T12:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-24T13:00:00-05:00', timeZone: 'America/New_York' },
    });
    resetCalls(env);
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 1, calendarReads: 1, sharing: 0 });
    expect(lunch.id).toBeDefined();
  });

  it('re-dates the section at once when its occurrence moves', () => {
    const env = linkedWithToken();
    env.sandbox.call('prepareNow');
    env.calendar.moveOccurrence(
      ANA,
      env.series.id!,
      '2026-11-23T10:00:00-05:00',
      { dateTime: '2026-11-24T09:00:00-05:00', timeZone: 'America/New_York' },
      { dateTime: '2026-11-24T09:30:00-05:00', timeZone: 'America/New_York' },
    );
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
  });

  it('does a full sync when its token has expired (410), and carries on', () => {
    const env = linkedWithToken();
    env.sandbox.call('prepareNow');
    env.calendar.expireSyncTokens();
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1 (cancelled)']);
    expect(status(env).outcome).not.toBe('error');
    // The new token works: an unrelated change costs one call again.
    resetCalls(env);
    env.calendar.insertEvent(ANA, {
      summary: 'Lunch',
      start: { dateTime: '2026-11-24T12:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-24T13:00:00-05:00', timeZone: 'America/New_York' },
    });
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(env.world.calls.calendar).toBe(1);
  });

  it('does a full sync when the stored token is corrupt', () => {
    const env = linkedWithToken();
    env.world.state.userProperties[ANA]![`sync:${env.documentId}`] = 'garbage';
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(status(env).outcome).not.toBe('error');
    expect(env.world.state.userProperties[ANA]![`sync:${env.documentId}`]).not.toBe('garbage');
  });

  it('clears the wait so the next hourly tick looks again after a change to the series', () => {
    const env = linkedWithToken();
    env.fire(ANA, 'onHourlyTick');
    env.calendar.updateEvent(ANA, env.series.id!, { description: 'Agenda in the Doc' });
    env.fire(ANA, 'onCalendarEventUpdated');
    expect(status(env).trigger).toBe('Calendar change');
  });
});

describe('what the sidebar shows after calendar changes', () => {
  const ZONE = 'America/New_York';
  const state = (env: ReturnType<typeof withSeries>, user = ANA) => {
    env.as(user);
    return env.sandbox.call('getSidebarState') as SidebarState;
  };

  it('says where the next 1:1 stands without writing its time: the sidebar writes it in the user’s zone', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    expect(english(status(env).message)).toBe('Up to date.');
    expect(status(env)).not.toHaveProperty('next');
    expect(state(env).nextMeeting?.start).toBe('2026-11-23T10:00:00-05:00');
    env.as(ANA);
    const prepared = env.sandbox.call('prepareNow') as SidebarState;
    env.as(ANA);
    const again = env.sandbox.call('prepareNow') as SidebarState;
    expect(english(prepared.status!.message)).toMatch(/^Added the section/);
    expect(english(again.status!.message)).toBe('The section for the next 1:1 is already in the Doc.');
    for (const message of [status(env).message, prepared.status!.message, again.status!.message])
      expect(JSON.stringify(message)).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
  });

  it('tells the day: a section that went in is still said by the hourly runs after it, for a day', () => {
    const start = Date.parse('2026-11-22T15:00:00Z');
    const env = withSeries({ now: start });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const added = status(env);
    expect(added).toMatchObject({ outcome: 'inserted', wrote: { at: added.at, section: '2026-11-23' } });
    env.setClock(start + 60 * 60_000);
    env.fire(ANA, 'onHourlyTick');
    // An hour later nothing was written: the status says so, and still carries the section that went in.
    expect(state(env).status).toMatchObject({
      outcome: 'nothing to do',
      message: [{ code: 'run.upToDate' }],
      wrote: { at: added.at, section: '2026-11-23', message: added.message },
    });
    // A day on, the write is old news: the status is the last run's alone.
    env.setClock(start + 25 * 60 * 60_000);
    env.fire(ANA, 'onHourlyTick');
    expect(state(env).status).not.toHaveProperty('wrote');
  });

  it('keeps a moved meeting’s time, end and link once it is cancelled, which Calendar no longer gives', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.calendar.moveOccurrence(
      ANA,
      env.series.id!,
      '2026-11-23T10:00:00-05:00',
      { dateTime: '2026-11-24T14:00:00-05:00', timeZone: ZONE },
      { dateTime: '2026-11-24T14:45:00-05:00', timeZone: ZONE },
    );
    const moved = state(env).nextMeeting!;
    expect(moved).toMatchObject({ start: '2026-11-24T14:00:00-05:00', end: '2026-11-24T14:45:00-05:00' });
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    expect(state(env).nextMeeting).toEqual({ ...moved, cancelled: true });
    expect(moved.htmlLink).toMatch(/^https:\/\//);
    // Once its time has passed, the next one is the next meeting, and nothing of it is kept.
    env.setClock(Date.parse('2026-11-24T20:00:00Z'));
    expect(state(env).nextMeeting).toMatchObject({ start: '2026-11-30T10:00:00-05:00', cancelled: false });
    expect(JSON.stringify(book(env).knownTimes ?? {})).not.toContain('2026-11-24');
  });

  it('counts the meetings of the series a split continued in the cadence', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    expect(state(env).cadence).toMatchObject({ held: 3, daysSinceLast: 4 });
    env.calendar.splitSeries(ANA, env.series.id!, '2026-11-23T10:00:00-05:00', {
      start: { dateTime: '2026-11-23T11:00:00-05:00', timeZone: ZONE },
      end: { dateTime: '2026-11-23T11:30:00-05:00', timeZone: ZONE },
    });
    env.setClock(Date.parse('2026-11-22T17:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    // Nov 2, 9 and 16 in the old series, none yet in the new one.
    expect(state(env).cadence).toMatchObject({ held: 3, daysSinceLast: 6 });
    // The Doc's own properties follow the split its mark names, once a sidebar is open in it.
    const link = JSON.parse(env.world.state.documentProperties[env.documentId]!.link!);
    expect(link.eventId).not.toBe(env.series.id);
    expect(link.previous).toEqual([expect.objectContaining({ eventId: env.series.id, endedAt: expect.any(String) })]);
    env.setClock(Date.parse('2026-12-01T17:00:00Z'));
    expect(state(env, BEN).cadence).toMatchObject({ held: 5, daysSinceLast: 1 });
    // Once the old series ended before the 90 days, it is no longer read.
    env.setClock(Date.parse('2027-03-01T17:00:00Z'));
    resetCalls(env);
    state(env);
    expect(env.world.calls.calendar).toBe(1);
  });
});
