// Tests for src/core/edited.ts: the model after a write's edits, held against a read of the Doc written that way.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import type { CarriedItem } from '../../src/core/carryOver';
import { type DocEdit, edited } from '../../src/core/edited';
import { itemId } from '../../src/core/itemId';
import { dayKey, namedRangeName } from '../../src/core/keys';
import type { ActionItem, ParsedDoc, Section } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';

const UID = 'abc123@google.com';
const KEY_23 = `${UID}|2026-11-23T15:00:00.000Z`;
const KEY_16 = `${UID}|2026-11-16T15:00:00.000Z`;
const KEY_30 = `${UID}|2026-11-30T15:00:00.000Z`;

/**
 * A 1:1 Doc, newest first: the Nov 23 section (agenda, action items, one carried from Nov 16), the Nov 16 one (notes,
 * action items of each state, no agenda) and a Nov 9 one prepared by hand (a day key). `lines` replaces the Doc's
 * action-item lines and agendas, to write the Doc as a write would leave it.
 */
function docWith(
  lines: { agenda23?: string[]; actions23?: string[]; actions16?: string[]; agenda16?: string[]; key9?: string } = {},
) {
  return buildDocument({
    blocks: [
      p('Ana / Ben', { style: 'TITLE' }),
      h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(KEY_23)),
      h3('Agenda'),
      ...(lines.agenda23 ?? ['the roadmap']).map((line) => bullet(line)),
      h3('Action items'),
      ...(lines.actions23 ?? ['☐ Ana: draft the plan (from Nov 16)', '☐ Ben: book the room']).map((line) =>
        bullet(line),
      ),
      h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(KEY_16)),
      h3('Notes'),
      p('We talked about hiring.'),
      h3('Action items'),
      ...(lines.actions16 ?? ['☐ Ana: draft the plan', '☑ Ben: send the deck', '✗ Ana: the old idea']).map((line) =>
        bullet(line),
      ),
      ...(lines.agenda16 ? [h3('Agenda'), ...lines.agenda16.map((line) => bullet(line))] : []),
      h2('Mon, Nov 9, 2026 · 1:1', namedRangeName(lines.key9 ?? dayKey('2026-11-09'))),
      h3('Notes'),
      p('A quiet week.'),
    ],
  });
}

const read = (lines: Parameters<typeof docWith>[0] = {}): ParsedDoc => parseDoc(docWith(lines));

/** What a reader of the result uses of an item: everything but where it is in the Doc. */
const view = (i: ActionItem) => ({
  id: i.id,
  text: i.text,
  owner: i.owner,
  due: i.due,
  from: i.from,
  sectionDate: i.sectionDate,
  done: i.done,
  dropped: i.dropped ?? false,
});
const itemsOf = (parsed: ParsedDoc) => parsed.sections.map((s) => s.items.map(view));
const sectionAt = (parsed: ParsedDoc, date: string): Section => {
  const section = parsed.sections.find((s) => s.date === date);
  if (!section) throw new Error(`No section of ${date}`);
  return section;
};
const start = (parsed: ParsedDoc, date: string) => sectionAt(parsed, date).heading.startIndex;

// Made in beforeEach, inside each test, not as the file loads: npm run mutate traces what a test runs (docs/MUTATION.md).
let PLAN = '';
let DECK = '';
let IDEA = '';
beforeEach(() => {
  PLAN = itemId('Ana', 'draft the plan', '2026-11-16');
  DECK = itemId('Ben', 'send the deck', '2026-11-16');
  IDEA = itemId('Ana', 'the old idea', '2026-11-16');
});

