// Tests for src/core/carryOver.ts: which items a new section carries, every copy by id, which are done, and the carried line's text.
import fc from 'fast-check';
import { type BlockSpec, buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import { createDocsEngine } from '../../dev/docsEngine';
import {
  asPerson,
  type CarriedItem,
  carriedLine,
  carrySourceSections,
  chipPeopleOf,
  doneItemIds,
  droppedItemIds,
  formatCarriedItem,
  formatItemLine,
  itemsById,
  openItemsToCarry,
  timesCarried,
} from '../../src/core/carryOver';
import { addDays, formatSectionHeading } from '../../src/core/dates';
import { itemId } from '../../src/core/itemId';
import { parseDoc } from '../../src/core/parse';
import { planSetItemDone } from '../../src/core/plan';
import { commitmentsOf, dueDateOf } from '../../src/core/sidebarState';
import { adoptedDoc, carriedTwiceDoc, chipsDoc } from '../fixtures/docs';
import { pastMeetingsDoc } from '../fixtures/generated';

/** A one-section Doc dated `date` whose Action items are the given lines. */
function sectionDoc(date: string, lines: string[]) {
  return buildDocument({
    blocks: [h2(formatSectionHeading(date, 'weekday-short')), h3('Carried over'), ...lines.map((l) => bullet(l))],
  });
}

/** Nov 9's items carried twice: one ticked in Nov 16's copy, one struck through in the original, one open everywhere. */
const tickedInOneCopyDoc = buildDocument({
  blocks: [
    // Newest first: the other person's copy on Nov 23 is still open…
    h2('Mon, Nov 23, 2026 · 1:1'),
    h3('Carried over'),
    bullet('☐ Ana: send the deck  (from Nov 9)'),
    bullet('☐ Ben: book the room  (from Nov 9)'),
    bullet('☐ Cy: still open  (from Nov 9)'),
    h3('Action items'),
    bullet('☐ Ana: send the deck  (from Nov 9)'),
    // …but Nov 16's copy was ticked, and Nov 9's original was struck through.
    h2('Mon, Nov 16, 2026 · 1:1'),
    h3('Carried over'),
    bullet('✅ Ana: send the deck  (from Nov 9)'),
    bullet('☐ Ben: book the room  (from Nov 9)'),
    bullet('☐ Cy: still open  (from Nov 9)'),
    h2('Mon, Nov 9, 2026 · 1:1'),
    h3('Action items'),
    bullet('☐ Ana: send the deck'),
    bullet(['☐ ', { text: 'Ben: book the room', strikethrough: true }]),
    bullet('☐ Cy: still open'),
  ],
});

describe('openItemsToCarry', () => {
  it('carries an item carried twice once, with its first date', () => {
    const parsed = parseDoc(carriedTwiceDoc);
    const carried = openItemsToCarry(parsed, '2026-11-30');
    expect(carried).toEqual([
      {
        id: itemId('Ana', 'draft the Q1 growth plan', '2026-11-09'),
        text: 'draft the Q1 growth plan',
        owner: { kind: 'name', name: 'Ana' },
        from: '2026-11-09',
      },
    ]);
    expect(formatCarriedItem(carried[0]!, '2026-11-30')).toBe('☐ Ana: draft the Q1 growth plan · from Nov 9');
  });

  it('takes the newest section dated before the new one, by date and not by position', () => {
    // adoptedDoc is oldest first: its last section is its newest.
    const parsed = parseDoc(adoptedDoc);
    expect(openItemsToCarry(parsed, '2026-11-30').map((c) => c.text)).toEqual(['prepare the review']);
    // Sections on or after the new date are ignored.
    expect(openItemsToCarry(parsed, '2026-11-23').map((c) => c.text)).toEqual(['check in with design']);
    expect(openItemsToCarry(parsed, '2026-11-10').map((c) => [c.owner?.name, c.text])).toEqual([
      ['Ben', 'book the offsite'],
      ['Ana', 'write the brief'],
    ]);
    expect(openItemsToCarry(parsed, '2026-11-02')).toEqual([]);
    expect(carrySourceSections(parsed, '2026-11-02')).toEqual([]);
  });

  it('never carries an item ticked in any copy, wherever that copy is', () => {
    const parsed = parseDoc(tickedInOneCopyDoc);
    expect(openItemsToCarry(parsed, '2026-11-30')).toEqual([
      {
        id: itemId('Cy', 'still open', '2026-11-09'),
        text: 'still open',
        owner: { kind: 'name', name: 'Cy' },
        from: '2026-11-09',
      },
    ]);
  });

  it('merges two sections of the same newest day, once per id', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-23 · 1:1'),
        h3('Action items'),
        bullet('☐ first copy'),
        bullet('☐ shared'),
        h2('Mon, Nov 23, 2026'),
        h3('Action items'),
        bullet('☐ shared'),
        bullet('☐ second copy'),
      ],
    });
    expect(openItemsToCarry(parseDoc(doc), '2026-11-30').map((c) => c.text)).toEqual([
      'first copy',
      'shared',
      'second copy',
    ]);
  });

  it('steps over a cancelled section that has no items, but not one that has', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 23, 2026 · 1:1 (cancelled)'),
        h3('Notes'),
        h2('Mon, Nov 16, 2026 · 1:1 (cancelled)'),
        h3('Carried over'),
        bullet('☐ Ana: kept through a cancel  (from Nov 9)'),
        h2('Mon, Nov 9, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: kept through a cancel'),
        bullet('☐ Ana: dropped by hand on Nov 16'),
      ],
    });
    const parsed = parseDoc(doc);
    expect(carrySourceSections(parsed, '2026-11-30').map((s) => s.date)).toEqual(['2026-11-16']);
    expect(openItemsToCarry(parsed, '2026-11-30').map((c) => [c.text, c.from])).toEqual([
      ['kept through a cancel', '2026-11-09'],
    ]);
  });

  it('keeps person-chip owners and due dates', () => {
    const carried = openItemsToCarry(parseDoc(chipsDoc), '2026-12-08');
    expect(carried.map((c) => [c.owner, c.text, c.due, c.from])).toEqual([
      [
        { kind: 'person', name: 'Ana Lima', email: 'ana@example.com' },
        'draft the Q1 growth plan',
        undefined,
        '2026-12-01',
      ],
      [
        { kind: 'person', name: 'Ben Okafor', email: 'ben@example.com' },
        'intro to the platform team',
        undefined,
        '2026-12-01',
      ],
      [undefined, 'ask Cy Park about budget', 'Dec 8, 2026', '2026-12-01'],
      [undefined, 'ship it', 'Dec 15', '2026-12-01'],
    ]);
    expect(carried.map((c) => formatCarriedItem(c, '2026-12-08'))).toEqual([
      '☐ Ana Lima: draft the Q1 growth plan · from Dec 1',
      '☐ Ben Okafor: intro to the platform team · from Dec 1',
      '☐ ask Cy Park about budget · due Dec 8, 2026 · from Dec 1',
      '☐ ship it · due Dec 15 · from Dec 1',
    ]);
    // Written as text, each reads back with the id of the chip original.
    const reread = parseDoc(
      sectionDoc(
        '2026-12-08',
        carried.map((c) => formatCarriedItem(c, '2026-12-08')),
      ),
    );
    expect(reread.sections[0]!.items.map((i) => i.id)).toEqual(carried.map((c) => c.id));
    expect(reread.sections[0]!.items.map((i) => i.owner)).toEqual([
      { kind: 'name', name: 'Ana Lima' },
      { kind: 'name', name: 'Ben Okafor' },
      undefined,
      undefined,
    ]);
  });

  it('carries the one open item out of 500 meetings', () => {
    const parsed = parseDoc(pastMeetingsDoc(500, '2026-11-23'));
    expect(openItemsToCarry(parsed, '2026-11-30')).toEqual([
      {
        id: itemId('Ana', 'new task 499', '2026-11-23'),
        text: 'new task 499',
        owner: { kind: 'name', name: 'Ana' },
        from: '2026-11-23',
      },
    ]);
    // For a section on Nov 23 itself, Nov 16 is the source: task 497 (odd, carried open) and task 498, which is
    // ticked in Nov 23's copy. A tick counts wherever it is, even in a section after the new date.
    expect(openItemsToCarry(parsed, '2026-11-23').map((c) => c.text)).toEqual(['new task 497']);
  });
});

