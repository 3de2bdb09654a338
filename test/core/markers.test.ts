// Tests for src/core/markers.ts: the markers and subsection labels the Doc is read by, and what a toggle writes.

import { bitOf } from '../../src/core/languages';
import {
  type ItemState,
  markersIn,
  normaliseLabel,
  OPEN_MARKERS,
  ownMarker,
  readMarker,
  subsectionKind,
  subsectionLanguages,
  toggledMarker,
} from '../../src/core/markers';

const DONE_MARKERS = markersIn('done');
const DROPPED_MARKERS = markersIn('dropped');

describe('markers', () => {
  it('reads every open and done marker with the spaces after it', () => {
    expect(readMarker('☐ text')).toEqual({ marker: '☐', done: false, state: 'open', length: 2 });
    expect(readMarker('[ ]   text')).toEqual({ marker: '[ ]', done: false, state: 'open', length: 6 });
    expect(readMarker('☑ text')).toEqual({ marker: '☑', done: true, state: 'done', length: 2 });
    expect(readMarker('✅text')).toEqual({ marker: '✅', done: true, state: 'done', length: 1 });
    expect(readMarker('✓\ttext')).toEqual({ marker: '✓', done: true, state: 'done', length: 2 });
    expect(readMarker('[x] text')).toEqual({ marker: '[x]', done: true, state: 'done', length: 4 });
    expect(readMarker('[X] text')).toEqual({ marker: '[X]', done: true, state: 'done', length: 4 });
    expect(readMarker('☑️ text')).toEqual({ marker: '☑️', done: true, state: 'done', length: 3 });
    expect(readMarker('  ☐ text', 2)).toEqual({ marker: '☐', done: false, state: 'open', length: 2 });
    expect(readMarker('☐ \n')).toEqual({ marker: '☐', done: false, state: 'open', length: 2 });
  });

  it('reads the dropped markers as a state of their own, neither open nor done', () => {
    expect(readMarker('✗ text')).toEqual({ marker: '✗', done: false, state: 'dropped', length: 2 });
    expect(readMarker('✘ text')).toEqual({ marker: '✘', done: false, state: 'dropped', length: 2 });
    expect(readMarker('[-] text')).toEqual({ marker: '[-]', done: false, state: 'dropped', length: 4 });
    expect(readMarker('✗\uFE0F text')).toEqual({ marker: '✗\uFE0F', done: false, state: 'dropped', length: 3 });
    expect(DROPPED_MARKERS).toEqual(['[-]', '✗', '✘']);
    expect(ownMarker('dropped')).toBe('✗');
    expect(ownMarker('done')).toBe('☑');
  });

  it('reads nothing else as a marker', () => {
    expect(readMarker('text ☐')).toBeUndefined();
    expect(readMarker('[y] text')).toBeUndefined();
    expect(readMarker('[]')).toBeUndefined();
    expect(readMarker('')).toBeUndefined();
    expect(OPEN_MARKERS).toEqual(['[ ]', '☐']);
    expect(DONE_MARKERS).toEqual(['[x]', '[X]', '☑', '✅', '✓', '✔']);
    expect(readMarker('[_] text')).toBeUndefined();
    expect(readMarker('x text')).toBeUndefined();
  });

  it('knows the subsection labels, forgivingly', () => {
    expect(subsectionKind('Action items')).toBe('actions');
    expect(subsectionKind('ACTION ITEMS:')).toBe('actions');
    expect(subsectionKind('Carried over')).toBe('carried');
    expect(subsectionKind('Next steps')).toBe('actions');
    expect(subsectionKind('Follow-ups')).toBe('actions');
    expect(subsectionKind('Follow ups')).toBe('actions');
    expect(subsectionKind('To do')).toBe('actions');
    expect(subsectionKind('To-do:')).toBe('actions');
    expect(subsectionKind('Todo')).toBe('actions');
    expect(subsectionKind('✅ Action items')).toBe('actions');
    expect(subsectionKind('Agenda')).toBe('agenda');
    expect(subsectionKind('Notes')).toBe('notes');
    expect(subsectionKind('Decisions')).toBeUndefined();
    expect(subsectionKind('Action items for next quarter')).toBeUndefined();
    expect(subsectionKind('constructor')).toBeUndefined();
  });

  // Each family's members, as a reader sees them: a toggle never takes an item out of its family.
  const FAMILIES = [
    ['[ ]', '[x]', '[X]', '[-]'],
    ['☐', '☑', '✅', '✓', '✔', '✗', '✘'],
  ];
  const familyOf = (marker: string) => FAMILIES.findIndex((f) => f.includes(marker.replace(/\uFE0F$/, '')));

  it('places every marker it reads in a family', () => {
    for (const marker of [...OPEN_MARKERS, ...DONE_MARKERS, ...DROPPED_MARKERS])
      expect([marker, familyOf(marker)]).not.toEqual([marker, -1]);
  });

  it.each([
    ['[x]', '[ ]', '[x]'],
    ['[X]', '[ ]', '[x]'],
    ['☑', '☐', '☑'],
    ['✅', '☐', '☑'],
    ['✓', '☐', '☑'],
    ['✔', '☐', '☑'],
    ['☑\uFE0F', '☐', '☑'],
    ['✔\uFE0F', '☐', '☑'],
  ])('unticks %j to %j and ticks it again to %j', (done, open, again) => {
    expect(toggledMarker(done, false)).toBe(open);
    expect(toggledMarker(open, true)).toBe(again);
  });

  it.each([
    ['[ ]', '[x]'],
    ['☐', '☑'],
  ])('ticks %j to %j and unticks it again', (open, done) => {
    expect(toggledMarker(open, true)).toBe(done);
    expect(toggledMarker(done, false)).toBe(open);
  });

  it('toggles every marker it reads both ways, each time to a marker read in the new state, of the same family', () => {
    for (const marker of [...OPEN_MARKERS, ...DONE_MARKERS].flatMap((m) => [m, `${m}\uFE0F`])) {
      const done = readMarker(marker)!.done;
      const toggled = toggledMarker(marker, !done);
      const back = toggledMarker(toggled, done);
      expect([marker, readMarker(toggled)?.done, readMarker(back)?.done]).toEqual([marker, !done, done]);
      expect([marker, familyOf(toggled), familyOf(back)]).toEqual([marker, familyOf(marker), familyOf(marker)]);
    }
  });

  it.each([
    ['[ ]', '[-]'],
    ['[x]', '[-]'],
    ['☐', '✗'],
    ['☑', '✗'],
    ['✅', '✗'],
    ['✔\uFE0F', '✗'],
  ])("drops %j to %j, which unticks to its family's open form and ticks to its done form", (from, dropped) => {
    expect(toggledMarker(from, 'dropped')).toBe(dropped);
    const family = FAMILIES[familyOf(from)]!;
    expect(toggledMarker(dropped, 'open')).toBe(family[0]);
    expect(toggledMarker(dropped, 'done')).toBe(family[1]);
  });

  it('moves every marker it reads to each state, to a marker read in that state, of the same family', () => {
    const states: ItemState[] = ['open', 'done', 'dropped'];
    for (const marker of [...OPEN_MARKERS, ...DONE_MARKERS, ...DROPPED_MARKERS].flatMap((m) => [m, `${m}\uFE0F`]))
      for (const state of states) {
        const moved = toggledMarker(marker, state);
        expect([marker, state, readMarker(moved)?.state, familyOf(moved)]).toEqual([
          marker,
          state,
          state,
          familyOf(marker),
        ]);
      }
  });
});

