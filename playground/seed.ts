// The playground's starting point: a hand-written 1:1 Doc between Ben (report) and Ana (manager), Ana's other 1:1 Docs, their calendars, and the simulated world around it.

import { createWorldState, type WorldState } from '../dev/appsScriptGlobals';
import { type BlockSpec, buildDocument, bullet, checklist, h2, h3, p, type RunSpec, table } from '../dev/docBuilder';
import type { Event } from '../src/types/calendar-api';
import type { Document } from '../src/types/docs-api';
import type { CalendarAction, SavedCalendar } from './calendar';

export const SEED_DOCUMENT_ID = 'playground-1on1-doc';
export const SEED_TIME_ZONE = 'America/New_York';
/**
 * Sun 2026-11-22 09:00 in New York (EST, UTC−5): the day before the next Monday 1:1. Hard-coded, never the real
 * clock, so every newcomer sees the same story and the tests can name the headings they expect.
 */
export const SEED_NOW = Date.parse('2026-11-22T14:00:00Z');

export const BEN = { name: 'Ben Okafor', email: 'ben@example.com' };
export const ANA = { name: 'Ana Silva', email: 'ana@example.com' };
/** The two people who can open the playground's Doc; "Switch user" moves between them. */
export const PEOPLE = [
  { ...BEN, role: 'report' },
  { ...ANA, role: 'manager' },
];
const PRIYA = 'priya@example.com';
const SAM = 'sam@example.com';
const LEE = 'lee@example.com';
/** Everyone with a Google account in the story: person chips show these names (docs/PLATFORM.md, chips). */
export const ACCOUNTS = [BEN, ANA, { name: 'Priya Raman', email: PRIYA }, { name: 'Sam Lee', email: SAM }];

/** The recurring 1:1's event id, chosen (base32hex, as Google's ids are) so that the state file reads plainly. */
export const ONE_ON_ONE_SERIES_ID = 'anaben1on1';
export const ONE_ON_ONE_TITLE = 'Ana / Ben 1:1';
/** Ana's other 1:1s (base32hex ids, as Google's), each with a Doc she linked before the story: All my 1:1s has several. */
const PRIYA_SERIES_ID = 'anapri1on1';
const SAM_SERIES_ID = 'anasam1on1';
export const PRIYA_DOCUMENT_ID = 'playground-priya-doc';
export const SAM_DOCUMENT_ID = 'playground-sam-doc';

/** The greyed prompt line the add-on writes under a section's agenda (src/core/templates.ts, default template). */
const PROMPT = 'Wins · Blockers · Feedback both ways · Growth · Personal';
const PROMPT_GREY = '#999999';

/** A Doc linked before the story begins, as `user` linked it from its sidebar, to a series of their calendar. */
export interface SeedLink {
  user: string;
  documentId: string;
  seriesId: string;
}

export interface Seed {
  /** The Doc the page shows. */
  document: Document;
  /** More Docs in the same Drive, which the page does not show: their users open them elsewhere. */
  otherDocuments?: Document[];
  /** Made through the built Code.js when the playground starts from the seed, in this order. */
  links?: SeedLink[];
  world: WorldState;
  calendar: SavedCalendar;
}

/** A paragraph in a heading style one level below `level`, as people nest "Agenda" under a meeting heading. */
function sub(text: string, level: 2 | 3 | 4): BlockSpec {
  return p(text, { style: `HEADING_${level}` });
}

function openingBlock(): BlockSpec[] {
  return [
    p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
    p([
      'Our weekly 1:1, Mondays 10:00. ',
      { text: 'Ben owns the agenda', bold: true },
      '; this is not a status meeting. Newest meeting on top.',
    ]),
    p([
      'Career plan: ',
      {
        richLink: {
          title: 'Ben Okafor — growth plan 2026',
          uri: 'https://docs.google.com/document/d/ben-growth-plan/edit',
        },
      },
    ]),
  ];
}

/** The last meeting before "today" (Mon Nov 23): written by the add-on, so its heading carries a key. */
function meetingNov16(): BlockSpec[] {
  const chipOwned: RunSpec[] = ['☐ ', { person: ANA }, ' share the staff-engineer rubric with Ben'];
  return [
    h2('Mon, Nov 16, 2026 · 1:1', '1on1:day|2026-11-16'),
    h3('Agenda'),
    bullet('Promotion packet: what does “staff scope” look like on our team?'),
    bullet('Feedback on last week’s design review 🙌'),
    p([{ text: PROMPT, italic: true, color: PROMPT_GREY }]),
    h3('Notes'),
    p('Design review went well; Priya wants Ben to lead the next one.'),
    p([
      'Ben is curious about the staff track. ',
      { text: 'Ana', bold: true },
      ' will share the rubric and examples of staff-level docs.',
    ]),
    h3('Action items'),
    bullet(chipOwned),
    bullet('☐ Ana: draft the Q1 growth plan (due Nov 30)'),
    bullet('☐ Ben: write the RFC for the search indexer  (from Nov 2)'),
    bullet('☑ Ben: send the incident review to the team'),
    bullet([{ text: 'Ana: book a room for the team offsite', strikethrough: true }]),
  ];
}

