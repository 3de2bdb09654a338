// Tests for src/core/link.ts: a Doc's link and each user's records of it read back safely, kept within their bytes,
// lent without what makes a Doc linked; the 1:1's two people; whether automation still runs.
import {
  type Account,
  automationHealth,
  type Book,
  bookRecord,
  eventNames,
  knownSeries,
  type Link,
  lentBook,
  linkOfEvent,
  MAX_GONE,
  MAX_KEPT,
  pairOf,
  previousWith,
  readAccount,
  readBook,
  readLink,
  readStatus,
  STALLED_AFTER_MS,
} from '../../src/core/link';
import { utf8Bytes } from '../../src/core/text';
import { said } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const LINK: Link = {
  calendarId: 'primary',
  eventId: 'ev1',
  iCalUID: 'ev1@google.com',
  timeZone: 'Europe/Paris',
  title: 'Ana / Ben 1:1',
  attendees: ['ana@example.com', 'ben@example.com'],
  documentId: 'doc1',
  linkedBy: 'ana@example.com',
  linkedAt: '2026-11-01T09:00:00.000Z',
};

const json = (value: unknown) => JSON.stringify(value);
const readWith = (changes: Record<string, unknown>) => readLink(json({ ...LINK, ...changes }));
const isZone = (zone: string) => zone === 'Asia/Tokyo' || zone === 'Europe/Paris';

describe('the series a link has been', () => {
  it('is its own, then the ones it followed on from', () => {
    expect(knownSeries(LINK)).toStrictEqual(['ev1@google.com']);
    expect(knownSeries({ ...LINK, previous: [{ eventId: 'old', iCalUID: 'old@google.com' }] })).toEqual([
      'ev1@google.com',
      'old@google.com',
    ]);
  });

  it('moving on adds the present series last, with its end when given, and keeps the ten newest', () => {
    expect(previousWith(LINK)).toEqual([{ eventId: 'ev1', iCalUID: 'ev1@google.com' }]);
    expect(previousWith(LINK, '2026-11-30T10:30:00.000Z')).toEqual([
      { eventId: 'ev1', iCalUID: 'ev1@google.com', endedAt: '2026-11-30T10:30:00.000Z' },
    ]);
    const previous = Array.from({ length: 10 }, (_, i) => ({ eventId: `e${i}`, iCalUID: `e${i}@google.com` }));
    const moved = previousWith({ ...LINK, previous });
    expect(moved).toHaveLength(10);
    expect(moved[0]!.eventId).toBe('e1');
    expect(moved.at(-1)).toEqual({ eventId: 'ev1', iCalUID: 'ev1@google.com' });
  });
});

describe('pairOf: the two people of a 1:1', () => {
  it('is the organiser and the one other attendee, lower-cased, whoever is listed twice', () => {
    expect(pairOf({ organizer: 'Ana@Example.com', attendees: ['ana@example.com', 'BEN@example.com'] })).toEqual([
      'ana@example.com',
      'ben@example.com',
    ]);
    expect(pairOf({ organizer: 'ana@example.com', attendees: ['ben@example.com', 'Ben@example.com'] })).toEqual([
      'ana@example.com',
      'ben@example.com',
    ]);
    expect(pairOf({ organizer: 'ana@example.com', attendees: [] })).toEqual(['ana@example.com']);
  });

  it('without an organiser on record, the attendees when there are at most two', () => {
    expect(pairOf({ attendees: ['ana@example.com', 'ben@example.com'] })).toEqual([
      'ana@example.com',
      'ben@example.com',
    ]);
    expect(pairOf({ attendees: ['ana@example.com', 'ben@example.com', 'cy@example.com'] })).toBeUndefined();
  });

  it('is no pair when the organiser has two others', () => {
    expect(pairOf({ organizer: 'ana@example.com', attendees: ['ben@example.com', 'cy@example.com'] })).toBeUndefined();
  });
});

