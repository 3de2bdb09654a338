// The series' part of the sidebar's state: which section was last time, and who can open the Doc besides the pair.
import type { ParsedDoc, Section } from '../../src/core/model';
import type { Occurrence } from '../../src/core/occurrences';
import { lastMeeting, privacyOf } from '../../src/core/sidebarState';

const section = (date: string, extra: Partial<Section> = {}) =>
  ({ date, headingText: date, cancelled: false, items: [], subsections: [], ...extra }) as unknown as Section;
const doc = (...sections: Section[]) => ({ sections, keys: {} }) as unknown as ParsedDoc;
const occurrence = (key: string, start: string, cancelled = false) =>
  ({ key, startMs: Date.parse(start), endMs: Date.parse(start) + 1_800_000, cancelled }) as Occurrence;

describe('last time', () => {
  const now = Date.parse('2026-11-28T15:00:00Z');
  const today = '2026-11-28';

  it('is the newest section whose meeting took place: not cancelled, not ahead, even after a split', () => {
    // Nov 30's section belongs to the old series, whose Nov 30 meeting was cancelled before the split.
    const nov30 = section('2026-11-30', { key: 'old|nov30' });
    const nov23 = section('2026-11-23', { key: 'old|nov23' });
    const nov16 = section('2026-11-16', { key: 'old|nov16' });
    const chain = [
      occurrence('old|nov16', '2026-11-16T15:00:00Z'),
      occurrence('old|nov23', '2026-11-23T15:00:00Z', true),
    ];
    chain.push(occurrence('old|nov30', '2026-11-30T15:00:00Z', true));
    const parsed = doc(nov30, nov23, nov16);
    expect(lastMeeting(parsed, today, { nowMs: now, occurrences: chain })).toBe(nov16);
    // Unmarked and unknown to the calendar, a section ahead of today is still not last time.
    expect(lastMeeting(doc(section('2026-11-30'), section('2026-11-23')), today, { nowMs: now })?.date).toBe(
      '2026-11-23',
    );
    // A heading marked cancelled by hand, or by a run, counts as cancelled.
    expect(lastMeeting(doc(section('2026-11-23', { cancelled: true }), nov16), today, { nowMs: now })).toBe(nov16);
  });

  it('counts a meeting held earlier today, but not one later today nor the upcoming section', () => {
    const morning = section(today, { key: 'new|morning' });
    const held = [occurrence('new|morning', '2026-11-28T14:00:00Z')];
    expect(lastMeeting(doc(morning), today, { nowMs: now, occurrences: held })).toBe(morning);
    const later = [occurrence('new|morning', '2026-11-28T18:00:00Z')];
    expect(lastMeeting(doc(morning), today, { nowMs: now, occurrences: later })).toBeUndefined();
    const past = section('2026-11-21');
    expect(lastMeeting(doc(past), today, { nowMs: now, upcoming: past })).toBeUndefined();
  });
});

describe('who can open the Doc', () => {
  const shared = ['ana@x.com', 'ben@x.com', 'cy@x.com', 'dee@x.com'];

  it('names everyone besides the organiser and the one other attendee', () => {
    expect(privacyOf(shared, { organizer: 'ana@x.com', attendees: ['ana@x.com', 'ben@x.com'] }, 'ben@x.com')).toEqual({
      extraViewers: ['cy@x.com', 'dee@x.com'],
    });
  });

  it('says a series with a third attendee is not a 1:1, and names that attendee when they can open the Doc', () => {
    const three = { organizer: 'ana@x.com', attendees: ['ANA@x.com', 'ben@x.com', 'cy@x.com'] };
    expect(privacyOf(shared, three, 'ben@x.com')).toEqual({
      extraViewers: ['cy@x.com', 'dee@x.com'],
      seriesAttendees: 3,
    });
    // The organiser looking: only they are left out.
    expect(privacyOf(shared, three, 'ana@x.com')).toEqual({
      extraViewers: ['ben@x.com', 'cy@x.com', 'dee@x.com'],
      seriesAttendees: 3,
      youOrganise: true,
    });
  });

  it('falls back to the two attendees when the organiser is not known', () => {
    expect(privacyOf(shared, { attendees: ['ana@x.com', 'ben@x.com'] }, 'ana@x.com').extraViewers).toEqual([
      'cy@x.com',
      'dee@x.com',
    ]);
  });
});
