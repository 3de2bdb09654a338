// Cadence: days since the last held 1:1 and what happened to the meetings of the last 90 days.
import { cadence } from '../../src/core/cadence';
import { toOccurrences } from '../../src/core/occurrences';
import { said } from '../../src/shared/messages';
import type { Event } from '../../src/types/calendar-api';
import { english } from '../support/words';

function weekly(from: string, weeks: number, change: (i: number, e: Event) => Event = (_i, e) => e): Event[] {
  return Array.from({ length: weeks }, (_, i) => {
    const start = new Date(Date.parse(from) + i * 7 * 86_400_000).toISOString();
    const end = new Date(Date.parse(start) + 1_800_000).toISOString();
    return change(i, {
      id: `s_${i}`,
      originalStartTime: { dateTime: start },
      start: { dateTime: start },
      end: { dateTime: end },
      status: 'confirmed',
    });
  });
}

describe('cadence', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('counts held, moved and cancelled meetings of the last 90 days, and days since the last held one', () => {
    const events = weekly('2026-08-03T15:00:00Z', 17, (i, e) => {
      if (i === 15) return { ...e, status: 'cancelled' };
      if (i === 14)
        return { ...e, start: { dateTime: '2026-11-10T15:00:00Z' }, end: { dateTime: '2026-11-10T15:30:00Z' } };
      return e;
    });
    // The window opens on Aug 25: twelve meetings from Aug 31 to Nov 16 (Nov 23's is later today), one of them
    // cancelled (Nov 16) and one moved (Nov 9 to Nov 10), so eleven held, the last thirteen days ago.
    const result = cadence(toOccurrences(events, 'uid'), now, '2026-11-23');
    expect(result).toEqual({ held: 11, moved: 1, cancelled: 1, daysSinceLast: 13 });
  });

  it('warns past fourteen days without a 1:1', () => {
    const events = weekly('2026-10-01T15:00:00Z', 5, (i, e) => (i >= 2 ? { ...e, status: 'cancelled' } : e));
    const result = cadence(toOccurrences(events, 'uid'), now, '2026-11-23');
    expect(result.daysSinceLast).toBe(46);
    expect(english(result.warning)).toMatch(/46 days/);
  });

  it('says nothing alarming for a new series with no past meetings', () => {
    expect(cadence([], now, '2026-11-23')).toStrictEqual({ held: 0, moved: 0, cancelled: 0 });
  });

  it('counts a meeting at the window’s very start and one starting now, and none after now', () => {
    const at = (iso: string, id: string): Event => ({
      id,
      originalStartTime: { dateTime: iso },
      start: { dateTime: iso },
      end: { dateTime: iso },
      status: 'confirmed',
    });
    const opening = new Date(now - 90 * 86_400_000).toISOString();
    const events = [at(opening, 'first'), at(new Date(now).toISOString(), 'now'), at('2026-11-23T12:00:01Z', 'later')];
    expect(cadence(toOccurrences(events, 'uid'), now, '2026-11-23')).toMatchObject({ held: 2, daysSinceLast: 0 });
    const justBefore = new Date(now - 90 * 86_400_000 - 1).toISOString();
    expect(cadence(toOccurrences([at(justBefore, 'out')], 'uid'), now, '2026-11-23')).toStrictEqual({
      held: 0,
      moved: 0,
      cancelled: 0,
    });
  });

  it('warns from the fifteenth day, not on the fourteenth', () => {
    const events = weekly('2026-11-09T15:00:00Z', 1);
    expect(cadence(toOccurrences(events, 'uid'), now, '2026-11-23')).toStrictEqual({
      held: 1,
      moved: 0,
      cancelled: 0,
      daysSinceLast: 14,
    });
    const late = cadence(toOccurrences(events, 'uid'), now + 86_400_000, '2026-11-24');
    expect(late.daysSinceLast).toBe(15);
    expect(english(late.warning)).toMatch(/15 days/);
  });

  it('warns when every meeting of the last 90 days was cancelled, and says over how long', () => {
    const events = weekly('2026-11-02T15:00:00Z', 2, (_i, e) => ({ ...e, status: 'cancelled' }));
    const result = cadence(toOccurrences(events, 'uid'), now, '2026-11-23');
    expect(result).toMatchObject({ held: 0, cancelled: 2 });
    expect(result).not.toHaveProperty('daysSinceLast');
    expect(result.warning).toEqual(said('cadence.noneHeld', { count: 90 }));
  });
});
