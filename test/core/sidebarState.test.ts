// The sidebar's state built from a Doc and what the call gathered: last time's commitments, the next meeting's
// agenda, the series, who else can read the Doc, and what the call has to say.
import { buildDocument, bullet, checklist, h2, h3, p } from '../../dev/docBuilder';
import { namedRangeName } from '../../src/core/keys';
import type { Link } from '../../src/core/link';
import type { Section } from '../../src/core/model';
import type { Occurrence } from '../../src/core/occurrences';
import { parseDoc } from '../../src/core/parse';
import {
  agendaLines,
  commitmentsOf,
  dueDateOf,
  lastMeeting,
  privacyFor,
  type SeriesInputs,
  type StateInputs,
  sidebarState,
  upcomingSection,
} from '../../src/core/sidebarState';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { said } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const UID = 'series@google.com';
const keyOf = (date: string) => `${UID}|${date}T15:00:00.000Z`;
/** Sat Nov 21, 2026, 10:00 in New York. */
const NOW = Date.parse('2026-11-21T15:00:00Z');
const TODAY = '2026-11-21';

function meeting(date: string, extra: Partial<Occurrence> = {}): Occurrence {
  const startMs = Date.parse(`${date}T15:00:00Z`);
  return {
    key: keyOf(date),
    id: `s_${date}`,
    startMs,
    endMs: startMs + 1_800_000,
    start: `${date}T10:00:00-05:00`,
    end: `${date}T10:30:00-05:00`,
    date,
    cancelled: false,
    moved: false,
    allDay: false,
    title: 'Ana / Ben 1:1',
    ...extra,
  };
}

const LINK: Link = {
  calendarId: 'primary',
  eventId: 'series',
  iCalUID: UID,
  timeZone: 'America/New_York',
  title: 'Ana / Ben 1:1',
  attendees: ['ana@example.com', 'ben@example.com'],
  organizer: 'ana@example.com',
  documentId: 'doc',
  linkedBy: 'ana@example.com',
  linkedAt: '2026-11-01T00:00:00.000Z',
};

const parsedDoc = () =>
  parseDoc(
    buildDocument({
      blocks: [
        h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23'))),
        h3('Agenda'),
        bullet('  Hiring plan  '),
        bullet(''),
        p('Wins · Blockers · Feedback both ways · Growth · Personal'),
        bullet('Where do you want to be in two to five years?'),
        h3('Action items'),
        bullet('☐ Ben: new this time'),
        bullet('☐ Ana: carried again · from Nov 2'),
        h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(keyOf('2026-11-16'))),
        h3('Action items'),
        bullet('☐ Ana: draft the plan · due Nov 18'),
        bullet('☐ Ben: book the room · due Nov 12'),
        bullet('☑ Ana: send the deck'),
        bullet('✗ Ben: old idea'),
        bullet('☐ Ana: carried again · from Nov 2'),
      ],
    }),
    { promptLines: ALL_PROMPT_LINES },
  );

const series = (extra: Partial<SeriesInputs> = {}): SeriesInputs => ({
  link: LINK,
  occurrences: [meeting('2026-11-16'), meeting('2026-11-23'), meeting('2026-11-30')],
  sharedWith: ['ana@example.com', 'ben@example.com', 'cy@example.com'],
  automatic: true,
  ended: false,
  ...extra,
});

const inputs = (extra: Partial<StateInputs> = {}): StateInputs => ({
  me: 'ben@example.com',
  settings: DEFAULT_SETTINGS,
  privateNotes: [{ id: 'n1', text: 'Ask about the raise' }],
  notices: [],
  series: series(),
  ...extra,
});

