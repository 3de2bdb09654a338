// Eight weeks of a weekly 1:1, driven only through the public entry points over the engines and a simulated clock.

import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import type { Section } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { ANA, BEN, bodyText, calendarFor, setUp } from '../support/world';

const HOUR = 3_600_000;
const ZONE = 'America/New_York';
/** Sat Oct 24, 2026, 09:00 in New York: before the first meeting, a week before the clocks go back (Nov 1). */
const START = Date.parse('2026-10-24T13:00:00Z');
/** Tue Dec 15, 12:00 in New York: after the eighth meeting. */
const END = Date.parse('2026-12-15T17:00:00Z');

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

function paragraphs(doc: Document) {
  return (doc.tabs![0]!.documentTab!.body!.content ?? [])
    .filter((e) => e.paragraph)
    .map((e) => ({
      start: e.startIndex ?? 0,
      end: e.endIndex ?? 0,
      text: (e.paragraph!.elements ?? []).map((x) => x.textRun?.content ?? '').join(''),
    }));
}

function scenario() {
  let clock = START;
  const calendar = calendarFor(() => clock, ZONE);
  const series = calendar.insertEvent(ANA, {
    summary: 'Ana / Ben 1:1',
    start: { dateTime: '2026-10-26T10:00:00-04:00', timeZone: ZONE },
    end: { dateTime: '2026-10-26T10:30:00-04:00', timeZone: ZONE },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
    attendees: [{ email: ANA }, { email: BEN }],
  });
  // Something else in Ana's calendar, changed now and then: the add-on must shrug it off cheaply.
  const standup = calendar.insertEvent(ANA, {
    summary: 'Team standup',
    start: { dateTime: '2026-10-26T09:00:00-04:00', timeZone: ZONE },
    end: { dateTime: '2026-10-26T09:15:00-04:00', timeZone: ZONE },
    recurrence: ['RRULE:FREQ=DAILY'],
    attendees: [{ email: ANA }, { email: 'team@example.com' }],
  });
  const doc = buildDocument({
    blocks: [
      ANA_BEN_TITLE,
      h2('Oct 19, 2026'),
      h3('Action items'),
      bullet('☐ Ana: share the promotion rubric'),
      bullet('☑ Ben: send the retro notes'),
    ],
  });
  // Ana's sidebar runs in Tokyo, where a 10:00 New York meeting falls at midnight the next day; the script's zone is
  // the manifest's UTC. Headings still follow the meeting's own zone.
  const env = setUp(doc, { now: START, activeUser: ANA }, calendar);
  calendar.now = () => env.world.state.now;
  const setClock = (ms: number) => {
    clock = ms;
    env.world.state.now = ms;
  };
  return { env, calendar, series, standup, setClock };
}

/** A person typing a new action item into the placeholder bullet of the section dated `date`. */
function typeActionItem(env: ReturnType<typeof scenario>['env'], date: string, text: string) {
  const doc = env.read();
  const section = parse(doc).sections.find((s) => s.date === date && !s.cancelled)!;
  const placeholder = paragraphs(doc).find(
    (x) => x.start > section.heading.startIndex && x.end <= section.span.endIndex && x.text === '☐ \n',
  )!;
  env.docs.batchUpdate(
    { requests: [{ insertText: { text, location: { index: placeholder.end - 1 } } }] },
    env.documentId,
  );
}

/** A person ticking every copy of an item by hand: replacing ☐ with ☑. */
function tickByHand(env: ReturnType<typeof scenario>['env'], text: string) {
  const doc = env.read();
  const copies = parse(doc)
    .sections.flatMap((s) => s.items)
    .filter((i) => i.text === text && i.marker?.text === '☐')
    .sort((a, b) => b.paragraph.startIndex - a.paragraph.startIndex);
  const requests = copies.flatMap((c) => [
    { deleteContentRange: { range: { startIndex: c.marker!.startIndex, endIndex: c.marker!.startIndex + 1 } } },
    { insertText: { text: '☑', location: { index: c.marker!.startIndex } } },
  ]);
  env.docs.batchUpdate({ requests }, env.documentId);
}

