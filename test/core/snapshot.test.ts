// Tests for src/core/snapshot.ts: the series as a user's last Calendar read saw it, kept small and read back.

import { occurrenceKey } from '../../src/core/keys';
import { DAY_MS, type Occurrence, shiftedIso, toOccurrences } from '../../src/core/occurrences';
import { occurrencesOf, readSnapshot, type SeriesSnapshot, snapshotOf } from '../../src/core/snapshot';
import type { Event } from '../../src/types/calendar-api';

const UID = 'abc123@google.com';
const OLD_UID = 'old999@google.com';
const ANA = 'ana@example.com';
const BEN = 'ben@example.com';
/** Friday Nov 20, 2026, noon in New York (UTC−5 in November). */
const NOW = Date.parse('2026-11-20T12:00:00-05:00');
/** Ten o'clock in New York on a day of November 2026. */
const at = (date: string, time = '10:00') => `${date}T${time}:00-05:00`;
const utc = (local: string) => new Date(Date.parse(local)).toISOString();
const linkOf = (date: string) => `https://www.google.com/calendar/event?eid=${date}`;

/** An occurrence as core/occurrences.ts reads it, 30 minutes long unless told, in New York. */
function meeting(start: string, extra: Partial<Occurrence> = {}, minutes = 30): Occurrence {
  const startMs = Date.parse(start);
  const endMs = startMs + minutes * 60_000;
  return {
    key: occurrenceKey(UID, utc(start)),
    id: `abc123_${start.slice(0, 10)}`,
    startMs,
    endMs,
    start,
    end: shiftedIso(endMs, '-05:00'),
    date: start.slice(0, 10),
    cancelled: false,
    moved: false,
    allDay: false,
    title: 'Ana / Ben',
    htmlLink: linkOf(start.slice(0, 10)),
    organizer: ANA,
    attendees: [ANA, BEN],
    ...extra,
  };
}

/** A meeting of the series this one continued (its key names that series). */
function earlierMeeting(start: string, extra: Partial<Occurrence> = {}): Occurrence {
  return meeting(start, { key: occurrenceKey(OLD_UID, utc(start)), title: 'Old title', ...extra });
}

/** An instance as Events.instances returns it when asked with timeZone "America/New_York". */
function instance(original: string, start = original, extra: Partial<Event> = {}): Event {
  const end = shiftedIso(Date.parse(start) + 30 * 60_000, '-05:00');
  return {
    id: `abc123_${utc(original).replace(/[-:]/g, '').slice(0, 15)}Z`,
    recurringEventId: 'abc123',
    originalStartTime: { dateTime: original, timeZone: 'America/New_York' },
    start: { dateTime: start, timeZone: 'America/New_York' },
    end: { dateTime: end, timeZone: 'America/New_York' },
    summary: 'Ana / Ben',
    status: 'confirmed',
    htmlLink: linkOf(start.slice(0, 10)),
    organizer: { email: 'Ana@Example.com' },
    attendees: [{ email: BEN }, { email: ANA }, { email: 'room@resource.calendar.google.com', resource: true }],
    ...extra,
  };
}

/** What a Calendar read's occurrence and a snapshot's must agree on. */
const timing = (o: Occurrence) => ({
  key: o.key,
  startMs: o.startMs,
  endMs: o.endMs,
  start: o.start,
  end: o.end,
  date: o.date,
  cancelled: o.cancelled,
  moved: o.moved,
  allDay: o.allDay,
});

