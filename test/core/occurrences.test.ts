// Occurrences from Events.instances JSON: keys that survive moves, local dates, the next meeting, and when to look again.
import {
  changesDigest,
  isDue,
  nextCheckAt,
  nextOccurrence,
  nextScheduled,
  toOccurrences,
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
      originalDate: '2026-11-24',
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
  const occurrences = toOccurrences(
    [
      instance('2026-11-16T10:00:00+09:00'),
      { ...instance('2026-11-23T10:00:00+09:00'), status: 'cancelled' },
      instance('2026-11-30T10:00:00+09:00', '2026-11-29T09:00:00+09:00'),
      instance('2026-12-07T10:00:00+09:00'),
    ],
    UID,
  );
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

  it('waits until the lead time, but never longer than a day without a calendar trigger or a week with one', () => {
    const next = nextOccurrence(occurrences, now)!;
    expect(nextCheckAt(next, next.startMs - 30 * 3_600_000, 24, false)).toBe(next.startMs - 24 * 3_600_000);
    expect(nextCheckAt(next, now, 24, false)).toBe(now + 86_400_000);
    expect(nextCheckAt(next, now, 24, true)).toBe(now + 7 * 86_400_000);
    const later = Date.parse('2026-11-25T00:00:00Z');
    expect(nextCheckAt(next, later, 24, true)).toBe(next.startMs - 24 * 3_600_000);
    expect(nextCheckAt(undefined, now, 24, true)).toBe(now + 7 * 86_400_000);
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
