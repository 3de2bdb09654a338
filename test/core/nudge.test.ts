// The nudge for the agenda's owner: the report, before their next 1:1 and within the lead time, while it has no topic.
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import type { Link } from '../../src/core/link';
import type { Occurrence } from '../../src/core/occurrences';
import { parseDoc } from '../../src/core/parse';
import { type SeriesInputs, type StateInputs, sidebarState } from '../../src/core/sidebarState';
import { ALL_PROMPT_LINES, TEMPLATES } from '../../src/core/templates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';

const ANA = 'ana@example.com';
const BEN = 'ben@example.com';
const HOUR = 3_600_000;
/** Mon Nov 23, 2026, 10:00 in New York: the next 1:1. */
const MEETING = Date.parse('2026-11-23T15:00:00Z');

const GREY_PROMPT = p([{ text: TEMPLATES.default.prompts[0]!, italic: true, color: '#999999' }]);

/** The Doc with Nov 23's section prepared: its agenda holds these lines, else only the greyed prompt. */
const docWith = (agenda: string[]) =>
  parseDoc(
    buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('2026-11-23'),
        h3('Agenda'),
        ...(agenda.length ? agenda.map((t) => bullet(t)) : [GREY_PROMPT]),
      ],
    }),
    { promptLines: ALL_PROMPT_LINES },
  );

/** Weekly on Mondays at 10:00 in New York, Nov 16 to Nov 30; `organizer` as Calendar lists it, when it does. */
function weekly(organizer: string | null, cancelled: string[] = []): Occurrence[] {
  return ['2026-11-16', '2026-11-23', '2026-11-30'].map((date) => {
    const startMs = Date.parse(`${date}T15:00:00Z`);
    return {
      key: `series|${date}`,
      id: `series_${date}`,
      startMs,
      endMs: startMs + HOUR / 2,
      start: `${date}T10:00:00-05:00`,
      end: `${date}T10:30:00-05:00`,
      date,
      cancelled: cancelled.includes(date),
      moved: false,
      allDay: false,
      title: 'Ana / Ben 1:1',
      ...(organizer ? { organizer } : {}),
      attendees: [ANA, BEN],
    };
  });
}

/** The linked series; `null`: neither the link nor Calendar names its organiser. */
function series(organizer: string | null = ANA, cancelled: string[] = []): SeriesInputs {
  const link: Link = {
    calendarId: 'primary',
    eventId: 'series',
    iCalUID: 'series@google.com',
    timeZone: 'America/New_York',
    title: 'Ana / Ben 1:1',
    attendees: [ANA, BEN],
    ...(organizer ? { organizer } : {}),
    documentId: 'doc',
    linkedBy: ANA,
    linkedAt: '2026-11-01T00:00:00Z',
  };
  return { link, occurrences: weekly(organizer, cancelled), sharedWith: [ANA, BEN], automatic: true, ended: false };
}

/** The state `me` sees `hoursBefore` the 1:1, with a lead time of `leadHours`. */
function stateFor(
  me: string,
  hoursBefore: number,
  options: { agenda?: string[]; series?: SeriesInputs | null; leadHours?: number } = {},
) {
  const nowMs = MEETING - hoursBefore * HOUR;
  const inputs: StateInputs = {
    me,
    settings: { ...DEFAULT_SETTINGS, leadHours: options.leadHours ?? 24 },
    privateNotes: [],
    notices: [],
    ...(options.series === null ? {} : { series: options.series ?? series() }),
  };
  const today = new Date(nowMs - 5 * HOUR).toISOString().slice(0, 10);
  return sidebarState(docWith(options.agenda ?? []), today, nowMs, inputs);
}

describe('the nudge for topics', () => {
  it('asks the report, within the lead time, while the upcoming agenda has no topic', () => {
    const state = stateFor(BEN, 20);
    expect(state.agenda).toEqual([]);
    expect(state.nextMeeting?.start).toBe('2026-11-23T10:00:00-05:00');
    expect(state.agendaNudge).toBe(true);
    // The email as the session spells it.
    expect(stateFor('Ben@Example.com', 20).agendaNudge).toBe(true);
    // Up to the start, and with a longer lead time, days ahead.
    expect(stateFor(BEN, 0.1).agendaNudge).toBe(true);
    expect(stateFor(BEN, 70, { leadHours: 72 }).agendaNudge).toBe(true);
  });

  it('does not ask the organiser', () => {
    expect(stateFor(ANA, 20).agendaNudge).toBeUndefined();
    expect(stateFor('ANA@example.com', 20).agendaNudge).toBeUndefined();
  });

  it('asks both people when the organiser is not known', () => {
    expect(stateFor(ANA, 20, { series: series(null) }).agendaNudge).toBe(true);
    expect(stateFor(BEN, 20, { series: series(null) }).agendaNudge).toBe(true);
  });

  it('goes away once a topic is in; the template’s questions alone are no topic', () => {
    const withTopic = stateFor(BEN, 20, { agenda: ['Hiring plan'] });
    expect(withTopic.agenda).toEqual([{ text: 'Hiring plan' }]);
    expect(withTopic.agendaNudge).toBeUndefined();
    const questions = stateFor(BEN, 20, { agenda: TEMPLATES.first.questions.slice(0, 2) });
    expect(questions.suggestedQuestions).toEqual(TEMPLATES.first.questions.slice(0, 2));
    expect(questions.agendaNudge).toBe(true);
  });

  it('waits for the lead time, and stops once the meeting has started', () => {
    expect(stateFor(BEN, 30).agendaNudge).toBeUndefined();
    expect(stateFor(BEN, 30, { leadHours: 48 }).agendaNudge).toBe(true);
    // Ten minutes into Monday's meeting: it is still the next one shown, but too late to ask.
    const during = stateFor(BEN, -1 / 6);
    expect(during.nextMeeting?.start).toBe('2026-11-23T10:00:00-05:00');
    expect(during.agendaNudge).toBeUndefined();
  });

  it('does not ask for a cancelled meeting', () => {
    const state = stateFor(BEN, 20, { series: series(ANA, ['2026-11-23']) });
    expect(state.nextMeeting?.cancelled).toBe(true);
    expect(state.agendaNudge).toBeUndefined();
  });

  it('does not ask in a Doc that is not linked', () => {
    const state = stateFor(BEN, 20, { series: null });
    expect(state.linked).toBe(false);
    expect(state.agenda).toEqual([]);
    expect(state.agendaNudge).toBeUndefined();
  });
});
