// The user's own day, through the built Code.js: the zone the sidebar sends, kept for triggers, with its fallbacks.

import { apiError, SCRIPT_TIME_ZONE } from '../../dev/appsScriptGlobals';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { english } from '../support/words';
import { ANA, BEN, withSeries } from '../support/world';

const headingDates = (env: ReturnType<typeof withSeries>) => parseDoc(env.read()).sections.map((s) => s.date);
const account = (env: ReturnType<typeof withSeries>, user = ANA) =>
  JSON.parse(env.world.state.userProperties[user]?.account ?? '{}');

/**
 * Each user acts a few minutes either side of midnight UTC, where their own date is not UTC's. Nov 23, 2026 23:30 UTC
 * is Nov 24 in Tokyo (08:30) and Kiritimati (13:30), Nov 23 in Los Angeles (15:30) and Nov 24 in Berlin (00:30).
 */
const AT = Date.parse('2026-11-23T23:30:00Z');
const USERS = [
  { zone: 'Asia/Tokyo', today: '2026-11-24' },
  { zone: 'America/Los_Angeles', today: '2026-11-23' },
  { zone: 'Europe/Berlin', today: '2026-11-24' },
  { zone: 'Pacific/Kiritimati', today: '2026-11-24' },
];

describe('the script’s zone is the manifest’s, never the user’s', () => {
  it('is Etc/UTC, as in appsscript.json', () => {
    expect(SCRIPT_TIME_ZONE).toBe('Etc/UTC');
  });
});

describe.each(USERS)('a user in $zone near midnight UTC', ({ zone, today }) => {
  it('Prepare now on an unlinked Doc adds their today’s section, once however often it is pressed', () => {
    const env = withSeries({ now: AT });
    env.as(ANA);
    env.sandbox.call('prepareNow', { timeZone: zone });
    // An hour later it is still their same day: the section is already there.
    env.setClock(AT + 3_600_000);
    const state = env.sandbox.call('prepareNow', { timeZone: zone }) as SidebarState;
    expect(headingDates(env)).toEqual([today]);
    expect(english(state.status?.message)).toMatch(/already in the Doc/);
  });

  it('a topic added on an unlinked Doc goes to their today’s section', () => {
    const env = withSeries({ now: AT });
    env.as(ANA);
    const state = env.sandbox.call('addAgendaItem', 'Promotion timeline', { timeZone: zone }) as SidebarState;
    expect(headingDates(env)).toEqual([today]);
    expect(state.agenda).toEqual([{ text: 'Promotion timeline' }]);
  });

  it('the menu’s Prepare now (no zone sent) uses the zone their sidebar sent before', () => {
    const env = withSeries({ now: AT });
    env.as(ANA);
    env.sandbox.call('getSidebarState', { timeZone: zone });
    expect(account(env).timeZone).toBe(zone);
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual([today]);
  });

  it('the cadence counts days since the last 1:1 in their own days', () => {
    // Weekly on Mondays at 10:00 New York; the Nov 23 meeting was held 15:00Z. At 23:30Z it is Nov 24 in Tokyo.
    const env = withSeries({ now: AT });
    env.link(ANA);
    const state = env.sandbox.call('getSidebarState', { timeZone: zone }) as SidebarState;
    expect(state.cadence?.daysSinceLast).toBe(today === '2026-11-24' ? 1 : 0);
  });

  it('Prepare now on a linked Doc still dates the section by the meeting in its own zone', () => {
    const env = withSeries({ now: AT });
    env.link(ANA);
    env.sandbox.call('prepareNow', { timeZone: zone });
    expect(headingDates(env)).toEqual(['2026-11-30']);
  });
});

const SENT_MONDAY = { sent: 'Pacific/Kiritimati', sentToday: '2026-11-23' };
const SENT_SUNDAY = { sent: 'America/Los_Angeles', sentToday: '2026-11-22' };