describe('sidebarState', () => {
  it('shows last time’s commitments, overdue first, then the next meeting’s own items, new this time', () => {
    const state = sidebarState(parsedDoc(), TODAY, NOW, inputs());
    expect(state.lastMeetingDate).toBe('2026-11-16');
    expect(state.commitments.map((c) => [c.text, c.owner, c.overdueDays, c.done, c.dropped, c.newThisTime])).toEqual([
      ['book the room', 'Ben', 9, false, undefined, undefined],
      ['draft the plan', 'Ana', 3, false, undefined, undefined],
      ['send the deck', 'Ana', undefined, true, undefined, undefined],
      ['old idea', 'Ben', undefined, false, true, undefined],
      ['carried again', 'Ana', undefined, false, undefined, undefined],
      ['new this time', 'Ben', undefined, false, undefined, true],
    ]);
    expect(state.commitments[0]).toMatchObject({ due: 'Nov 12', dueDate: '2026-11-12', from: '2026-11-16' });
    expect(state.commitments[4]).toMatchObject({ timesCarried: 2, from: '2026-11-02' });
  });

  it('shows the next meeting’s agenda, topics trimmed, without prompts or empty lines, its questions apart', () => {
    const state = sidebarState(parsedDoc(), TODAY, NOW, inputs());
    expect(state.agenda).toEqual([{ text: 'Hiring plan' }]);
    expect(state.suggestedQuestions).toEqual(['Where do you want to be in two to five years?']);
    expect(state).not.toHaveProperty('agendaNudge');
  });

  it('gives the series, its next meeting, the cadence, and who else can read the Doc', () => {
    const state = sidebarState(
      parsedDoc(),
      TODAY,
      NOW,
      inputs({ series: series({ sharingCheckedAt: '2026-11-21T14:00:00.000Z' }) }),
    );
    expect(state.series).toEqual({ title: 'Ana / Ben 1:1', eventId: 'series', automatic: true, ended: false });
    expect(state.nextMeeting).toEqual({
      start: '2026-11-23T10:00:00-05:00',
      end: '2026-11-23T10:30:00-05:00',
      title: 'Ana / Ben 1:1',
      cancelled: false,
    });
    expect(state.cadence?.daysSinceLast).toBe(5);
    expect(state.privacy).toEqual({ extraViewers: ['cy@example.com'], checkedAt: '2026-11-21T14:00:00.000Z' });
    expect(state).toMatchObject({ linked: true, me: 'ben@example.com', settings: DEFAULT_SETTINGS });
    expect(state.privateNotes).toEqual([{ id: 'n1', text: 'Ask about the raise' }]);
  });

  it('names the next meeting by the series when it has no title of its own, and gives its link', () => {
    const occurrences = [meeting('2026-11-23', { title: '', htmlLink: 'https://calendar.google.com/e' })];
    const state = sidebarState(parsedDoc(), TODAY, NOW, inputs({ series: series({ occurrences }) }));
    expect(state.nextMeeting).toMatchObject({ title: 'Ana / Ben 1:1', htmlLink: 'https://calendar.google.com/e' });
    const own = sidebarState(
      parsedDoc(),
      TODAY,
      NOW,
      inputs({ series: series({ occurrences: [meeting('2026-11-23', { title: 'Moved 1:1' })] }) }),
    );
    expect(own.nextMeeting?.title).toBe('Moved 1:1');
  });

  it('counts the meetings of the series it continued in the cadence, in order', () => {
    const state = sidebarState(
      parsedDoc(),
      TODAY,
      NOW,
      inputs({
        series: series({
          occurrences: [meeting('2026-11-23')],
          earlier: [meeting('2026-11-19'), meeting('2026-11-09')],
        }),
      }),
    );
    expect(state.cadence?.daysSinceLast).toBe(2);
    expect(sidebarState(parsedDoc(), TODAY, NOW, inputs({ series: series({ occurrences: [] }) }))).not.toHaveProperty(
      'cadence',
    );
  });

  it('says what the call has to say, and nothing when it has nothing', () => {
    const notices = [said('notice.settingsReset')];
    const conflict = said('conflict.gone');
    const status = {
      at: 'a',
      trigger: 'Prepare now' as const,
      outcome: 'inserted' as const,
      message: [said('run.added')],
    };
    const state = sidebarState(
      parsedDoc(),
      TODAY,
      NOW,
      inputs({ status, notices, conflict, automation: { state: 'off' } }),
    );
    expect(state).toMatchObject({ status, notices, conflict, automation: { state: 'off' } });
    const quiet = sidebarState(parsedDoc(), TODAY, NOW, inputs());
    for (const field of ['status', 'notices', 'conflict', 'automation']) expect(quiet).not.toHaveProperty(field);
  });

  it('without a series: the agenda of the newest section from today on, last time the newest before today', () => {
    const state = sidebarState(parsedDoc(), TODAY, NOW, inputs({ series: undefined }));
    expect(state.linked).toBe(false);
    expect(state.agenda).toEqual([{ text: 'Hiring plan' }]);
    expect(state.lastMeetingDate).toBe('2026-11-16');
    for (const field of ['series', 'nextMeeting', 'cadence', 'privacy', 'agendaNudge'])
      expect(state).not.toHaveProperty(field);
  });

  it('takes the next meeting’s own section even when a later one was added ahead of it', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('Mon, Nov 30, 2026 · 1:1', namedRangeName(keyOf('2026-11-30'))),
          h3('Agenda'),
          bullet('Later topic'),
          h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23'))),
          h3('Agenda'),
          bullet('This week'),
        ],
      }),
    );
    expect(sidebarState(parsed, TODAY, NOW, inputs()).agenda).toEqual([{ text: 'This week' }]);
  });

  it('asks the report, not the organiser, for a topic while the next meeting is near and its agenda empty', () => {
    const parsed = parseDoc(
      buildDocument({ blocks: [h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23')))] }),
    );
    const near = Date.parse('2026-11-23T12:00:00Z');
    expect(sidebarState(parsed, '2026-11-23', near, inputs()).agendaNudge).toBe(true);
    expect(sidebarState(parsed, '2026-11-23', near, inputs({ me: 'ana@example.com' }))).not.toHaveProperty(
      'agendaNudge',
    );
  });
});

describe('the parts of the state', () => {
  const section = (date: string, extra: Partial<Section> = {}) =>
    ({ date, headingText: date, cancelled: false, items: [], subsections: [], ...extra }) as unknown as Section;
  const doc = (...sections: Section[]) => ({ sections, keys: {} }) as unknown as Parameters<typeof lastMeeting>[0];

  it('last time: a known meeting that started this very moment has taken place; today’s unknown one has not', () => {
    const start = Date.parse('2026-11-21T15:00:00Z');
    const today = section(TODAY, { key: keyOf(TODAY) });
    expect(lastMeeting(doc(today), TODAY, { nowMs: start, occurrences: [meeting(TODAY)] })).toBe(today);
    expect(lastMeeting(doc(section(TODAY)), TODAY, { nowMs: start })).toBeUndefined();
    expect(lastMeeting(doc(section('2026-11-22')), TODAY)).toBeUndefined();
    expect(lastMeeting(doc(section('2026-11-20')), TODAY)?.date).toBe('2026-11-20');
  });

  it('last time is never a section dated after today, even when its meeting has started (held in a zone ahead)', () => {
    const tomorrow = section('2026-11-22', { key: keyOf('2026-11-22') });
    const earlier = section('2026-11-16');
    const started = Date.parse('2026-11-22T15:00:00Z') + 1;
    const context = { nowMs: started, occurrences: [meeting('2026-11-22')] };
    expect(lastMeeting(doc(earlier, tomorrow), TODAY, context)).toBe(earlier);
  });

  it('lists a hand-built section’s agenda lines without the spaces around them, and no line of spaces', () => {
    const paragraph = (text: string) => ({ text, prompt: false, bulleted: true, span: { start: 1, end: 2 } });
    const agenda = section(TODAY, {
      subsections: [{ kind: 'agenda', paragraphs: [paragraph('  Budget  '), paragraph('   ')] }],
    } as unknown as Partial<Section>);
    expect(agendaLines(agenda)).toEqual(['Budget']);
  });

  it('counts the carries of an item in a section read apart from the Doc from the item itself', () => {
    const apart = parseDoc(buildDocument({ blocks: [p('Ana / Ben')] }));
    const carried = commitmentsOf(apart, parsedDoc().sections[1], { today: TODAY }).find(
      (c) => c.text === 'carried again',
    );
    expect(carried?.timesCarried).toBe(1);
  });

  it('last time and the upcoming section are the newest that qualify, wherever they stand', () => {
    const older = section('2026-11-09');
    const newer = section('2026-11-16');
    expect(lastMeeting(doc(older, newer), TODAY)).toBe(newer);
    expect(lastMeeting(doc(newer, older), TODAY)).toBe(newer);
    const soon = section('2026-11-23');
    const later = section('2026-11-30');
    expect(upcomingSection(doc(soon, later) as never, TODAY)).toBe(later);
    expect(upcomingSection(doc(section(TODAY)) as never, TODAY)?.date).toBe(TODAY);
    expect(upcomingSection(doc(section('2026-11-20')) as never, TODAY)).toBeUndefined();
  });

  it('an agenda is nothing without a section', () => {
    expect(agendaLines(undefined)).toEqual([]);
  });

  it('commitments: none without a section; the upcoming section itself is not new this time', () => {
    const parsed = parsedDoc();
    expect(commitmentsOf(parsed, undefined)).toEqual([]);
    const upcoming = parsed.sections[0]!;
    const rows = commitmentsOf(parsed, upcoming, { today: TODAY, upcoming });
    expect(rows.some((c) => c.newThisTime)).toBe(false);
    // An item carried into the upcoming section from before is last time's, not new.
    const last = parsed.sections[1]!;
    const withUpcoming = commitmentsOf(parsed, last, { today: TODAY, upcoming });
    expect(withUpcoming.filter((c) => c.newThisTime).map((c) => c.text)).toEqual(['new this time']);
  });

  it('the longest overdue comes first, whatever order the items are in', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('2026-11-16'),
          h3('Action items'),
          bullet('☐ Ana: a · due Nov 19'),
          bullet('☐ Ana: b · due Nov 10'),
          bullet('☐ Ana: c · due Nov 15'),
        ],
      }),
    );
    expect(commitmentsOf(parsed, parsed.sections[0], { today: TODAY }).map((c) => [c.text, c.overdueDays])).toEqual([
      ['b', 11],
      ['c', 6],
      ['a', 2],
    ]);
  });

  it('asks “Still on?” from the third carry, until this user keeps it at that count', () => {
    const lines = ['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26'].flatMap((date, i, all) => [
      h2(date),
      h3('Action items'),
      bullet(i === all.length - 1 ? '☐ Ana: renew the licence' : '☐ Ana: renew the licence · from Oct 26'),
    ]);
    const parsed = parseDoc(buildDocument({ blocks: lines }));
    const id = parsed.sections[0]!.items[0]!.id;
    const row = (kept?: Record<string, number>) =>
      commitmentsOf(parsed, parsed.sections[0], { today: TODAY, ...(kept ? { kept } : {}) })[0]!;
    expect(row()).toMatchObject({ timesCarried: 3, stillOn: true });
    expect(row({ [id]: 3 })).not.toHaveProperty('stillOn');
    expect(row({ [id]: 2 })).toMatchObject({ stillOn: true });
    const twice = parseDoc(buildDocument({ blocks: lines.slice(3) }));
    expect(commitmentsOf(twice, twice.sections[0], { today: TODAY })[0]).not.toHaveProperty('stillOn');
  });

  it('reads the people from the next meeting that lists them, a cancelled one never, else the last, else the link', () => {
    const shared = ['ana@example.com', 'ben@example.com', 'cy@example.com', 'dee@example.com'];
    const listing = (date: string, attendees: string[], extra: Partial<Occurrence> = {}) =>
      meeting(date, { organizer: 'ana@example.com', attendees, ...extra });
    const withCy = ['ana@example.com', 'ben@example.com', 'cy@example.com'];
    const pair = ['ana@example.com', 'ben@example.com'];
    // The next held meeting has Cy as a third attendee: not a 1:1 any more.
    expect(
      privacyFor(LINK, [listing('2026-11-16', pair), listing('2026-11-23', withCy)], shared, 'ben@example.com', NOW),
    ).toMatchObject({ seriesAttendees: 3 });
    // A cancelled one lists nobody that counts; the next that does is used.
    expect(
      privacyFor(
        LINK,
        [listing('2026-11-23', withCy, { cancelled: true }), listing('2026-11-30', pair)],
        shared,
        'ben@example.com',
        NOW,
      ),
    ).toEqual({ extraViewers: ['cy@example.com', 'dee@example.com'] });
    // All past: the last that listed them.
    expect(
      privacyFor(LINK, [listing('2026-11-09', pair), listing('2026-11-16', withCy)], shared, 'ben@example.com', NOW),
    ).toMatchObject({ seriesAttendees: 3 });
    // None lists them: the link's.
    expect(
      privacyFor({ ...LINK, organizer: undefined }, [meeting('2026-11-23')], shared, 'ben@example.com', NOW),
    ).toEqual({ extraViewers: ['cy@example.com', 'dee@example.com'] });
    // An occurrence that ends exactly now is over.
    const endsNow = Date.parse('2026-11-23T15:30:00Z');
    expect(
      privacyFor(
        LINK,
        [listing('2026-11-23', withCy), listing('2026-11-30', pair)],
        shared,
        'ben@example.com',
        endsNow,
      ),
    ).toEqual({ extraViewers: ['cy@example.com', 'dee@example.com'] });
  });

  it('with no organiser known for a group series, leaves out this user alone, not a pair', () => {
    const group = {
      ...LINK,
      organizer: undefined,
      attendees: ['ana@example.com', 'ben@example.com', 'cy@example.com'],
    };
    const shared = ['ana@example.com', 'ben@example.com', 'cy@example.com'];
    expect(privacyFor(group, [], shared, 'ben@example.com', NOW)).toEqual({
      extraViewers: ['ana@example.com', 'cy@example.com'],
      seriesAttendees: 3,
      youOrganise: true,
    });
  });

  it('reads a due date such as 03/11 month first unless told the language writes the day first', () => {
    expect(dueDateOf('03/11', '2026-02-01')).toBe('2026-03-11');
    expect(dueDateOf('03/11', '2026-02-01', true)).toBe('2026-11-03');
  });

  it('counts two addresses that differ by ß and ss as two attendees, though their upper cases are alike', () => {
    const people = meeting('2026-11-23', {
      organizer: 'ana@example.com',
      attendees: ['ana@example.com', 'ben@example.com', 'strasse@example.com', 'straße@example.com'],
    });
    expect(privacyFor(LINK, [people], [], 'ben@example.com', NOW)).toMatchObject({ seriesAttendees: 4 });
  });

  it('counts attendees listed twice in another case once', () => {
    const people = meeting('2026-11-23', {
      organizer: 'ana@example.com',
      attendees: ['ana@example.com', 'ANA@example.com', 'ben@example.com', 'cy@example.com'],
    });
    expect(privacyFor(LINK, [people], [], 'ben@example.com', NOW)).toEqual({ extraViewers: [], seriesAttendees: 3 });
  });
});