/** Adopted: an ISO heading and a native checklist under "Next steps" (its ticks cannot be read by any API). */
function meetingNov9(): BlockSpec[] {
  return [
    h2('2026-11-09'),
    h3('Agenda'),
    bullet('On-call load since the reorg'),
    bullet('Conference talk proposal (deadline Dec 1)'),
    h3('Notes'),
    p('Three pages last week, all from the legacy queue. Ben is tired of it, and says so.'),
    p([{ text: 'Talk idea: ', italic: true }, 'what we learned moving billing to events.']),
    h3('Next steps'),
    checklist('Ben: submit the talk proposal'),
    checklist('Ana: ask the SRE lead about retiring the legacy queue'),
  ];
}

/** Adopted: a Heading 1 with a long month name, subsections one level down. */
function meetingNov2(): BlockSpec[] {
  return [
    p('Nov 2, 2026', { style: 'HEADING_1' }),
    sub('Agenda', 2),
    bullet('Search indexer: scope for Q4'),
    bullet('Vacation Dec 21 – Jan 2'),
    sub('Notes', 2),
    p('🎉 Billing migration shipped on Friday with zero downtime.'),
    p('Agreed the indexer needs an RFC before any code.'),
    sub('Action items', 2),
    bullet('☐ Ben: write the RFC for the search indexer'),
    bullet('✅ Ana: approve the vacation request'),
  ];
}

/** Adopted: a US-style date as Heading 3, with a small table of quarter goals. */
function meetingOct26(): BlockSpec[] {
  return [
    p('10/26/2026', { style: 'HEADING_3' }),
    sub('Notes', 4),
    p('First 1:1 after the reorg. Goals for the quarter:'),
    table([
      ['Goal', 'Status'],
      ['Ship billing migration', 'On track'],
      ['Mentor a new hire', 'Not started'],
    ]),
    sub('To do', 4),
    bullet('[x] Ana: intro Ben to the platform team'),
  ];
}

export function seedDocument(): Document {
  return buildDocument({
    documentId: SEED_DOCUMENT_ID,
    title: 'Ana / Ben — 1:1 notes',
    revisionId: 'seed-rev-1',
    blocks: [...openingBlock(), ...meetingNov16(), ...meetingNov9(), ...meetingNov2(), ...meetingOct26()],
  });
}

/** Ana's 1:1 with Priya, weekly on Wednesdays: last held Nov 18, one of Ana's items still open. */
export function priyaDocument(): Document {
  return buildDocument({
    documentId: PRIYA_DOCUMENT_ID,
    title: 'Ana / Priya — 1:1 notes',
    revisionId: 'seed-priya-1',
    blocks: [
      p('Ana / Priya — 1:1 notes', { style: 'TITLE' }),
      h2('Wed, Nov 18, 2026 · 1:1'),
      h3('Notes'),
      p('Priya will lead the next design review; she wants Ben to co-present.'),
      h3('Action items'),
      bullet('☐ Ana: review Priya’s tech-lead expectations doc'),
      bullet('☐ Priya: pair with Ben on the review deck'),
      bullet('☑ Ana: approve the conference budget'),
    ],
  });
}

/** Ana's 1:1 with Sam, every other Thursday: last held Nov 12, with an item of Ana's overdue since Nov 19. */
export function samDocument(): Document {
  return buildDocument({
    documentId: SAM_DOCUMENT_ID,
    title: 'Ana / Sam — 1:1 notes',
    revisionId: 'seed-sam-1',
    blocks: [
      p('Ana / Sam — 1:1 notes', { style: 'TITLE' }),
      h2('Thu, Nov 12, 2026 · 1:1'),
      h3('Notes'),
      p('Sam is settling in; the on-call shadowing starts in December.'),
      h3('Action items'),
      bullet('☐ Ana: send Sam the on-call runbook (due Nov 19)'),
      bullet('☐ Sam: book the shadowing weeks'),
    ],
  });
}

/** Ben has the Doc open: the report owns the agenda, so the playground shows his side. */
export function seedWorldState(): WorldState {
  return createWorldState({
    now: SEED_NOW,
    activeUser: BEN.email,
    activeDocumentId: SEED_DOCUMENT_ID,
  });
}