describe('snapshotOf', () => {
  it('writes one line per meeting: start, minutes, flags, and the original start only when moved', () => {
    const snapshot = snapshotOf(
      UID,
      [
        meeting(at('2026-11-02')),
        meeting(at('2026-11-10', '11:00'), { key: occurrenceKey(UID, utc(at('2026-11-09'))), moved: true }, 45),
        meeting(at('2026-11-16'), { cancelled: true, attendees: undefined, title: '' }, 0),
        meeting(at('2026-11-23')),
      ],
      [],
      NOW,
    );
    expect(snapshot.at).toBe(NOW);
    expect(snapshot.uid).toBe(UID);
    expect(snapshot.occ).toEqual([
      '2026-11-02T10:00:00-05:00~30~~',
      '2026-11-10T11:00:00-05:00~45~m~2026-11-09T15:00:00.000Z',
      '2026-11-16T10:00:00-05:00~0~c~',
      '2026-11-23T10:00:00-05:00~30~~',
    ]);
  });

  it('orders the meetings by start, whatever order they came in', () => {
    const snapshot = snapshotOf(
      UID,
      [meeting(at('2026-11-30')), meeting(at('2026-11-23')), meeting(at('2026-11-16')), meeting(at('2026-11-02'))],
      [earlierMeeting(at('2026-11-25')), earlierMeeting(at('2026-11-09'))],
      NOW,
    );
    expect(snapshot.occ.map((line) => line.slice(0, 10))).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-25',
      '2026-11-30',
    ]);
  });

  it('takes the people from a meeting ending this very instant only when no later one lists them', () => {
    const ending = meeting(at('2026-11-20', '11:30'), { attendees: [ANA, 'ending@example.com'] });
    const later = meeting(at('2026-11-23'), { attendees: [ANA, BEN] });
    expect(ending.endMs).toBe(NOW);
    expect(snapshotOf(UID, [ending, later], [], NOW).attendees).toEqual([ANA, BEN]);
  });

  it('keeps the next meeting’s title and link, skipping a cancelled one, and the people of the next that lists them', () => {
    const snapshot = snapshotOf(
      UID,
      [
        meeting(at('2026-11-16'), { title: 'Past title', attendees: [ANA, BEN, 'cy@example.com'] }),
        meeting(at('2026-11-23'), { cancelled: true, title: 'Cancelled title', attendees: undefined }),
        meeting(at('2026-11-30'), { title: 'Next title', organizer: BEN, attendees: [ANA, BEN, 'dee@example.com'] }),
        meeting(at('2026-12-07'), { title: 'Later title', attendees: [ANA] }),
      ],
      [],
      NOW,
    );
    expect(snapshot).toMatchObject({
      title: 'Next title',
      htmlLink: linkOf('2026-11-30'),
      organizer: BEN,
      attendees: [ANA, BEN, 'dee@example.com'],
    });
  });

  it('takes the people from the meeting ahead that lists them, even when the next one lists none', () => {
    const snapshot = snapshotOf(
      UID,
      [
        meeting(at('2026-11-23'), { attendees: undefined, organizer: undefined }),
        meeting(at('2026-11-30'), { attendees: [ANA, BEN, 'eve@example.com'] }),
      ],
      [],
      NOW,
    );
    expect(snapshot.title).toBe('Ana / Ben');
    expect(snapshot.htmlLink).toBe(linkOf('2026-11-23'));
    expect(snapshot).toMatchObject({ organizer: ANA, attendees: [ANA, BEN, 'eve@example.com'] });
  });

  it('takes the people from the last past meeting when none is ahead, and has no title or link then', () => {
    const snapshot = snapshotOf(
      UID,
      [
        meeting(at('2026-11-02'), { attendees: [ANA, 'old@example.com'] }),
        meeting(at('2026-11-09'), { attendees: [ANA, BEN], organizer: BEN }),
        meeting(at('2026-11-16'), { cancelled: true, attendees: ['cancelled@example.com'] }),
      ],
      [],
      NOW,
    );
    expect(snapshot.organizer).toBe(BEN);
    expect(snapshot.attendees).toEqual([ANA, BEN]);
    expect(snapshot).not.toHaveProperty('title');
    expect(snapshot).not.toHaveProperty('htmlLink');
  });

  it('falls back to the first meeting ahead when every one is cancelled', () => {
    const snapshot = snapshotOf(
      UID,
      [
        meeting(at('2026-11-23'), { cancelled: true, title: 'Called off' }),
        meeting(at('2026-11-30'), { cancelled: true }),
      ],
      [],
      NOW,
    );
    expect(snapshot.title).toBe('Called off');
    expect(snapshot.htmlLink).toBe(linkOf('2026-11-23'));
  });

  it('counts a meeting under way as ahead: it is the next one', () => {
    const started = meeting(at('2026-11-20', '11:45'), { title: 'Under way' });
    const ended = meeting(at('2026-11-20', '11:00'), { title: 'Ended' }, 60);
    const snapshot = snapshotOf(UID, [ended, started, meeting(at('2026-11-23'))], [], NOW);
    expect(snapshot.title).toBe('Under way');
    expect(snapshot.occ).toHaveLength(3);
  });

  it('keeps the cadence’s 91 days back, the first instant of the window included', () => {
    const windowStart = NOW - 91 * DAY_MS;
    const iso = (ms: number) => shiftedIso(ms, '-05:00');
    const snapshot = snapshotOf(
      UID,
      [meeting(iso(windowStart - 1_000)), meeting(iso(windowStart)), meeting(iso(windowStart + DAY_MS))],
      [],
      NOW,
    );
    expect(snapshot.occ.map((line) => Date.parse(line.split('~')[0]!))).toEqual([windowStart, windowStart + DAY_MS]);
  });

  it('keeps a daily 1:1’s last 60 past meetings and its next 6', () => {
    const days = Array.from({ length: 90 }, (_, i) => NOW - 80 * DAY_MS + i * DAY_MS - 3 * 3_600_000);
    const occurrences = days.map((ms) => meeting(shiftedIso(ms, '-05:00')));
    const past = days.filter((ms) => ms + 30 * 60_000 <= NOW);
    const ahead = days.filter((ms) => ms + 30 * 60_000 > NOW);
    expect(past.length).toBeGreaterThan(60);
    expect(ahead.length).toBeGreaterThan(6);
    const snapshot = snapshotOf(UID, occurrences, [], NOW);
    expect(snapshot.occ.map((line) => Date.parse(line.split('~')[0]!))).toEqual([
      ...past.slice(-60),
      ...ahead.slice(0, 6),
    ]);
  });

  it('flags the earlier series’ meetings and takes neither the next title nor the people from them', () => {
    const snapshot = snapshotOf(
      UID,
      [meeting(at('2026-11-16')), meeting(at('2026-11-25'), { title: 'New title', attendees: [ANA, BEN] })],
      [
        earlierMeeting(at('2026-11-09')),
        earlierMeeting(at('2026-11-23'), {
          htmlLink: linkOf('old'),
          attendees: ['x@example.com'],
          organizer: 'x@example.com',
        }),
      ],
      NOW,
    );
    expect(snapshot.occ).toEqual([
      '2026-11-09T10:00:00-05:00~30~e~',
      '2026-11-16T10:00:00-05:00~30~~',
      '2026-11-23T10:00:00-05:00~30~e~',
      '2026-11-25T10:00:00-05:00~30~~',
    ]);
    expect(snapshot).toMatchObject({ title: 'New title', htmlLink: linkOf('2026-11-25'), organizer: ANA });
    expect(snapshot.attendees).toEqual([ANA, BEN]);
  });
});

