// The in-memory Calendar engine against the public Calendar API v3 reference: recurrence, exceptions, attendees, list, sync, errors.
import fc from 'fast-check';
import {
  assertValidEvent,
  CalendarApiError,
  type CalendarEngine,
  calendarFaults,
  createCalendarEngine,
  defaultPageSizes,
  fullPages,
  type PageSizes,
  SYNC_TOKEN_GONE_MESSAGE,
  seededPageSizes,
} from '../../dev/calendarEngine';
import type { Event, Events } from '../../src/types/calendar-api';

// ---------------------------------------------------------------------------------------------------------------
// Helpers: every read goes through assertValidEvent, so every test also checks the shape Google guarantees.
// ---------------------------------------------------------------------------------------------------------------

const ANA = 'ana@example.com'; // the manager, in New York
const BEN = 'ben@example.com'; // the report, in Berlin
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

/**
 * Ana's and Ben's calendars. `cal` follows every page of a list or instances call asked without a pageToken (and
 * checks each page), so the tests below read whole results whatever the page sizes; `raw` is the engine itself.
 */
function world(pageSize?: PageSizes): { cal: CalendarEngine; raw: CalendarEngine; tick: (ms?: number) => void } {
  let clock = Date.parse('2026-10-01T12:00:00Z');
  const raw = createCalendarEngine({ now: () => clock, resolvePrimary: () => ANA, ...(pageSize ? { pageSize } : {}) });
  raw.addCalendar(ANA, NY);
  raw.addCalendar(BEN, BERLIN);
  const tick = (ms = 60_000) => {
    clock += ms;
  };
  return { cal: following(raw), raw, tick };
}

/** Reads every page from `first` on: each at most maxResults long, a sync token only on the last one. */
function allPages(read: (pageToken?: string) => Events, requested = 250): Events {
  const items: Event[] = [];
  let pageToken: string | undefined;
  for (let pages = 1; pages <= 10_000; pages++) {
    const page = read(pageToken);
    expect(page.items!.length).toBeLessThanOrEqual(requested);
    items.push(...page.items!);
    if (!page.nextPageToken) return { ...page, items };
    expect(page.nextSyncToken).toBeUndefined();
    pageToken = page.nextPageToken;
  }
  throw new Error('more than 10,000 pages');
}

function following(engine: CalendarEngine): CalendarEngine {
  const wrapped: CalendarEngine = Object.create(engine);
  wrapped.list = (calendarId, args) =>
    args?.pageToken !== undefined
      ? engine.list(calendarId, args)
      : allPages((pageToken) => engine.list(calendarId, { ...args, pageToken }), args?.maxResults);
  wrapped.instances = (calendarId, eventId, args) =>
    args?.pageToken !== undefined
      ? engine.instances(calendarId, eventId, args)
      : allPages((pageToken) => engine.instances(calendarId, eventId, { ...args, pageToken }), args?.maxResults);
  return wrapped;
}

function checked(events: Events): Events {
  for (const event of events.items ?? []) assertValidEvent(event);
  return events;
}

function one(event: Event): Event {
  assertValidEvent(event);
  return event;
}

function apiError(action: () => unknown): CalendarApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarApiError) return error;
    throw error;
  }
  throw new Error('expected a CalendarApiError');
}

/** The weekly Monday 10:00 New York 1:1 of Ana (organizer) and Ben, from Oct 19, 2026. */
const weekly = (over: Partial<Event> = {}): Event => ({
  summary: 'Ana / Ben 1:1',
  start: { dateTime: '2026-10-19T10:00:00', timeZone: NY },
  end: { dateTime: '2026-10-19T10:30:00', timeZone: NY },
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
  attendees: [{ email: ANA }, { email: BEN }],
  ...over,
});

const timed = (start: string, end: string, recurrence?: string[], zone = NY): Event => ({
  summary: 'Series',
  start: { dateTime: start, timeZone: zone },
  end: { dateTime: end, timeZone: zone },
  ...(recurrence ? { recurrence } : {}),
});

const ALL_TIME = { timeMin: '1990-01-01T00:00:00Z', timeMax: '2030-01-01T00:00:00Z' };

const startsOf = (events: Events) => (events.items ?? []).map((e) => e.start?.dateTime ?? e.start?.date);
const idsOf = (events: Events) => (events.items ?? []).map((e) => e.id);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Recurrence
// ---------------------------------------------------------------------------------------------------------------