/** A weekly or daily event in New York time, from `firstDay` at `from`–`to` local time. */
function recurring(summary: string, firstDay: string, from: string, to: string, rule: string, attendees: string[]) {
  return {
    summary,
    start: { dateTime: `${firstDay}T${from}:00`, timeZone: SEED_TIME_ZONE },
    end: { dateTime: `${firstDay}T${to}:00`, timeZone: SEED_TIME_ZONE },
    recurrence: [`RRULE:${rule}`],
    attendees: attendees.map((email) => {
      // Calendar shows an attendee's name where it knows one (displayName).
      const name = ACCOUNTS.find((a) => a.email === email)?.name;
      return name ? { email, displayName: name } : { email };
    }),
  } satisfies Event;
}

const at = (iso: string) => Date.parse(iso);

/**
 * Ana's and Ben's calendars, as what they did in Google Calendar. The 1:1 began on Mon Oct 5, six weeks before
 * "today", so the cadence has a history: Oct 12 moved to Tuesday, Oct 19 cancelled, the rest held (the Doc has
 * Oct 26 to Nov 16). The other series give "Link" a real choice: Ana has two more 1:1s (with Priya, weekly, and
 * with Sam, fortnightly), whose Docs she linked already, both have a daily standup, and Ben runs a fortnightly sync
 * with three people.
 */
export function seedCalendarActions(): CalendarAction[] {
  const created = at('2026-10-01T14:00:00Z');
  return [
    { at: created, op: 'addCalendar', calendarId: ANA.email, timeZone: SEED_TIME_ZONE },
    { at: created, op: 'addCalendar', calendarId: BEN.email, timeZone: SEED_TIME_ZONE },
    {
      at: created,
      op: 'insertEvent',
      calendarId: ANA.email,
      event: {
        id: ONE_ON_ONE_SERIES_ID,
        description: 'Ben owns the agenda: see the shared 1:1 Doc.',
        ...recurring(ONE_ON_ONE_TITLE, '2026-10-05', '10:00', '10:30', 'FREQ=WEEKLY;BYDAY=MO', [ANA.email, BEN.email]),
      },
    },
    {
      at: created,
      op: 'insertEvent',
      calendarId: ANA.email,
      event: recurring('Team standup', '2026-10-05', '09:30', '09:45', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', [
        ANA.email,
        BEN.email,
        PRIYA,
        SAM,
      ]),
    },
    {
      at: created,
      op: 'insertEvent',
      calendarId: ANA.email,
      event: {
        id: PRIYA_SERIES_ID,
        ...recurring('Ana / Priya 1:1', '2026-10-07', '14:00', '14:30', 'FREQ=WEEKLY;BYDAY=WE', [ANA.email, PRIYA]),
      },
    },
    {
      at: created,
      op: 'insertEvent',
      calendarId: ANA.email,
      event: {
        id: SAM_SERIES_ID,
        ...recurring('Ana / Sam 1:1', '2026-10-15', '11:00', '11:30', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', [
          ANA.email,
          SAM,
        ]),
      },
    },
    {
      at: created,
      op: 'insertEvent',
      calendarId: BEN.email,
      event: recurring('Search indexer sync', '2026-10-08', '15:00', '15:45', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', [
        BEN.email,
        PRIYA,
        LEE,
      ]),
    },
    // Ana travels on Oct 12: the 1:1 moves to Tuesday rather than being dropped.
    {
      at: at('2026-10-09T15:00:00Z'),
      op: 'moveOccurrence',
      calendarId: ANA.email,
      seriesId: ONE_ON_ONE_SERIES_ID,
      originalStart: '2026-10-12T10:00:00-04:00',
      start: { dateTime: '2026-10-13T10:00:00', timeZone: SEED_TIME_ZONE },
      end: { dateTime: '2026-10-13T10:30:00', timeZone: SEED_TIME_ZONE },
    },
    // Oct 19: Ben is off sick.
    {
      at: at('2026-10-19T12:00:00Z'),
      op: 'cancelOccurrence',
      calendarId: ANA.email,
      seriesId: ONE_ON_ONE_SERIES_ID,
      originalStart: '2026-10-19T10:00:00-04:00',
    },
  ];
}

export function seedCalendar(): SavedCalendar {
  return { oneOnOne: { organizer: ANA.email, seriesId: ONE_ON_ONE_SERIES_ID }, actions: seedCalendarActions() };
}

/** Ana linked her Docs with Priya and Sam from their sidebars; the Ana / Ben Doc waits to be linked in the story. */
export function seedLinks(): SeedLink[] {
  return [
    { user: ANA.email, documentId: PRIYA_DOCUMENT_ID, seriesId: PRIYA_SERIES_ID },
    { user: ANA.email, documentId: SAM_DOCUMENT_ID, seriesId: SAM_SERIES_ID },
  ];
}

export function playgroundSeed(): Seed {
  return {
    document: seedDocument(),
    otherDocuments: [priyaDocument(), samDocument()],
    links: seedLinks(),
    world: seedWorldState(),
    calendar: seedCalendar(),
  };
}
