// The user's own day, through the built Code.js: the zone the sidebar sends, kept for triggers, with its fallbacks.

import { SCRIPT_TIME_ZONE } from '../../dev/appsScriptGlobals';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
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
    expect(state.status?.message).toMatch(/already in the Doc/);
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

describe('zones that are not IANA zones', () => {
  it.each(['Mars/Olympus', 'Asia/Tokyo\n', '../etc/passwd', '<script>', '', 42, { zone: 'Asia/Tokyo' }])(
    '%p is ignored and the next fallback used, never kept',
    (bad) => {
      const env = withSeries({ now: AT });
      env.as(ANA);
      env.sandbox.call('prepareNow', { timeZone: bad });
      // Nothing kept, no calendar read yet for this unlinked Doc: the manifest's zone, UTC, whose date is Nov 23.
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
