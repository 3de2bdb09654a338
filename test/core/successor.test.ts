// Finding the series that continues a split one: same title and people, starting where the old one ended.
import { findSuccessor } from '../../src/core/successor';
import type { Event } from '../../src/types/calendar-api';

const old = { seriesId: 'old', title: 'Ana / Ben 1:1', attendees: ['ben@example.com', 'ana@example.com'] };
const endedAt = Date.parse('2026-12-14T15:00:00Z');

function candidate(seriesId: string, start: string, extra: Partial<Event> = {}): Event {
  return {
    id: `${seriesId}_x`,
    recurringEventId: seriesId,
    summary: 'Ana / Ben 1:1',
    start: { dateTime: start },
    attendees: [
      { email: 'Ana@example.com' },
      { email: 'ben@example.com' },
      { email: 'room@resource.calendar.google.com', resource: true },
    ],
    ...extra,
  };
}

describe('findSuccessor', () => {
  it('picks the earliest series with the same title and people after the old one ended', () => {
    const candidates = [
      candidate('old', '2026-12-14T15:00:00Z'),
      candidate('later', '2026-12-28T15:00:00Z'),
      candidate('new', '2026-12-21T16:00:00Z'),
      candidate('other-title', '2026-12-15T16:00:00Z', { summary: 'Team sync' }),
      candidate('other-people', '2026-12-15T16:00:00Z', { attendees: [{ email: 'ana@example.com' }] }),
      candidate('before', '2026-11-01T16:00:00Z'),
      candidate('gone', '2026-12-15T16:00:00Z', { status: 'cancelled' }),
    ];
    expect(findSuccessor(old, candidates, endedAt)).toBe('new');
  });

  it('reads the title however it is spaced or capitalised, and only the same words', () => {
    const respelled = candidate('new', '2026-12-21T16:00:00Z', { summary: '  ANA   /  ben\t1:1 ' });
    expect(findSuccessor(old, [respelled], endedAt)).toBe('new');
    for (const summary of ['Ana / Ben 1:1 notes', 'Ana/Ben 1:1', undefined])
      expect(findSuccessor(old, [candidate('new', '2026-12-21T16:00:00Z', { summary })], endedAt)).toBeUndefined();
    const untitled = { ...old, title: '' };
    expect(findSuccessor(untitled, [candidate('new', '2026-12-21T16:00:00Z', { summary: undefined })], endedAt)).toBe(
      'new',
    );
  });

  it('tells apart titles whose words differ only by ß and ss, which are different words', () => {
    // German "Maße" (measures) and "Masse" (mass): upper case would write both as "MASSE".
    const measures = { ...old, title: 'Maße 1:1' };
    const mass = candidate('new', '2026-12-21T16:00:00Z', { summary: 'Masse 1:1' });
    expect(findSuccessor(measures, [mass], endedAt)).toBeUndefined();
    expect(findSuccessor(measures, [{ ...mass, summary: 'MAßE 1:1' }], endedAt)).toBe('new');
  });

  it('asks for exactly the same people: one more, one fewer or one swapped is another 1:1', () => {
    const withPeople = (...emails: string[]) =>
      candidate('new', '2026-12-21T16:00:00Z', { attendees: emails.map((email) => ({ email })) });
    expect(findSuccessor(old, [withPeople('ben@example.com', 'ana@example.com')], endedAt)).toBe('new');
    for (const emails of [
      ['ana@example.com', 'ben@example.com', 'cy@example.com'],
      ['ana@example.com'],
      ['ana@example.com', 'cy@example.com'],
      ['cy@example.com', 'ben@example.com'],
    ])
      expect(findSuccessor(old, [withPeople(...emails)], endedAt)).toBeUndefined();
    expect(findSuccessor(old, [candidate('new', '2026-12-21T16:00:00Z', { attendees: undefined })], endedAt)).toBe(
      undefined,
    );
  });

  it('takes a start up to a day before the old series ended, not earlier, and an all-day start by its date', () => {
    const dayBefore = new Date(endedAt - 86_400_000).toISOString();
    const justEarlier = new Date(endedAt - 86_400_000 - 1).toISOString();
    expect(findSuccessor(old, [candidate('new', dayBefore)], endedAt)).toBe('new');
    expect(findSuccessor(old, [candidate('new', justEarlier)], endedAt)).toBeUndefined();
    const allDay = (date: string) => candidate('new', '', { start: { date } });
    expect(findSuccessor(old, [allDay('2026-12-14')], endedAt)).toBe('new');
    expect(findSuccessor(old, [allDay('2026-12-13')], endedAt)).toBeUndefined();
    expect(findSuccessor(old, [candidate('new', '', { start: undefined })], endedAt)).toBeUndefined();
  });

  it('of two series starting at the same time, keeps the first listed', () => {
    const same = '2026-12-21T16:00:00Z';
    expect(findSuccessor(old, [candidate('a', same), candidate('b', same)], endedAt)).toBe('a');
  });

  it('finds nothing when no series continues', () => {
    expect(findSuccessor(old, [candidate('old', '2026-12-21T15:00:00Z')], endedAt)).toBeUndefined();
  });
});