describe.each([
  // Sun Nov 22, 17:00 in Los Angeles is already Monday in UTC; Mon Nov 23, 01:00 in Tokyo is still Sunday in UTC.
  // The zone a sidebar may send instead has the other day: Kiritimati (UTC+14) is on Monday, Los Angeles on Sunday.
  { zone: 'America/Los_Angeles', offset: '-08:00', at: '2026-11-23T01:00:00Z', today: '2026-11-22', ...SENT_MONDAY },
  { zone: 'Asia/Tokyo', offset: '+09:00', at: '2026-11-22T16:00:00Z', today: '2026-11-23', ...SENT_SUNDAY },
])('the menu’s Prepare now before any sidebar call, for a user whose calendar is in $zone', (user) => {
  const { zone, offset, at, today } = user;
  const unlinked = () => {
    const env = withSeries(
      { now: Date.parse(at) },
      { zone, start: `2026-11-02T10:00:00${offset}`, end: `2026-11-02T10:30:00${offset}` },
    );
    env.as(ANA);
    return env;
  };

  it('dates the section by her calendar’s day, never the script’s UTC, with one Calendar read, once', () => {
    const env = unlinked();
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual([today]);
    expect(env.world.calls.calendarReads).toBe(1);
    // Pressed again an hour later: still her same day, one section, and her calendar's zone is not read again.
    env.setClock(Date.parse(at) + 3_600_000);
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual([today]);
    expect(env.world.calls.calendarReads).toBe(0);
    // Her calendar's zone is not the zone her browser sent: it is never kept as if it were.
    expect(account(env).timeZone).toBeUndefined();
  });

  it('with her calendar unreadable, still adds the section, in the script’s zone as before, and says no error', () => {
    const env = unlinked();
    env.world.faults.calendar = () => apiError('calendar.events.list', 503, 'Backend Error');
    const state = env.sandbox.call('prepareNow') as SidebarState;
    expect(headingDates(env)).toEqual([at.slice(0, 10)]);
    expect(state.status).toMatchObject({ outcome: 'inserted' });
  });

  it('still lets the zone her sidebar sent win over her calendar’s', () => {
    const env = unlinked();
    env.sandbox.call('getSidebarState', { timeZone: user.sent });
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual([user.sentToday]);
  });
});

describe('a user whose calendar is in Los Angeles and whose sidebar last sent Tokyo', () => {
  it('gets her own day from a call that carries no zone, not her calendar’s, once the calendar’s zone is kept', () => {
    // Sun Nov 22, 17:00 in Los Angeles is Mon Nov 23, 10:00 in Tokyo.
    const at = Date.parse('2026-11-23T01:00:00Z');
    const env = withSeries(
      { now: at },
      { zone: 'America/Los_Angeles', start: '2026-11-02T10:00:00-08:00', end: '2026-11-02T10:30:00-08:00' },
    );
    env.as(ANA);
    // The menu's Prepare now before any sidebar call: her calendar's day, and its zone kept in her record of the Doc.
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual(['2026-11-22']);
    expect(JSON.parse(env.world.state.userProperties[ANA]![`doc:${env.documentId}`]!).calendarTimeZone).toBe(
      'America/Los_Angeles',
    );
    env.sandbox.call('getSidebarState', { timeZone: 'Asia/Tokyo' });
    // A day on it is Mon Nov 23 in Los Angeles and Tue Nov 24 in Tokyo, where she is.
    env.setClock(at + 24 * 3_600_000);
    env.sandbox.call('prepareNow');
    expect(headingDates(env)).toEqual(['2026-11-24', '2026-11-22']);
  });
});

describe('zones that are not IANA zones', () => {
  it.each(['Mars/Olympus', 'Asia/Tokyo\n', '../etc/passwd', '<script>', '', 42, { zone: 'Asia/Tokyo' }])(
    '%p is ignored and the next fallback used, never kept',
    (bad) => {
      const env = withSeries({ now: AT });
      env.as(ANA);
      env.sandbox.call('prepareNow', { timeZone: bad });
      // Nothing sent or kept: her calendar's zone (New York, 18:30 on Nov 23), never the bad one.
      expect(headingDates(env)).toEqual(['2026-11-23']);
      expect(account(env).timeZone).toBeUndefined();
    },
  );

  it('falls back to the zone kept from an earlier call, not to UTC', () => {
    const env = withSeries({ now: AT });
    env.as(ANA);
    env.sandbox.call('getSidebarState', { timeZone: 'Asia/Tokyo' });
    env.sandbox.call('prepareNow', { timeZone: 'Not/AZone' });
    expect(headingDates(env)).toEqual(['2026-11-24']);
  });

  it('without any zone from a sidebar, a linked Doc uses the zone of the calendar its series is read from', () => {
    // Ben's calendar is in Tokyo; he never sent a zone. His "today" on the linked Doc is Tokyo's.
    const env = withSeries(
      { now: AT },
      { zone: 'Asia/Tokyo', start: '2026-11-02T10:00:00+09:00', end: '2026-11-02T10:30:00+09:00' },
    );
    env.link(ANA);
    env.link(BEN);
    env.as(BEN);
    env.sandbox.call('getSidebarState'); // reads the series, and with it Ben's calendar's zone
    const book = JSON.parse(env.world.state.userProperties[BEN]![`doc:${env.documentId}`]!);
    expect(book.calendarTimeZone).toBe('Asia/Tokyo');
    const state = env.sandbox.call('addAgendaItem', 'Offsite plans') as SidebarState;
    expect(state.agenda).toContainEqual({ text: 'Offsite plans' });
  });
});
