// One batch that re-dates moved sections, marks cancelled ones and inserts the due section, applied by the Docs engine.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { formatSectionHeading } from '../../src/core/dates';
import { edited } from '../../src/core/edited';
import { planDocWork, preparedAfter } from '../../src/core/follow';
import { dayKey, namedRangeName, occurrenceKey } from '../../src/core/keys';
import type { Occurrence } from '../../src/core/occurrences';
import { parseDoc } from '../../src/core/parse';
import { planRecordWrittenFor } from '../../src/core/plan';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { spanOf, suggest, suggestText } from '../fixtures/suggestions';
import { english } from '../support/words';
import { bodyText, keepsAllText } from '../support/world';

const UID = 'series@google.com';
const key = (start: string) => occurrenceKey(UID, start);

function occurrence(original: string, date: string, extra: Partial<Occurrence> = {}): Occurrence {
  const startMs = Date.parse(`${date}T15:00:00Z`);
  return {
    key: key(original),
    id: original,
    startMs,
    endMs: startMs + 1_800_000,
    start: `${date}T10:00:00-05:00`,
    end: `${date}T10:30:00-05:00`,
    date,
    cancelled: false,
    moved: date !== original.slice(0, 10),
    allDay: false,
    title: '1:1',
    ...extra,
  };
}

function setUp() {
  const docs = createDocsEngine();
  const id = docs.put(
    buildDocument({
      blocks: [
        p('Ana / Ben', { style: 'TITLE' }),
        h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(key('2026-11-16T15:00:00.000Z'))),
        h3('Action items'),
        bullet('☐ Ben: book the room'),
        h2('Our offsite, Nov 9, 2026', namedRangeName(key('2026-11-09T15:00:00.000Z'))),
        h3('Notes'),
        p('Lots of notes'),
        h2('Mon, Nov 2, 2026 · 1:1', namedRangeName(key('2026-11-02T15:00:00.000Z'))),
      ],
    }),
  );
  const read = () => docs.get(id, { includeTabsContent: true });
  return { docs, id, read };
}

describe('planDocWork', () => {
  it('re-dates, cancels and inserts in one atomic batch, keeping every key and every word', () => {
    const { docs, id, read } = setUp();
    const before = read();
    const occurrences = [
      occurrence('2026-11-02T15:00:00.000Z', '2026-11-02', { cancelled: true }),
      occurrence('2026-11-09T15:00:00.000Z', '2026-11-10'),
      occurrence('2026-11-16T15:00:00.000Z', '2026-11-17'),
      occurrence('2026-11-23T15:00:00.000Z', '2026-11-23'),
    ];
    const plan = planDocWork(
      parseDoc(before, { promptLines: ALL_PROMPT_LINES }),
      { insert: { date: '2026-11-23', key: key('2026-11-23T15:00:00.000Z') }, occurrences },
      DEFAULT_SETTINGS,
    );
    expect(plan).toMatchObject({ redated: 1, cancelled: 1, inserted: { headingText: 'Mon, Nov 23, 2026 · 1:1' } });
    docs.batchUpdate({ requests: plan.requests, writeControl: { requiredRevisionId: before.revisionId! } }, id);
    const after = read();
    assertValidDocument(after);
    const sections = parseDoc(after).sections.map((s) => [s.headingText, s.key?.slice(UID.length + 1), s.cancelled]);
    expect(sections).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', '2026-11-23T15:00:00.000Z', false],
      ['Tue, Nov 17, 2026 · 1:1', '2026-11-16T15:00:00.000Z', false],
      // The user renamed this heading: it is theirs, so it keeps its date.
      ['Our offsite, Nov 9, 2026', '2026-11-09T15:00:00.000Z', false],
      ['Mon, Nov 2, 2026 · 1:1 (cancelled)', '2026-11-02T15:00:00.000Z', true],
    ]);
    expect(parseDoc(after).sections[0]!.items.map((i) => i.text)).toEqual(['book the room']);
    // Only the add-on's own heading was rewritten; everything else is still there, in order.
    const userText = bodyText(before).replace('Mon, Nov 16, 2026 · 1:1\n', '');
    expect(keepsAllText(userText, bodyText(after))).toBe(true);
  });

  it('plans nothing when the Doc already follows the calendar', () => {
    const { read } = setUp();
    const occurrences = [occurrence('2026-11-16T15:00:00.000Z', '2026-11-16')];
    const plan = planDocWork(
      parseDoc(read()),
      { insert: { date: '2026-11-16', key: key('2026-11-16T15:00:00.000Z') }, occurrences },
      DEFAULT_SETTINGS,
    );
    expect(plan).toEqual({ requests: [], redated: 0, cancelled: 0, movedLeftAsWritten: [], edits: [] });
  });
});

