// Dates and times for people: Intl in the given locale and zone; calendar dates never shift with the time zone.
import {
  formatAgo,
  formatDay,
  formatDaysAgo,
  formatFromNow,
  formatInstant,
  formatMeeting,
  formatWeekday,
  leadChoices,
  leadLabel,
  parseDay,
} from '../../src/sidebar/format';

const NOW = Date.parse('2026-11-20T15:00:00Z');
const US = { locale: 'en-US', timeZone: 'America/New_York', now: NOW };
/** ICU puts thin and narrow no-break spaces around the dash and before AM; compared here as plain spaces. */
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('format', () => {
  it('shows a calendar date as that day everywhere, with the year only when it is not this year', () => {
    expect(formatDay('2026-11-09', US)).toBe('Nov 9');
    expect(formatDay('2025-11-09', US)).toBe('Nov 9, 2025');
    expect(formatDay('2026-11-09', { ...US, locale: 'de-DE' })).toBe('9. Nov.');
    expect(formatDay('2026-11-09', { ...US, weekday: true })).toBe('Mon, Nov 9');
    expect(formatDay('not a date', US)).toBe('not a date');
    expect(parseDay('2026-02-30')).toBeUndefined();
  });

  it('shows a meeting as a range in the user’s zone and locale', () => {
    const start = '2026-11-23T15:00:00Z';
    const end = '2026-11-23T15:30:00Z';
    expect(plain(formatMeeting(start, end, US))).toBe('Mon, Nov 23, 10:00 – 10:30 AM');
    expect(plain(formatMeeting(start, end, { ...US, timeZone: 'Europe/Berlin', locale: 'en-GB' }))).toBe(
      'Mon 23 Nov, 16:00–16:30',
    );
    // No end (or a broken one): the start alone.
    expect(plain(formatMeeting(start, '', US))).toBe('Mon, Nov 23, 10:00 AM');
    // All-day events carry dates, not instants.
    expect(formatMeeting('2026-11-23', '2026-11-24', US)).toBe('Mon, Nov 23');
  });

  it('says how soon, in words', () => {
    expect(formatFromNow('2026-11-23T15:00:00Z', NOW, US)).toBe('in 3 days');
    expect(formatFromNow('2026-11-21T15:00:00Z', NOW, US)).toBe('tomorrow');
    expect(formatFromNow('2026-11-20T17:00:00Z', NOW, US)).toBe('in 2 hours');
    expect(formatFromNow('2026-11-20T15:20:00Z', NOW, US)).toBe('in 20 minutes');
    expect(formatFromNow('2026-11-20T15:00:10Z', NOW, US)).toBe('now');
    // A count that rounds up to the next unit reads in that unit: the sidebar renders a few seconds after the hour.
    expect(formatFromNow('2026-11-20T15:59:40Z', NOW, US)).toBe('in 1 hour');
    expect(formatFromNow('2026-11-20T15:59:20Z', NOW, US)).toBe('in 59 minutes');
    expect(formatFromNow('2026-11-20T14:00:20Z', NOW, US)).toBe('1 hour ago');
    expect(formatFromNow('garbage', NOW, US)).toBeUndefined();
  });

  it('says how long ago an instant was, taking one a little ahead (another clock) as now', () => {
    expect(formatAgo('2026-11-20T14:40:00Z', NOW, US)).toBe('20 minutes ago');
    expect(formatAgo('2026-11-19T12:00:00Z', NOW, US)).toBe('yesterday');
    expect(formatAgo('2026-11-20T15:02:00Z', NOW, US)).toBe('now');
    expect(formatAgo('garbage', NOW, US)).toBeUndefined();
  });

  it('words days ago, instants and lead times', () => {
    expect(formatDaysAgo(0, US)).toBe('today');
    expect(formatDaysAgo(1, US)).toBe('yesterday');
    expect(formatDaysAgo(6, US)).toBe('6 days ago');
    expect(plain(formatInstant('2026-11-20T15:00:00Z', US))).toBe('Fri, Nov 20, 10:00 AM');
    expect(formatInstant('nope', US)).toBe('nope');
    expect([1, 4, 24, 48, 168, 36].map(leadLabel)).toEqual([
      '1 hour',
      '4 hours',
      '24 hours',
      '2 days',
      '7 days',
      '36 hours',
    ]);
  });
});

describe('a meeting’s weekday', () => {
  it('is the day it starts in the user’s zone; an all-day meeting keeps its own day', () => {
    // Monday 1:00 in Berlin is still Sunday evening in New York.
    const start = '2026-11-23T00:00:00+01:00';
    expect(formatWeekday(start, US)).toBe('Sunday');
    expect(formatWeekday(start, { ...US, timeZone: 'Europe/Berlin' })).toBe('Monday');
    expect(formatWeekday(start, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('Montag');
    expect(formatWeekday('2026-11-23', { ...US, timeZone: 'Pacific/Honolulu' })).toBe('Monday');
    expect(formatWeekday('garbage', US)).toBeUndefined();
  });
});

describe('lead time choices', () => {
  it('offers 1 hour to 7 days, and keeps a current value that is not among them', () => {
    expect(leadChoices()).toEqual([1, 2, 4, 8, 12, 24, 48, 72, 168]);
    expect(leadChoices(24)).toHaveLength(9);
    expect(leadChoices(36)).toEqual([1, 2, 4, 8, 12, 24, 36, 48, 72, 168]);
  });
});