describe('readLink', () => {
  it('reads a sound link back as it was, the organiser lower-cased', () => {
    expect(readLink(json(LINK))).toEqual(LINK);
    expect(readWith({ organizer: 'Ana@Example.com' })?.organizer).toBe('ana@example.com');
  });

  it.each(['calendarId', 'eventId', 'iCalUID', 'timeZone', 'documentId', 'linkedBy', 'linkedAt'])(
    'reads none when %s is missing, empty or over 2,048 characters',
    (field) => {
      expect(readWith({ [field]: undefined })).toBeUndefined();
      expect(readWith({ [field]: '' })).toBeUndefined();
      expect(readWith({ [field]: 'x'.repeat(2049) })).toBeUndefined();
      expect(readWith({ [field]: 'x'.repeat(2048) })).toBeDefined();
      expect(readWith({ [field]: 42 })).toBeUndefined();
    },
  );

  it('reads none without a title string (an empty title is a title) or with attendees that are not all emails', () => {
    expect(readWith({ title: undefined })).toBeUndefined();
    expect(readWith({ title: '' })?.title).toBe('');
    expect(readWith({ attendees: 'ana@example.com' })).toBeUndefined();
    expect(readWith({ attendees: ['ana@example.com', 42] })).toBeUndefined();
    expect(readWith({ attendees: [] })?.attendees).toEqual([]);
  });

  it('keeps a gen only of its documented form', () => {
    expect(readWith({ gen: 'k3x9q0w1ze' })?.gen).toBe('k3x9q0w1ze');
    for (const gen of ['abc', 'K3X9', 'x'.repeat(33), '-abcd', 'abcd-', 42, 123456, 'ab cd'])
      expect(readWith({ gen })).not.toHaveProperty('gen');
  });

  it('keeps the ten newest earlier series that name both their ids, with an end only when it is a time', () => {
    const previous = [
      { eventId: 'a', iCalUID: 'a@google.com', endedAt: '2026-10-01T10:00:00.000Z' },
      { eventId: 'b', iCalUID: 'b@google.com', endedAt: 'yesterday' },
      { eventId: 'c' },
      { iCalUID: 'd@google.com' },
      'e@google.com',
    ];
    expect(readWith({ previous })?.previous).toEqual([
      { eventId: 'a', iCalUID: 'a@google.com', endedAt: '2026-10-01T10:00:00.000Z' },
      { eventId: 'b', iCalUID: 'b@google.com' },
    ]);
    expect(readWith({ previous: [] })).not.toHaveProperty('previous');
    expect(readWith({ previous: 'a@google.com' })).not.toHaveProperty('previous');
    const many = Array.from({ length: 12 }, (_, i) => ({ eventId: `e${i}`, iCalUID: `e${i}@google.com` }));
    expect(readWith({ previous: many })?.previous?.map((p) => p.eventId)).toEqual(many.slice(2).map((p) => p.eventId));
  });

  it('keeps at most ten names of at most 100 characters, each under an email', () => {
    const names = { 'ana@example.com': 'Ana', ben: 'Ben', 'cy@example.com': 'C'.repeat(101), 'di@example.com': 7 };
    expect(readWith({ names })?.names).toEqual({ 'ana@example.com': 'Ana' });
    expect(readWith({ names: { 'cy@example.com': 'C'.repeat(100) } })?.names).toEqual({
      'cy@example.com': 'C'.repeat(100),
    });
    expect(readWith({ names: { ben: 'Ben' } })).not.toHaveProperty('names');
    expect(readWith({ names: ['Ana'] })).not.toHaveProperty('names');
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}@example.com`, `P${i}`]));
    expect(Object.keys(readWith({ names: many })?.names ?? {})).toHaveLength(10);
  });

  it('reads none for what is not a link at all', () => {
    for (const raw of [undefined, null, '', '{"cut off', '[]', '42', 'null']) expect(readLink(raw)).toBeUndefined();
  });
});

describe('readStatus', () => {
  const STATUS = {
    at: '2026-11-20T15:00:00.000Z',
    trigger: 'Hourly check',
    outcome: 'inserted',
    message: [said('run.added')],
  };

  it('reads every outcome and trigger there is, and what the day wrote', () => {
    for (const outcome of ['inserted', 'nothing to do', 'error'])
      for (const trigger of ['Hourly check', 'Calendar change', 'Prepare now'])
        expect(readStatus({ ...STATUS, outcome, trigger })).toEqual({ ...STATUS, outcome, trigger });
    const wrote = { at: '2026-11-20T15:00:00.000Z', message: [said('run.added')], section: '2026-11-23' };
    expect(readStatus({ ...STATUS, wrote })).toEqual({ ...STATUS, wrote });
    expect(readStatus({ ...STATUS, wrote: { ...wrote, section: '2026-02-30' } })?.wrote).toEqual({
      at: wrote.at,
      message: wrote.message,
    });
    expect(readStatus({ ...STATUS, wrote: { ...wrote, section: 20261123 } })?.wrote).not.toHaveProperty('section');
    expect(readStatus({ ...STATUS, wrote: { ...wrote, message: 'Added the section.' } })).toEqual(STATUS);
    expect(readStatus({ ...STATUS, message: [] })?.message).toEqual([]);
    for (const old of ['Added the section.', '', [said('run.added'), 'Added.']])
      expect(readStatus({ ...STATUS, message: old })).toBeUndefined();
  });

  it.each([
    ['no time', { at: undefined }],
    ['no message', { message: undefined }],
    ['a message of 2,049 characters', { message: 'm'.repeat(2049) }],
    ['another outcome', { outcome: 'done' }],
    ['another trigger', { trigger: 'Daily' }],
  ])('reads none with %s', (_what, change) => {
    expect(readStatus({ ...STATUS, ...change })).toBeUndefined();
  });

  it('forgets a written record that is not sound, and keeps the status', () => {
    for (const wrote of [
      'yes',
      { message: 'Added.' },
      { at: STATUS.at },
      { at: STATUS.at, message: '' },
      { at: STATUS.at, message: 'm'.repeat(2049) },
    ])
      expect(readStatus({ ...STATUS, wrote })).toEqual(STATUS);
    expect(readStatus('status')).toBeUndefined();
  });
});

describe('readBook', () => {
  const read = (value: Record<string, unknown>) => readBook(json(value), 'doc1')!;

  it('reads every field it keeps back as written', () => {
    const book: Book = {
      documentId: 'doc1',
      tabId: 't.notes',
      localEventId: 'local1',
      calendarTimeZone: 'Asia/Tokyo',
      nextCheckAt: 1_000,
      digest: 'abc',
      readAt: 2_000,
      preparedKey: 'ev1@google.com|2026-11-23T15:00:00Z',
      noAccess: true,
      ended: true,
      knownTimes: { k1: { start: '2026-11-23T10:00:00Z', end: '2026-11-23T10:30:00Z' } },
      link: LINK,
      settings: DEFAULT_SETTINGS,
      status: {
        at: '2026-11-20T15:00:00.000Z',
        trigger: 'Prepare now',
        outcome: 'nothing to do',
        message: [said('run.added')],
      },
      kept: [['item1', 3]],
      snapshot: { at: 5, uid: 'ev1@google.com', occ: ['2026-11-23T10:00:00-05:00~30~~'] },
      sharing: { at: 7, editors: ['ana@example.com'], viewers: ['ben@example.com'] },
    };
    expect(read(book as unknown as Record<string, unknown>)).toEqual(book);
  });

  it('answers the Doc it was asked for, and nothing for what is not a record', () => {
    expect(readBook(json({ documentId: 'other' }), 'doc1')).toEqual({ documentId: 'doc1' });
    for (const raw of [undefined, '', '{"cut off', '[1]']) expect(readBook(raw, 'doc1')).toBeUndefined();
  });

  it('leaves out each field that is not sound', () => {
    const unsound = {
      tabId: '',
      localEventId: 7,
      calendarTimeZone: '',
      nextCheckAt: 'soon',
      digest: 12,
      readAt: Number.NaN,
      preparedKey: '',
      noAccess: 'yes',
      ended: 1,
      knownTimes: 'none',
      status: { at: 1 },
      kept: 'all',
      snapshot: { at: 'then' },
      sharing: { at: 'then', editors: [] },
    };
    expect(read(unsound)).toStrictEqual({ documentId: 'doc1' });
    expect(read({ nextCheckAt: Number.POSITIVE_INFINITY, readAt: '5' })).toStrictEqual({ documentId: 'doc1' });
    expect(readBook('{"nextCheckAt":1e999,"readAt":1e999}', 'doc1')).toStrictEqual({ documentId: 'doc1' });
  });

  it('keeps the times of at most ten moved meetings, each with a start and an end, its link only when https', () => {
    const times = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`k${i}`, { start: `s${i}`, end: `e${i}`, htmlLink: 'https://cal/x' }]),
      );
    expect(Object.keys(read({ knownTimes: times(12) }).knownTimes ?? {})).toHaveLength(10);
    expect(read({ knownTimes: times(1) }).knownTimes).toEqual({
      k0: { start: 's0', end: 'e0', htmlLink: 'https://cal/x' },
    });
    expect(
      read({
        knownTimes: {
          a: { start: 's', end: 'e', htmlLink: 'javascript:alert(1)' },
          b: { start: 's' },
          c: { end: 'e' },
          d: 'x',
          e: { start: 's', end: 'e', htmlLink: 'http://cal/x' },
          f: { start: 's', end: 'e', htmlLink: 'x https://cal' },
        },
      }).knownTimes,
    ).toEqual({ a: { start: 's', end: 'e' }, e: { start: 's', end: 'e' }, f: { start: 's', end: 'e' } });
    expect(read({ knownTimes: { b: { start: 's' } } })).not.toHaveProperty('knownTimes');
    // A null among them (a hand-edited or half-written record) is skipped like any other unsound entry.
    expect(read({ knownTimes: { n: null, k: { start: 's', end: 'e' } } }).knownTimes).toEqual({
      k: { start: 's', end: 'e' },
    });
  });

  it('keeps the last forty sound Keep answers', () => {
    const kept = Array.from({ length: 45 }, (_, i) => [`item${i}`, i]);
    expect(read({ kept }).kept).toEqual(kept.slice(-MAX_KEPT));
    expect(
      read({
        kept: [
          ['ok', 0],
          ['neg', -1],
          ['frac', 1.5],
          ['x'.repeat(65), 2],
          ['x'.repeat(64), 2],
          [3, 3],
          'a',
          { 0: 'o', 1: 2 },
        ],
      }).kept,
    ).toEqual([
      ['ok', 0],
      ['x'.repeat(64), 2],
    ]);
    expect(read({ kept: [] })).not.toHaveProperty('kept');
  });

  it('keeps the sharing seen with at most 25 addresses of each kind, each at most 320 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => `p${i}@example.com`);
    const sharing = read({ sharing: { at: 9, editors: many, viewers: ['x'.repeat(321), 'a@b.c', '', 4] } }).sharing;
    expect(sharing).toEqual({ at: 9, editors: many.slice(0, 25), viewers: ['a@b.c'] });
    expect(read({ sharing: { at: 9, editors: 'a@b.c' } }).sharing).toEqual({ at: 9, editors: [], viewers: [] });
    expect(read({ sharing: { at: 9, viewers: ['x'.repeat(320)] } }).sharing?.viewers).toEqual(['x'.repeat(320)]);
    expect(read({ sharing: 'open' })).not.toHaveProperty('sharing');
    // JSON can spell a number too large to be finite: a time of Infinity is no time.
    const infinite = json({ sharing: { at: 0, editors: [], viewers: [] } }).replace('"at":0', '"at":1e999');
    expect(readBook(infinite, 'doc1')).not.toHaveProperty('sharing');
  });

  it('gathers an older version’s triggers, at most four, and says a link it cannot read is damaged', () => {
    expect(read({ hourlyTrigger: 'h1', calendarTrigger: 'c1', legacyTriggers: ['l1', '', 3] }).legacyTriggers).toEqual([
      'h1',
      'c1',
      'l1',
    ]);
    expect(read({ legacyTriggers: ['a', 'b', 'c', 'd', 'e'] }).legacyTriggers).toEqual(['a', 'b', 'c', 'd']);
    expect(read({ legacyTriggers: 'a' })).not.toHaveProperty('legacyTriggers');
    expect(read({ link: { ...LINK, eventId: '' } })).toEqual({ documentId: 'doc1', damaged: true });
    expect(read({ link: null })).toEqual({ documentId: 'doc1', damaged: true });
    expect(read({ damaged: true })).toEqual({ documentId: 'doc1', damaged: true });
    expect(read({ damaged: 'yes' })).toEqual({ documentId: 'doc1' });
  });

  it('keeps a copy of the settings only when every field of it is sound', () => {
    expect(read({ settings: { ...DEFAULT_SETTINGS, leadHours: 48 } }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      leadHours: 48,
    });
    expect(read({ settings: { ...DEFAULT_SETTINGS, leadHours: -1 } })).not.toHaveProperty('settings');
  });
});

describe('readAccount', () => {
  const read = (value: unknown) => readAccount(json(value), isZone);

  it('reads every field it keeps back as written', () => {
    const account: Account = {
      timeZone: 'Asia/Tokyo',
      hourly: [
        { uid: 'u1', documentId: 'd1', at: 5 },
        { uid: 'u2', documentId: 'd2' },
      ],
      calendar: { uid: 'c1', documentId: 'd1', at: 6 },
      ranAt: 7,
      triggersCheckedAt: 8,
      automaticNote: said('error.unknown'),
      gone: [{ documentId: 'd9', at: '2026-11-20T15:00:00.000Z', privatePoints: 2, message: said('error.docGone') }],
    };
    expect(read(account)).toEqual(account);
  });

  it('reads an empty account for what is not a record', () => {
    for (const raw of [undefined, '', '{"cut off', '[]']) expect(readAccount(raw, isZone)).toEqual({});
  });

  it('leaves out each field that is not sound', () => {
    expect(
      read({
        timeZone: 'Mars/Olympus',
        hourly: [{ uid: '', documentId: 'd1' }, { uid: 'u1' }, 'u2'],
        calendar: { documentId: 'd1' },
        ranAt: 'then',
        triggersCheckedAt: Number.NaN,
        automaticNote: 4,
        gone: [{ documentId: 'd9', at: 'x', message: 'm', privatePoints: 1.5 }, 'd8'],
      }),
    ).toStrictEqual({});
    expect(read({ timeZone: '' })).toEqual({});
    expect(read({ hourly: [{ uid: 'u1', documentId: 'd1', at: 'soon' }] }).hourly).toEqual([
      { uid: 'u1', documentId: 'd1' },
    ]);
    expect(read({ calendar: { uid: 'c1', documentId: 'd1', at: Number.POSITIVE_INFINITY } }).calendar).toEqual({
      uid: 'c1',
      documentId: 'd1',
    });
    expect(readAccount('{"ranAt":1e999}', isZone)).toEqual({});
    expect(readAccount('{"calendar":{"uid":"c1","documentId":"d1","at":1e999}}', isZone).calendar).toStrictEqual({
      uid: 'c1',
      documentId: 'd1',
    });
  });

  it('takes one trigger of an older version as a list, and keeps at most two', () => {
    expect(read({ hourly: { uid: 'u1', documentId: 'd1' } }).hourly).toEqual([{ uid: 'u1', documentId: 'd1' }]);
    const three = ['u1', 'u2', 'u3'].map((uid) => ({ uid, documentId: 'd1' }));
    expect(read({ hourly: three }).hourly?.map((t) => t.uid)).toEqual(['u1', 'u2']);
  });

  it('keeps a note that is a message, and the ten newest Docs gone', () => {
    expect(read({ automaticNote: said('error.unknown') }).automaticNote).toEqual(said('error.unknown'));
    expect(read({ automaticNote: 'Automatic preparation is off.' })).toEqual({});
    const gone = Array.from({ length: 12 }, (_, i) => ({
      documentId: `d${i}`,
      at: 'a',
      privatePoints: 0,
      message: said('error.docGone'),
    }));
    expect(read({ gone }).gone?.map((g) => g.documentId)).toEqual(gone.slice(-MAX_GONE).map((g) => g.documentId));
    for (const bad of [{ documentId: '' }, { at: '' }, { message: '' }, { privatePoints: '1' }])
      expect(read({ gone: [{ ...gone[0], ...bad }] })).toEqual({});
  });
});

describe('bookRecord', () => {
  const occ = Array.from({ length: 60 }, (_, i) => `2026-${String((i % 12) + 1).padStart(2, '0')}-01T10:00:00Z~30~~`);
  const full: Book = {
    documentId: 'doc1',
    legacyTriggers: ['t1'],
    link: LINK,
    settings: DEFAULT_SETTINGS,
    nextCheckAt: 9,
    status: {
      at: '2026-11-20T15:00:00.000Z',
      trigger: 'Prepare now',
      outcome: 'inserted',
      message: [said('run.added')],
    },
    kept: Array.from({ length: 30 }, (_, i) => [`item-number-${i}`, i] as [string, number]),
    knownTimes: { k: { start: 's', end: 'e' } },
    snapshot: { at: 5, uid: 'ev1@google.com', occ },
    sharing: { at: 7, editors: Array.from({ length: 25 }, (_, i) => `editor${i}@example.com`), viewers: [] },
  };
  const sizeOf = (book: Book) => utf8Bytes(JSON.stringify(book));
  const { legacyTriggers: _l, ...stored } = full;

  it('keeps all of it when it fits, exactly at its bound too, but what an older version merged', () => {
    expect(JSON.parse(bookRecord(full, 100_000))).toEqual(stored);
    expect(JSON.parse(bookRecord(full, sizeOf(stored)))).toEqual(stored);
  });

  it('gives up the sharing first, then older meetings, then Keep answers, then all three', () => {
    const { sharing: _s, ...noSharing } = stored;
    expect(JSON.parse(bookRecord(full, sizeOf(stored) - 1))).toEqual(noSharing);
    const recent = { ...noSharing, snapshot: { ...full.snapshot!, occ: occ.slice(-8) } };
    expect(JSON.parse(bookRecord(full, sizeOf(noSharing) - 1))).toEqual(recent);
    const fewKept = { ...recent, kept: full.kept!.slice(-10) };
    expect(JSON.parse(bookRecord(full, sizeOf(recent) - 1))).toEqual(fewKept);
    const { knownTimes: _k, kept: _a, snapshot: _n, ...essential } = fewKept;
    expect(JSON.parse(bookRecord(full, sizeOf(fewKept) - 1))).toEqual(essential);
    expect(JSON.parse(bookRecord(full, 10))).toEqual(essential);
  });

  it('shrinks a record without a series read or Keep answers as far as it must, never failing', () => {
    const bare: Book = { documentId: 'doc1', link: LINK, sharing: full.sharing! };
    expect(JSON.parse(bookRecord(bare, 10))).toEqual({ documentId: 'doc1', link: LINK });
  });
});

describe('lentBook', () => {
  it('keeps the status, Keep answers, series read, sharing and calendar zone, never the link or schedule', () => {
    const lent: Book = {
      documentId: 'doc1',
      status: { at: 'a', trigger: 'Prepare now', outcome: 'error', message: [said('error.unknown')] },
      kept: [['i', 3]],
      snapshot: { at: 1, uid: 'u', occ: [] },
      sharing: { at: 1, editors: [], viewers: [] },
      calendarTimeZone: 'Asia/Tokyo',
    };
    expect(lentBook({ ...lent, link: LINK, settings: DEFAULT_SETTINGS, nextCheckAt: 5, preparedKey: 'k' })).toEqual(
      lent,
    );
    expect(lentBook({ documentId: 'doc1', link: LINK })).toEqual({ documentId: 'doc1' });
  });
});

describe('automationHealth', () => {
  const NOW = Date.parse('2026-11-20T15:00:00Z');
  const trigger = (at?: number) => ({ uid: 'u', documentId: 'd', ...(at !== undefined ? { at } : {}) });

  it('has nothing to say without a linked Doc', () => {
    expect(automationHealth({}, 0, NOW)).toBeUndefined();
  });

  it('is off with no hourly trigger, saying when one last ran', () => {
    expect(automationHealth({}, 2, NOW)).toEqual({ state: 'off' });
    expect(automationHealth({ hourly: [], ranAt: NOW - 1000 }, 2, NOW)).toEqual({
      state: 'off',
      lastRunAt: new Date(NOW - 1000).toISOString(),
    });
  });

  it('is stalled when neither the last run nor the newest trigger is within three hours', () => {
    const ranAt = NOW - STALLED_AFTER_MS - 1;
    expect(automationHealth({ hourly: [trigger()], ranAt }, 1, NOW)).toEqual({
      state: 'stalled',
      lastRunAt: new Date(ranAt).toISOString(),
    });
    expect(automationHealth({ hourly: [trigger()], ranAt: NOW - STALLED_AFTER_MS }, 1, NOW)).toBeUndefined();
    const HOUR = 3_600_000;
    expect(automationHealth({ hourly: [trigger()], ranAt: NOW - 3 * HOUR + 1 }, 1, NOW)).toBeUndefined();
    expect(automationHealth({ hourly: [trigger()], ranAt: NOW - 3 * HOUR - 1 }, 1, NOW)?.state).toBe('stalled');
    // A trigger made since the last run has not had its hour yet.
    expect(automationHealth({ hourly: [trigger(NOW - 60_000)], ranAt }, 1, NOW)).toBeUndefined();
    expect(automationHealth({ hourly: [trigger(), trigger(NOW - 60_000)], ranAt }, 1, NOW)).toBeUndefined();
  });

  it('is running when a trigger is there and has never run yet', () => {
    expect(automationHealth({ hourly: [trigger()] }, 1, NOW)).toBeUndefined();
  });
});

describe('the event’s names and link', () => {
  const event = {
    id: 'ev1',
    iCalUID: 'ev1@google.com',
    summary: 'Ana / Ben 1:1',
    start: { timeZone: 'Europe/Paris' },
    organizer: { email: 'Ana@Example.com', displayName: ' Ana Lima ' },
    attendees: [
      { email: 'ana@example.com', displayName: 'Ana Lima' },
      { email: 'ben@example.com', displayName: 'Ben' },
      { email: 'room@example.com', displayName: 'Room 4', resource: true },
      { email: 'cy@example.com', displayName: '  ' },
      { email: 'di@example.com' },
      { displayName: 'No address' },
    ],
  };

  it('names the organiser and the people attending, never a room, by lower-cased email, trimmed', () => {
    expect(eventNames(event)).toEqual({ names: { 'ana@example.com': 'Ana Lima', 'ben@example.com': 'Ben' } });
    expect(eventNames({})).toEqual({});
    expect(eventNames({ attendees: [{ email: 'a@b.c', displayName: 'N'.repeat(150) }] }).names?.['a@b.c']).toHaveLength(
      100,
    );
    const crowd = Array.from({ length: 12 }, (_, i) => ({ email: `p${i}@example.com`, displayName: `P${i}` }));
    expect(Object.keys(eventNames({ attendees: crowd }).names ?? {})).toHaveLength(10);
  });

  it('reads an event as a link, the same whoever links it', () => {
    const base = { calendarId: 'primary', documentId: 'doc1', linkedBy: 'ana@example.com', linkedAt: 'now' };
    expect(linkOfEvent(event, ['ana@example.com', 'ben@example.com'], base, 'Etc/UTC')).toEqual({
      ...LINK,
      linkedAt: 'now',
      organizer: 'ana@example.com',
      names: { 'ana@example.com': 'Ana Lima', 'ben@example.com': 'Ben' },
    });
    const previous = [{ eventId: 'old', iCalUID: 'old@google.com' }];
    expect(linkOfEvent({}, [], { ...base, gen: 'abcd', previous }, 'Etc/UTC')).toEqual({
      calendarId: 'primary',
      eventId: '',
      iCalUID: '',
      timeZone: 'Etc/UTC',
      title: '1:1',
      attendees: [],
      documentId: 'doc1',
      linkedBy: 'ana@example.com',
      linkedAt: 'now',
      gen: 'abcd',
      previous,
    });
    expect(linkOfEvent({ summary: '' }, [], { ...base, previous: [] }, 'Etc/UTC')).not.toHaveProperty('previous');
    expect(linkOfEvent({ summary: '' }, [], base, 'Etc/UTC').title).toBe('');
    expect(linkOfEvent({ organizer: { displayName: 'Ana' } }, [], base, 'Etc/UTC')).not.toHaveProperty('organizer');
  });
});