describe('occurrencesOf', () => {
  it('gives back what Calendar gave: keys, times and states of moved, cancelled and plain meetings', () => {
    const instances = [
      instance(at('2026-10-26')),
      instance(at('2026-11-02')),
      instance(at('2026-11-09'), at('2026-11-10', '11:00')),
      // A cancelled instance carries only its original start.
      { id: 'abc123_c', status: 'cancelled', originalStartTime: { dateTime: at('2026-11-16') } } as Event,
      instance(at('2026-11-23')),
      instance(at('2026-11-30'), at('2026-11-30', '16:30')),
      instance(at('2026-12-07')),
    ];
    const read = toOccurrences(instances, UID);
    expect(read.map((o) => o.moved)).toEqual([false, false, true, false, false, true, false]);
    expect(read[3]!.cancelled).toBe(true);
    const snapshot = snapshotOf(UID, read, [], NOW);
    const back = occurrencesOf(snapshot, NOW);
    expect(back.earlier).toEqual([]);
    expect(back.occurrences.map(timing)).toEqual(read.map(timing));
    for (const [i, o] of back.occurrences.entries()) {
      if (!o.cancelled) expect([o.title, o.organizer, o.attendees]).toEqual([read[i]!.title, ANA, [ANA, BEN]]);
      // Only the next meeting carries its link: the snapshot keeps no other.
      expect(o.htmlLink).toBe(i === 4 ? linkOf('2026-11-23') : undefined);
    }
  });

  it('gives back an all-day series, its end the day after', () => {
    const day = (date: string, end: string): Event => ({
      id: `abc123_${date}`,
      originalStartTime: { date },
      start: { date },
      end: { date: end },
      summary: 'Ana / Ben',
      status: 'confirmed',
      attendees: [{ email: ANA }, { email: BEN }],
    });
    const read = toOccurrences([day('2026-11-16', '2026-11-17'), day('2026-11-23', '2026-11-24')], UID);
    const snapshot = snapshotOf(UID, read, [], NOW);
    expect(snapshot.occ).toEqual(['2026-11-16~1440~~', '2026-11-23~1440~~']);
    const back = occurrencesOf(snapshot, NOW).occurrences;
    expect(back.map(timing)).toEqual(read.map(timing));
    expect(back.map((o) => [o.key, o.end, o.allDay])).toEqual([
      [`${UID}|2026-11-16`, '2026-11-17', true],
      [`${UID}|2026-11-23`, '2026-11-24', true],
    ]);
  });

  it('ends a meeting written in UTC at the same instant, in UTC', () => {
    const snapshot: SeriesSnapshot = { at: NOW, uid: UID, occ: ['2026-11-23T15:00:00Z~50~~'] };
    const [o] = occurrencesOf(snapshot, NOW).occurrences;
    expect(o).toMatchObject({
      key: `${UID}|2026-11-23T15:00:00.000Z`,
      startMs: Date.UTC(2026, 10, 23, 15),
      endMs: Date.UTC(2026, 10, 23, 15, 50),
      end: '2026-11-23T15:50:00.000Z',
      date: '2026-11-23',
      allDay: false,
    });
  });

  it('puts the link on the first meeting not cancelled and not ended, and on none once all have ended', () => {
    const snapshot: SeriesSnapshot = {
      at: NOW,
      uid: UID,
      occ: [
        '2026-11-16T10:00:00-05:00~30~~',
        '2026-11-23T10:00:00-05:00~30~c~',
        '2026-11-30T10:00:00-05:00~30~~',
        '2026-12-07T10:00:00-05:00~30~~',
      ],
      htmlLink: 'https://calendar.example/next',
    };
    const links = (now: number) => occurrencesOf(snapshot, now).occurrences.map((o) => o.htmlLink);
    expect(links(NOW)).toEqual([undefined, undefined, 'https://calendar.example/next', undefined]);
    expect(links(Date.parse('2026-12-08T00:00:00-05:00'))).toEqual([undefined, undefined, undefined, undefined]);
    // No link kept, none given.
    const { htmlLink: _none, ...without } = snapshot;
    expect(occurrencesOf(without, NOW).occurrences.every((o) => !('htmlLink' in o))).toBe(true);
  });

  it('gives the earlier series’ meetings apart, keyed by their original start alone', () => {
    const snapshot = snapshotOf(
      UID,
      [meeting(at('2026-11-23'))],
      [
        earlierMeeting(at('2026-11-09')),
        earlierMeeting(at('2026-11-17', '09:00'), { key: occurrenceKey(OLD_UID, utc(at('2026-11-16'))), moved: true }),
      ],
      NOW,
    );
    const { occurrences, earlier } = occurrencesOf(snapshot, NOW);
    expect(occurrences.map((o) => o.key)).toEqual([occurrenceKey(UID, utc(at('2026-11-23')))]);
    expect(earlier.map((o) => [o.key, o.start, o.moved])).toEqual([
      [`earlier|${utc(at('2026-11-09'))}`, at('2026-11-09'), false],
      [`earlier|${utc(at('2026-11-16'))}`, at('2026-11-17', '09:00'), true],
    ]);
  });

  it('gives every meeting the snapshot’s title and people', () => {
    const snapshot: SeriesSnapshot = {
      at: NOW,
      uid: UID,
      occ: ['2026-11-23T10:00:00-05:00~30~~'],
      title: 'Ana / Ben',
      organizer: ANA,
      attendees: [ANA, BEN],
    };
    expect(occurrencesOf(snapshot, NOW).occurrences[0]).toMatchObject({
      id: '',
      title: 'Ana / Ben',
      organizer: ANA,
      attendees: [ANA, BEN],
    });
    const bare = occurrencesOf({ at: NOW, uid: UID, occ: snapshot.occ }, NOW).occurrences[0]!;
    expect(bare.title).toBe('');
    expect(bare).not.toHaveProperty('organizer');
    expect(bare).not.toHaveProperty('attendees');
  });

  it('puts the link on the meeting after one ending this very instant', () => {
    const snapshot: SeriesSnapshot = {
      at: NOW,
      uid: UID,
      occ: ['2026-11-20T11:30:00-05:00~30~~', '2026-11-23T10:00:00-05:00~30~~'],
      htmlLink: linkOf('2026-11-23'),
    };
    const { occurrences } = occurrencesOf(snapshot, NOW);
    expect(occurrences.map((o) => o.htmlLink)).toEqual([undefined, linkOf('2026-11-23')]);
  });

  it('reads a line cut short after the minutes as a plain meeting of this series', () => {
    const snapshot: SeriesSnapshot = { at: NOW, uid: UID, occ: ['2026-11-23T10:00:00-05:00~30'] };
    const { occurrences, earlier } = occurrencesOf(snapshot, NOW);
    expect(earlier).toEqual([]);
    expect(occurrences.map(timing)).toEqual([timing(meeting(at('2026-11-23')))]);
  });

  it('ends in UTC a start stored in a form Calendar does not write, even one naming an offset inside', () => {
    const snapshot: SeriesSnapshot = { at: NOW, uid: UID, occ: ['2026-11-23 10:00 -05:00 GMT~30~~'] };
    expect(occurrencesOf(snapshot, NOW).occurrences[0]?.end).toBe('2026-11-23T10:30:00.000Z');
  });

  it('skips lines it cannot read and keeps the others', () => {
    const snapshot: SeriesSnapshot = {
      at: NOW,
      uid: UID,
      occ: [
        'garbage',
        'not-a-date~30~~',
        '2026-11-16T10:00:00-05:00',
        '2026-11-16T10:00:00-05:00~-5~~',
        '2026-11-16T10:00:00-05:00~1.5~~',
        '2026-11-16T10:00:00-05:00~half~~',
        '2026-11-23T10:00:00-05:00~30~cm~2026-11-22T15:00:00.000Z',
      ],
    };
    const { occurrences, earlier } = occurrencesOf(snapshot, NOW);
    expect(earlier).toEqual([]);
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0]).toMatchObject({
      key: `${UID}|2026-11-22T15:00:00.000Z`,
      date: '2026-11-23',
      cancelled: true,
      moved: true,
    });
  });
});

