// Occurrences from Events.instances JSON: keys that survive moves, local dates, the next meeting, and when to look again.

import type { Occurrence } from '../../src/core/occurrences';
import {
  changesDigest,
  isDue,
  nextCheckAt,
  nextOccurrence,
  nextScheduled,
  toOccurrences,
  withKnownTimes,
} from '../../src/core/occurrences';
import type { Event } from '../../src/types/calendar-api';

const UID = 'abc123@google.com';

/** An instance as Events.instances returns it when asked with timeZone "Asia/Tokyo". */
function instance(original: string, start = original, extra: Partial<Event> = {}): Event {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return {
    id: `abc123_${original.replace(/[-:]/g, '').slice(0, 15)}Z`,
    recurringEventId: 'abc123',
    originalStartTime: { dateTime: original, timeZone: 'Asia/Tokyo' },
    start: { dateTime: start, timeZone: 'Asia/Tokyo' },
    end: { dateTime: end, timeZone: 'Asia/Tokyo' },
    summary: 'Ana / Ben',
    status: 'confirmed',
    ...extra,
  };
}

describe('toOccurrences', () => {
  it('keys each occurrence by the series and its original start, whatever the offset it was written with', () => {
    const [a] = toOccurrences([instance('2026-11-24T00:30:00+09:00')], UID);
    const [b] = toOccurrences([instance('2026-11-23T15:30:00Z')], UID);
    expect(a!.key).toBe(`${UID}|2026-11-23T15:30:00.000Z`);
    expect(b!.key).toBe(a!.key);
  });

  it('dates the heading in the event’s zone: half past midnight in Tokyo is the 24th, though UTC says the 23rd', () => {
    const [o] = toOccurrences([instance('2026-11-24T00:30:00+09:00')], UID);
    expect(o!.date).toBe('2026-11-24');
  });

  it('keeps a moved occurrence’s key and gives its new start and date', () => {
    const [o] = toOccurrences([instance('2026-11-24T00:30:00+09:00', '2026-11-25T10:00:00+09:00')], UID);
    expect(o).toMatchObject({
      key: `${UID}|2026-11-23T15:30:00.000Z`,
      date: '2026-11-25',
      moved: true,
    });
  });

  it('reads a cancelled occurrence from its original start alone, as Google sends it', () => {
    const cancelled: Event = {
      id: 'abc123_20261130T153000Z',
      recurringEventId: 'abc123',
      status: 'cancelled',
      originalStartTime: { dateTime: '2026-12-01T00:30:00+09:00' },
    };
    const [o] = toOccurrences([cancelled], UID);
    expect(o).toMatchObject({
      cancelled: true,
      moved: false,
      date: '2026-12-01',
      key: `${UID}|2026-11-30T15:30:00.000Z`,
    });
  });

  it('reads all-day occurrences by date and skips entries without times', () => {
    const allDay: Event = {
      id: 'x_20261123',
      originalStartTime: { date: '2026-11-23' },
      start: { date: '2026-11-23' },
      end: { date: '2026-11-24' },
    };
    const occurrences = toOccurrences([allDay, { id: 'broken', status: 'confirmed' }], UID);
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0]).toMatchObject({ allDay: true, date: '2026-11-23', key: `${UID}|2026-11-23` });
  });
});