describe('preparedAfter: the day a section Prepare now added before linking must be newer than', () => {
  const at = (date: string, extra: Partial<Occurrence> = {}) => occurrence(`${date}T15:00:00.000Z`, date, extra);
  const next = at('2026-11-23');

  it('is the last meeting held before the occurrence, past a cancelled one and in any order', () => {
    expect(preparedAfter([next, at('2026-11-16'), at('2026-11-09')], next)).toBe('2026-11-16');
    expect(preparedAfter([at('2026-11-09'), at('2026-11-16', { cancelled: true }), next], next)).toBe('2026-11-09');
    // Moved to Wednesday and held there.
    expect(preparedAfter([occurrence('2026-11-16T15:00:00.000Z', '2026-11-18'), next], next)).toBe('2026-11-18');
  });

  it('with none held, one of the series’ intervals before it; with nothing to measure, the day before it', () => {
    expect(preparedAfter([next, at('2026-11-30'), at('2026-12-07')], next)).toBe('2026-11-16');
    expect(preparedAfter([next, at('2026-12-07')], next)).toBe('2026-11-09');
    expect(preparedAfter([at('2026-11-09', { cancelled: true }), next], next)).toBe('2026-11-09');
    expect(preparedAfter([next], next)).toBe('2026-11-22');
  });
});

describe('preparedAfter, in the order Calendar gives', () => {
  const at = (date: string, extra: Partial<Occurrence> = {}) => occurrence(`${date}T15:00:00.000Z`, date, extra);
  const next = at('2026-11-23');

  it('takes the nearest meeting before it and the nearest after it, whatever order they come in', () => {
    expect(preparedAfter([at('2026-11-09'), at('2026-11-16'), next], next)).toBe('2026-11-16');
    expect(preparedAfter([next, at('2026-12-07'), at('2026-11-30')], next)).toBe('2026-11-16');
    expect(
      preparedAfter([at('2026-11-16', { cancelled: true }), at('2026-11-20', { cancelled: true }), next], next),
    ).toBe('2026-11-20');
  });
});

/** A Doc built from blocks in the engine; `work` planned against it and applied; the sections read back. */
function planned(blocks: Parameters<typeof buildDocument>[0]['blocks'], work: Parameters<typeof planDocWork>[1]) {
  const docs = createDocsEngine();
  const id = docs.put(buildDocument({ blocks: blocks ?? [] }));
  const before = docs.get(id, { includeTabsContent: true });
  const parsed = parseDoc(before, { promptLines: ALL_PROMPT_LINES });
  const plan = planDocWork(parsed, work, DEFAULT_SETTINGS);
  if (plan.requests.length > 0) docs.batchUpdate({ requests: plan.requests }, id);
  const after = docs.get(id, { includeTabsContent: true });
  assertValidDocument(after);
  const sections = parseDoc(after, { promptLines: ALL_PROMPT_LINES }).sections;
  return { plan, before, after, parsed, sections, edited: edited(parsed, plan.edits) };
}