describe('readSnapshot', () => {
  const full = (): SeriesSnapshot =>
    snapshotOf(UID, [meeting(at('2026-11-16')), meeting(at('2026-11-23'))], [earlierMeeting(at('2026-11-09'))], NOW);

  it('reads back a stored snapshot as it was written', () => {
    const stored = JSON.parse(JSON.stringify(full()));
    expect(readSnapshot(stored)).toEqual(full());
    expect(occurrencesOf(readSnapshot(stored)!, NOW)).toEqual(occurrencesOf(full(), NOW));
  });

  it('refuses what is not a snapshot: no object, no finite time, no occurrence list, no series id', () => {
    for (const value of [undefined, null, 'snapshot', 42, [], {}]) expect(readSnapshot(value)).toBeUndefined();
    const good = full();
    expect(readSnapshot({ ...good, at: '1' })).toBeUndefined();
    expect(readSnapshot({ ...good, at: Number.NaN })).toBeUndefined();
    expect(readSnapshot({ ...good, at: Number.POSITIVE_INFINITY })).toBeUndefined();
    expect(readSnapshot({ ...good, occ: 'a~1~~' })).toBeUndefined();
    expect(readSnapshot({ ...good, uid: '' })).toBeUndefined();
    expect(readSnapshot({ ...good, uid: 7 })).toBeUndefined();
    expect(readSnapshot({ ...good, uid: 'x'.repeat(2049) })).toBeUndefined();
    expect(readSnapshot({ ...good, uid: 'x'.repeat(2048) })?.uid).toHaveLength(2048);
  });

  it('keeps only lines that are text of at most 200 units, and no more than 66 of them', () => {
    const line = '2026-11-23T10:00:00-05:00~30~~';
    const read = readSnapshot({ at: NOW, uid: UID, occ: [line, 5, '', 'x'.repeat(201), 'y'.repeat(200), null] });
    expect(read?.occ).toEqual([line, 'y'.repeat(200)]);
    const many = Array.from({ length: 80 }, (_, i) => `line ${i}`);
    expect(readSnapshot({ at: NOW, uid: UID, occ: many })?.occ).toEqual(many.slice(0, 66));
  });

  it('drops a title, link or organiser that is too long or of the wrong kind, and a link that is not https', () => {
    const base = { at: NOW, uid: UID, occ: [] };
    expect(readSnapshot({ ...base, title: 't'.repeat(500) })?.title).toHaveLength(500);
    expect(readSnapshot({ ...base, title: 't'.repeat(501) })).toEqual(base);
    expect(readSnapshot({ ...base, title: 3 })).toEqual(base);
    expect(readSnapshot({ ...base, htmlLink: 'https://calendar.google.com/x' })?.htmlLink).toBe(
      'https://calendar.google.com/x',
    );
    expect(readSnapshot({ ...base, htmlLink: 'http://calendar.google.com/x' })).toEqual(base);
    expect(readSnapshot({ ...base, htmlLink: 'javascript:alert(1)' })).toEqual(base);
    expect(readSnapshot({ ...base, htmlLink: `https://${'x'.repeat(2041)}` })).toEqual(base);
    expect(readSnapshot({ ...base, organizer: 'o'.repeat(320) })?.organizer).toHaveLength(320);
    expect(readSnapshot({ ...base, organizer: 'o'.repeat(321) })).toEqual(base);
  });

  it('keeps the attendees that are text, at most 50, and none when none is left', () => {
    const base = { at: NOW, uid: UID, occ: [] };
    expect(readSnapshot({ ...base, attendees: [ANA, 3, '', 'a'.repeat(321), BEN] })?.attendees).toEqual([ANA, BEN]);
    const crowd = Array.from({ length: 60 }, (_, i) => `p${i}@example.com`);
    expect(readSnapshot({ ...base, attendees: crowd })?.attendees).toEqual(crowd.slice(0, 50));
    expect(readSnapshot({ ...base, attendees: [3, null] })).toEqual(base);
    expect(readSnapshot({ ...base, attendees: [] })).toEqual(base);
    expect(readSnapshot({ ...base, attendees: ANA })).toEqual(base);
  });

  it('keeps nothing it does not know', () => {
    expect(readSnapshot({ at: NOW, uid: UID, occ: [], extra: 'x', version: 2 })).toEqual({
      at: NOW,
      uid: UID,
      occ: [],
    });
  });
});