describe('itemsById', () => {
  it('groups every copy of an item, in Doc order', () => {
    const parsed = parseDoc(carriedTwiceDoc);
    const byId = itemsById(parsed);
    const id = itemId('Ana', 'draft the Q1 growth plan', '2026-11-09');
    expect([...byId.keys()]).toEqual([id]);
    expect(byId.get(id)!.map((i) => i.sectionDate)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09']);
  });
});

describe('doneItemIds', () => {
  it('counts an item done when any copy is, and the sidebar’s commitments agree', () => {
    const parsed = parseDoc(tickedInOneCopyDoc);
    const done = doneItemIds(parsed);
    expect(done).toEqual(
      new Set([itemId('Ana', 'send the deck', '2026-11-09'), itemId('Ben', 'book the room', '2026-11-09')]),
    );
    const newest = parsed.sections.find((s) => s.date === '2026-11-23');
    expect(commitmentsOf(parsed, newest).map((c) => [c.text, c.done])).toEqual([
      ['send the deck', true],
      ['book the room', true],
      ['still open', false],
    ]);
  });
});

describe('formatCarriedItem', () => {
  const item: CarriedItem = {
    id: 'x',
    text: 'draft the Q1 growth plan',
    owner: { kind: 'name', name: 'Ana' },
    due: 'Dec 1',
    from: '2026-11-09',
  };

  it('writes marker, owner, text, due and the first date', () => {
    expect(formatCarriedItem(item, '2026-11-23')).toBe('☐ Ana: draft the Q1 growth plan · due Dec 1 · from Nov 9');
    expect(formatCarriedItem({ ...item, from: '2025-12-28' }, '2026-01-05')).toBe(
      '☐ Ana: draft the Q1 growth plan · due Dec 1 · from Dec 28, 2025',
    );
    expect(formatCarriedItem({ id: 'y', text: 'no owner', from: '2026-11-09' }, '2026-11-23')).toBe(
      '☐ no owner · from Nov 9',
    );
  });

  it('keeps everything on one line and "(due …)" one group', () => {
    expect(formatItemLine({ text: 'two\nlines\u000Bhere', owner: 'Ana\nLima', due: 'Dec (1)' }, '2026-11-23')).toBe(
      '☐ Ana Lima: two lines here · due Dec 1',
    );
  });

  it('reads back as the same item, for items as people write them', () => {
    const word = fc.constantFrom(
      'draft',
      'the',
      'plan',
      'Q1',
      '🚀',
      'مراجعة',
      '(due Dec 1)',
      '(from Nov 9)',
      '(from somewhere)',
      '(due)',
      'Ana:',
      'Note:',
      '10:30',
      'https://x.io/a:b',
      '☐',
      '[x]',
      '<img src=x onerror=alert(1)>',
      '(',
      ')',
      ':',
      '  ',
    );
    const line = fc.record({
      marker: fc.constantFrom('', '☐ ', '[ ] '),
      owner: fc.constantFrom('', 'Ana: ', 'Ana Lima: ', 'ana: ', 'Ana Maria de Souza: '),
      words: fc.array(word, { minLength: 1, maxLength: 8 }),
      sectionDate: fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-06', n)),
      gap: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(line, ({ marker, owner, words, sectionDate, gap }) => {
        const written = `${marker}${owner}${words.join(' ')}`;
        const original = parseDoc(sectionDoc(sectionDate, [written])).sections[0]!.items[0];
        fc.pre(original !== undefined && !original.done);
        const newDate = addDays(sectionDate, gap);
        const [carried] = openItemsToCarry(parseDoc(sectionDoc(sectionDate, [written])), newDate);
        const line = formatCarriedItem(carried!, newDate);
        expect(line.match(/ · from /g)!.length).toBeGreaterThanOrEqual(1);
        const copy = parseDoc(sectionDoc(newDate, [line])).sections[0]!.items[0]!;
        expect(copy.id).toBe(original!.id);
        expect(copy.from).toBe(original!.from);
        expect(copy.text).toBe(original!.text);
        expect(copy.due).toBe(original!.due);
        expect(copy.owner?.name).toBe(original!.owner?.name);
      }),
      { numRuns: 400 },
    );
  });
});

describe('carry-over over many weeks', () => {
  interface Line {
    text: string;
    struck: boolean;
  }
  interface Week {
    date: string;
    carried: Line[];
    actions: Line[];
  }
  interface Model {
    id: string;
    text: string;
    owner?: string;
    due?: string;
    from: string;
    open: boolean;
    original: Line;
  }

  function build(weeks: Week[]) {
    const blocks: BlockSpec[] = [];
    for (const week of [...weeks].reverse()) {
      blocks.push(h2(formatSectionHeading(week.date, 'weekday-short')));
      const asBullet = (l: Line) => bullet(l.struck ? [{ text: l.text, strikethrough: true }] : l.text);
      if (week.carried.length) blocks.push(h3('Carried over'), ...week.carried.map(asBullet));
      blocks.push(h3('Action items'), bullet('☐'), ...week.actions.map(asBullet));
    }
    return buildDocument({ blocks });
  }

  const weekArb = fc.record({
    newItems: fc.array(fc.record({ owner: fc.constantFrom(undefined, 'Ana', 'Ben', 'Cy Park'), due: fc.boolean() }), {
      maxLength: 3,
    }),
    ticks: fc.array(fc.record({ pick: fc.nat(), how: fc.constantFrom('marker', 'original', 'strike') }), {
      maxLength: 2,
    }),
  });

  it('carries every open item every week until it is ticked, once, with its first date', () => {
    fc.assert(
      fc.property(
        fc.array(weekArb, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 120 }),
        (plan, start) => {
          const weeks: Week[] = [];
          const model: Model[] = [];
          let date = addDays('2025-10-06', start);
          for (const [w, step] of plan.entries()) {
            const carried = openItemsToCarry(parseDoc(build(weeks)), date);
            const expected = model.filter((m) => m.open);
            expect(carried.map((c) => c.id)).toEqual(expected.map((m) => m.id));
            expect(carried.map((c) => [c.text, c.owner?.name, c.due, c.from])).toEqual(
              expected.map((m) => [m.text, m.owner, m.due, m.from]),
            );
            const week: Week = { date, carried: [], actions: [] };
            for (const c of carried) {
              const text = formatCarriedItem(c, date);
              expect(text.match(/ · from /g)).toHaveLength(1);
              week.carried.push({ text, struck: false });
            }
            for (const [k, n] of step.newItems.entries()) {
              const text = `task ${w}.${k}`;
              const due = n.due ? `Dec ${k + 1}` : undefined;
              const line = {
                text: `☐ ${n.owner ? `${n.owner}: ` : ''}${text}${due ? ` (due ${due})` : ''}`,
                struck: false,
              };
              week.actions.push(line);
              const entry: Model = { id: itemId(n.owner, text, date), text, from: date, open: true, original: line };
              if (n.owner) entry.owner = n.owner;
              if (due) entry.due = due;
              model.push(entry);
            }
            weeks.push(week);
            // Tick some open items: in this week's carried copy, in the original, or by striking this week's copy.
            for (const tick of step.ticks) {
              const open = model.filter((m) => m.open);
              if (open.length === 0) break;
              const target = open[tick.pick % open.length]!;
              const index = carried.findIndex((c) => c.id === target.id);
              const copy = index >= 0 ? week.carried[index]! : target.original;
              if (tick.how === 'original') target.original.text = target.original.text.replace(/^☐/, '☑');
              else if (tick.how === 'marker') copy.text = copy.text.replace(/^☐/, '✅');
              else copy.struck = true;
              target.open = false;
            }
            date = addDays(date, 7);
          }
          const last = openItemsToCarry(parseDoc(build(weeks)), date);
          expect(last.map((c) => c.id)).toEqual(model.filter((m) => m.open).map((m) => m.id));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('dropped items', () => {
  /** Nov 9's items in four sections: one dropped in its newest copy, one dropped in a copy using [-], one open. */
  const blocks: BlockSpec[] = [
    h2('2026-11-30'),
    h3('Carried over'),
    bullet('✗ Ana: book the offsite  (from Nov 9)'),
    bullet('☐ Ben: send the notes  (from Nov 9)'),
    bullet('☐ Ana: draft the plan  (from Nov 9)'),
    h2('2026-11-23'),
    h3('Carried over'),
    bullet('☐ Ana: book the offsite  (from Nov 9)'),
    bullet('[-] Ben: send the notes  (from Nov 9)'),
    bullet('☐ Ana: draft the plan  (from Nov 9)'),
    h2('2026-11-16'),
    h3('Carried over'),
    bullet('☐ Ana: book the offsite  (from Nov 9)'),
    bullet('☐ Ben: send the notes  (from Nov 9)'),
    bullet('☐ Ana: draft the plan  (from Nov 9)'),
    h2('2026-11-09'),
    h3('Action items'),
    bullet('☐ Ana: book the offsite'),
    bullet('☐ Ben: send the notes'),
    bullet('☐ Ana: draft the plan'),
  ];

  it('reads a dropped marker as dropped, not done, and never carries the item again', () => {
    const parsed = parseDoc(buildDocument({ blocks }));
    const newest = parsed.sections[0]!;
    expect(newest.items.map((i) => [i.text, i.done, Boolean(i.dropped)])).toEqual([
      ['book the offsite', false, true],
      ['send the notes', false, false],
      ['draft the plan', false, false],
    ]);
    expect([...droppedItemIds(parsed)]).toEqual([
      itemId('Ana', 'book the offsite', '2026-11-09'),
      itemId('Ben', 'send the notes', '2026-11-09'),
    ]);
    expect(doneItemIds(parsed).size).toBe(0);
    expect(openItemsToCarry(parsed, '2026-12-07').map((c) => c.text)).toEqual(['draft the plan']);
  });

  it('counts the meetings an item was carried into from its copies, one per day', () => {
    const parsed = parseDoc(buildDocument({ blocks }));
    const plan = itemsById(parsed).get(itemId('Ana', 'draft the plan', '2026-11-09'))!;
    expect(timesCarried(plan)).toBe(3);
    expect(timesCarried(plan.slice(2))).toBe(1);
    expect(timesCarried(plan.slice(3))).toBe(0);
    // Two copies on one day (both people's sections, or one pasted twice) are one meeting.
    expect(timesCarried([...plan, { ...plan[0]! }])).toBe(3);
  });

  it('writes a drop as ✗ (or [-]) with the text struck through, and reads it back dropped; Done and an untick undo it', () => {
    const docs = createDocsEngine();
    const id = docs.put(
      buildDocument({
        blocks: [
          h2('2026-11-16'),
          h3('Carried over'),
          bullet('☐ Ana: draft the plan  (from Nov 9)'),
          bullet('[ ] Ben: book the room  (from Nov 9)'),
          bullet([{ text: 'Ben: plain ' }, { text: 'struck part', strikethrough: true }]),
          h2('2026-11-09'),
          h3('Action items'),
          bullet('☑ Ana: draft the plan'),
          bullet('Ben: book the room'),
        ],
      }),
    );
    const read = () => docs.get(id, { includeTabsContent: true });
    const texts = () =>
      (read().tabs![0]!.documentTab!.body!.content ?? [])
        .filter((e) => e.paragraph?.bullet)
        .map((e) =>
          (e.paragraph!.elements ?? [])
            .map((x) => {
              const text = (x.textRun?.content ?? '').replace(/\n$/, '');
              return text && x.textRun?.textStyle?.strikethrough ? `~${text}~` : text;
            })
            .join(''),
        );
    const setState = (text: string, state: 'open' | 'done' | 'dropped') => {
      const parsed = parseDoc(read());
      const copies = parsed.sections.flatMap((s) => s.items).filter((i) => i.text === text);
      const requests = planSetItemDone(copies, state, parsed.tabId);
      if (requests.length > 0)
        docs.batchUpdate({ requests, writeControl: { requiredRevisionId: read().revisionId! } }, id);
    };
    const before = texts();
    for (const text of ['draft the plan', 'book the room', 'plain struck part']) setState(text, 'dropped');
    expect(texts()).toEqual([
      '✗ ~Ana: draft the plan  (from Nov 9)~',
      '[-] ~Ben: book the room  (from Nov 9)~',
      // A person's own partial strike stays as it was: the marker alone says dropped.
      '✗ Ben: plain ~struck part~',
      '✗ ~Ana: draft the plan~',
      '✗ ~Ben: book the room~',
    ]);
    const parsed = parseDoc(read());
    expect(parsed.sections.flatMap((s) => s.items).map((i) => [i.done, Boolean(i.dropped)])).toEqual(
      Array(5).fill([false, true]),
    );
    expect(openItemsToCarry(parsed, '2026-11-23')).toEqual([]);
    setState('draft the plan', 'done');
    setState('book the room', 'open');
    setState('plain struck part', 'open');
    expect(texts()).toEqual([
      '☑ ~Ana: draft the plan  (from Nov 9)~',
      '[ ] Ben: book the room  (from Nov 9)',
      '☐ Ben: plain ~struck part~',
      '☑ ~Ana: draft the plan~',
      '☐ Ben: book the room',
    ]);
    // Nothing the user wrote was lost: each line is what it was, but for its marker and strikethrough.
    const words = (lines: string[]) => lines.map((l) => l.replace(/~/g, '').replace(/^(?:[☐☑✗] |\[[ x-]\] )/, ''));
    expect(words(texts())).toEqual(words(before));
  });
});

describe('commitmentsOf', () => {
  /** The item was first written on Oct 19 and carried into every weekly section since; ben's is new on Nov 30. */
  const weekly = ['2026-11-30', '2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26', '2026-10-19'];
  const doc = (upcomingExtra: string[] = []) =>
    buildDocument({
      blocks: weekly.flatMap((date, i) => [
        h2(date),
        h3(i === weekly.length - 1 ? 'Action items' : 'Carried over'),
        ...(date <= '2026-11-23' || i === 0
          ? [
              bullet(i === weekly.length - 1 ? '☐ Ana: draft the plan' : '☐ Ana: draft the plan  (from Oct 19)'),
              bullet(
                i === weekly.length - 1
                  ? '☐ Ben: send the deck (due Nov 20)'
                  : '☐ Ben: send the deck (due Nov 20)  (from Oct 19)',
              ),
            ]
          : []),
        ...(i === 0 ? [h3('Action items'), ...upcomingExtra.map((l) => bullet(l))] : []),
      ]),
    });

  it('puts overdue items first with their due date, counts carries, asks "Still on?" from the third, and lists new items apart', () => {
    const parsed = parseDoc(doc(['☐ Ben: new this week', '☑ Ana: done already']));
    const [upcoming, last] = parsed.sections;
    const rows = commitmentsOf(parsed, last, { today: '2026-11-23', upcoming });
    expect(
      rows.map((c) => [c.text, c.timesCarried, c.stillOn, c.dueDate, c.overdueDays, c.newThisTime, c.done]),
    ).toEqual([
      ['send the deck', 6, true, '2026-11-20', 3, undefined, false],
      ['draft the plan', 6, true, undefined, undefined, undefined, false],
      ['new this week', undefined, undefined, undefined, undefined, true, false],
      ['done already', undefined, undefined, undefined, undefined, true, true],
    ]);
    // Not overdue on its due day; no "Still on?" before the third carry.
    const early = commitmentsOf(parsed, parsed.sections[4], { today: '2026-11-20' });
    expect(early.map((c) => [c.text, c.timesCarried, c.stillOn, c.overdueDays])).toEqual([
      ['draft the plan', 6, true, undefined],
      ['send the deck', 6, true, undefined],
    ]);
  });

  it('does not ask again about an item kept at its current count, and asks again once it is carried again', () => {
    const parsed = parseDoc(doc());
    const last = parsed.sections[1];
    const id = itemId('Ana', 'draft the plan', '2026-10-19');
    const ask = (kept: Record<string, number>) =>
      commitmentsOf(parsed, last, { today: '2026-11-23', kept }).find((c) => c.id === id)!.stillOn;
    expect(ask({})).toBe(true);
    expect(ask({ [id]: 6 })).toBeUndefined();
    expect(ask({ [id]: 5 })).toBe(true);
  });

  it('never asks about, nor counts as overdue, an item that is done or dropped; a dropped one is not done', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('2026-11-30'),
          h3('Carried over'),
          bullet('✗ Ben: send the deck (due Nov 1)  (from Oct 19)'),
          bullet('☑ Ana: draft the plan (due Nov 1)  (from Oct 19)'),
          ...['2026-11-23', '2026-11-16', '2026-11-09'].flatMap((date) => [
            h2(date),
            h3('Carried over'),
            bullet('☐ Ben: send the deck (due Nov 1)  (from Oct 19)'),
            bullet('☐ Ana: draft the plan (due Nov 1)  (from Oct 19)'),
          ]),
        ],
      }),
    );
    const rows = commitmentsOf(parsed, parsed.sections[1], { today: '2026-11-23' });
    expect(rows.map((c) => [c.text, c.done, c.dropped, c.stillOn, c.overdueDays, c.timesCarried])).toEqual([
      ['send the deck', false, true, undefined, undefined, 4],
      ['draft the plan', true, undefined, undefined, undefined, 4],
    ]);
  });

  it('reads a due date in the year around the item’s first date', () => {
    expect(dueDateOf('Nov 30', '2026-11-23')).toBe('2026-11-30');
    expect(dueDateOf('Jan 5', '2026-12-20')).toBe('2027-01-05');
    expect(dueDateOf('Nov 1', '2026-11-23')).toBe('2026-11-01');
    expect(dueDateOf('Dec 8, 2026', '2026-12-01')).toBe('2026-12-08');
    expect(dueDateOf('2027-02-01', '2026-12-01')).toBe('2027-02-01');
    expect(dueDateOf('next week', '2026-12-01')).toBeUndefined();
  });
});

describe('the people a carried owner can be, and what is carried', () => {
  it('are the organiser and the attendees, lower-cased; the pair, or the organiser alone of a larger series', () => {
    expect(chipPeopleOf(undefined)).toEqual({ invited: [], pair: [] });
    expect(chipPeopleOf({ organizer: 'Ana@X.com', attendees: ['BEN@x.com'] })).toEqual({
      invited: [{ email: 'ana@x.com' }, { email: 'ben@x.com' }],
      pair: ['ana@x.com', 'ben@x.com'],
    });
    expect(chipPeopleOf({ attendees: ['a@x.com', 'b@x.com', 'c@x.com'] })).toEqual({
      invited: [{ email: 'a@x.com' }, { email: 'b@x.com' }, { email: 'c@x.com' }],
      pair: [],
    });
    expect(chipPeopleOf({ organizer: 'o@x.com', attendees: ['a@x.com', 'b@x.com'] }).pair).toEqual(['o@x.com']);
  });

  it('a person chip stays the person it is, whatever name it shows; an address the API cannot link stays a name', () => {
    const people = {
      invited: [{ email: 'ana@x.com' }, { email: 'bad address@x.com' }],
      pair: ['ana@x.com', 'bad address@x.com'],
    };
    const chip = { kind: 'person' as const, name: 'Ana', email: 'ana.other@x.com' };
    expect(asPerson(chip, people)).toBe(chip);
    expect(asPerson({ kind: 'name', name: 'bad address' }, people)).toEqual({ kind: 'name', name: 'bad address' });
    const trailing = { invited: [{ email: 'cy@x.com and more' }], pair: ['cy@x.com and more'] };
    expect(asPerson({ kind: 'name', name: 'Cy' }, trailing)).toEqual({ kind: 'name', name: 'Cy' });
    expect(asPerson({ kind: 'name', name: 'Ana' }, people)).toEqual({
      kind: 'person',
      name: 'Ana',
      email: 'ana@x.com',
    });
  });

  it('makes no person of a blank owner, even beside an address or a name that starts with a separator', () => {
    const people = { invited: [{ email: '_ana@x.com', name: ' Ana' }], pair: ['_ana@x.com'] };
    expect(asPerson({ kind: 'name', name: ' ' }, people)).toEqual({ kind: 'name', name: ' ' });
    expect(asPerson({ kind: 'name', name: 'Ana' }, people)).toEqual({
      kind: 'person',
      name: 'Ana',
      email: '_ana@x.com',
    });
  });

  it('matches a name by the first word a person’s own name gives', () => {
    const people = { invited: [{ email: 'asilva@x.com', name: 'Ana Silva' }], pair: ['asilva@x.com'] };
    expect(asPerson({ kind: 'name', name: 'Ana' }, people)).toEqual({
      kind: 'person',
      name: 'Ana',
      email: 'asilva@x.com',
    });
  });

  it('carries from the newest day whose sections are not all cancelled and empty, names staying names by default', () => {
    const parsed = parseDoc(
      buildDocument({
        blocks: [
          h2('Mon, Nov 16, 2026 (cancelled)'),
          h2('2026-11-16'),
          h3('Action items'),
          bullet('☐ Ana: draft the plan'),
          h2('2026-11-09'),
          h3('Action items'),
          bullet('☐ Ana: older'),
        ],
      }),
    );
    const carried = openItemsToCarry(parsed, '2026-11-23');
    expect(carried).toStrictEqual([
      { id: carried[0]!.id, text: 'draft the plan', from: '2026-11-16', owner: { kind: 'name', name: 'Ana' } },
    ]);
  });

  it('writes a due date chip with what insertDate takes, and a due date’s dots as spaces', () => {
    const item = {
      id: 'x',
      text: 'send it',
      from: '2026-11-16',
      due: 'Nov 30',
      dueChip: {
        timestamp: '2026-11-30T12:00:00Z',
        timeZoneId: 'Europe/Paris',
        locale: 'fr',
        dateFormat: 'DATE_FORMAT_MONTH_DAY_FULL',
        timeFormat: 'TIME_FORMAT_HOUR_MINUTE',
      },
    };
    expect(carriedLine(item, '2026-11-23').chips).toEqual([{ offset: 16, date: item.dueChip }]);
    for (const dateFormat of [
      'DATE_FORMAT_MONTH_DAY_ABBREVIATED',
      'DATE_FORMAT_MONTH_DAY_YEAR_ABBREVIATED',
      'DATE_FORMAT_ISO8601',
    ])
      expect(carriedLine({ ...item, dueChip: { timestamp: 't', dateFormat } }, '2026-11-23').chips[0]).toEqual({
        offset: 16,
        date: { timestamp: 't', dateFormat },
      });
    for (const timeFormat of ['TIME_FORMAT_DISABLED', 'TIME_FORMAT_HOUR_MINUTE_TIMEZONE'])
      expect(carriedLine({ ...item, dueChip: { timestamp: 't', timeFormat } }, '2026-11-23').chips[0]).toEqual({
        offset: 16,
        date: { timestamp: 't', timeFormat },
      });
    const unknown = { timestamp: 't', dateFormat: 'DATE_FORMAT_CUSTOM', timeFormat: 'TIME_FORMAT_CUSTOM' };
    expect(carriedLine({ ...item, dueChip: unknown }, '2026-11-23').chips[0]).toStrictEqual({
      offset: 16,
      date: { timestamp: 't' },
    });
    expect(formatCarriedItem({ id: 'x', text: 'call', from: '2026-11-23', due: 'Fri·Sat' }, '2026-11-23')).toBe(
      '☐ call · due Fri Sat · from Nov 23',
    );
  });
});