describe('the next meeting', () => {
  // Made in beforeEach, inside each test, not as the file loads: npm run mutate traces what a test runs (docs/MUTATION.md).
  let occurrences: Occurrence[] = [];
  beforeEach(() => {
    occurrences = toOccurrences(
      [
        instance('2026-11-16T10:00:00+09:00'),
        { ...instance('2026-11-23T10:00:00+09:00'), status: 'cancelled' },
        instance('2026-11-30T10:00:00+09:00', '2026-11-29T09:00:00+09:00'),
        instance('2026-12-07T10:00:00+09:00'),
      ],
      UID,
    );
  });
  const now = Date.parse('2026-11-20T00:00:00Z');

  it('skips a cancelled occurrence and uses the actual start of a moved one', () => {
    expect(nextOccurrence(occurrences, now)).toMatchObject({ date: '2026-11-29', moved: true });
    expect(nextScheduled(occurrences, now)).toMatchObject({ date: '2026-11-23', cancelled: true });
  });

  it('is due once it starts within the lead time', () => {
    const next = nextOccurrence(occurrences, now)!;
    expect(isDue(next, next.startMs - 25 * 3_600_000, 24)).toBe(false);
    expect(isDue(next, next.startMs - 24 * 3_600_000, 24)).toBe(true);
  });

  it('waits until the lead time, and never much longer than a day', () => {
    const next = nextOccurrence(occurrences, now)!;
    const slack = 15 * 60_000;
    expect(nextCheckAt(occurrences, next.startMs - 30 * 3_600_000, 24)).toBe(next.startMs - 24 * 3_600_000);
    expect(nextCheckAt(occurrences, now, 24)).toBe(now + 86_400_000 - slack);
    expect(nextCheckAt([], now, 24)).toBe(now + 86_400_000 - slack);
  });

  it('looks every hour between the section going in and the meeting, then waits for the meeting after', () => {
    const next = nextOccurrence(occurrences, now)!;
    const within = next.startMs - 5 * 3_600_000;
    // Just under an hour, so that the next hourly firing, which need not come on the minute, counts.
    expect(nextCheckAt(occurrences, within, 24)).toBe(within + 45 * 60_000);
    // During the Nov 29 meeting (00:00Z), the next to wait for is Dec 7 10:00 (+09:00), whose lead time starts
    // Dec 6 01:00Z: more than a day off, so the next look is the daily one.
    const during = next.startMs + 60_000;
    expect(nextCheckAt(occurrences, during, 24)).toBe(Date.parse('2026-11-29T00:01:00Z') + 86_400_000 - 15 * 60_000);
    // With a lead of 180 hours, the Dec 7 meeting is due on Nov 29 13:00Z: that comes first.
    expect(nextCheckAt(occurrences, during, 180)).toBe(Date.parse('2026-11-29T13:00:00Z'));
    // Past the last meeting known, once a day.
    const afterAll = Date.parse('2026-12-08T00:00:00Z');
    expect(nextCheckAt(occurrences, afterAll, 24)).toBe(afterAll + 86_400_000 - 15 * 60_000);
  });

  it('keeps looking hourly at a meeting moved later once its section is in, until it starts', () => {
    // Its section went in a day before its original start (Dec 1, 00:30 in Tokyo); it then moved a day later.
    const [moved] = toOccurrences([instance('2026-12-01T00:30:00+09:00', '2026-12-02T00:30:00+09:00')], UID);
    const sectionIn = Date.parse('2026-11-30T00:30:00+09:00');
    const stillAhead = sectionIn + 2 * 3_600_000;
    expect(nextCheckAt([moved!], stillAhead, 24, moved!.key)).toBe(stillAhead + 45 * 60_000);
    // Its section not in (another occurrence's is): the new time's own lead time, as for any meeting.
    expect(nextCheckAt([moved!], stillAhead, 24, 'other')).toBe(moved!.startMs - 24 * 3_600_000);
    // A meeting that did not move, prepared early by hand, waits for its lead time as before.
    const [plain] = toOccurrences([instance('2026-12-02T00:30:00+09:00')], UID);
    expect(nextCheckAt([plain!], stillAhead, 24, plain!.key)).toBe(plain!.startMs - 24 * 3_600_000);
  });

  it('changes its digest when an occurrence moves or is cancelled, and only then', () => {
    const plain = toOccurrences([instance('2026-12-07T10:00:00+09:00')], UID);
    const again = toOccurrences([instance('2026-12-07T10:00:00+09:00')], UID);
    const moved = toOccurrences([instance('2026-12-07T10:00:00+09:00', '2026-12-08T10:00:00+09:00')], UID);
    expect(changesDigest(plain)).toBe(changesDigest(again));
    expect(changesDigest(moved)).not.toBe(changesDigest(plain));
    expect(changesDigest(occurrences)).not.toBe(changesDigest(plain));
  });
});