const K23 = key('2026-11-23T15:00:00.000Z');
const due23 = (preparedAfter?: string) => ({
  date: '2026-11-23',
  key: K23,
  ...(preparedAfter ? { preparedAfter } : {}),
});
const day = (date: string) => namedRangeName(dayKey(date));

describe('which section already there becomes the due meeting’s', () => {
  it('one Prepare now added on the meeting’s day, rather than a typed heading of that day', () => {
    const { plan, sections } = planned(
      [h2('Mon, Nov 23, 2026 · 1:1'), p('typed'), h2('Mon, Nov 23, 2026 · 1:1', day('2026-11-23')), p('prepared')],
      { insert: due23('2026-11-16') },
    );
    expect(sections.map((s) => s.key)).toEqual([undefined, K23]);
    expect(plan.adopted).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(plan).not.toHaveProperty('inserted');
  });

  it('the newest one Prepare now added since the last meeting held, re-dated; an older one stays', () => {
    const { plan, sections } = planned(
      [
        h2('Sat, Nov 21, 2026 · 1:1', day('2026-11-21')),
        h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22')),
        h2('Mon, Nov 16, 2026 · 1:1', day('2026-11-16')),
      ],
      { insert: due23('2026-11-16') },
    );
    expect(sections.map((s) => [s.headingText, s.key])).toEqual([
      ['Sat, Nov 21, 2026 · 1:1', dayKey('2026-11-21')],
      ['Mon, Nov 23, 2026 · 1:1', K23],
      ['Mon, Nov 16, 2026 · 1:1', dayKey('2026-11-16')],
    ]);
    expect(plan.adoptedFor).toEqual({ date: '2026-11-23', heading: 'Mon, Nov 23, 2026 · 1:1' });
  });

  it('none dated on or before the last meeting held, none cancelled, none for a later day: a new section', () => {
    const { plan, sections } = planned(
      [
        h2('Tue, Nov 24, 2026 · 1:1', day('2026-11-24')),
        h2('Sun, Nov 22, 2026 · 1:1 (cancelled)', day('2026-11-22')),
        h2('Mon, Nov 16, 2026 · 1:1', day('2026-11-16')),
      ],
      { insert: due23('2026-11-16') },
    );
    expect(plan.inserted?.headingText).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(sections.map((s) => s.key)).toEqual([dayKey('2026-11-24'), K23, dayKey('2026-11-22'), dayKey('2026-11-16')]);
  });

  it('with no day given, only one of the meeting’s own day; a typed heading with a key of its own is never taken', () => {
    const { plan } = planned([h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22'))], { insert: due23() });
    expect(plan.inserted).toBeDefined();
    const keyed = planned([h2('Mon, Nov 23, 2026 · 1:1', namedRangeName('other|x'))], { insert: due23() });
    expect(keyed.plan.inserted).toBeDefined();
  });

  it('a day’s own section (the Doc linked to nothing) takes a typed heading of that day, never a prepared earlier one', () => {
    const { plan, sections } = planned([h2('Mon, Nov 23, 2026'), h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22'))], {
      insert: { date: '2026-11-23', key: dayKey('2026-11-23'), preparedAfter: '2026-11-16' },
    });
    expect(plan.adopted).toBe('Mon, Nov 23, 2026');
    expect(sections.map((s) => s.key)).toEqual([dayKey('2026-11-23'), dayKey('2026-11-22')]);
  });
});

describe('adopting a section', () => {
  it('queued lines go into the subsections it has, in order, and with the ones it lacks; each is an edit', () => {
    const {
      plan,
      sections,
      edited: state,
    } = planned([h2('Mon, Nov 23, 2026'), h3('Agenda'), bullet('Hiring')], {
      insert: due23(),
      agendaTopics: ['Roadmap', 'Budget'],
      actionItems: ['☐ Ana: call', '☐ Ben: send'],
    });
    const [nov23] = sections;
    expect(nov23!.subsections.find((s) => s.kind === 'agenda')!.paragraphs.map((x) => x.text)).toEqual([
      'Hiring',
      'Roadmap',
      'Budget',
    ]);
    expect(nov23!.items.map((i) => i.text)).toEqual(['call', 'send']);
    expect(plan.edits.map((e) => [e.kind, 'line' in e ? e.line : undefined])).toEqual([
      ['adopted', undefined],
      ['line', '☐ Ana: call'],
      ['line', '☐ Ben: send'],
      ['line', 'Budget'],
      ['line', 'Roadmap'],
    ]);
    expect(state.sections[0]!.key).toBe(K23);
    expect(plan.template).toBe('default');
  });

  it('each line’s edit names the subsection it went into, one the section lacked included', () => {
    const { plan, parsed } = planned([h2('Mon, Nov 23, 2026'), h3('Notes'), p('We met.')], {
      insert: due23(),
      agendaTopics: ['Roadmap'],
      actionItems: ['☐ Ben: send the deck'],
    });
    const sectionStart = parsed.sections[0]!.heading.startIndex;
    expect(plan.edits).toEqual([
      { kind: 'adopted', sectionStart, key: K23 },
      { kind: 'line', sectionStart, into: 'agenda', line: 'Roadmap' },
      { kind: 'line', sectionStart, into: 'actions', line: '☐ Ben: send the deck' },
    ]);
  });

  it('a section with no key of its own deletes no other section’s mark, whatever its name', () => {
    const { sections } = planned(
      [h2('Mon, Nov 23, 2026'), h2('Mon, Nov 16, 2026 · 1:1', namedRangeName('undefined'))],
      {
        insert: due23(),
      },
    );
    expect(sections.map((s) => s.key)).toEqual([K23, 'undefined']);
  });

  it('with nothing queued, a section with both subsections gets no line', () => {
    const { plan, parsed, sections } = planned(
      [h2('Mon, Nov 23, 2026'), h3('Agenda'), bullet('Hiring'), h3('Action items'), bullet('☐ Ana: call')],
      { insert: due23() },
    );
    expect(plan.edits).toEqual([{ kind: 'adopted', sectionStart: parsed.sections[0]!.heading.startIndex, key: K23 }]);
    const kinds = ['agenda', 'actions'];
    expect(
      sections[0]!.subsections.filter((s) => kinds.includes(s.kind ?? '')).map((s) => s.paragraphs.map((x) => x.text)),
    ).toEqual([['Hiring'], ['☐ Ana: call']]);
  });

  it('into a section with action items, the queued ones go there; one refused by a suggestion is said', () => {
    const doc = buildDocument({
      blocks: [h2('Mon, Nov 23, 2026'), h3('Action items'), bullet('☐ Ana: draft the plan'), p('after')],
    });
    const span = spanOf(doc, '☐ Ana: draft the plan');
    suggest(doc, { startIndex: span.startIndex - 1, endIndex: span.endIndex + 1 }, 'deletion');
    const plan = planDocWork(parseDoc(doc), { insert: due23(), actionItems: ['☐ Ben: send'] }, DEFAULT_SETTINGS);
    expect(english(plan.notAdded)).toMatch(/suggested a change at “Action items”/);
    expect(plan.edits.filter((e) => e.kind === 'line')).toEqual([]);
    const open = planned([h2('Mon, Nov 23, 2026'), h3('Action items'), bullet('☐ Ana: draft the plan')], {
      insert: due23(),
      actionItems: ['☐ Ben: send'],
    });
    expect(open.sections[0]!.items.map((i) => i.text)).toEqual(['draft the plan', 'send']);
    expect(open.plan).not.toHaveProperty('notAdded');
  });

  it('re-dates only a heading as the add-on writes it; one a person changed keeps its words and records the date', () => {
    const moved = planned([h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22'))], { insert: due23('2026-11-16') });
    expect(moved.sections[0]!.headingText).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(moved.plan.edits[0]).toMatchObject({
      kind: 'adopted',
      date: '2026-11-23',
      headingText: 'Mon, Nov 23, 2026 · 1:1',
    });
    const changed = planned([h2('Sun, Nov 22, 2026 · 1:1 prep', day('2026-11-22'))], { insert: due23('2026-11-16') });
    expect(changed.sections[0]).toMatchObject({ headingText: 'Sun, Nov 22, 2026 · 1:1 prep', key: K23 });
    expect(changed.sections[0]!.writtenFor?.date).toBe('2026-11-23');
    expect(changed.plan.adoptedFor).toEqual({ date: '2026-11-23' });
    expect(changed.plan.edits[0]).not.toHaveProperty('headingText');
  });
});

describe('following Calendar, at its edges', () => {
  const K16 = key('2026-11-16T15:00:00.000Z');
  const K09 = key('2026-11-09T15:00:00.000Z');

  it('applies every part from the end of the Doc backwards: a cancelled meeting above, a moved one below', () => {
    const { plan, sections } = planned(
      [
        h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(K16)),
        p('sixteen'),
        h2('Mon, Nov 9, 2026 · 1:1', namedRangeName(K09)),
        p('nine'),
      ],
      {
        occurrences: [
          occurrence('2026-11-16T15:00:00.000Z', '2026-11-16', { cancelled: true }),
          occurrence('2026-11-09T15:00:00.000Z', '2026-11-11'),
        ],
      },
    );
    expect([plan.cancelled, plan.redated]).toEqual([1, 1]);
    expect(sections.map((s) => s.headingText)).toEqual([
      'Mon, Nov 16, 2026 · 1:1 (cancelled)',
      'Wed, Nov 11, 2026 · 1:1',
    ]);
  });

  it('re-dates a heading before a new section goes in above it, at the same place', () => {
    const { sections } = planned([h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(K16)), p('sixteen')], {
      occurrences: [occurrence('2026-11-16T15:00:00.000Z', '2026-11-17')],
      insert: due23(),
    });
    expect(sections.map((s) => [s.headingText, s.key])).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', K23],
      ['Tue, Nov 17, 2026 · 1:1', K16],
    ]);
  });

  it('marks a cancelled heading written in another language than the notes’ in its own words', () => {
    const heading = formatSectionHeading('2026-11-16', DEFAULT_SETTINGS.dateFormat, 'fr');
    const { sections } = planned([h2(heading, namedRangeName(K16)), p('x')], {
      occurrences: [occurrence('2026-11-16T15:00:00.000Z', '2026-11-16', { cancelled: true })],
    });
    expect(sections.map((s) => s.headingText)).toEqual([`${heading} (annulé)`]);
  });

  it('a cancelled meeting whose heading already says so, or holds a suggestion, is not marked again', () => {
    const already = planned([h2('Mon, Nov 16, 2026 · 1:1 (cancelled)', namedRangeName(K16))], {
      occurrences: [occurrence('2026-11-16T15:00:00.000Z', '2026-11-16', { cancelled: true })],
    });
    expect([already.plan.cancelled, already.plan.requests]).toEqual([0, []]);
    const doc = buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(K16)), p('x')] });
    suggestText(doc, 'Nov 16', 'deletion');
    const plan = planDocWork(
      parseDoc(doc),
      { occurrences: [occurrence('2026-11-16T15:00:00.000Z', '2026-11-16', { cancelled: true })] },
      DEFAULT_SETTINGS,
    );
    expect([plan.cancelled, plan.requests]).toEqual([0, []]);
  });

  it('leaves a moved meeting’s heading a person changed, or that holds a suggestion, as written, and says so', () => {
    const moved = [occurrence('2026-11-16T15:00:00.000Z', '2026-11-17')];
    // Written by the add-on for Nov 16 (its record says so), then changed by a person.
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · our 1:1', namedRangeName(K16)), p('x')] }));
    const section = parseDoc(docs.get(id, { includeTabsContent: true })).sections[0]!;
    docs.batchUpdate({ requests: planRecordWrittenFor(section, '2026-11-16') }, id);
    const changed = planDocWork(
      parseDoc(docs.get(id, { includeTabsContent: true })),
      { occurrences: moved },
      DEFAULT_SETTINGS,
    );
    expect(changed).toMatchObject({ redated: 0, movedLeftAsWritten: ['2026-11-17'], requests: [] });
    const doc = buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(K16)), p('x')] });
    suggestText(doc, 'Nov 16', 'deletion');
    const plan = planDocWork(parseDoc(doc), { occurrences: moved }, DEFAULT_SETTINGS);
    expect(plan).toMatchObject({ redated: 0, movedLeftAsWritten: ['2026-11-17'], requests: [] });
  });

  it('does not re-date a cancelled heading, nor one whose record says it was written for the new date', () => {
    const moved = [occurrence('2026-11-16T15:00:00.000Z', '2026-11-17')];
    const cancelled = planned([h2('Mon, Nov 16, 2026 · 1:1 (cancelled)', namedRangeName(K16))], { occurrences: moved });
    expect(cancelled.plan).toMatchObject({ redated: 0, movedLeftAsWritten: [], requests: [] });
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(K16)), p('x')] }));
    const section = parseDoc(docs.get(id, { includeTabsContent: true })).sections[0]!;
    docs.batchUpdate({ requests: planRecordWrittenFor(section, '2026-11-17') }, id);
    const plan = planDocWork(
      parseDoc(docs.get(id, { includeTabsContent: true })),
      { occurrences: moved },
      DEFAULT_SETTINGS,
    );
    expect(plan).toMatchObject({ redated: 0, movedLeftAsWritten: [], requests: [] });
    const typed = planned([h2('Nov 16 meeting', namedRangeName(K16))], { occurrences: moved });
    expect(typed.plan).toMatchObject({ redated: 0, movedLeftAsWritten: [] });
  });
});