describe('eight weeks of a weekly 1:1, both participants installed', () => {
  const s = scenario();
  const { env, calendar, series, standup, setClock } = s;
  const typed: string[] = [];
  let typedDuringTick = false;

  beforeAll(() => {
    env.as(ANA);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: series.id }, { timeZone: 'Asia/Tokyo' });
    env.as(BEN);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: series.id }, { timeZone: 'America/New_York' });

    // Someone types in the Doc between a tick's read and its write, once, while the Nov 2 section goes in.
    const docsService = env.globals.Docs as { Documents: { batchUpdate: (r: unknown, id: string) => unknown } };
    const realBatchUpdate = docsService.Documents.batchUpdate;
    docsService.Documents.batchUpdate = (resource, id) => {
      if (!typedDuringTick && env.world.state.now >= Date.parse('2026-11-01T15:00:00Z')) {
        typedDuringTick = true;
        const text = 'Typed while a tick was writing. ';
        typed.push(text.trim());
        env.docs.batchUpdate({ requests: [{ insertText: { text, location: { index: 1 } } }] }, id);
      }
      return realBatchUpdate(resource, id);
    };

    const events: [number, () => void][] = [
      // After each meeting, Ben writes down a commitment in that meeting's section.
      ...['2026-10-26', '2026-11-02', '2026-11-10', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14'].map(
        (date) =>
          [
            Date.parse(`${date}T20:00:00Z`),
            () => {
              const text = `Ben: follow up on ${date}`;
              typeActionItem(env, date, text);
              typed.push(text);
            },
          ] as [number, () => void],
      ),
      // Nov 8, after the Nov 9 section is in: the meeting moves to Tuesday.
      [
        Date.parse('2026-11-08T17:00:00Z'),
        () =>
          calendar.moveOccurrence(
            ANA,
            series.id!,
            '2026-11-09T10:00:00-05:00',
            { dateTime: '2026-11-10T10:00:00-05:00', timeZone: ZONE },
            { dateTime: '2026-11-10T10:30:00-05:00', timeZone: ZONE },
          ),
      ],
      // Nov 12: Ana ticks the Oct 26 follow-up.
      [Date.parse('2026-11-12T15:00:00Z'), () => tickByHand(env, 'follow up on 2026-10-26')],
      // Nov 15, after the Nov 16 section is in: that meeting is cancelled.
      [
        Date.parse('2026-11-15T19:00:00Z'),
        () => calendar.cancelOccurrence(ANA, series.id!, '2026-11-16T10:00:00-05:00'),
      ],
      // Nov 20: "this and following" moves the series to 11:00 from Nov 23 on.
      [
        Date.parse('2026-11-20T17:00:00Z'),
        () =>
          calendar.splitSeries(ANA, series.id!, '2026-11-23T10:00:00-05:00', {
            start: { dateTime: '2026-11-23T11:00:00-05:00', timeZone: ZONE },
            end: { dateTime: '2026-11-23T11:30:00-05:00', timeZone: ZONE },
          }),
      ],
      // Unrelated changes in Ana's calendar.
      [
        Date.parse('2026-11-04T14:00:00Z'),
        () => calendar.updateEvent(ANA, standup.id!, { summary: 'Team standup (new room)' }),
      ],
      [Date.parse('2026-12-02T14:00:00Z'), () => calendar.updateEvent(ANA, standup.id!, { location: 'Room 4' })],
    ];
    events.sort((a, b) => a[0] - b[0]);

    for (let t = START, hour = 0; t <= END; t += HOUR, hour++) {
      setClock(t);
      let calendarChanged = false;
      while (events.length > 0 && events[0]![0] <= t) {
        const [, act] = events.shift()!;
        act();
        calendarChanged = true;
      }
      // Both participants' triggers fire in the same hour, in an order that alternates.
      const order = hour % 2 === 0 ? [ANA, BEN] : [BEN, ANA];
      if (calendarChanged) for (const user of order) env.fire(user, 'onCalendarEventUpdated');
      for (const user of order) env.fire(user, 'onHourlyTick');
    }
  });

  const finalSections = (): Section[] => parse(env.read()).sections;

  it('ends with exactly one section per occurrence, dated in the event’s zone across the DST change', () => {
    expect(finalSections().map((x) => x.headingText)).toEqual([
      'Mon, Dec 14, 2026 · 1:1',
      'Mon, Dec 7, 2026 · 1:1',
      'Mon, Nov 30, 2026 · 1:1',
      'Mon, Nov 23, 2026 · 1:1',
      'Mon, Nov 16, 2026 · 1:1 (cancelled)',
      'Tue, Nov 10, 2026 · 1:1',
      'Mon, Nov 2, 2026 · 1:1',
      'Mon, Oct 26, 2026 · 1:1',
      'Oct 19, 2026',
    ]);
    const keys = finalSections()
      .map((x) => x.key)
      .filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(8);
  });

  it('followed the split: sections after Nov 20 belong to the new series', () => {
    const [dec14, , , nov23, nov16] = finalSections();
    expect(nov23!.key!.split('|')[0]).not.toBe(nov16!.key!.split('|')[0]);
    expect(dec14!.key!.split('|')[0]).toBe(nov23!.key!.split('|')[0]);
  });

  it('carries every open item, once, with the date it was first written, and never a ticked one', () => {
    const latest = finalSections()[0]!;
    expect(latest.items.map((i) => [i.owner?.name, i.text, i.from])).toEqual([
      // Person chips, showing the accounts' own names.
      ['Ana Silva', 'share the promotion rubric', '2026-10-19'],
      ['Ben Okafor', 'follow up on 2026-11-02', '2026-11-02'],
      ['Ben Okafor', 'follow up on 2026-11-10', '2026-11-10'],
      ['Ben Okafor', 'follow up on 2026-11-23', '2026-11-23'],
      ['Ben Okafor', 'follow up on 2026-11-30', '2026-11-30'],
      ['Ben Okafor', 'follow up on 2026-12-07', '2026-12-07'],
      ['Ben', 'follow up on 2026-12-14', '2026-12-14'],
    ]);
  });

  it('lost nothing anyone typed, including the text typed while a tick was writing', () => {
    expect(typedDuringTick).toBe(true);
    const text = bodyText(env.read());
    for (const t of typed) expect(text).toContain(t);
    expect(text).toContain('Ben: send the retro notes');
  });

  it('left each participant with one hourly trigger and a status in words', () => {
    for (const user of [ANA, BEN]) {
      expect(env.triggersOf(user, 'onHourlyTick')).toHaveLength(1);
      // An editor add-on may not have a calendar trigger: the hourly one alone followed every change above.
      expect(env.triggersOf(user, 'onCalendarEventUpdated')).toHaveLength(0);
      env.as(user);
      const state = env.sandbox.call('getSidebarState') as {
        status?: { outcome: string };
        nextMeeting?: { start: string };
      };
      expect(state.status?.outcome).not.toBe('error');
      expect(state.nextMeeting?.start).toBe('2026-12-21T11:00:00-05:00');
    }
  });
});
