// The playground's starting point: a hand-written 1:1 Doc between Ben (report) and Ana (manager), and the simulated world around it.

import { createWorldState, type WorldState } from '../src/engines/appsScriptGlobals';
import {
  type BlockSpec,
  buildDocument,
  bullet,
  checklist,
  h2,
  h3,
  p,
  type RunSpec,
  table,
} from '../src/engines/docBuilder';
import type { Document } from '../src/types/docs-api';

export const SEED_DOCUMENT_ID = 'playground-1on1-doc';
export const SEED_TIME_ZONE = 'America/New_York';
/**
 * Sun 2026-11-22 09:00 in New York (EST, UTC−5): the day before the next Monday 1:1. Hard-coded, never the real
 * clock, so every newcomer sees the same story and the tests can name the headings they expect.
 */
export const SEED_NOW = Date.parse('2026-11-22T14:00:00Z');

export const BEN = { name: 'Ben Okafor', email: 'ben@example.com' };
export const ANA = { name: 'Ana Silva', email: 'ana@example.com' };

/** The greyed prompt line the add-on writes under a section's agenda (src/core/templates.ts, default template). */
const PROMPT = 'Wins · Blockers · Feedback both ways · Growth · Personal';
const PROMPT_GREY = '#999999';

export interface Seed {
  document: Document;
  world: WorldState;
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

/** Ben has the Doc open: the report owns the agenda, so the playground shows his side. */
export function seedWorldState(): WorldState {
  return createWorldState({
    timeZone: SEED_TIME_ZONE,
    now: SEED_NOW,
    activeUser: BEN.email,
    activeDocumentId: SEED_DOCUMENT_ID,
  });
}

export function playgroundSeed(): Seed {
  return { document: seedDocument(), world: seedWorldState() };
}