describe('a meeting moved, then cancelled', () => {
  const original = '2026-11-24T00:30:00+09:00';
  const movedTo = '2026-11-25T14:00:00+09:00';
  const link = 'https://www.google.com/calendar/event?eid=moved';
  /** What Events.instances gives for a cancelled instance: its id, series and original start, nothing more. */
  const stub: Event = {
    id: 'abc123_20261123T153000Z',
    recurringEventId: 'abc123',
    originalStartTime: { dateTime: original, timeZone: 'Asia/Tokyo' },
    status: 'cancelled',
  };
  const before = Date.parse('2026-11-20T00:00:00Z');

  it('keeps the moved time, its end and its link, which the cancelled instance no longer carries', () => {
    const seen = withKnownTimes(
      toOccurrences([instance(original, movedTo, { htmlLink: link }), instance('2026-12-01T00:30:00+09:00')], UID),
      {},
      before,
    );
    const [key] = Object.keys(seen.known);
    expect(seen.known[key!]).toEqual({ start: movedTo, end: '2026-11-25T05:30:00.000Z', htmlLink: link });
    const cancelled = toOccurrences([stub, instance('2026-12-01T00:30:00+09:00')], UID);
    // Without what was seen, only the old time is known: no end of its own, no link.
    expect(cancelled[0]).toMatchObject({ start: original, end: original, cancelled: true });
    expect(cancelled[0]!.htmlLink).toBeUndefined();
    const after = withKnownTimes(cancelled, seen.known, before + 3_600_000);
    expect(nextScheduled(after.occurrences, before + 3_600_000)).toMatchObject({
      key: cancelled[0]!.key,
      cancelled: true,
      start: movedTo,
      end: '2026-11-25T05:30:00.000Z',
      date: '2026-11-25',
      htmlLink: link,
    });
    // Still remembered for the next look, and forgotten once the meeting's time has passed.
    expect(after.known[cancelled[0]!.key]).toBeDefined();
    const later = withKnownTimes(cancelled, after.known, Date.parse('2026-11-26T00:00:00Z'));
    expect(later.known[cancelled[0]!.key]).toBeUndefined();
  });

  it('remembers only moved meetings ahead, a few at most, and gives an unmoved cancelled one the usual length', () => {
    const weekly = Array.from({ length: 9 }, (_, i) => {
      const start = new Date(Date.parse('2026-11-23T15:30:00Z') + i * 7 * 86_400_000).toISOString();
      const moved = i >= 4 ? new Date(Date.parse(start) + 3_600_000).toISOString() : start;
      return instance(start, moved);
    });
    const occurrences = toOccurrences(weekly, UID);
    const { known } = withKnownTimes(occurrences, {}, before);
    expect(Object.keys(known)).toEqual([4, 5, 6].map((i) => occurrences[i]!.key));
    const [cancelled] = withKnownTimes(
      toOccurrences([stub, instance('2026-12-01T00:30:00+09:00')], UID),
      {},
      before,
    ).occurrences;
    expect(cancelled).toMatchObject({ start: original, end: '2026-11-24T01:00:00+09:00', cancelled: true });
  });
});

