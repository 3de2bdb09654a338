// Linking the Doc through the built Code.js: choosing a series, storing the link, this user's triggers, settings, unlinking.

import { fullPages } from '../../dev/calendarEngine';
import { parseDoc } from '../../src/core/parse';
import type { RecurringSeries, SidebarState } from '../../src/shared/types';
import { english, refusal } from '../support/words';
import { ANA, BEN, bodyText, bookOf, markOf, statusOf, withSeries } from '../support/world';

describe('listRecurringSeries', () => {
  it('lists each upcoming recurring series once, the two-person ones first', () => {
    const env = withSeries();
    env.calendar.insertEvent(ANA, {
      summary: 'Staff meeting',
      start: { dateTime: '2026-11-02T09:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-02T09:30:00-05:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE'],
      attendees: [{ email: ANA }, { email: BEN }, { email: 'cy@example.com' }],
    });
    env.calendar.insertEvent(ANA, {
      summary: 'Dentist',
      start: { dateTime: '2026-11-24T09:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-24T10:00:00-05:00', timeZone: 'America/New_York' },
    });
    env.as(ANA);
    // Counted with full pages, what Google usually sends (short pages are followed: test/server/calendar.test.ts).
    env.calendar.pageSize = fullPages;
    const list = env.sandbox.call('listRecurringSeries') as RecurringSeries[];
    expect(list.map((s) => [s.title, s.attendees.length, s.nextStart])).toEqual([
      ['Ana / Ben 1:1', 2, '2026-11-23T10:00:00-05:00'],
      ['Staff meeting', 3, '2026-11-23T09:00:00-05:00'],
    ]);
    // Each person by a name: Calendar's when it has one, else what the address reads as.
    expect(list[0]!.attendees).toEqual([
      { email: ANA, name: 'Ana', self: true },
      { email: BEN, name: 'Ben' },
    ]);
    expect(env.world.calls.calendar).toBe(1);
  });

  it('names a person as Calendar does when it gives a name', () => {
    const env = withSeries({}, { displayNames: { [BEN]: 'Ben Okafor' } });
    env.as(ANA);
    const [series] = env.sandbox.call('listRecurringSeries') as RecurringSeries[];
    expect(series!.attendees.find((a) => a.email === BEN)?.name).toBe('Ben Okafor');
  });
});

describe('linkSeries', () => {
  it('stores the link in the Doc, installs this user’s hourly trigger, and answers with the state', () => {
    const env = withSeries();
    const state = env.link(ANA, { leadHours: 48 }) as SidebarState;
    const link = JSON.parse(env.world.state.documentProperties[env.documentId]!.link!);
    expect(link).toMatchObject({
      eventId: env.series.id,
      iCalUID: env.series.iCalUID,
      timeZone: 'America/New_York',
      linkedBy: ANA,
    });
    expect(link.attendees).toEqual([ANA, BEN]);
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.settings!)).toMatchObject({ leadHours: 48 });
    expect(
      env
        .triggersOf(ANA)
        .map((t) => t.handler)
        .sort(),
    ).toEqual(['onHourlyTick']);
    expect(state).toMatchObject({ linked: true, series: { title: 'Ana / Ben 1:1', automatic: true } });
    expect(state.nextMeeting).toMatchObject({ start: '2026-11-23T10:00:00-05:00', cancelled: false });
  });

  it('never leaves more than one trigger of a kind, however often link is pressed, by either person', () => {
    // A bound script, where a calendar trigger may exist beside the hourly one.
    const env = withSeries({ calendarTriggersAllowed: true });
    for (let i = 0; i < 4; i++) {
      env.link(ANA);
      env.link(BEN);
    }
    for (const user of [ANA, BEN]) {
      expect(env.triggersOf(user, 'onHourlyTick')).toHaveLength(1);
      expect(env.triggersOf(user, 'onCalendarEventUpdated')).toHaveLength(1);
    }
    // Ben linking the same series keeps Ana as the one who linked it, with her calendar.
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.link!).linkedBy).toBe(ANA);
  });

  it('carries on with the hourly trigger where calendar triggers are not allowed (an editor add-on), and says why', () => {
    const env = withSeries();
    const state = env.link(ANA) as SidebarState;
    expect(env.triggersOf(ANA).map((t) => t.handler)).toEqual(['onHourlyTick']);
    const account = JSON.parse(env.world.state.userProperties[ANA]!.account!);
    // Said in words, never in what ScriptApp threw ("Exception: Calendar triggers are not supported…").
    expect(english(account.automaticNote)).toBe(
      'Calendar changes are checked hourly instead of at once: Google does not let a Docs add-on watch a calendar.',
    );
    expect(state.series?.automaticNote).toEqual(account.automaticNote);
  });

  it('still links, for Prepare now, where no installable trigger may be created (an add-on in test mode)', () => {
    const env = withSeries({ installableTriggersAllowed: false });
    const state = env.link(ANA) as SidebarState;
    expect(env.world.state.triggers).toEqual([]);
    expect(state).toMatchObject({ linked: true, series: { automatic: false } });
    expect(english(state.series?.automaticNote)).toMatch(/use “Prepare now”/);
    expect(english(state.series?.automaticNote)).not.toMatch(/Exception|not supported/);
    env.sandbox.call('prepareNow');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
  });

  it('links the series when an occurrence of it is chosen', () => {
    const env = withSeries();
    env.as(ANA);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: `${env.series.id}_20261123T150000Z` });
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.link!).eventId).toBe(env.series.id);
  });

  it.each([
    ['no options', undefined, /Choose a recurring event/],
    ['a string', 'abc', /Choose a recurring event/],
    ['a bad id', { calendarId: 'primary', eventId: '"><img>' }, /sent something the add-on cannot use/],
    [
      'a lead time out of range',
      { calendarId: 'primary', eventId: 'x', leadHours: 1000 },
      /lead time must be a whole number of hours from 1 to 168/,
    ],
    [
      'an unknown option',
      { calendarId: 'primary', eventId: 'x', __proto__: { admin: true }, extra: 1 },
      /Unknown option/,
    ],
    ['an unknown event', { calendarId: 'primary', eventId: 'nosuchevent' }, /deleted, or you no longer have access/],
  ])('refuses %s with a clear message and stores nothing', (_name, options, message) => {
    const env = withSeries();
    env.as(ANA);
    expect(refusal(() => env.sandbox.call('linkSeries', options))).toMatch(message);
    expect(env.world.state.documentProperties[env.documentId] ?? {}).toEqual({});
    expect(env.world.state.triggers).toEqual([]);
  });

  it('refuses an event that does not repeat', () => {
    const env = withSeries();
    const single = env.calendar.insertEvent(ANA, {
      summary: 'Offsite',
      start: { dateTime: '2026-11-25T10:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-25T12:00:00-05:00', timeZone: 'America/New_York' },
    });
    env.as(ANA);
    expect(refusal(() => env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: single.id }))).toMatch(
      /“Offsite” does not repeat/,
    );
    expect(env.world.state.triggers).toEqual([]);
  });
});