describe('edited', () => {
  it('reads the Doc as the fixtures mean it: one item carried, with one id in both sections', () => {
    const parsed = read();
    expect(parsed.sections.map((s) => [s.date, s.key])).toEqual([
      ['2026-11-23', KEY_23],
      ['2026-11-16', KEY_16],
      ['2026-11-09', dayKey('2026-11-09')],
    ]);
    const copies = parsed.sections.flatMap((s) => s.items).filter((i) => i.id === PLAN);
    expect(copies.map((i) => i.sectionDate)).toEqual(['2026-11-23', '2026-11-16']);
    expect(sectionAt(parsed, '2026-11-16').items.map((i) => [i.id, i.done, i.dropped ?? false])).toEqual([
      [PLAN, false, false],
      [DECK, true, false],
      [IDEA, false, true],
    ]);
  });

  it('answers the very model read when nothing was written', () => {
    const parsed = read();
    expect(edited(parsed, [])).toBe(parsed);
  });

  it('ticks every copy of an item, carried ones included, as the Doc ticked that way reads', () => {
    const parsed = read();
    const before = structuredClone(parsed);
    const after = edited(parsed, [{ kind: 'item', itemId: PLAN, state: 'done' }]);
    const written = read({
      actions23: ['☑ Ana: draft the plan (from Nov 16)', '☐ Ben: book the room'],
      actions16: ['☑ Ana: draft the plan', '☑ Ben: send the deck', '✗ Ana: the old idea'],
    });
    expect(itemsOf(after)).toEqual(itemsOf(written));
    // A section without the item is the one read; the model read is left as it was.
    expect(sectionAt(after, '2026-11-09')).toBe(sectionAt(parsed, '2026-11-09'));
    expect(parsed).toEqual(before);
  });

  it('drops an item, and reopens a done one and a dropped one with no dropped flag left', () => {
    const parsed = read();
    const edits: DocEdit[] = [
      { kind: 'item', itemId: PLAN, state: 'dropped' },
      { kind: 'item', itemId: DECK, state: 'open' },
      { kind: 'item', itemId: IDEA, state: 'open' },
    ];
    const after = edited(parsed, edits);
    const written = read({
      actions23: ['✗ Ana: draft the plan (from Nov 16)', '☐ Ben: book the room'],
      actions16: ['✗ Ana: draft the plan', '☐ Ben: send the deck', '☐ Ana: the old idea'],
    });
    expect(itemsOf(after)).toEqual(itemsOf(written));
    const idea = sectionAt(after, '2026-11-16').items.find((i) => i.id === IDEA)!;
    expect(idea).not.toHaveProperty('dropped');
  });

  it('ticks a dropped item done, no longer dropped', () => {
    const after = edited(read(), [{ kind: 'item', itemId: IDEA, state: 'done' }]);
    const written = read({ actions16: ['☐ Ana: draft the plan', '☑ Ben: send the deck', '☑ Ana: the old idea'] });
    expect(itemsOf(after)).toEqual(itemsOf(written));
    const idea = sectionAt(after, '2026-11-16').items.find((i) => i.id === IDEA)!;
    expect(idea.done).toBe(true);
    expect(idea).not.toHaveProperty('dropped');
  });

  it('changes no item for an id the Doc does not hold', () => {
    const parsed = read();
    const after = edited(parsed, [{ kind: 'item', itemId: 'nosuchitem0000', state: 'done' }]);
    expect(after.sections).toHaveLength(parsed.sections.length);
    for (const [k, section] of after.sections.entries()) expect(section).toBe(parsed.sections[k]);
  });

  it('adds a line to a section’s action items as the Doc with that bullet reads it', () => {
    const parsed = read();
    const lines = ['☐ Cy: send the notes (due Dec 1)', 'Ben: follow up (from Nov 9)', '[x] Ana: done already'];
    const after = edited(
      parsed,
      lines.map(
        (line): DocEdit => ({ kind: 'line', sectionStart: start(parsed, '2026-11-23'), into: 'actions', line }),
      ),
    );
    const written = read({ actions23: ['☐ Ana: draft the plan (from Nov 16)', '☐ Ben: book the room', ...lines] });
    expect(itemsOf(after)).toEqual(itemsOf(written));
    const added = sectionAt(after, '2026-11-23').items.slice(2);
    expect(added.map((i) => [i.text, i.owner?.name, i.due, i.from, i.done])).toEqual([
      ['send the notes', 'Cy', 'Dec 1', '2026-11-23', false],
      ['follow up', 'Ben', undefined, '2026-11-09', false],
      ['done already', 'Ana', undefined, '2026-11-23', true],
    ]);
    expect(sectionAt(after, '2026-11-16')).toBe(sectionAt(parsed, '2026-11-16'));
  });

  it('adds nothing for a line that reads as no item', () => {
    const parsed = read();
    const sectionStart = start(parsed, '2026-11-23');
    const after = edited(parsed, [
      { kind: 'line', sectionStart, into: 'actions', line: '☐ ' },
      { kind: 'line', sectionStart, into: 'actions', line: '' },
    ]);
    expect(after.sections).toEqual(parsed.sections);
  });

  it('adds a topic after the agenda’s others, as a bullet that is no prompt', () => {
    const parsed = read();
    const after = edited(parsed, [
      { kind: 'line', sectionStart: start(parsed, '2026-11-23'), into: 'agenda', line: 'hiring plan' },
      { kind: 'line', sectionStart: start(parsed, '2026-11-23'), into: 'agenda', line: 'offsite' },
    ]);
    const written = read({ agenda23: ['the roadmap', 'hiring plan', 'offsite'] });
    const agenda = (doc: ParsedDoc) =>
      sectionAt(doc, '2026-11-23')
        .subsections.find((s) => s.kind === 'agenda')!
        .paragraphs.map(({ text, bulleted, prompt }) => ({ text, bulleted, prompt }));
    expect(agenda(after)).toEqual(agenda(written));
    expect(agenda(after).map((x) => x.text)).toEqual(['the roadmap', 'hiring plan', 'offsite']);
    // Nothing else in the section moved.
    expect(sectionAt(after, '2026-11-23').items).toBe(sectionAt(parsed, '2026-11-23').items);
  });

  it('gives a section without an agenda one, holding the topic, and keeps its other subsections', () => {
    const parsed = read();
    const after = edited(parsed, [
      { kind: 'line', sectionStart: start(parsed, '2026-11-16'), into: 'agenda', line: 'career goals' },
    ]);
    const written = read({ agenda16: ['career goals'] });
    const kinds = (doc: ParsedDoc) => sectionAt(doc, '2026-11-16').subsections.map((s) => s.kind);
    expect(kinds(parsed)).toEqual(['notes', 'actions']);
    expect([...kinds(after)].sort()).toEqual([...kinds(written)].sort());
    const agenda = sectionAt(after, '2026-11-16').subsections.find((s) => s.kind === 'agenda')!;
    expect(agenda.title).toBe('Agenda');
    expect(agenda.paragraphs.map((x) => [x.text, x.bulleted, x.prompt])).toEqual([['career goals', true, false]]);
    expect(sectionAt(after, '2026-11-16').subsections.filter((s) => s.kind !== 'agenda')).toEqual(
      sectionAt(parsed, '2026-11-16').subsections,
    );
  });

  it('changes nothing for a line into a section whose heading is not where the edit says', () => {
    const parsed = read();
    const nowhere = start(parsed, '2026-11-23') + 1;
    const after = edited(parsed, [
      { kind: 'line', sectionStart: nowhere, into: 'actions', line: '☐ Cy: lost' },
      { kind: 'line', sectionStart: nowhere, into: 'agenda', line: 'lost topic' },
      { kind: 'adopted', sectionStart: nowhere, key: KEY_30 },
    ]);
    expect(after.sections).toEqual(parsed.sections);
  });

  it('makes an adopted section the occurrence’s own: its key, and nothing else about it', () => {
    const parsed = read();
    const key9 = `${UID}|2026-11-09T15:00:00.000Z`;
    const after = edited(parsed, [{ kind: 'adopted', sectionStart: start(parsed, '2026-11-09'), key: key9 }]);
    const written = read({ key9 });
    expect(after.sections.map((s) => s.key)).toEqual(written.sections.map((s) => s.key));
    expect(sectionAt(after, '2026-11-09')).toEqual({ ...sectionAt(parsed, '2026-11-09'), key: key9 });
    expect(sectionAt(after, '2026-11-23')).toBe(sectionAt(parsed, '2026-11-23'));
  });

  it('re-dates an adopted section: its own items are from the new date, with the ids a read gives, carried ones keep theirs', () => {
    const parsed = read({
      actions23: ['☐ Ana: draft the plan (from Nov 16)', '☐ Ben: book the room', '☐ water the plants'],
    });
    const key24 = `${UID}|2026-11-24T15:00:00.000Z`;
    const headingText = 'Tue, Nov 24, 2026 · 1:1';
    const edit: DocEdit = {
      kind: 'adopted',
      sectionStart: start(parsed, '2026-11-23'),
      key: key24,
      date: '2026-11-24',
      headingText,
    };
    const after = edited(parsed, [edit]);
    const written = parseDoc(
      buildDocument({
        blocks: [
          h2(headingText, namedRangeName(key24)),
          h3('Action items'),
          bullet('☐ Ana: draft the plan (from Nov 16)'),
          bullet('☐ Ben: book the room'),
          bullet('☐ water the plants'),
        ],
      }),
    );
    const nov24 = sectionAt(after, '2026-11-24');
    expect(nov24).toMatchObject({ key: key24, headingText });
    expect(nov24.items.map(view)).toEqual(written.sections[0]!.items.map(view));
    expect(nov24.items.map((i) => i.id)).toEqual([
      PLAN,
      itemId('Ben', 'book the room', '2026-11-24'),
      itemId(undefined, 'water the plants', '2026-11-24'),
    ]);
  });

  it('takes no new date for an adopted section without the heading written for it', () => {
    const parsed = read();
    const key24 = `${UID}|2026-11-24T15:00:00.000Z`;
    const edit: DocEdit = {
      kind: 'adopted',
      sectionStart: start(parsed, '2026-11-23'),
      key: key24,
      date: '2026-11-24',
    };
    const after = edited(parsed, [edit]);
    expect(after.sections.map((s) => s.date)).toEqual(parsed.sections.map((s) => s.date));
    expect(sectionAt(after, '2026-11-23')).toEqual({ ...sectionAt(parsed, '2026-11-23'), key: key24 });
  });

  it('adds a new section with its agenda, its carried items and its queued action items, as the Doc will read them', () => {
    const parsed = read();
    const carried: CarriedItem[] = sectionAt(parsed, '2026-11-23')
      .items.filter((i) => !i.done && !i.dropped)
      .map((i) => ({ id: i.id, text: i.text, ...(i.owner ? { owner: i.owner } : {}), from: i.from }));
    carried.push({
      id: itemId(undefined, 'renew the licence', '2026-11-02'),
      text: 'renew the licence',
      due: 'Dec 4',
      from: '2026-11-02',
    });
    const edit: DocEdit = {
      kind: 'section',
      at: start(parsed, '2026-11-23'),
      date: '2026-11-30',
      key: KEY_30,
      headingText: 'Mon, Nov 30, 2026 · 1:1',
      agenda: ['', 'the budget'],
      carried,
      actionLines: ['☐ Cy: share the numbers', '☐ '],
    };
    const after = edited(parsed, [edit]);
    const written = parseDoc(
      buildDocument({
        blocks: [
          h2('Mon, Nov 30, 2026 · 1:1', namedRangeName(KEY_30)),
          h3('Agenda'),
          bullet(''),
          bullet('the budget'),
          h3('Action items'),
          bullet('☐ Ana: draft the plan (from Nov 16)'),
          bullet('☐ Ben: book the room (from Nov 23)'),
          bullet('☐ renew the licence (due Dec 4) (from Nov 2)'),
          bullet('☐ Cy: share the numbers'),
        ],
      }),
    );
    const added = after.sections.find((s) => s.key === KEY_30)!;
    expect(added).toMatchObject({
      date: '2026-11-30',
      headingText: 'Mon, Nov 30, 2026 · 1:1',
      headingLevel: 2,
      cancelled: false,
    });
    expect(added.items.map(view)).toEqual(written.sections[0]!.items.map(view));
    // Neither a checklist of Docs' own nor a due date where the line has none, as a read gives them.
    const kept = (i: ActionItem) => [i.text, i.nativeChecklist, 'due' in i];
    expect(added.items.map(kept)).toEqual(written.sections[0]!.items.map(kept));
    expect(added.subsections.map((s) => [s.kind, s.paragraphs.map((x) => x.text)])).toEqual([
      ['agenda', ['', 'the budget']],
    ]);
    // The sections read are all still there, unchanged, and the new one is where it went: first, newest first.
    for (const section of parsed.sections) expect(after.sections).toContain(section);
    expect(after.sections.map((s) => s.date)).toEqual(['2026-11-30', ...parsed.sections.map((s) => s.date)]);
  });

  it('keeps the Doc’s order: a section written after every other one (oldest first) comes last', () => {
    const parsed = read();
    const edit: DocEdit = {
      kind: 'section',
      at: parsed.bodyEndIndex - 1,
      date: '2026-11-30',
      key: KEY_30,
      headingText: 'Mon, Nov 30, 2026 · 1:1',
      agenda: [],
      carried: [],
      actionLines: [],
    };
    expect(edited(parsed, [edit]).sections.map((s) => s.date)).toEqual([
      ...parsed.sections.map((s) => s.date),
      '2026-11-30',
    ]);
  });

  it('applies the edits in order: a line added and then ticked, a carried item ticked in its new section too', () => {
    const parsed = read();
    const cy = itemId('Cy', 'send the notes', '2026-11-23');
    const after = edited(parsed, [
      { kind: 'line', sectionStart: start(parsed, '2026-11-23'), into: 'actions', line: '☐ Cy: send the notes' },
      { kind: 'item', itemId: cy, state: 'done' },
      {
        kind: 'section',
        at: start(parsed, '2026-11-23'),
        date: '2026-11-30',
        key: KEY_30,
        headingText: 'Mon, Nov 30, 2026 · 1:1',
        agenda: [],
        carried: [{ id: PLAN, text: 'draft the plan', owner: { kind: 'name', name: 'Ana' }, from: '2026-11-16' }],
        actionLines: [],
      },
      { kind: 'item', itemId: PLAN, state: 'done' },
      { kind: 'adopted', sectionStart: start(parsed, '2026-11-23'), key: KEY_30 },
      { kind: 'line', sectionStart: start(parsed, '2026-11-23'), into: 'agenda', line: 'after the key changed' },
    ]);
    const nov23 = sectionAt(after, '2026-11-23');
    expect(nov23.items.find((i) => i.id === cy)?.done).toBe(true);
    expect(nov23.key).toBe(KEY_30);
    expect(nov23.subsections.find((s) => s.kind === 'agenda')!.paragraphs.map((x) => x.text)).toEqual([
      'the roadmap',
      'after the key changed',
    ]);
    const copies = after.sections.flatMap((s) => s.items).filter((i) => i.id === PLAN);
    expect(copies.map((i) => [i.sectionDate, i.done])).toEqual([
      ['2026-11-30', true],
      ['2026-11-23', true],
      ['2026-11-16', true],
    ]);
  });
});
