// One batch that re-dates moved sections, marks cancelled ones and inserts the due section, applied by the Docs engine.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { planDocWork, preparedAfter } from '../../src/core/follow';
import { namedRangeName, occurrenceKey } from '../../src/core/keys';
import type { Occurrence } from '../../src/core/occurrences';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
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