describe('unlinkSeries and updateSettings', () => {
  it('unlink removes only this user’s triggers and keeps the Doc, its link and the other person’s triggers', () => {
    const env = withSeries({ calendarTriggersAllowed: true });
    env.link(ANA);
    env.link(BEN);
    env.sandbox.call('prepareNow');
    const doc = env.read();
    env.as(ANA);
    const state = env.sandbox.call('unlinkSeries') as SidebarState;
    expect(env.triggersOf(ANA)).toEqual([]);
    expect(env.triggersOf(BEN)).toHaveLength(2);
    expect(env.read()).toEqual(doc);
    expect(env.world.state.documentProperties[env.documentId]!.link).toBeDefined();
    expect(state).toMatchObject({ linked: true, series: { automatic: false } });
  });

  it('unlinkDocument removes the shared link for both, says so in the Doc, and the other person’s trigger stops there', () => {
    const env = withSeries();
    env.link(ANA);
    env.link(BEN);
    env.sandbox.call('prepareNow');
    const text = bodyText(env.read());
    const settings = env.world.state.documentProperties[env.documentId]!.settings;
    env.as(ANA);
    const state = env.sandbox.call('unlinkDocument', { requestId: 'req-unlink-0001' }) as SidebarState;
    expect(state).toMatchObject({ linked: false });
    expect(state.series).toBeUndefined();
    expect(env.world.state.documentProperties[env.documentId]!.link).toBeUndefined();
    // The settings stay for a later link; the Doc's text is as it was, and its mark says it is unlinked.
    expect(env.world.state.documentProperties[env.documentId]!.settings).toBe(settings);
    expect(bodyText(env.read())).toBe(text);
    expect(markOf(env)).toMatchObject({ unlinked: true });
    expect(env.triggersOf(ANA)).toEqual([]);
    expect(bookOf(env)?.link).toBeUndefined();
    // Ben's trigger reads the Doc's mark at its next look (daily at the latest): it writes nothing, lets the Doc go,
    // and says why; none of his Docs is left, so neither are his triggers.
    env.setClock(env.world.state.now + 24 * 3_600_000);
    const before = env.read();
    env.fire(BEN, 'onHourlyTick');
    expect(env.read()).toEqual(before);
    expect(bookOf(env, BEN)?.link).toBeUndefined();
    expect(english(statusOf(env, BEN)?.message)).toMatch(/other person unlinked this Doc/);
    expect(env.triggersOf(BEN)).toEqual([]);
    env.as(BEN);
    expect(env.sandbox.call('getSidebarState')).toMatchObject({ linked: false, status: { message: /unlinked/ } });
  });

  it('updateSettings validates, stores, and lets the next tick look again', () => {
    const env = withSeries();
    env.link(ANA);
    env.sandbox.call('updateSettings', { position: 'oldest-first', template: 'career' });
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.settings!)).toMatchObject({
      position: 'oldest-first',
      template: 'career',
      leadHours: 24,
    });
    const before = { ...env.world.state.documentProperties[env.documentId] };
    expect(refusal(() => env.sandbox.call('updateSettings', { leadHours: -3 }))).toMatch(
      /lead time must be a whole number/,
    );
    expect(refusal(() => env.sandbox.call('updateSettings', [1, 2]))).toMatch(/sent something the add-on cannot use/);
    expect(env.world.state.documentProperties[env.documentId]).toEqual(before);
  });
});

describe('prepareNow on a linked Doc', () => {
  it('inserts the next occurrence’s section, dated in the event’s zone, with one call of each kind', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.calendar.pageSize = fullPages;
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    const state = env.sandbox.call('prepareNow') as SidebarState;
    expect(parseDoc(env.read()).sections.map((s) => s.headingText)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
    expect(env.world.calls).toMatchObject({ calendar: 1, docsGet: 1, docsBatchUpdate: 1 });
    expect(state.status).toMatchObject({ outcome: 'inserted' });
    env.sandbox.call('prepareNow');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
  });
});
