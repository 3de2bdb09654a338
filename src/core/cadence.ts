// How regular the 1:1s have been: days since the last one held, and held, moved and cancelled over 90 days.
import { said } from '../shared/messages';
import type { Cadence } from '../shared/types';
import { daysBetween } from './dates';
import type { IsoDate } from './model';
import { DAY_MS, type Occurrence } from './occurrences';

export const CADENCE_WINDOW_DAYS = 90;
/** Handbooks on 1:1s: a gap of more than two weeks is a warning sign. */
export const CADENCE_WARNING_DAYS = 14;

export function cadence(occurrences: Occurrence[], nowMs: number, today: IsoDate): Cadence {
  const from = nowMs - CADENCE_WINDOW_DAYS * DAY_MS;
  const past = occurrences.filter((o) => o.startMs >= from && o.startMs <= nowMs);
  const held = past.filter((o) => !o.cancelled);
  const last = held[held.length - 1];
  const daysSinceLast = last ? daysBetween(last.date, today) : undefined;
  const result: Cadence = {
    held: held.length,
    moved: held.filter((o) => o.moved).length,
    cancelled: past.filter((o) => o.cancelled).length,
    ...(daysSinceLast !== undefined ? { daysSinceLast } : {}),
  };
  if (daysSinceLast === undefined ? past.length > 0 : daysSinceLast > CADENCE_WARNING_DAYS)
    result.warning =
      daysSinceLast === undefined
        ? said('cadence.noneHeld', { count: CADENCE_WINDOW_DAYS })
        : said('cadence.gap', { count: daysSinceLast });
  return result;
}