describe('markers and labels, every one', () => {
  it('reads every label a person may give a subsection, and only a label of sixty characters or fewer', () => {
    const labels: [string, string][] = [
      ['Carried over', 'carried'],
      ['Carry over', 'carried'],
      ['Action items', 'actions'],
      ['Action item', 'actions'],
      ['Actions', 'actions'],
      ['Next steps', 'actions'],
      ['Follow ups', 'actions'],
      ['Followups', 'actions'],
      ['Follow up', 'actions'],
      ['To do', 'actions'],
      ['To dos', 'actions'],
      ['Todo', 'actions'],
      ['Todos', 'actions'],
      ['Agenda', 'agenda'],
      ['Notes', 'notes'],
    ];
    for (const [title, kind] of labels) expect([title, subsectionKind(title)]).toEqual([title, kind]);
    const padded = (length: number) => `${'-'.repeat(length - 'Action items'.length)}Action items`;
    expect(subsectionKind(padded(60))).toBe('actions');
    expect(subsectionKind(padded(61))).toBeUndefined();
  });

  it('takes any run of punctuation around a label, and any run of spaces or dashes inside it', () => {
    expect(normaliseLabel('✅ To-do::')).toBe('to do');
    expect(subsectionKind('To  do')).toBe('actions');
    expect(subsectionKind('To -– do')).toBe('actions');
    expect(subsectionKind('** Notes **')).toBe('notes');
  });

  it('reads the spaces after a marker, whatever space they are, and the dropped markers there are', () => {
    for (const space of [' ', '\t', '\u00A0', '\u2009', '\u202F', '\u3000'])
      expect([space, readMarker(`☐${space}${space}draft`)?.length]).toEqual([space, 3]);
    expect(readMarker('☐\u2003draft')?.length).toBe(1);
    expect(markersIn('dropped')).toEqual(['[-]', '✗', '✘']);
  });
});

describe('subsectionLanguages', () => {
  it('names the languages a title is a label in, none for another title, and reads only titles of sixty or fewer', () => {
    expect(subsectionLanguages('Notizen')).toBe(bitOf('de'));
    expect(subsectionLanguages('✅ Próximos pasos:')).toBe(bitOf('es'));
    expect(subsectionLanguages('Agenda') & bitOf('en')).not.toBe(0);
    expect(subsectionLanguages('Parking lot')).toBe(0);
    const padded = (length: number) => `${'-'.repeat(length - 'Notizen'.length)}Notizen`;
    expect(subsectionLanguages(padded(60))).toBe(bitOf('de'));
    expect(subsectionLanguages(padded(61))).toBe(0);
  });
});