describe('the state at its edges', () => {
  it('the agenda is the first section of the next meeting’s day when two have that date', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('2026-11-23'),
          h3('Agenda'),
          bullet('first'),
          h2('Mon, Nov 23, 2026'),
          h3('Agenda'),
          bullet('second'),
        ],
      }),
    );
    expect(sidebarState(parsed, TODAY, NOW, inputs({ series: undefined })).agenda).toEqual([{ text: 'first' }]);
  });

  it('an item of an older meeting carried only into the next one is neither last time’s nor new', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23'))),
          h3('Carried over'),
          bullet('☐ Ana: from long ago · from Nov 2'),
          h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(keyOf('2026-11-16'))),
          h3('Notes'),
          p('We met.'),
        ],
      }),
    );
    expect(sidebarState(parsed, TODAY, NOW, inputs()).commitments).toEqual([]);
  });

  it('marks an item written as a native checklist, and keeps a Keep answer', () => {
    const blocks = ['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26'].flatMap((date, i, all) => [
      h2(date),
      h3('Action items'),
      bullet(i === all.length - 1 ? '☐ Ana: renew the licence' : '☐ Ana: renew the licence · from Oct 26'),
    ]);
    const parsed = parseDoc(
      buildDocument({ blocks: [...blocks.slice(0, 2), checklist('Ana: tidy up'), ...blocks.slice(2)] }),
    );
    const id = parsed.sections[0]!.items.find((i) => i.text === 'renew the licence')!.id;
    const state = sidebarState(parsed, TODAY, NOW, inputs({ series: undefined, kept: { [id]: 3 } }));
    const row = (text: string) => state.commitments.find((c) => c.text === text)!;
    expect(row('tidy up')).toMatchObject({ nativeChecklist: true });
    expect(row('renew the licence')).not.toHaveProperty('stillOn');
    expect(row('renew the licence')).not.toHaveProperty('nativeChecklist');
  });

  it('reads the people from the next meeting, not the last one listed', () => {
    const listing = (date: string, attendees: string[]) => meeting(date, { organizer: 'ana@example.com', attendees });
    const pair = ['ana@example.com', 'ben@example.com'];
    const occurrences = [
      listing('2026-11-16', pair),
      listing('2026-11-23', [...pair, 'cy@example.com']),
      listing('2026-11-30', pair),
    ];
    expect(privacyFor(LINK, occurrences, [], 'ben@example.com', NOW)).toMatchObject({ seriesAttendees: 3 });
  });

  it('does not ask for a topic once the meeting has started, to the millisecond', () => {
    const parsed = parseDoc(
      buildDocument({ blocks: [h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23')))] }),
    );
    const start = Date.parse('2026-11-23T15:00:00Z');
    expect(sidebarState(parsed, '2026-11-23', start, inputs())).not.toHaveProperty('agendaNudge');
    expect(sidebarState(parsed, '2026-11-23', start - 1, inputs()).agendaNudge).toBe(true);
  });

  it('last time is today’s meeting once it has taken place, and never the next meeting’s section, whatever its date', () => {
    const after = Date.parse('2026-11-23T16:00:00Z');
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(keyOf('2026-11-23'))),
          h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(keyOf('2026-11-16'))),
        ],
      }),
    );
    expect(sidebarState(parsed, '2026-11-23', after, inputs()).lastMeetingDate).toBe('2026-11-23');
    // While it is going on it is still the next meeting, and last time is the one before.
    const during = Date.parse('2026-11-23T15:10:00Z');
    expect(sidebarState(parsed, '2026-11-23', during, inputs()).lastMeetingDate).toBe('2026-11-16');
    // Adopted with a person's own words, the next meeting's section reads an earlier date.
    const adopted = parseDoc(
      buildDocument({
        blocks: [
          h2('Fri, Nov 20, 2026 · our prep', namedRangeName(keyOf('2026-11-23'))),
          h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(keyOf('2026-11-16'))),
        ],
      }),
    );
    expect(sidebarState(adopted, TODAY, NOW, inputs()).lastMeetingDate).toBe('2026-11-16');
  });
});
