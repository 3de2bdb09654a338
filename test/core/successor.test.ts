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

  it('finds nothing when no series continues', () => {
    expect(findSuccessor(old, [candidate('old', '2026-12-21T15:00:00Z')], endedAt)).toBeUndefined();
  });
});
