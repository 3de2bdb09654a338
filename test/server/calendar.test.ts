// The Calendar adapter (src/server/calendar.ts) over the in-memory engine through the fake advanced service: paging followed and bounded, local copies found by iCalUID, errors classified.
import fc from 'fast-check';
import { apiError, appsScriptGlobals, createWorld, createWorldState } from '../../dev/appsScriptGlobals';
import {
  type CalendarEngine,
  calendarFaults,
  createCalendarEngine,
  fullPages,
  type PageSizes,
  seededPageSizes,
} from '../../dev/calendarEngine';
import { createDocsEngine } from '../../dev/docsEngine';
import {
  CalendarPagingError,
  type CalendarProblem,
  calendarProblem,
  describeCalendarProblem,
  findLocalCopy,
  listChanges,
  listInstances,
  listWindow,
  MAX_PAGES,
  readInstances,
} from '../../src/server/calendar';
import type { Event, Events } from '../../src/types/calendar-api';
import { english } from '../support/words';

const ANA = 'ana@example.com';
const BEN = 'ben@example.com';
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const WINDOW = { timeMin: '2026-10-01T00:00:00Z', timeMax: '2027-01-01T00:00:00Z' };

interface Service {
  Events: {
    list(calendarId: string, args?: object): Events;
    instances(calendarId: string, eventId: string, args?: object): Events;
    get(calendarId: string, eventId: string, args?: object): Event;
  };
}

const global = globalThis as { Calendar?: unknown };
let saved: unknown;
beforeEach(() => {
  saved = global.Calendar;
});
afterEach(() => {
  if (saved === undefined) delete global.Calendar;
  else global.Calendar = saved;
});

/**
 * Ana's (New York) and Ben's (Berlin) calendars with Ana's weekly Monday 1:1 from Nov 2, the fake Calendar service
 * over them as the global `Calendar` the adapter reads, and every page the service answers, in order.
 */
function setUp(pageSize?: PageSizes) {
  const engine = createCalendarEngine({
    now: () => Date.parse('2026-10-15T12:00:00Z'),
    ...(pageSize ? { pageSize } : {}),
  });
  engine.addCalendar(ANA, NY);
  engine.addCalendar(BEN, BERLIN);
  const series = engine.insertEvent(ANA, {
    summary: 'Ana / Ben 1:1',
    start: { dateTime: '2026-11-02T10:00:00', timeZone: NY },
    end: { dateTime: '2026-11-02T10:30:00', timeZone: NY },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
    attendees: [{ email: ANA }, { email: BEN }],
  });
  const world = createWorld(createDocsEngine(), createWorldState({ activeUser: ANA }), {}, engine);
  const service = appsScriptGlobals(world).Calendar as Service;
  const pages: Events[] = [];
  const real = { ...service.Events };
  service.Events.list = (calendarId, args) => record(real.list(calendarId, args));
  service.Events.instances = (calendarId, eventId, args) => record(real.instances(calendarId, eventId, args));
  function record(page: Events): Events {
    pages.push(page);
    return page;
  }
  global.Calendar = service;
  return { engine, world, service, real, pages, id: series.id!, iCalUID: series.iCalUID! };
}