/** What a state is made of from each section: what the write's own edits must say the Doc now holds. */
const readable = (sections: ReturnType<typeof parseDoc>['sections']) =>
  sections.map((s) => ({
    date: s.date,
    key: s.key,
    headingText: s.headingText,
    items: s.items.map((i) => [i.text, i.done, i.id]),
    agenda: s.subsections
      .filter((x) => x.kind === 'agenda')
      .flatMap((x) => x.paragraphs.filter((q) => q.bulleted && q.text !== '').map((q) => q.text)),
  }));

describe('what a write says it did is what the Doc then holds', () => {
  const cases: [string, Parameters<typeof buildDocument>[0]['blocks'], Parameters<typeof planDocWork>[1]][] = [
    [
      'a new section with queued topics and items',
      [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet('☐ Ana: draft the plan')],
      { insert: due23(), agendaTopics: ['Roadmap'], actionItems: ['☐ Ben: send the deck'] },
    ],
    ['a new section with nothing queued', [h2('Mon, Nov 16, 2026 · 1:1')], { insert: due23() }],
    [
      'a typed section with no agenda or action items, lines queued for both',
      [h2('Mon, Nov 23, 2026'), h3('Notes'), p('We met.')],
      { insert: due23(), agendaTopics: ['Roadmap'], actionItems: ['☐ Ben: send the deck'] },
    ],
    [
      'a typed section with an agenda among other subsections',
      [h2('Mon, Nov 23, 2026'), h3('Agenda'), bullet('Hiring'), h3('Notes'), p('We met.')],
      { insert: due23(), agendaTopics: ['Roadmap'] },
    ],
    [
      'a section Prepare now added the day before, re-dated',
      [h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22')), h3('Agenda'), bullet('Hiring')],
      { insert: due23('2026-11-16'), agendaTopics: ['Roadmap'], actionItems: ['☐ Ben: send the deck'] },
    ],
  ];

  it.each(cases)('%s', (_what, blocks, work) => {
    const { plan, sections, edited: state } = planned(blocks, work);
    expect(plan.requests.every((r) => typeof r === 'object' && r !== null)).toBe(true);
    expect([plan.redated, plan.cancelled, plan.movedLeftAsWritten]).toEqual([0, 0, []]);
    expect(readable(state.sections)).toEqual(readable(sections));
  });

  it('a section of the meeting’s own day is taken as it is, with no date to record', () => {
    const { plan } = planned([h2('Mon, Nov 23, 2026 · 1:1', day('2026-11-23'))], { insert: due23('2026-11-16') });
    expect(plan.adopted).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(plan).not.toHaveProperty('adoptedFor');
  });

  it('with no day given, one Prepare now added on the meeting’s own day is taken', () => {
    const { plan, sections } = planned([h2('Mon, Nov 23, 2026 · 1:1', day('2026-11-23'))], { insert: due23() });
    expect(plan).not.toHaveProperty('inserted');
    expect(sections.map((s) => s.key)).toEqual([K23]);
  });

  it('a new day’s section of a Doc linked to nothing never takes an earlier day’s, however recent', () => {
    const { plan } = planned([h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22'))], {
      insert: { date: '2026-11-23', key: dayKey('2026-11-23'), preparedAfter: '2026-11-16' },
    });
    expect(plan.inserted).toBeDefined();
    expect(plan).not.toHaveProperty('adopted');
  });

  it('of two Prepare now added for the meeting’s own day, takes the first in the Doc', () => {
    const { sections } = planned(
      [h2('Mon, Nov 23, 2026 · 1:1', day('2026-11-22')), p('first'), h2('Mon, Nov 23, 2026 · 1:1', day('2026-11-23'))],
      { insert: due23('2026-11-16') },
    );
    expect(sections.map((s) => s.key)).toEqual([K23, dayKey('2026-11-23')]);
  });

  it('a new section’s edit says where it went: before the newest section', () => {
    const { plan, parsed } = planned([p('Ana / Ben', { style: 'TITLE' }), h2('Mon, Nov 16, 2026 · 1:1')], {
      insert: due23(),
    });
    expect(plan.edits.map((e) => [e.kind, 'at' in e ? e.at : undefined])).toEqual([
      ['section', parsed.sections[0]!.heading.startIndex],
    ]);
  });

  it('takes the newest one Prepare now added, wherever it stands in the Doc', () => {
    const { sections } = planned(
      [h2('Sun, Nov 22, 2026 · 1:1', day('2026-11-22')), h2('Sat, Nov 21, 2026 · 1:1', day('2026-11-21'))],
      { insert: due23('2026-11-16') },
    );
    expect(sections.map((s) => [s.date, s.key])).toEqual([
      ['2026-11-23', K23],
      ['2026-11-21', dayKey('2026-11-21')],
    ]);
  });

  it('counts no re-dating for a heading a person already set to the new date', () => {
    const K16 = key('2026-11-16T15:00:00.000Z');
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [h2('Tue, Nov 17, 2026 · 1:1', namedRangeName(K16)), p('x')] }));
    const section = parseDoc(docs.get(id, { includeTabsContent: true })).sections[0]!;
    docs.batchUpdate({ requests: planRecordWrittenFor(section, '2026-11-16') }, id);
    const plan = planDocWork(
      parseDoc(docs.get(id, { includeTabsContent: true })),
      { occurrences: [occurrence('2026-11-16T15:00:00.000Z', '2026-11-17')] },
      DEFAULT_SETTINGS,
    );
    expect(plan).toStrictEqual({ requests: [], redated: 0, cancelled: 0, movedLeftAsWritten: [], edits: [] });
  });
});