describe('recurrence expansion', () => {
  test('a weekly 10:00 New York meeting stays at 10:00 local across Nov 1, 2026; its UTC instant moves', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const got = checked(cal.instances(ANA, id!, { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-11-10T00:00:00Z' }));
    expect(idsOf(got)).toEqual([
      `${id}_20261019T140000Z`,
      `${id}_20261026T140000Z`,
      `${id}_20261102T150000Z`,
      `${id}_20261109T150000Z`,
    ]);
    expect(startsOf(got)).toEqual([
      '2026-10-19T10:00:00-04:00',
      '2026-10-26T10:00:00-04:00',
      '2026-11-02T10:00:00-05:00',
      '2026-11-09T10:00:00-05:00',
    ]);
    expect(got.items![2]).toMatchObject({
      recurringEventId: id,
      originalStartTime: { dateTime: '2026-11-02T10:00:00-05:00', timeZone: NY },
      start: { dateTime: '2026-11-02T10:00:00-05:00', timeZone: NY },
      end: { dateTime: '2026-11-02T10:30:00-05:00', timeZone: NY },
      summary: 'Ana / Ben 1:1',
      status: 'confirmed',
    });
    expect(got.items![2]!.recurrence).toBeUndefined();
  });

  test('the timeZone argument formats times in that zone: Tokyo sees the next calendar day after the change', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const got = checked(
      cal.instances(ANA, id!, {
        timeMin: '2026-10-26T00:00:00Z',
        timeMax: '2026-11-03T00:00:00Z',
        timeZone: 'Asia/Tokyo',
      }),
    );
    expect(got.items!.map((e) => [e.id, e.start, e.originalStartTime])).toEqual([
      [
        `${id}_20261026T140000Z`,
        { dateTime: '2026-10-26T23:00:00+09:00', timeZone: NY },
        { dateTime: '2026-10-26T23:00:00+09:00', timeZone: NY },
      ],
      [
        `${id}_20261102T150000Z`,
        { dateTime: '2026-11-03T00:00:00+09:00', timeZone: NY },
        { dateTime: '2026-11-03T00:00:00+09:00', timeZone: NY },
      ],
    ]);
    // The response's timeZone is the calendar's, whatever the argument ([list] "timeZone: The time zone of the calendar").
    expect(got.timeZone).toBe(NY);
  });

  test("without a timeZone argument, times are in the reading calendar's zone; UTC is written with Z", () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const window = { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-11-03T00:00:00Z' };
    // Berlin left summer time on Oct 25, New York on Nov 1: the offset between them is 5 h, then 6 h, then 5 h.
    expect(startsOf(checked(cal.instances(BEN, id!, window)))).toEqual([
      '2026-10-19T16:00:00+02:00',
      '2026-10-26T15:00:00+01:00',
      '2026-11-02T16:00:00+01:00',
    ]);
    expect(startsOf(checked(cal.instances(ANA, id!, { ...window, timeZone: 'Etc/UTC' })))).toEqual([
      '2026-10-19T14:00:00Z',
      '2026-10-26T14:00:00Z',
      '2026-11-02T15:00:00Z',
    ]);
  });

  test('WEEKLY with INTERVAL=2 and BYDAY=MO,TH: every other week, from the week of DTSTART', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(
      ANA,
      timed('2026-10-01T10:00:00', '2026-10-01T10:30:00', ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5']),
    );
    expect(startsOf(checked(cal.instances(ANA, id!, ALL_TIME)))).toEqual([
      '2026-10-01T10:00:00-04:00', // Thursday of the first week (its Monday, Sep 28, is before DTSTART)
      '2026-10-12T10:00:00-04:00',
      '2026-10-15T10:00:00-04:00',
      '2026-10-26T10:00:00-04:00',
      '2026-10-29T10:00:00-04:00',
    ]);
  });

  test("WKST changes which days share a week: RFC 5545's own example", () => {
    const { cal } = world();
    // RFC 5545 3.8.5.3: "DTSTART;TZID=America/New_York:19970805T090000 RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;
    // BYDAY=TU,SU;WKST=MO ==> (1997 EDT) August 5,10,19,24" and with WKST=SU "August 5,17,19,31".
    const days = (wkst: string) => {
      const rule = `RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=${wkst}`;
      const { id } = cal.insertEvent(ANA, timed('1997-08-05T09:00:00', '1997-08-05T10:00:00', [rule]));
      return startsOf(checked(cal.instances(ANA, id!, ALL_TIME))).map((s) => s!.slice(0, 10));
    };
    expect(days('MO')).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    expect(days('SU')).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31']);
  });

  test('DAILY with INTERVAL and COUNT', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(
      ANA,
      timed('2026-11-23T09:00:00', '2026-11-23T09:15:00', ['RRULE:FREQ=DAILY;INTERVAL=2;COUNT=3']),
    );
    expect(startsOf(checked(cal.instances(ANA, id!, ALL_TIME)))).toEqual([
      '2026-11-23T09:00:00-05:00',
      '2026-11-25T09:00:00-05:00',
      '2026-11-27T09:00:00-05:00',
    ]);
  });

  test('UNTIL is inclusive and in UTC', () => {
    const { cal } = world();
    const rule = (until: string) => weekly({ recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=${until}`] });
    const through = cal.insertEvent(ANA, rule('20261109T150000Z')); // exactly Nov 9, 10:00 EST
    const before = cal.insertEvent(ANA, rule('20261109T145959Z'));
    expect(startsOf(checked(cal.instances(ANA, through.id!, ALL_TIME))).at(-1)).toBe('2026-11-09T10:00:00-05:00');
    expect(cal.instances(ANA, through.id!, ALL_TIME).items).toHaveLength(4);
    expect(startsOf(checked(cal.instances(ANA, before.id!, ALL_TIME))).at(-1)).toBe('2026-11-02T10:00:00-05:00');
  });

  test('MONTHLY by the second Tuesday (2TU) and by the last Friday (-1FR)', () => {
    const { cal } = world();
    const second = cal.insertEvent(
      ANA,
      timed('2026-01-13T10:00:00', '2026-01-13T10:30:00', ['RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=4']),
    );
    const last = cal.insertEvent(
      ANA,
      timed('2026-01-30T16:00:00', '2026-01-30T16:30:00', ['RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=4']),
    );
    expect(startsOf(checked(cal.instances(ANA, second.id!, ALL_TIME)))).toEqual([
      '2026-01-13T10:00:00-05:00',
      '2026-02-10T10:00:00-05:00',
      '2026-03-10T10:00:00-04:00', // New York is on summer time from Mar 8
      '2026-04-14T10:00:00-04:00',
    ]);
    expect(startsOf(checked(cal.instances(ANA, last.id!, ALL_TIME)))).toEqual([
      '2026-01-30T16:00:00-05:00',
      '2026-02-27T16:00:00-05:00',
      '2026-03-27T16:00:00-04:00',
      '2026-04-24T16:00:00-04:00',
    ]);
  });

  test('MONTHLY on the 31st skips the months that have no 31st (RFC 5545: invalid dates are ignored)', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(
      ANA,
      timed('2026-01-31T10:00:00', '2026-01-31T11:00:00', ['RRULE:FREQ=MONTHLY;COUNT=3']),
    );
    expect(startsOf(checked(cal.instances(ANA, id!, ALL_TIME))).map((s) => s!.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);
  });

  test('all-day weekly events have date times and YYYYMMDD instance ids', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, {
      summary: 'Focus day',
      start: { date: '2026-11-02' },
      end: { date: '2026-11-03' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
    });
    const got = checked(cal.instances(ANA, id!, ALL_TIME));
    expect(got.items!.map((e) => [e.id, e.start, e.end, e.originalStartTime])).toEqual([
      [`${id}_20261102`, { date: '2026-11-02' }, { date: '2026-11-03' }, { date: '2026-11-02' }],
      [`${id}_20261109`, { date: '2026-11-09' }, { date: '2026-11-10' }, { date: '2026-11-09' }],
      [`${id}_20261116`, { date: '2026-11-16' }, { date: '2026-11-17' }, { date: '2026-11-16' }],
    ]);
    // An all-day event spans midnight to midnight in the reading calendar's zone.
    const window = { timeMin: '2026-11-09T04:59:00Z', timeMax: '2026-11-09T05:00:00Z' }; // 23:59 EST on Nov 8
    expect(idsOf(cal.instances(ANA, id!, window))).toEqual([]);
    expect(idsOf(cal.instances(ANA, id!, { ...window, timeMax: '2026-11-09T05:01:00Z' }))).toEqual([`${id}_20261109`]);
  });

  test('EXDATE takes occurrences out (in the named zone, or UTC)', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(
      ANA,
      weekly({
        recurrence: [
          'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4',
          'EXDATE;TZID=America/New_York:20261026T100000',
          'EXDATE:20261109T150000Z',
        ],
      }),
    );
    // COUNT counts the excluded ones too (RFC 5545: EXDATE is applied to the set the rule makes).
    expect(startsOf(checked(cal.instances(ANA, id!, ALL_TIME)))).toEqual([
      '2026-10-19T10:00:00-04:00',
      '2026-11-02T10:00:00-05:00',
    ]);
  });

  test('a wall time skipped by the spring change is shifted forward by the gap (RFC 5545)', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(
      ANA,
      timed('2026-03-07T02:30:00', '2026-03-07T02:45:00', ['RRULE:FREQ=DAILY;COUNT=3']),
    );
    const got = checked(cal.instances(ANA, id!, ALL_TIME));
    expect(startsOf(got)).toEqual([
      '2026-03-07T02:30:00-05:00',
      '2026-03-08T03:30:00-04:00',
      '2026-03-09T02:30:00-04:00',
    ]);
    expect(idsOf(got)[1]).toBe(`${id}_20260308T073000Z`);
  });

  test('weekly expansion agrees with a day-by-day reading of RFC 5545 (property)', () => {
    const DAY = 86_400_000;
    const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 12 }),
        (interval, weekdays, wkst, offset, count) => {
          const cal = following(createCalendarEngine({ now: () => 0 }));
          cal.addCalendar(BEN, BERLIN);
          const startDay = Date.UTC(2026, 0, 5) / DAY + offset;
          const date = new Date(startDay * DAY).toISOString().slice(0, 10);
          const rule = `RRULE:FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${weekdays.map((w) => CODES[w]).join(',')};WKST=${CODES[wkst]};COUNT=${count}`;
          const { id } = cal.insertEvent(BEN, timed(`${date}T09:00:00`, `${date}T09:30:00`, [rule], BERLIN));
          const got = checked(cal.instances(BEN, id!, ALL_TIME)).items!;
          // The oracle: a day belongs when its week (weeks start on WKST) is a multiple of INTERVAL weeks after
          // DTSTART's week and its weekday is listed.
          const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
          const weekOf = (day: number) => day - ((weekday(day) - wkst + 7) % 7);
          const expected: string[] = [];
          for (let day = startDay; expected.length < count; day++) {
            const weeks = (weekOf(day) - weekOf(startDay)) / 7;
            if (weeks % interval === 0 && weekdays.includes(weekday(day)))
              expected.push(new Date(day * DAY).toISOString().slice(0, 10));
          }
          expect(got.map((e) => e.start!.dateTime!.slice(0, 10))).toEqual(expected);
          expect(got.every((e) => e.start!.dateTime!.slice(11, 19) === '09:00:00')).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  test.each([
    ['RRULE:FREQ=YEARLY', 'FREQ=YEARLY is not supported'],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=15', 'BYMONTHDAY is not supported'],
    ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', 'BYSETPOS is not supported'],
    ['RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20261201T000000Z', 'COUNT and UNTIL must not both be given'],
    ['RRULE:FREQ=WEEKLY;BYDAY=2MO', 'a numbered BYDAY needs FREQ=MONTHLY'],
    ['RRULE:FREQ=MONTHLY;BYDAY=6MO', 'BYDAY ordinal 6'],
    ['RRULE:INTERVAL=2', 'FREQ is required'],
    ['RRULE:FREQ=WEEKLY;INTERVAL=0', 'INTERVAL must be a positive integer'],
    ['RRULE:FREQ=WEEKLY;FOO=1', 'unknown rule part FOO'],
  ])('%s is refused with 400', (line, words) => {
    const { cal } = world();
    const error = apiError(() => cal.insertEvent(ANA, weekly({ recurrence: [line] })));
    expect([error.code, error.reason]).toEqual([400, 'invalid']);
    expect(error.message).toContain(words);
  });

  test('RDATE and a second RRULE are refused; EXDATE alone is not a recurrence', () => {
    const { cal } = world();
    for (const recurrence of [
      ['RRULE:FREQ=WEEKLY', 'RDATE:20261201T150000Z'],
      ['RRULE:FREQ=WEEKLY', 'RRULE:FREQ=DAILY'],
      ['EXDATE:20261026T140000Z'],
    ])
      expect(apiError(() => cal.insertEvent(ANA, weekly({ recurrence }))).code).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// insertEvent
// ---------------------------------------------------------------------------------------------------------------

describe('insertEvent', () => {
  test('assigns what the server owns: id, iCalUID, etag, created/updated, sequence, htmlLink, organizer', () => {
    const { cal } = world();
    const event = one(cal.insertEvent(ANA, weekly()));
    expect(event.id).toMatch(/^[a-v0-9]{26}$/);
    expect(event).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      iCalUID: `${event.id}@google.com`,
      created: '2026-10-01T12:00:00.000Z',
      updated: '2026-10-01T12:00:00.000Z',
      sequence: 0,
      creator: { email: ANA, self: true },
      organizer: { email: ANA, self: true },
      start: { dateTime: '2026-10-19T10:00:00-04:00', timeZone: NY },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
      attendees: [
        { email: ANA, organizer: true, self: true, responseStatus: 'accepted' },
        { email: BEN, responseStatus: 'needsAction' },
      ],
    });
    expect(event.etag).toMatch(/^"\d+"$/);
    expect(event.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
  });

  test('a client id must be base32hex, 5 to 1024 characters, and new', () => {
    const { cal } = world();
    expect(apiError(() => cal.insertEvent(ANA, weekly({ id: 'Meeting1' }))).code).toBe(400);
    expect(apiError(() => cal.insertEvent(ANA, weekly({ id: 'abcd' }))).code).toBe(400);
    cal.insertEvent(ANA, weekly({ id: 'oneonone2026' }));
    expect(apiError(() => cal.insertEvent(ANA, weekly({ id: 'oneonone2026' }))).code).toBe(409);
  });

  test('a recurring timed event needs a time zone; a bad zone, mixed kinds or a negative span are refused', () => {
    const { cal } = world();
    const noZone = apiError(() =>
      cal.insertEvent(ANA, {
        ...weekly(),
        start: { dateTime: '2026-10-19T10:00:00-04:00' },
        end: { dateTime: '2026-10-19T10:30:00-04:00' },
      }),
    );
    expect([noZone.code, noZone.reason, noZone.message]).toEqual([
      400,
      'required',
      'Missing time zone definition for start time.',
    ]);
    const cases: Event[] = [
      { start: { dateTime: '2026-10-19T10:00:00', timeZone: 'Mars/Olympus' }, end: weekly().end! },
      { start: { date: '2026-10-19' }, end: { dateTime: '2026-10-19T10:30:00-04:00' } },
      { start: { dateTime: '2026-10-19T10:00:00' }, end: { dateTime: '2026-10-19T10:30:00' } }, // no offset, no zone
      { start: { dateTime: '2026-10-19T10:00:00Z' } }, // no end
      { start: { date: '2026-02-30' }, end: { date: '2026-03-01' } },
    ];
    for (const event of cases) expect(apiError(() => cal.insertEvent(ANA, event)).code).toBe(400);
    const backwards = apiError(() =>
      cal.insertEvent(ANA, { start: { dateTime: '2026-10-19T10:00:00Z' }, end: { dateTime: '2026-10-19T09:00:00Z' } }),
    );
    expect([backwards.code, backwards.reason, backwards.message]).toEqual([
      400,
      'timeRangeEmpty',
      'The specified time range is empty.',
    ]);
    expect(
      apiError(() => cal.insertEvent(ANA, { start: { date: '2026-10-19' }, end: { date: '2026-10-19' } })).reason,
    ).toBe('timeRangeEmpty');
    expect(apiError(() => cal.insertEvent(ANA, weekly({ attendees: [{ displayName: 'No email' }] }))).code).toBe(400);
  });

  test('never mutates its argument, and returns copies that share nothing with the engine', () => {
    const { cal } = world();
    const input = deepFreeze(weekly());
    const event = cal.insertEvent(ANA, input);
    event.attendees!.push({ email: 'mallory@example.com' });
    event.start!.dateTime = 'garbage';
    const again = one(cal.get(ANA, event.id!));
    expect(again.attendees).toHaveLength(2);
    expect(again.start!.dateTime).toBe('2026-10-19T10:00:00-04:00');
    const listed = cal.list(ANA);
    listed.items![0]!.summary = 'changed';
    expect(cal.list(ANA).items![0]!.summary).toBe('Ana / Ben 1:1');
    const args = deepFreeze({ timeMin: '2026-10-01T00:00:00Z', singleEvents: true });
    expect(() => cal.list(ANA, args)).not.toThrow();
  });

  test('calendars: "primary" is the resolved user; unknown calendars and unknown events are 404', () => {
    const { cal } = world();
    const { id } = cal.insertEvent('primary', weekly());
    expect(one(cal.get(ANA, id!)).organizer).toEqual({ email: ANA, self: true });
    expect(apiError(() => cal.list('carol@example.com')).code).toBe(404);
    expect(apiError(() => cal.get(ANA, 'nosuchevent')).reason).toBe('notFound');
    const bare = createCalendarEngine();
    expect(apiError(() => bare.list('primary')).code).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------------------------------------------

describe('moved and cancelled occurrences', () => {
  test('a moved occurrence keeps its id and originalStartTime, with its new start and end', () => {
    const { cal, tick } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    tick();
    const moved = one(
      cal.moveOccurrence(
        ANA,
        id!,
        '2026-11-02T10:00:00-05:00',
        { dateTime: '2026-11-03T14:00:00-05:00', timeZone: NY },
        { dateTime: '2026-11-03T14:30:00-05:00', timeZone: NY },
      ),
    );
    const expected = {
      id: `${id}_20261102T150000Z`,
      recurringEventId: id,
      originalStartTime: { dateTime: '2026-11-02T10:00:00-05:00', timeZone: NY },
      start: { dateTime: '2026-11-03T14:00:00-05:00', timeZone: NY },
      end: { dateTime: '2026-11-03T14:30:00-05:00', timeZone: NY },
      summary: 'Ana / Ben 1:1',
      sequence: 1,
      updated: '2026-10-01T12:01:00.000Z',
    };
    expect(moved).toMatchObject(expected);
    expect(one(cal.get(ANA, `${id}_20261102T150000Z`))).toMatchObject(expected);
    const week = checked(cal.instances(ANA, id!, { timeMin: '2026-11-02T00:00:00Z', timeMax: '2026-11-09T00:00:00Z' }));
    expect(week.items).toHaveLength(1);
    expect(week.items![0]).toMatchObject(expected);
    // Moved into a window that its original start is outside of: it is found there.
    const tuesday = checked(
      cal.instances(ANA, id!, { timeMin: '2026-11-03T18:00:00Z', timeMax: '2026-11-03T20:00:00Z' }),
    );
    expect(idsOf(tuesday)).toEqual([`${id}_20261102T150000Z`]);
    // The series itself is unchanged.
    expect(one(cal.get(ANA, id!)).sequence).toBe(0);
  });

  test('a cancelled occurrence is hidden; with showDeleted it is a stub with only what Google guarantees', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    cal.cancelOccurrence(ANA, id!, '2026-11-09T10:00:00-05:00');
    const window = { timeMin: '2026-11-01T00:00:00Z', timeMax: '2026-11-17T00:00:00Z' };
    expect(idsOf(checked(cal.instances(ANA, id!, window)))).toEqual([
      `${id}_20261102T150000Z`,
      `${id}_20261116T150000Z`,
    ]);
    const all = checked(cal.instances(ANA, id!, { ...window, showDeleted: true }));
    expect(idsOf(all)).toEqual([`${id}_20261102T150000Z`, `${id}_20261109T150000Z`, `${id}_20261116T150000Z`]);
    const stub = all.items![1]!;
    expect(Object.keys(stub).sort()).toEqual(['etag', 'id', 'kind', 'originalStartTime', 'recurringEventId', 'status']);
    expect(stub).toMatchObject({
      status: 'cancelled',
      recurringEventId: id,
      originalStartTime: { dateTime: '2026-11-09T10:00:00-05:00', timeZone: NY },
    });
    expect(one(cal.get(ANA, `${id}_20261109T150000Z`)).status).toBe('cancelled');
    const again = apiError(() => cal.cancelOccurrence(ANA, id!, '2026-11-09T10:00:00-05:00'));
    expect([again.code, again.reason]).toEqual([410, 'deleted']);
  });

  test('an occurrence that the series does not have cannot be moved, cancelled or read', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const tuesday = '2026-11-03T10:00:00-05:00';
    expect(apiError(() => cal.cancelOccurrence(ANA, id!, tuesday)).code).toBe(404);
    expect(apiError(() => cal.get(ANA, `${id}_20261103T150000Z`)).code).toBe(404);
    expect(apiError(() => cal.get(ANA, `${id}_20261102`)).code).toBe(404);
    expect(apiError(() => cal.cancelOccurrence(ANA, id!, '2026-11-02T10:00:00')).code).toBe(400); // no offset
  });

  test('updateEvent on an instance id edits that occurrence only; on the series it edits all', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    one(cal.updateEvent(ANA, `${id}_20261026T140000Z`, { summary: 'Career conversation' }));
    one(cal.updateEvent(ANA, id!, { location: 'Room 4' }));
    const got = checked(cal.instances(ANA, id!, { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-10-27T00:00:00Z' }));
    expect(got.items!.map((e) => [e.summary, e.location])).toEqual([
      ['Ana / Ben 1:1', 'Room 4'],
      ['Career conversation', 'Room 4'],
    ]);
    // A time change is a significant revision (RFC 5545 SEQUENCE); a new location is not.
    expect(one(cal.get(ANA, id!)).sequence).toBe(0);
    one(cal.updateEvent(ANA, id!, { end: { dateTime: '2026-10-19T11:00:00', timeZone: NY } }));
    expect(one(cal.get(ANA, id!)).sequence).toBe(1);
    expect(one(cal.get(ANA, `${id}_20261019T140000Z`)).end!.dateTime).toBe('2026-10-19T11:00:00-04:00');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Attendees
// ---------------------------------------------------------------------------------------------------------------

describe('attendees', () => {
  test('both attendees see the same event id and iCalUID, each with their own self', () => {
    const { cal } = world();
    const { id, iCalUID } = cal.insertEvent(ANA, weekly());
    const ana = one(cal.get(ANA, id!));
    const ben = one(cal.get(BEN, id!));
    expect([ben.id, ben.iCalUID]).toEqual([id, iCalUID]);
    expect(ana.attendees!.map((a) => [a.email, a.self])).toEqual([
      [ANA, true],
      [BEN, undefined],
    ]);
    expect(ben.attendees!.map((a) => [a.email, a.self])).toEqual([
      [ANA, undefined],
      [BEN, true],
    ]);
    expect(ben.organizer).toEqual({ email: ANA });
    expect(ben.start).toEqual({ dateTime: '2026-10-19T16:00:00+02:00', timeZone: NY });
    expect(idsOf(cal.list(BEN))).toEqual([id]);
  });

  test('maxAttendees keeps only the reader and says attendees were omitted', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const ben = one(cal.get(BEN, id!, { maxAttendees: 1 }));
    expect(ben.attendees).toEqual([{ email: BEN, responseStatus: 'needsAction', self: true }]);
    expect(ben.attendeesOmitted).toBe(true);
  });

  test('only the organizer changes shared properties (403 forbiddenForNonOrganizer)', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    for (const action of [
      () => cal.updateEvent(BEN, id!, { summary: 'Mine now' }),
      () => cal.cancelOccurrence(BEN, id!, '2026-10-26T10:00:00-04:00'),
      () => cal.deleteEvent(BEN, id!),
      () => cal.splitSeries(BEN, id!, '2026-11-16T10:00:00-05:00', {}),
    ]) {
      const error = apiError(action);
      expect([error.code, error.reason]).toEqual([403, 'forbiddenForNonOrganizer']);
    }
  });

  test('a removed attendee loses access: get and instances answer 404, list leaves it out, sync says cancelled', () => {
    const { cal, tick } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const token = cal.list(BEN).nextSyncToken!;
    tick();
    cal.removeAttendee(ANA, id!, BEN);
    expect(apiError(() => cal.get(BEN, id!)).code).toBe(404);
    expect(apiError(() => cal.instances(BEN, id!)).code).toBe(404);
    expect(apiError(() => cal.get(BEN, `${id}_20261019T140000Z`)).code).toBe(404);
    expect(idsOf(cal.list(BEN))).toEqual([]);
    const changes = checked(cal.list(BEN, { syncToken: token }));
    expect(changes.items).toEqual([{ kind: 'calendar#event', etag: expect.any(String), id, status: 'cancelled' }]);
    expect(one(cal.get(ANA, id!)).attendees!.map((a) => a.email)).toEqual([ANA]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// events.list
// ---------------------------------------------------------------------------------------------------------------

describe('events.list', () => {
  function seriesWithExceptions() {
    const w = world();
    const { id } = w.cal.insertEvent(ANA, weekly());
    w.cal.moveOccurrence(
      ANA,
      id!,
      '2026-11-02T10:00:00-05:00',
      { dateTime: '2026-11-03T09:00:00', timeZone: NY },
      { dateTime: '2026-11-03T09:30:00', timeZone: NY },
    );
    w.cal.cancelOccurrence(ANA, id!, '2026-11-09T10:00:00-05:00');
    return { ...w, id: id! };
  }
  const window = { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-11-17T00:00:00Z' };

  test('singleEvents false: the recurring event and its exceptions, cancelled ones included (as the reference says)', () => {
    const { cal, id } = seriesWithExceptions();
    const got = checked(cal.list(ANA, window));
    expect(got.items!.map((e) => [e.id, e.status, e.recurrence !== undefined])).toEqual([
      [id, 'confirmed', true],
      [`${id}_20261102T150000Z`, 'confirmed', false],
      [`${id}_20261109T150000Z`, 'cancelled', false],
    ]);
  });

  test('singleEvents true: instances, cancelled ones hidden unless showDeleted; orderBy startTime', () => {
    const { cal, id } = seriesWithExceptions();
    const { id: other } = cal.insertEvent(ANA, {
      summary: 'Dentist',
      start: { dateTime: '2026-10-27T08:00:00-04:00' },
      end: { dateTime: '2026-10-27T09:00:00-04:00' },
    });
    const got = checked(cal.list(ANA, { ...window, singleEvents: true, orderBy: 'startTime' }));
    expect(idsOf(got)).toEqual([
      `${id}_20261019T140000Z`,
      `${id}_20261026T140000Z`,
      other,
      `${id}_20261102T150000Z`,
      `${id}_20261116T150000Z`,
    ]);
    expect(got.items![3]!.start!.dateTime).toBe('2026-11-03T09:00:00-05:00');
    const withDeleted = checked(
      cal.list(ANA, { ...window, singleEvents: true, orderBy: 'startTime', showDeleted: true }),
    );
    expect(idsOf(withDeleted)).toContain(`${id}_20261109T150000Z`);
    // Without orderBy the order is stable but not by start: the series first (it was created first), then the rest.
    expect(idsOf(checked(cal.list(ANA, { ...window, singleEvents: true })))).toEqual([
      `${id}_20261019T140000Z`,
      `${id}_20261026T140000Z`,
      `${id}_20261102T150000Z`,
      `${id}_20261116T150000Z`,
      other,
    ]);
  });

  test('orderBy startTime needs singleEvents', () => {
    const { cal } = world();
    const error = apiError(() => cal.list(ANA, { orderBy: 'startTime' }));
    expect([error.code, error.message]).toEqual([
      400,
      'The requested ordering is not available for the particular query.',
    ]);
    expect(apiError(() => cal.list(ANA, { orderBy: 'title' as never })).code).toBe(400);
    expect(checked(cal.list(ANA, { orderBy: 'updated' })).items).toEqual([]);
  });

  test('arguments are checked: RFC 3339 with offset, a non-empty range, maxResults 1–2500, known names', () => {
    const { cal } = world();
    for (const args of [
      { timeMin: '2026-10-19' },
      { timeMin: '2026-10-19T00:00:00' },
      { timeMax: 'tomorrow' },
      { maxResults: 0 },
      { maxResults: 2501 },
      { maxResults: 2.5 },
      { singleEvent: true },
      { showDeleted: 'true' },
      { timeZone: 'Nowhere/Land' },
    ])
      expect(apiError(() => cal.list(ANA, args as never)).code).toBe(400);
    const empty = apiError(() =>
      cal.list(ANA, { timeMin: '2026-10-19T10:00:00Z', timeMax: '2026-10-19T06:00:00-04:00' }),
    );
    expect([empty.code, empty.reason, empty.details.errors[0]!.location]).toEqual([400, 'timeRangeEmpty', 'timeMax']);
    expect(cal.list(ANA, { timeMin: '2026-10-19T00:00:00.123+02:00', maxResults: 2500 }).items).toEqual([]);
  });

  test('pages: maxResults splits the result, nextSyncToken comes only with the last page', () => {
    const { raw: cal } = world(fullPages);
    const { id } = cal.insertEvent(ANA, weekly());
    const args = { ...window, singleEvents: true, orderBy: 'startTime' as const, maxResults: 2 };
    const first = checked(cal.list(ANA, args));
    expect(first.items).toHaveLength(2);
    expect(first.nextSyncToken).toBeUndefined();
    const second = checked(cal.list(ANA, { ...args, pageToken: first.nextPageToken }));
    const third = checked(cal.list(ANA, { ...args, pageToken: second.nextPageToken }));
    expect([...idsOf(first), ...idsOf(second), ...idsOf(third)]).toEqual([
      `${id}_20261019T140000Z`,
      `${id}_20261026T140000Z`,
      `${id}_20261102T150000Z`,
      `${id}_20261109T150000Z`,
      `${id}_20261116T150000Z`,
    ]);
    expect(third.nextPageToken).toBeUndefined();
    expect(third.nextSyncToken).toEqual(expect.any(String));
    // A page token belongs to its query.
    expect(apiError(() => cal.list(ANA, { ...args, maxResults: 3, pageToken: first.nextPageToken })).code).toBe(400);
    expect(apiError(() => cal.list(ANA, { pageToken: 'garbage' })).code).toBe(400);
  });

  test('iCalUID and q filter', () => {
    const { cal, id } = seriesWithExceptions();
    const { iCalUID } = cal.get(ANA, id);
    cal.insertEvent(ANA, { summary: 'Budget review', start: { date: '2026-11-05' }, end: { date: '2026-11-06' } });
    expect(idsOf(checked(cal.list(ANA, { iCalUID })))).toEqual([
      id,
      `${id}_20261102T150000Z`,
      `${id}_20261109T150000Z`,
    ]);
    expect(checked(cal.list(ANA, { q: 'budget' })).items!.map((e) => e.summary)).toEqual(['Budget review']);
    expect(checked(cal.list(ANA, { q: 'ben@example' })).items!.map((e) => e.id)).toEqual([
      id,
      `${id}_20261102T150000Z`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// events.instances and events.get
// ---------------------------------------------------------------------------------------------------------------

describe('events.instances and events.get', () => {
  test('instances pages with maxResults and never carries a sync token', () => {
    const { raw: cal } = world(fullPages);
    const { id } = cal.insertEvent(ANA, weekly());
    const args = { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-11-10T00:00:00Z', maxResults: 2 };
    const first = checked(cal.instances(ANA, id!, args));
    const second = checked(cal.instances(ANA, id!, { ...args, pageToken: first.nextPageToken }));
    expect([...idsOf(first), ...idsOf(second)]).toHaveLength(4);
    expect(second.nextPageToken).toBeUndefined();
    expect(first.nextSyncToken ?? second.nextSyncToken).toBeUndefined();
  });

  test('both bounds are exclusive: timeMin against the end, timeMax against the start', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    // The Oct 19 instance ends at 14:30Z; the Oct 26 one starts at 14:00Z.
    const between = { timeMin: '2026-10-19T14:30:00Z', timeMax: '2026-10-26T14:00:00Z' };
    expect(idsOf(cal.instances(ANA, id!, between))).toEqual([]);
    expect(idsOf(cal.instances(ANA, id!, { ...between, timeMin: '2026-10-19T14:29:59Z' }))).toEqual([
      `${id}_20261019T140000Z`,
    ]);
    expect(idsOf(cal.list(ANA, { ...between, timeMax: '2026-10-26T14:00:01Z', singleEvents: true }))).toEqual([
      `${id}_20261026T140000Z`,
    ]);
  });

  test('an endless series without timeMax is expanded to a horizon, not forever', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, timed('2026-10-19T10:00:00', '2026-10-19T10:30:00', ['RRULE:FREQ=DAILY']));
    const got = cal.instances(ANA, id!, { maxResults: 2500 });
    expect(got.items).toHaveLength(730);
  });

  test('originalStart picks one instance', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const got = checked(cal.instances(ANA, id!, { originalStart: '2026-11-02T16:00:00+01:00' }));
    expect(idsOf(got)).toEqual([`${id}_20261102T150000Z`]);
  });

  test('instances of a single event is the event itself; unknown ids and instance ids are 404', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, {
      summary: 'Kick-off',
      start: { dateTime: '2026-10-20T09:00:00-04:00' },
      end: { dateTime: '2026-10-20T10:00:00-04:00' },
      attendees: [{ email: ANA }, { email: BEN }],
    });
    expect(idsOf(checked(cal.instances(ANA, id!)))).toEqual([id]);
    expect(apiError(() => cal.instances(ANA, 'nosuchevent')).code).toBe(404);
    const series = cal.insertEvent(ANA, weekly());
    expect(apiError(() => cal.instances(ANA, `${series.id}_20261019T140000Z`)).code).toBe(404);
    expect(apiError(() => cal.instances(ANA, series.id!, { singleEvents: true } as never)).code).toBe(400);
  });

  test('get: a series, a single event or an instance; timeZone formats the times', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    expect(one(cal.get(ANA, id!, { timeZone: 'Asia/Kolkata' })).start).toEqual({
      dateTime: '2026-10-19T19:30:00+05:30',
      timeZone: NY,
    });
    expect(one(cal.get(BEN, `${id}_20261109T150000Z`))).toMatchObject({
      id: `${id}_20261109T150000Z`,
      recurringEventId: id,
      start: { dateTime: '2026-11-09T16:00:00+01:00', timeZone: NY },
    });
    expect(apiError(() => cal.get(ANA, id!, { showDeleted: true } as never)).code).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Sync
// ---------------------------------------------------------------------------------------------------------------

describe('incremental sync', () => {
  test('full list → token → move an occurrence → the incremental list returns that exception only', () => {
    const { cal, tick } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const full = checked(cal.list(BEN));
    expect(idsOf(full)).toEqual([id]);
    tick();
    cal.moveOccurrence(
      ANA,
      id!,
      '2026-11-16T10:00:00-05:00',
      { dateTime: '2026-11-17T10:00:00-05:00', timeZone: NY },
      { dateTime: '2026-11-17T10:30:00-05:00', timeZone: NY },
    );
    const changes = checked(cal.list(BEN, { syncToken: full.nextSyncToken }));
    expect(changes.items!.map((e) => [e.id, e.recurringEventId, e.start])).toEqual([
      [`${id}_20261116T150000Z`, id, { dateTime: '2026-11-17T16:00:00+01:00', timeZone: NY }],
    ]);
    const quiet = checked(cal.list(BEN, { syncToken: changes.nextSyncToken }));
    expect(quiet.items).toEqual([]);
    expect(quiet.nextSyncToken).toEqual(expect.any(String));
    // The old token still works until expired; it sees the same change.
    expect(idsOf(cal.list(BEN, { syncToken: full.nextSyncToken }))).toEqual([`${id}_20261116T150000Z`]);
  });

  test('a change shows up for the calendars that see the event, and only for them', () => {
    const { cal } = world();
    const anaToken = cal.list(ANA).nextSyncToken!;
    const benToken = cal.list(BEN).nextSyncToken!;
    const { id } = cal.insertEvent(ANA, {
      summary: 'Ana alone',
      start: { dateTime: '2026-10-20T09:00:00-04:00' },
      end: { dateTime: '2026-10-20T10:00:00-04:00' },
    });
    expect(idsOf(checked(cal.list(ANA, { syncToken: anaToken })))).toEqual([id]);
    expect(idsOf(checked(cal.list(BEN, { syncToken: benToken })))).toEqual([]);
  });

  test('with singleEvents, a changed series comes back as its instances', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly({ recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3'] }));
    const token = cal.list(BEN, { singleEvents: true }).nextSyncToken!;
    cal.updateEvent(ANA, id!, { summary: 'Renamed' });
    const got = checked(cal.list(BEN, { syncToken: token, singleEvents: true }));
    expect(got.items!.map((e) => [e.id, e.summary])).toEqual([
      [`${id}_20261019T140000Z`, 'Renamed'],
      [`${id}_20261026T140000Z`, 'Renamed'],
      [`${id}_20261102T150000Z`, 'Renamed'],
    ]);
  });

  test('incremental results page too, with the sync token on the last page', () => {
    const { raw: cal } = world(fullPages);
    const token = cal.list(ANA).nextSyncToken!;
    for (const day of ['20', '21', '22'])
      cal.insertEvent(ANA, {
        summary: `Day ${day}`,
        start: { dateTime: `2026-10-${day}T09:00:00Z` },
        end: { dateTime: `2026-10-${day}T10:00:00Z` },
      });
    const first = cal.list(ANA, { syncToken: token, maxResults: 2 });
    expect([first.items!.length, first.nextSyncToken]).toEqual([2, undefined]);
    const last = cal.list(ANA, { syncToken: token, maxResults: 2, pageToken: first.nextPageToken });
    expect(last.items!.map((e) => e.summary)).toEqual(['Day 22']);
    expect(last.nextSyncToken).toEqual(expect.any(String));
  });

  test.each([
    'iCalUID',
    'orderBy',
    'privateExtendedProperty',
    'q',
    'sharedExtendedProperty',
    'timeMin',
    'timeMax',
    'updatedMin',
  ])('syncToken with %s is refused with 400', (name) => {
    const { cal } = world();
    const token = cal.list(ANA).nextSyncToken!;
    const value =
      name.startsWith('time') || name === 'updatedMin'
        ? '2026-10-01T00:00:00Z'
        : name === 'orderBy'
          ? 'updated'
          : 'x=1';
    const error = apiError(() => cal.list(ANA, { syncToken: token, [name]: value }));
    expect([error.code, error.reason]).toEqual([400, 'invalid']);
  });

  test('expired tokens answer 410 with exactly the sentence Google sends', () => {
    const { cal } = world();
    const ana = cal.list(ANA).nextSyncToken!;
    const ben = cal.list(BEN).nextSyncToken!;
    cal.expireSyncTokens(ANA);
    const error = apiError(() => cal.list(ANA, { syncToken: ana }));
    expect(error.message).toBe('Sync token is no longer valid, a full sync is required.');
    expect(SYNC_TOKEN_GONE_MESSAGE).toBe(error.message);
    expect([error.code, error.reason, error.details.code, error.details.errors[0]!.reason]).toEqual([
      410,
      'fullSyncRequired',
      410,
      'fullSyncRequired',
    ]);
    expect(cal.list(BEN, { syncToken: ben }).items).toEqual([]); // another calendar's tokens are untouched
    const fresh = cal.list(ANA).nextSyncToken!;
    expect(cal.list(ANA, { syncToken: fresh }).items).toEqual([]);
    cal.expireSyncTokens();
    expect(apiError(() => cal.list(BEN, { syncToken: ben })).code).toBe(410);
    expect(apiError(() => cal.list(ANA, { syncToken: fresh })).code).toBe(410);
  });

  test("a made-up token, or another calendar's, answers 410", () => {
    const { cal } = world();
    const ben = cal.list(BEN).nextSyncToken!;
    for (const token of ['garbage', '', ben]) {
      const error = apiError(() => cal.list(ANA, { syncToken: token }));
      expect([error.code, error.message]).toEqual([410, SYNC_TOKEN_GONE_MESSAGE]);
    }
  });

  test('a deleted event: sync shows it cancelled, get still returns it, list hides it unless showDeleted', () => {
    const { cal, tick } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const token = cal.list(BEN).nextSyncToken!;
    tick();
    cal.deleteEvent(ANA, id!);
    const changes = checked(cal.list(BEN, { syncToken: token }));
    expect(changes.items!.map((e) => [e.id, e.status])).toEqual([[id, 'cancelled']]);
    expect(one(cal.get(BEN, id!))).toMatchObject({ id, status: 'cancelled', summary: 'Ana / Ben 1:1', sequence: 1 });
    expect(idsOf(cal.list(BEN))).toEqual([]);
    expect(idsOf(checked(cal.list(BEN, { showDeleted: true })))).toEqual([id]);
    expect(cal.instances(BEN, id!).items).toEqual([]);
    expect(
      checked(cal.instances(BEN, id!, { timeMax: '2026-10-27T00:00:00Z', showDeleted: true })).items!.map(
        (e) => e.status,
      ),
    ).toEqual(['cancelled', 'cancelled']);
    const twice = apiError(() => cal.deleteEvent(ANA, id!));
    expect([twice.code, twice.reason]).toEqual([410, 'deleted']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// "This and following events"
// ---------------------------------------------------------------------------------------------------------------

describe('splitSeries', () => {
  test('the old series gets an UNTIL; the successor continues with the change, under a new id and iCalUID', () => {
    const { cal, tick } = world();
    const original = cal.insertEvent(ANA, weekly());
    const id = original.id!;
    const token = cal.list(BEN).nextSyncToken!;
    tick();
    const { ended, successor } = cal.splitSeries(ANA, id, '2026-11-16T10:00:00-05:00', {
      start: { dateTime: '2026-11-16T11:00:00', timeZone: NY },
    });
    one(ended);
    one(successor);
    expect(ended.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116T145959Z']);
    expect(ended.sequence).toBe(1);
    expect(successor).toMatchObject({
      id: `${id}_R20261116T150000`,
      iCalUID: `${id}_R20261116T150000@google.com`,
      summary: 'Ana / Ben 1:1',
      start: { dateTime: '2026-11-16T11:00:00-05:00', timeZone: NY },
      end: { dateTime: '2026-11-16T11:30:00-05:00', timeZone: NY },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
    });
    expect(successor.iCalUID).not.toBe(original.iCalUID);
    const window = { timeMin: '2026-11-01T00:00:00Z', timeMax: '2026-12-01T00:00:00Z' };
    expect(startsOf(checked(cal.instances(ANA, id, window)))).toEqual([
      '2026-11-02T10:00:00-05:00',
      '2026-11-09T10:00:00-05:00',
    ]);
    expect(startsOf(checked(cal.instances(BEN, successor.id!, { ...window, timeZone: NY })))).toEqual([
      '2026-11-16T11:00:00-05:00',
      '2026-11-23T11:00:00-05:00',
      '2026-11-30T11:00:00-05:00',
    ]);
    expect(idsOf(checked(cal.instances(ANA, successor.id!, window)))[0]).toBe(
      `${id}_R20261116T150000_20261116T160000Z`,
    );
    // Ben's sync learns of both: the ended series and the new one.
    expect(idsOf(checked(cal.list(BEN, { syncToken: token })))).toEqual([id, successor.id]);
  });

  test('a COUNT becomes an UNTIL, and the successor keeps the occurrences that remained', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly({ recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6'] }));
    const { ended, successor } = cal.splitSeries(ANA, id!, '2026-11-09T10:00:00-05:00', { summary: 'Ana / Ben sync' });
    expect(ended.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261109T145959Z']);
    expect(successor.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3']);
    expect(startsOf(checked(cal.instances(ANA, id!, ALL_TIME))).map((s) => s!.slice(0, 10))).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ]);
    const next = checked(cal.instances(ANA, successor.id!, ALL_TIME));
    expect(next.items!.map((e) => [e.start!.dateTime, e.summary])).toEqual([
      ['2026-11-09T10:00:00-05:00', 'Ana / Ben sync'],
      ['2026-11-16T10:00:00-05:00', 'Ana / Ben sync'],
      ['2026-11-23T10:00:00-05:00', 'Ana / Ben sync'],
    ]);
  });

  test('exceptions after the split are dropped (sync reports them cancelled); earlier ones stay', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    const move = (from: string, day: string) =>
      cal.moveOccurrence(
        ANA,
        id!,
        from,
        { dateTime: `${day}T09:00:00`, timeZone: NY },
        { dateTime: `${day}T09:30:00`, timeZone: NY },
      );
    move('2026-10-26T10:00:00-04:00', '2026-10-27');
    move('2026-11-23T10:00:00-05:00', '2026-11-24');
    const token = cal.list(ANA).nextSyncToken!;
    cal.splitSeries(ANA, id!, '2026-11-16T10:00:00-05:00', {});
    expect(one(cal.get(ANA, `${id}_20261026T140000Z`)).start!.dateTime).toBe('2026-10-27T09:00:00-04:00');
    expect(one(cal.get(ANA, `${id}_20261123T150000Z`)).status).toBe('cancelled');
    const changes = checked(cal.list(ANA, { syncToken: token }));
    expect(changes.items!.map((e) => [e.id, e.status])).toEqual([
      [id, 'confirmed'],
      [`${id}_20261123T150000Z`, 'cancelled'],
      [`${id}_R20261116T150000`, 'confirmed'],
    ]);
  });

  test('a split at the first occurrence, or of a single event, is refused', () => {
    const { cal } = world();
    const { id } = cal.insertEvent(ANA, weekly());
    expect(apiError(() => cal.splitSeries(ANA, id!, '2026-10-19T10:00:00-04:00', {})).code).toBe(400);
    expect(apiError(() => cal.splitSeries(ANA, id!, '2026-10-20T10:00:00-04:00', {})).code).toBe(404);
    const single = cal.insertEvent(ANA, { start: { date: '2026-10-20' }, end: { date: '2026-10-21' } });
    expect(apiError(() => cal.splitSeries(ANA, single.id!, '2026-10-20', {})).code).toBe(400);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Short and empty pages (https://developers.google.com/calendar/api/guides/pagination)
// ---------------------------------------------------------------------------------------------------------------

describe('short and empty pages', () => {
  const TEN_WEEKS = { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-12-28T00:00:00Z' };

  /** Every page of a listing, as the engine answers them one by one. */
  function pages(read: (pageToken?: string) => Events): Events[] {
    const out: Events[] = [];
    let pageToken: string | undefined;
    do {
      const page = read(pageToken);
      out.push(page);
      pageToken = page.nextPageToken;
    } while (pageToken && out.length < 1000);
    return out;
  }

  test('by default pages are short and some are empty, with a token; only a missing token ends the listing', () => {
    const { raw, cal } = world();
    const { id } = raw.insertEvent(ANA, weekly());
    const args = { ...TEN_WEEKS, maxResults: 4 };
    const got = pages((pageToken) => checked(raw.instances(ANA, id!, { ...args, pageToken })));
    expect(got.map((page) => page.items!.length)).toEqual([0, 1, 2, 4, 0, 1, 2]);
    expect(got[0]).toMatchObject({ items: [], nextPageToken: expect.any(String) });
    expect(got.slice(0, -1).every((page) => page.nextPageToken)).toBe(true);
    expect(got.at(-1)!.nextPageToken).toBeUndefined();
    expect(got.flatMap((page) => idsOf(page))).toEqual(idsOf(cal.instances(ANA, id!, TEN_WEEKS)));
    // The default applies to any maxResults, the largest too.
    const big = pages((pageToken) => raw.list(ANA, { ...TEN_WEEKS, singleEvents: true, maxResults: 2500, pageToken }));
    expect(big.map((page) => page.items!.length)).toEqual([0, 1, 9]);
    expect(defaultPageSizes(2500, 2, 'any listing')).toBe(1250);
  });

  test('the sync token comes on the very last page only, for full and incremental syncs', () => {
    const { raw } = world();
    raw.insertEvent(ANA, weekly());
    const full = pages((pageToken) => raw.list(BEN, { singleEvents: true, maxResults: 3, pageToken }));
    expect(full.length).toBeGreaterThan(3);
    expect(full.slice(0, -1).every((page) => page.nextSyncToken === undefined)).toBe(true);
    const token = full.at(-1)!.nextSyncToken!;
    expect(token).toEqual(expect.any(String));
    for (const day of ['20', '21', '22', '23'])
      raw.insertEvent(ANA, {
        summary: `Day ${day}`,
        start: { dateTime: `2026-10-${day}T09:00:00Z` },
        end: { dateTime: `2026-10-${day}T10:00:00Z` },
        attendees: [{ email: ANA }, { email: BEN }],
      });
    const changes = pages((pageToken) => checked(raw.list(BEN, { syncToken: token, maxResults: 2, pageToken })));
    expect(changes.map((page) => page.items!.length)).toEqual([0, 1, 1, 2]);
    expect(changes.map((page) => page.nextSyncToken !== undefined)).toEqual([false, false, false, true]);
    expect(changes.flatMap((page) => page.items!.map((e) => e.summary))).toEqual([
      'Day 20',
      'Day 21',
      'Day 22',
      'Day 23',
    ]);
  });

  test('a replayed token gives the same page, and a token keeps its page size when the sizes change', () => {
    const { raw } = world(seededPageSizes(7));
    const { id } = raw.insertEvent(ANA, weekly());
    const args = { ...TEN_WEEKS, maxResults: 3 };
    const first = raw.instances(ANA, id!, args);
    let token = first.nextPageToken;
    for (let i = 0; token && i < 100; i++) {
      const page = raw.instances(ANA, id!, { ...args, pageToken: token });
      expect(raw.instances(ANA, id!, { ...args, pageToken: token })).toEqual(page);
      raw.pageSize = seededPageSizes(i + 100);
      // The page a token names is fixed when the token is issued: the same items whatever the sizes are now.
      expect(raw.instances(ANA, id!, { ...args, pageToken: token }).items).toEqual(page.items);
      raw.pageSize = seededPageSizes(7);
      token = page.nextPageToken;
    }
    expect(token).toBeUndefined();
  });

  test('whatever the page sizes, every item comes exactly once and in order (list, instances, sync)', () => {
    // The same history played into an engine with full pages (the oracle) and one with random pages.
    const build = (pageSize: PageSizes) => {
      const w = world(pageSize);
      const { id } = w.raw.insertEvent(ANA, weekly());
      const syncToken = w.cal.list(BEN).nextSyncToken!;
      w.tick();
      w.raw.moveOccurrence(
        ANA,
        id!,
        '2026-11-02T10:00:00-05:00',
        { dateTime: '2026-11-03T09:00:00', timeZone: NY },
        { dateTime: '2026-11-03T09:30:00', timeZone: NY },
      );
      w.raw.cancelOccurrence(ANA, id!, '2026-11-09T10:00:00-05:00');
      for (const day of ['20', '21', '27'])
        w.raw.insertEvent(ANA, {
          summary: `Day ${day}`,
          start: { dateTime: `2026-10-${day}T09:00:00Z` },
          end: { dateTime: `2026-10-${day}T10:00:00Z` },
          attendees: [{ email: BEN }],
        });
      return { ...w, id: id!, syncToken };
    };
    const oracle = build(fullPages);
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), (seed, maxResults) => {
        const w = build(seededPageSizes(seed));
        const reads: [(c: CalendarEngine) => Events, boolean][] = [
          [(c) => c.list(BEN, { ...TEN_WEEKS, singleEvents: true, orderBy: 'startTime', maxResults }), true],
          [(c) => c.list(BEN, { showDeleted: true, maxResults }), true],
          [(c) => c.list(BEN, { syncToken: w.syncToken, maxResults }), true],
          [(c) => c.instances(BEN, w.id, { ...TEN_WEEKS, showDeleted: true, maxResults }), false],
        ];
        for (const [read, syncs] of reads) {
          const all = pages((pageToken) => {
            const page = read({
              ...w.raw,
              list: (c, a) => w.raw.list(c, { ...a, pageToken }),
              instances: (c, e, a) => w.raw.instances(c, e, { ...a, pageToken }),
            });
            expect(page.items!.length).toBeLessThanOrEqual(maxResults);
            expect(page.nextPageToken === undefined || page.nextSyncToken === undefined).toBe(true);
            return page;
          });
          expect(all.at(-1)!.nextSyncToken !== undefined).toBe(syncs);
          const expected = read(oracle.cal).items!.map((e) => [e.id, e.status, e.start]);
          expect(all.flatMap((page) => page.items!.map((e) => [e.id, e.status, e.start]))).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('page sizes are checked: 0 to maxResults', () => {
    const { raw } = world(() => 3);
    const { id } = raw.insertEvent(ANA, weekly());
    expect(() => raw.instances(ANA, id!, { maxResults: 2 })).toThrow(/pageSize gave 3/);
    raw.pageSize = () => 0.5;
    expect(() => raw.instances(ANA, id!)).toThrow(/pageSize gave 0.5/);
    raw.pageSize = fullPages;
    expect(raw.instances(ANA, id!, { ...TEN_WEEKS, maxResults: 2 }).items).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// An attendee's copy under its own id (events from outside Google Calendar; Events resource, id and iCalUID)
// ---------------------------------------------------------------------------------------------------------------

describe("an attendee's copy with its own id", () => {
  const OWN = '_040000008200e00074c5b7101a82e008';
  function copied() {
    const w = world();
    const series = w.cal.insertEvent(ANA, weekly());
    const benToken = w.cal.list(BEN).nextSyncToken!;
    w.tick();
    const copy = w.cal.giveCopyOwnId(ANA, series.id!, BEN, OWN);
    return { ...w, id: series.id!, iCalUID: series.iCalUID!, benToken, copy };
  }
  const window = { timeMin: '2026-10-19T00:00:00Z', timeMax: '2026-11-03T00:00:00Z' };

  test("on the attendee's calendar the organizer's id answers 404 and the own id works", () => {
    const { cal, id, iCalUID, copy } = copied();
    expect(one(copy)).toMatchObject({ id: OWN, iCalUID, recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'] });
    expect(apiError(() => cal.get(BEN, id)).code).toBe(404);
    expect(apiError(() => cal.instances(BEN, id)).code).toBe(404);
    expect(apiError(() => cal.get(BEN, `${id}_20261019T140000Z`)).code).toBe(404);
    expect(one(cal.get(BEN, OWN))).toMatchObject({ id: OWN, iCalUID, summary: 'Ana / Ben 1:1' });
    const instances = checked(cal.instances(BEN, OWN, window));
    expect(instances.items!.map((e) => [e.id, e.recurringEventId])).toEqual([
      [`${OWN}_20261019T140000Z`, OWN],
      [`${OWN}_20261026T140000Z`, OWN],
      [`${OWN}_20261102T150000Z`, OWN],
    ]);
    expect(one(cal.get(BEN, `${OWN}_20261026T140000Z`))).toMatchObject({ recurringEventId: OWN });
  });

  test("the organizer's calendar is unchanged and does not know the attendee's id", () => {
    const { cal, id } = copied();
    expect(one(cal.get(ANA, id)).id).toBe(id);
    expect(idsOf(cal.instances(ANA, id, window))).toEqual([
      `${id}_20261019T140000Z`,
      `${id}_20261026T140000Z`,
      `${id}_20261102T150000Z`,
    ]);
    expect(apiError(() => cal.get(ANA, OWN)).code).toBe(404);
    expect(apiError(() => cal.instances(ANA, OWN)).code).toBe(404);
  });

  test("list with iCalUID finds the attendee's own copy: the recurring event under its local id", () => {
    const { cal, id, iCalUID } = copied();
    cal.moveOccurrence(
      ANA,
      id,
      '2026-11-02T10:00:00-05:00',
      { dateTime: '2026-11-03T09:00:00', timeZone: NY },
      { dateTime: '2026-11-03T09:30:00', timeZone: NY },
    );
    const found = checked(cal.list(BEN, { iCalUID }));
    expect(found.items!.map((e) => [e.id, e.recurrence !== undefined])).toEqual([
      [OWN, true],
      [`${OWN}_20261102T150000Z`, false],
    ]);
    expect(idsOf(checked(cal.list(ANA, { iCalUID })))).toEqual([id, `${id}_20261102T150000Z`]);
    expect(idsOf(checked(cal.list(BEN, { ...window, singleEvents: true })))).toEqual([
      `${OWN}_20261019T140000Z`,
      `${OWN}_20261026T140000Z`,
    ]);
  });

  test("sync on the attendee's calendar shows the local id, for the series, its exceptions and its removal", () => {
    const { cal, id, benToken, tick } = copied();
    const renamed = checked(cal.list(BEN, { syncToken: benToken }));
    expect(idsOf(renamed)).toEqual([OWN]);
    tick();
    cal.cancelOccurrence(ANA, id, '2026-10-26T10:00:00-04:00');
    const cancelled = checked(cal.list(BEN, { syncToken: renamed.nextSyncToken }));
    expect(cancelled.items!.map((e) => [e.id, e.status, e.recurringEventId])).toEqual([
      [`${OWN}_20261026T140000Z`, 'cancelled', OWN],
    ]);
    tick();
    cal.removeAttendee(ANA, id, BEN);
    expect(idsOf(cal.list(BEN, { syncToken: cancelled.nextSyncToken }))).toEqual([OWN]);
    expect(apiError(() => cal.get(BEN, OWN)).code).toBe(404);
  });

  test('ids are checked: an attendee, a well-formed id, not taken, and only from the organizer', () => {
    const { cal, id } = copied();
    cal.addCalendar('carol@example.com', NY);
    expect(apiError(() => cal.giveCopyOwnId(ANA, id, 'carol@example.com', 'carol12345')).code).toBe(404);
    expect(apiError(() => cal.giveCopyOwnId(ANA, id, ANA, 'ana1234567')).code).toBe(400);
    expect(apiError(() => cal.giveCopyOwnId(BEN, OWN, BEN, 'ben1234567')).code).toBe(400);
    expect(apiError(() => cal.giveCopyOwnId(ANA, id, BEN, 'Not-Base32!')).code).toBe(400);
    const other = cal.insertEvent(ANA, weekly({ summary: 'Other' }));
    expect(apiError(() => cal.giveCopyOwnId(ANA, other.id!, BEN, OWN)).code).toBe(409);
    cal.giveCopyOwnId(ANA, other.id!, BEN, 'otherid123');
    expect(apiError(() => cal.insertEvent(BEN, weekly({ id: 'otherid123' }))).code).toBe(409);
    expect(apiError(() => cal.giveCopyOwnId(ANA, other.id!, BEN, id)).code).toBe(409);
    expect(one(cal.giveCopyOwnId(ANA, id, BEN, OWN)).id).toBe(OWN); // the same again is no change
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Faults Google sends and the engine never does by itself (https://developers.google.com/calendar/api/guides/errors)
// ---------------------------------------------------------------------------------------------------------------

describe('calendarFaults', () => {
  test.each([
    [calendarFaults.quotaExceeded(), 403, 'usageLimits', 'quotaExceeded', 'Calendar usage limits exceeded.'],
    [calendarFaults.rateLimitExceeded(), 403, 'usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'],
    [calendarFaults.rateLimitExceeded(429), 429, 'usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'],
    [calendarFaults.userRateLimitExceeded(), 403, 'usageLimits', 'userRateLimitExceeded', 'User Rate Limit Exceeded'],
    [calendarFaults.backendError(), 500, 'global', 'backendError', 'Backend Error'],
    [calendarFaults.notFound(), 404, 'global', 'notFound', 'Not Found'],
    [calendarFaults.fullSyncRequired(), 410, 'calendar', 'fullSyncRequired', SYNC_TOKEN_GONE_MESSAGE],
  ])('%s: %i %s %s', (error, code, domain, reason, message) => {
    expect(error).toBeInstanceOf(CalendarApiError);
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ code, message, errors: [{ domain, reason, message }] });
  });
});