/** The same read over a twin set up the same way but with full pages: the oracle for the paged reads. */
function oracle<T>(read: (world: ReturnType<typeof setUp>) => T): T {
  return read(setUp(fullPages));
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const ids = (items: Event[]) => items.map((e) => e.id);

describe('pages are followed', () => {
  test('listInstances reads past empty and short pages; readInstances also gives the calendar zone', () => {
    const expected = oracle(({ id }) => ids(listInstances('primary', id, WINDOW)));
    expect(expected).toHaveLength(9);
    const { pages, id } = setUp();
    const got = readInstances(BEN, id, { ...WINDOW, timeZone: NY });
    expect(pages.map((p) => p.items!.length)).toEqual([0, 1, 8]);
    expect(pages[0]!.nextPageToken).toEqual(expect.any(String));
    expect(got.timeZone).toBe(BERLIN);
    expect(got.items.map((e) => e.originalStartTime?.dateTime)).toContain('2026-11-02T10:00:00-05:00');
    expect(ids(listInstances(ANA, id, WINDOW))).toEqual(expected);
  });

  test('listWindow and listChanges read every item once, in order, whatever the page sizes', () => {
    const window = () => ids(listWindow('primary', WINDOW.timeMin, WINDOW.timeMax));
    const changes = () => ids(listChanges('primary', undefined, WINDOW.timeMin).items);
    const expected = { window: oracle(window), changes: oracle(changes) };
    expect(expected.window).toHaveLength(9);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { pages } = setUp(seededPageSizes(seed));
        expect(window()).toEqual(expected.window);
        expect(changes()).toEqual(expected.changes);
        expect(pages.every((p) => p.items!.length <= 2500)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test('listChanges keeps the sync token of the last page and reads the changes after it over short pages', () => {
    const { engine, pages, id } = setUp();
    const full = listChanges(BEN, undefined, WINDOW.timeMin);
    expect(full.nextSyncToken).toEqual(expect.any(String));
    expect(pages.at(-1)!.nextSyncToken).toBe(full.nextSyncToken);
    engine.moveOccurrence(
      ANA,
      id,
      '2026-11-09T10:00:00-05:00',
      { dateTime: '2026-11-10T10:00:00', timeZone: NY },
      { dateTime: '2026-11-10T10:30:00', timeZone: NY },
    );
    engine.cancelOccurrence(ANA, id, '2026-11-16T10:00:00-05:00');
    pages.length = 0;
    const changes = listChanges(BEN, full.nextSyncToken, WINDOW.timeMin);
    expect(changes.items.map((e) => [e.id, e.status])).toEqual([
      [`${id}_20261109T150000Z`, 'confirmed'],
      [`${id}_20261116T150000Z`, 'cancelled'],
    ]);
    expect(pages.map((p) => p.items!.length)).toEqual([0, 1, 1]);
    expect(changes.nextSyncToken).toEqual(expect.any(String));
  });

  test('an expired sync token, or any 410 answered to a sync request, is sync-expired', () => {
    const { engine, world } = setUp();
    const token = listChanges(ANA, undefined, WINDOW.timeMin).nextSyncToken!;
    engine.expireSyncTokens();
    expect(calendarProblem(thrown(() => listChanges(ANA, token, WINDOW.timeMin)))).toBe('sync-expired');
    world.faults.calendar = () => apiError('calendar.events.list', 410, 'Gone');
    expect(calendarProblem(thrown(() => listChanges(ANA, token, WINDOW.timeMin)))).toBe('sync-expired');
    // Without a sync token a 410 is not about one.
    expect(calendarProblem(thrown(() => listChanges(ANA, undefined, WINDOW.timeMin)))).toBe('not-found');
  });
});

describe('paging is bounded', () => {
  test('a page token Google sends twice ends the listing with a paging error', () => {
    for (const read of [
      () => listWindow(ANA, WINDOW.timeMin, WINDOW.timeMax),
      (id: string) => listInstances(ANA, id, WINDOW),
      () => listChanges(ANA, undefined, WINDOW.timeMin),
      (_id: string, iCalUID: string) => findLocalCopy(ANA, iCalUID),
    ]) {
      const { service, real, id, iCalUID } = setUp();
      // A service that forgets the page token answers the first page, and its token, again and again.
      service.Events.list = (calendarId, args) => real.list(calendarId, { ...args, pageToken: undefined });
      service.Events.instances = (calendarId, eventId, args) =>
        real.instances(calendarId, eventId, { ...args, pageToken: undefined });
      const error = thrown(() => read(id, iCalUID));
      expect(error).toBeInstanceOf(CalendarPagingError);
      expect((error as Error).message).toMatch(/page token it had sent before/);
      expect(calendarProblem(error)).toBe('paging');
    }
  });

  test(`more than ${MAX_PAGES} pages end the listing with a paging error`, () => {
    const { pages, id } = setUp(() => 0);
    const error = thrown(() => listInstances(ANA, id, WINDOW));
    expect(calendarProblem(error)).toBe('paging');
    expect((error as Error).message).toMatch(/more than 100 pages/);
    expect(pages).toHaveLength(MAX_PAGES);
    expect(english(describeCalendarProblem('paging'))).toBe(
      'Google Calendar kept sending more pages than a 1:1 needs; the add-on will try again within the hour.',
    );
  });

  test('pages of one item or none are read in full', () => {
    // The nine occurrences take eighteen pages, well within the bound.
    const { pages, id } = setUp((requested, page) => (page % 2 === 0 ? 0 : Math.min(requested, 1)));
    expect(listInstances(ANA, id, WINDOW)).toHaveLength(9);
    expect(pages).toHaveLength(18);
  });
});

describe('findLocalCopy', () => {
  test("finds an attendee's copy under its own id, the recurring event rather than an exception", () => {
    const { engine, id, iCalUID } = setUp();
    engine.moveOccurrence(
      ANA,
      id,
      '2026-11-02T10:00:00-05:00',
      { dateTime: '2026-11-03T10:00:00', timeZone: NY },
      { dateTime: '2026-11-03T10:30:00', timeZone: NY },
    );
    engine.giveCopyOwnId(ANA, id, BEN, 'bencopa0001');
    const copy = findLocalCopy(BEN, iCalUID);
    expect(copy).toMatchObject({ id: 'bencopa0001', iCalUID, recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'] });
    expect(findLocalCopy(ANA, iCalUID)?.id).toBe(id);
    expect(findLocalCopy(BEN, 'nobody@google.com')).toBeUndefined();
    // The copy's id is the one the attendee's calendar answers to.
    expect(calendarProblem(thrown(() => listInstances(BEN, id, WINDOW)))).toBe('not-found');
    expect(listInstances(BEN, copy!.id!, WINDOW)[0]).toMatchObject({ recurringEventId: 'bencopa0001' });
  });

  test('a single event is found too: the first item', () => {
    const { engine } = setUp();
    const single = engine.insertEvent(ANA, {
      summary: 'Kick-off',
      start: { dateTime: '2026-11-03T09:00:00-05:00' },
      end: { dateTime: '2026-11-03T10:00:00-05:00' },
      attendees: [{ email: ANA }, { email: BEN }],
    });
    engine.giveCopyOwnId(ANA, single.id!, BEN, 'bencopa0002');
    expect(findLocalCopy(BEN, single.iCalUID!)).toMatchObject({ id: 'bencopa0002', summary: 'Kick-off' });
  });
});

describe('errors', () => {
  test("the service throws Apps Script's errors: the method in the message, code and reason in details", () => {
    const { world, id } = setUp();
    const service = global.Calendar as Service;
    expect(thrown(() => service.Events.get(ANA, 'nosuchevent'))).toMatchObject({
      message: 'API call to calendar.events.get failed with error: Not Found',
      details: {
        code: 404,
        message: 'Not Found',
        errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
      },
    });
    expect(thrown(() => service.Events.instances(ANA, id, { timeMin: 'soon' }))).toMatchObject({
      message: expect.stringMatching(/^API call to calendar\.events\.instances failed with error: Invalid value/),
      details: { code: 400, errors: [{ reason: 'invalid', location: 'timeMin' }] },
    });
    world.faults.calendar = () => calendarFaults.quotaExceeded();
    const quota = thrown(() => listWindow(ANA, WINDOW.timeMin, WINDOW.timeMax));
    expect(quota).toMatchObject({
      message: 'API call to calendar.events.list failed with error: Calendar usage limits exceeded.',
      details: {
        code: 403,
        message: 'Calendar usage limits exceeded.',
        errors: [{ domain: 'usageLimits', reason: 'quotaExceeded', message: 'Calendar usage limits exceeded.' }],
      },
    });
    expect(calendarProblem(quota)).toBe('quota');
    world.faults.calendar = undefined;
    delete (world as { calendar?: CalendarEngine }).calendar;
    expect(thrown(() => service.Events.list(ANA))).toMatchObject({
      message: 'API call to calendar.events.list failed with error: Not Found',
      details: { code: 404, errors: [{ reason: 'notFound' }] },
    });
  });

  const E = (code: number, message: string, reason?: string, domain?: string) =>
    apiError('calendar.events.list', code, message, reason, domain);
  test.each<[string, unknown, CalendarProblem]>([
    ['403 quotaExceeded', E(403, 'Calendar usage limits exceeded.', 'quotaExceeded', 'usageLimits'), 'quota'],
    ['403 rateLimitExceeded', E(403, 'Rate Limit Exceeded', 'rateLimitExceeded', 'usageLimits'), 'quota'],
    ['403 userRateLimitExceeded', E(403, 'User Rate Limit Exceeded', 'userRateLimitExceeded'), 'quota'],
    ['429 rateLimitExceeded', E(429, 'Rate Limit Exceeded', 'rateLimitExceeded', 'usageLimits'), 'quota'],
    ['429 without a reason', E(429, 'Too Many Requests'), 'quota'],
    ['403 usage limits without a reason', E(403, 'Calendar usage limits exceeded.'), 'quota'],
    ['403 forbidden', E(403, 'Forbidden', 'forbidden'), 'forbidden'],
    [
      '403 forbiddenForNonOrganizer',
      E(403, 'Shared properties can only be changed…', 'forbiddenForNonOrganizer'),
      'forbidden',
    ],
    ['403 without a reason', E(403, 'Forbidden'), 'forbidden'],
    ['404 notFound', E(404, 'Not Found', 'notFound'), 'not-found'],
    [
      '410 fullSyncRequired',
      E(410, 'Sync token is no longer valid, a full sync is required.', 'fullSyncRequired', 'calendar'),
      'sync-expired',
    ],
    [
      '410 without a reason, the sync sentence',
      E(410, 'Sync token is no longer valid, a full sync is required.'),
      'sync-expired',
    ],
    ['410 deleted', E(410, 'Resource has been deleted', 'deleted'), 'not-found'],
    ['500 backendError', E(500, 'Backend Error', 'backendError'), 'unavailable'],
    ['503 without a reason', E(503, 'Service Unavailable'), 'unavailable'],
    ['400 whose message says not found', E(400, 'Calendar not found in the request', 'invalid'), 'other'],
    ['400 timeRangeEmpty', E(400, 'The specified time range is empty.', 'timeRangeEmpty', 'calendar'), 'other'],
    ['400 with quota words but a reason', E(400, 'Invalid quota parameter', 'invalid'), 'other'],
    ['no status: series deleted', new Error('Not Found: the linked series was deleted'), 'not-found'],
    ['no status: usage limits', new Error('Calendar usage limits exceeded.'), 'quota'],
    ['no status: rate limit', new Error('Exception: Rate Limit Exceeded'), 'quota'],
    ['no status: access', new Error('You do not have permission to access the calendar'), 'forbidden'],
    ['no status: backend', new Error('Backend Error'), 'unavailable'],
    [
      'no status: the sync sentence',
      new Error('Sync token is no longer valid, a full sync is required.'),
      'sync-expired',
    ],
    ['no status: anything else', new Error('Something odd'), 'other'],
    ['a paging error', new CalendarPagingError('too many pages'), 'paging'],
    ['not an error at all', 'a string', 'other'],
  ])('%s → %s', (_name, error, problem) => {
    expect(calendarProblem(error)).toBe(problem);
  });

  test.each([
    ['quotaExceeded', calendarFaults.quotaExceeded(), 'quota'],
    ['rateLimitExceeded 403', calendarFaults.rateLimitExceeded(403), 'quota'],
    ['rateLimitExceeded 429', calendarFaults.rateLimitExceeded(429), 'quota'],
    ['userRateLimitExceeded', calendarFaults.userRateLimitExceeded(), 'quota'],
    ['backendError', calendarFaults.backendError(), 'unavailable'],
    ['notFound', calendarFaults.notFound(), 'not-found'],
  ])('the engine fault %s, through the service, is %s', (_name, fault, problem) => {
    const { world, id } = setUp();
    world.faults.calendar = () => fault;
    const error = thrown(() => listInstances(ANA, id, WINDOW));
    expect((error as Error).message).toBe(`API call to calendar.events.instances failed with error: ${fault.message}`);
    expect(calendarProblem(error)).toBe(problem);
  });

  test('every problem has its own sentence; the passing ones say the add-on tries again', () => {
    const problems: CalendarProblem[] = [
      'sync-expired',
      'not-found',
      'forbidden',
      'quota',
      'unavailable',
      'paging',
      'other',
    ];
    const sentences = problems.map((p) => english(describeCalendarProblem(p)));
    expect(new Set(sentences).size).toBe(problems.length);
    for (const problem of ['quota', 'unavailable', 'paging', 'other'] as const)
      expect(english(describeCalendarProblem(problem))).toMatch(/try again within the hour\.$/);
    expect(english(describeCalendarProblem('quota'))).toMatch(/busy/);
  });
});