describe('occurrences at their edges', () => {
  it('orders the instances by when they take place, a moved one by its new time, whatever order they come in', () => {
    const list = toOccurrences(
      [
        instance('2026-12-07T10:00:00+09:00'),
        instance('2026-11-23T10:00:00+09:00', '2026-12-10T10:00:00+09:00'),
        instance('2026-11-30T10:00:00+09:00'),
      ],
      UID,
    );
    expect(list.map((o) => o.date)).toEqual(['2026-11-30', '2026-12-07', '2026-12-10']);
  });

  it('reads an instance with no id or title as having empty ones, and skips one with only a start', () => {
    const [o] = toOccurrences([{ ...instance('2026-11-30T10:00:00+09:00'), id: undefined, summary: undefined }], UID);
    expect([o!.id, o!.title]).toEqual(['', '']);
    const noOriginal = { ...instance('2026-11-30T10:00:00+09:00'), originalStartTime: undefined };
    expect(toOccurrences([noOriginal], UID)).toEqual([]);
    const noStartButOriginal = { ...instance('2026-11-30T10:00:00+09:00'), start: undefined, end: undefined };
    expect(toOccurrences([noStartButOriginal], UID)).toHaveLength(1);
    const allDay = toOccurrences(
      [{ ...instance('2026-11-30T10:00:00+09:00'), start: { date: '2026-11-30' }, end: { date: '2026-12-01' } }],
      UID,
    );
    expect(allDay[0]).toMatchObject({ allDay: true, date: '2026-11-30', moved: true });
    expect(allDay[0]!.startMs).toBe(Date.parse('2026-11-30T00:00:00Z'));
  });

  it('gives a cancelled meeting ahead the usual length, written with its own offset, or in UTC', () => {
    const usual = instance('2026-12-01T10:00:00+09:00');
    const cancelledAt = (original: string): Event => ({
      id: 'x',
      recurringEventId: 'abc123',
      originalStartTime: { dateTime: original },
      status: 'cancelled',
    });
    const withEnd = (original: string) =>
      withKnownTimes(toOccurrences([cancelledAt(original), usual], UID), {}, 0).occurrences.find((o) => o.cancelled)!;
    expect(withEnd('2026-11-24T10:00:00-05:30').end).toBe('2026-11-24T10:30:00-05:30');
    expect(withEnd('2026-11-24T10:00:00+05:45').end).toBe('2026-11-24T10:30:00+05:45');
    expect(withEnd('2026-11-24T10:00:00Z').end).toBe('2026-11-24T10:30:00.000Z');
    // With no meeting of usual length to go by, it keeps its start as its end.
    const alone = withKnownTimes(toOccurrences([cancelledAt('2026-11-24T10:00:00Z')], UID), {}, 0).occurrences[0]!;
    expect(alone.endMs).toBe(alone.startMs);
  });

  it('leaves a cancelled meeting of a series whose meetings take no time as it was written', () => {
    const start = '2026-11-24T10:00:00Z';
    const instant = instance('2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', {
      end: { dateTime: '2026-12-01T10:00:00Z' },
    });
    const cancelled: Event = {
      id: 'x',
      recurringEventId: 'abc123',
      originalStartTime: { dateTime: start },
      status: 'cancelled',
    };
    const [o] = withKnownTimes(toOccurrences([cancelled, instant], UID), {}, 0).occurrences;
    expect(o!.end).toBe(start);
    expect(o!.endMs).toBe(o!.startMs);
  });

  it('gives the usual length to a cancelled meeting whose start is written without an offset', () => {
    // The Events resource asks for an offset in a dateTime only when no timeZone is given beside it.
    const usual = instance('2026-12-01T10:00:00+09:00');
    const cancelled: Event = {
      id: 'x',
      recurringEventId: 'abc123',
      originalStartTime: { dateTime: '2026-11-24T10:00:00', timeZone: 'Asia/Tokyo' },
      status: 'cancelled',
    };
    const o = withKnownTimes(toOccurrences([cancelled, usual], UID), {}, 0).occurrences.find((c) => c.cancelled)!;
    expect(o.endMs - o.startMs).toBe(30 * 60_000);
    expect(Date.parse(o.end)).toBe(o.endMs);
  });

  it('a cancelled meeting already of some length, or all day, keeps its own times', () => {
    const stubWithEnd: Event = {
      id: 'x',
      originalStartTime: { dateTime: '2026-11-24T10:00:00+09:00' },
      start: { dateTime: '2026-11-24T10:00:00+09:00' },
      end: { dateTime: '2026-11-24T11:00:00+09:00' },
      status: 'cancelled',
    };
    const [o] = withKnownTimes(
      toOccurrences([stubWithEnd, instance('2026-12-01T10:00:00+09:00')], UID),
      {},
      0,
    ).occurrences;
    expect(o!.end).toBe('2026-11-24T11:00:00+09:00');
    const allDayStub: Event = { id: 'y', originalStartTime: { date: '2026-11-24' }, status: 'cancelled' };
    const [d] = withKnownTimes(
      toOccurrences([allDayStub, instance('2026-12-01T10:00:00+09:00')], UID),
      {},
      0,
    ).occurrences;
    expect([d!.start, d!.end]).toEqual(['2026-11-24', '2026-11-24']);
  });

  it('takes a remembered time only for a cancelled meeting, and only when it reads as a time', () => {
    const list = toOccurrences([instance('2026-11-24T10:00:00+09:00'), instance('2026-12-01T10:00:00+09:00')], UID);
    const known = { [list[0]!.key]: { start: '2026-11-25T10:00:00+09:00', end: '2026-11-25T10:30:00+09:00' } };
    expect(withKnownTimes(list, known, 0).occurrences[0]!.date).toBe('2026-11-24');
    const cancelled = toOccurrences(
      [{ id: 'x', originalStartTime: { dateTime: '2026-11-24T10:00:00+09:00' }, status: 'cancelled' }],
      UID,
    );
    const garbled = { [cancelled[0]!.key]: { start: 'soon', end: '2026-11-25T10:30:00+09:00' } };
    expect(withKnownTimes(cancelled, garbled, 0).occurrences[0]!.start).toBe('2026-11-24T10:00:00+09:00');
    const noEnd = { [cancelled[0]!.key]: { start: '2026-11-25T10:00:00+09:00', end: 'later' } };
    expect(withKnownTimes(cancelled, noEnd, 0).occurrences[0]!.start).toBe('2026-11-24T10:00:00+09:00');
    // A remembered end before its start is its start.
    const backwards = { [cancelled[0]!.key]: { start: '2026-11-25T10:00:00+09:00', end: '2026-11-25T09:00:00+09:00' } };
    const [b] = withKnownTimes(cancelled, backwards, 0).occurrences;
    expect(b!.endMs).toBe(b!.startMs);
  });

  it('forgets a remembered time once it has ended, to the millisecond; keeps the order of the times it gives', () => {
    const cancelled = toOccurrences(
      [
        { id: 'x', originalStartTime: { dateTime: '2026-11-24T10:00:00+09:00' }, status: 'cancelled' },
        instance('2026-11-26T10:00:00+09:00'),
      ],
      UID,
    );
    const end = '2026-11-27T10:30:00+09:00';
    const known = { [cancelled[0]!.key]: { start: '2026-11-27T10:00:00+09:00', end } };
    expect(withKnownTimes(cancelled, known, Date.parse(end)).known).toEqual({});
    expect(withKnownTimes(cancelled, known, Date.parse(end) - 1).known).toEqual(known);
    expect(withKnownTimes(cancelled, known, 0).occurrences.map((o) => o.date)).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('remembers a moved meeting until it ends, to the millisecond, and no more than three in all', () => {
    const moved = toOccurrences([instance('2026-11-24T10:00:00+09:00', '2026-11-25T10:00:00+09:00')], UID);
    const endMs = moved[0]!.endMs;
    expect(withKnownTimes(moved, {}, endMs).known).toEqual({});
    expect(Object.keys(withKnownTimes(moved, {}, endMs - 1).known)).toHaveLength(1);
    const cancelledStubs = ['2026-11-24', '2026-11-25', '2026-11-26'].map(
      (day): Event => ({ id: day, originalStartTime: { dateTime: `${day}T10:00:00+09:00` }, status: 'cancelled' }),
    );
    const stubs = toOccurrences(cancelledStubs, UID);
    const known = Object.fromEntries(
      stubs.map((o) => [o.key, { start: '2026-12-20T10:00:00+09:00', end: '2026-12-20T10:30:00+09:00' }]),
    );
    const later = toOccurrences([instance('2026-12-01T10:00:00+09:00', '2026-12-02T10:00:00+09:00')], UID);
    expect(Object.keys(withKnownTimes([...stubs, ...later], known, 0).known)).toHaveLength(3);
  });

  it('the next meeting is the first that has not ended, to the millisecond', () => {
    const list = toOccurrences([instance('2026-11-24T10:00:00+09:00'), instance('2026-12-01T10:00:00+09:00')], UID);
    expect(nextOccurrence(list, list[0]!.endMs)?.date).toBe('2026-12-01');
    expect(nextScheduled(list, list[0]!.endMs)?.date).toBe('2026-12-01');
    expect(nextOccurrence(list, list[0]!.endMs - 1)?.date).toBe('2026-11-24');
  });

  it('the digest says a cancelled meeting apart from a moved one, and counts every character of each', () => {
    const base = toOccurrences([instance('2026-12-07T10:00:00+09:00', '2026-12-08T10:00:00+09:00')], UID);
    const cancelled = [{ ...base[0]!, moved: false, cancelled: true }];
    expect(changesDigest(cancelled)).not.toBe(changesDigest(base));
    const movedOneSecond = [{ ...base[0]!, start: '2026-12-08T10:00:01+09:00' }];
    expect(changesDigest(movedOneSecond)).not.toBe(changesDigest(base));
    const both = [{ ...base[0]!, cancelled: true }];
    expect(changesDigest(both)).toBe(changesDigest(cancelled));
    // A meeting neither moved nor cancelled changes nothing the Doc follows.
    const plain = toOccurrences([instance('2026-12-14T10:00:00+09:00')], UID);
    expect(changesDigest([...base, ...plain])).toBe(changesDigest(base));
  });

  it('looks again hourly when the meeting is due, not once it has started; then waits for the next one', () => {
    const list = toOccurrences([instance('2026-11-24T10:00:00+09:00'), instance('2026-12-01T10:00:00+09:00')], UID);
    const start = list[0]!.startMs;
    expect(nextCheckAt(list, start - 1, 24)).toBe(start - 1 + 3_600_000 - 15 * 60_000);
    expect(nextCheckAt(list, start, 24)).toBe(
      Math.max(start, Math.min(start + 86_400_000 - 15 * 60_000, list[1]!.startMs - 24 * 3_600_000)),
    );
    // A meeting under way with none after it: the daily look.
    expect(nextCheckAt(list.slice(0, 1), start, 24)).toBe(start + 86_400_000 - 15 * 60_000);
  });
});
