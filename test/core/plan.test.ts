// The batchUpdate plans, applied by the in-memory Docs engine and read back: sections, ticks, re-dating, cancelling.

import { type BlockSpec, buildDocument, bullet, h2, h3, p, table } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { openItemsToCarry } from '../../src/core/carryOver';
import { markersIn, OPEN_MARKERS } from '../../src/core/markers';
import type { ParsedDoc } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import {
  planAddToSubsection,
  planInsertSection,
  planMarkCancelled,
  planRedateHeading,
  planSetItemDone,
  type SectionPlanInput,
} from '../../src/core/plan';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { withListIndents } from '../fixtures/docs';
import { bodyText, keepsAllText } from '../support/world';

const DONE_MARKERS = markersIn('done');

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

function engineWith(blocks: BlockSpec[]) {
  const docs = createDocsEngine();
  const id = docs.put(withListIndents(buildDocument({ blocks })));
  const read = () => docs.get(id, { includeTabsContent: true });
  const apply = (requests: NonNullable<Parameters<typeof docs.batchUpdate>[0]['requests']>) => {
    docs.batchUpdate({ requests, writeControl: { requiredRevisionId: read().revisionId! } }, id);
    const doc = read();
    assertValidDocument(doc);
    return doc;
  };
  return { read, apply };
}

function insertInput(parsed: ParsedDoc, date: string, overrides: Partial<SectionPlanInput> = {}): SectionPlanInput {
  return {
    parsed,
    date,
    key: `day|${date}`,
    ...DEFAULT_SETTINGS,
    carried: openItemsToCarry(parsed, date),
    ...overrides,
  };
}

function paragraphsOf(doc: Document) {
  return (doc.tabs![0]!.documentTab!.body!.content ?? [])
    .filter((e) => e.paragraph)
    .map((e) => ({
      text: (e.paragraph!.elements ?? [])
        .map((x) => x.textRun?.content ?? '')
        .join('')
        .replace(/\n$/, ''),
      style: e.paragraph!.paragraphStyle?.namedStyleType,
      bulleted: Boolean(e.paragraph!.bullet),
      indent: [e.paragraph!.paragraphStyle?.indentStart, e.paragraph!.paragraphStyle?.indentFirstLine],
      runs: e.paragraph!.elements ?? [],
    }));
}

const adopted: BlockSpec[] = [
  p('Ana / Ben — 1:1 notes 🚀', { style: 'TITLE' }),
  table([['Goals', 'Career doc']]),
  h2('Nov 16, 2026'),
  h3('Action items'),
  bullet('☐ Ben: intro to the platform team'),
  bullet([{ text: '☐ Ana: book the offsite', bold: true }]),
  h2('2026-11-09'),
  h3('Next steps'),
  bullet('[ ] Ana: draft the Q1 growth plan'),
];

describe('planInsertSection', () => {
  it('inserts newest first, above the newest section, after an emoji and a table', () => {
    const { read, apply } = engineWith(adopted);
    const before = read();
    const after = apply(planInsertSection(insertInput(parse(before), '2026-11-23')).requests);
    const parsed = parse(after);
    expect(parsed.sections.map((s) => [s.date, s.key])).toEqual([
      ['2026-11-23', 'day|2026-11-23'],
      ['2026-11-16', undefined],
      ['2026-11-09', undefined],
    ]);
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
    const section = paragraphsOf(after).slice(1, 13);
    expect(section.map((x) => [x.style, x.bulleted, x.text])).toEqual([
      ['HEADING_2', false, 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', false, 'Carried over'],
      ['NORMAL_TEXT', true, '☐ Ben: intro to the platform team · from Nov 16'],
      ['NORMAL_TEXT', true, '☐ Ana: book the offsite · from Nov 16'],
      ['HEADING_3', false, 'Agenda'],
      ['NORMAL_TEXT', true, ''],
      ['NORMAL_TEXT', false, 'Wins · Blockers · Feedback both ways · Growth · Personal'],
      ['HEADING_3', false, 'Notes'],
      ['NORMAL_TEXT', false, ''],
      ['HEADING_3', false, 'Action items'],
      ['NORMAL_TEXT', true, '☐ '],
      ['HEADING_2', false, 'Nov 16, 2026'],
    ]);
    // The greyed prompt is grey and italic; carried text does not inherit the bold of the text it was copied from.
    const prompt = section[6]!.runs[0]!.textRun!.textStyle!;
    expect(prompt.italic).toBe(true);
    expect(prompt.foregroundColor?.color?.rgbColor).toEqual({ red: 0.6, green: 0.6, blue: 0.6 });
    expect(section[3]!.runs.every((r) => !r.textRun?.textStyle?.bold)).toBe(true);
  });

  it('keeps the carried items’ ids, so a tick in either copy counts for both', () => {
    const { read, apply } = engineWith(adopted);
    const after = apply(planInsertSection(insertInput(parse(read()), '2026-11-23')).requests);
    const parsed = parse(after);
    const newIds = parsed.sections[0]!.items.map((i) => i.id);
    const oldIds = parsed.sections[1]!.items.map((i) => i.id);
    expect(newIds).toEqual(oldIds);
  });

  it('inserts oldest first at the end, even after a bulleted last paragraph', () => {
    const { read, apply } = engineWith([h2('2026-11-09'), h3('Action items'), bullet('☐ Ana: draft the plan')]);
    const before = read();
    const after = apply(
      planInsertSection(insertInput(parse(before), '2026-11-16', { position: 'oldest-first' })).requests,
    );
    const paragraphs = paragraphsOf(after);
    expect(paragraphs.map((x) => [x.style, x.bulleted, x.text])).toEqual([
      ['HEADING_2', false, '2026-11-09'],
      ['HEADING_3', false, 'Action items'],
      ['NORMAL_TEXT', true, '☐ Ana: draft the plan'],
      ['HEADING_2', false, 'Mon, Nov 16, 2026 · 1:1'],
      ['HEADING_3', false, 'Carried over'],
      ['NORMAL_TEXT', true, '☐ Ana: draft the plan · from Nov 9'],
      ['HEADING_3', false, 'Agenda'],
      ['NORMAL_TEXT', true, ''],
      ['NORMAL_TEXT', false, 'Wins · Blockers · Feedback both ways · Growth · Personal'],
      ['HEADING_3', false, 'Notes'],
      ['NORMAL_TEXT', false, ''],
      ['HEADING_3', false, 'Action items'],
      ['NORMAL_TEXT', true, '☐ '],
    ]);
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
  });

  it('puts the first section after the opening block of a Doc with no dated headings', () => {
    const { read, apply } = engineWith([ANA_BEN_TITLE, p('How we work together.')]);
    const after = apply(planInsertSection(insertInput(parse(read()), '2026-11-23', { template: 'first' })).requests);
    const paragraphs = paragraphsOf(after);
    expect(paragraphs.slice(0, 3).map((x) => x.text)).toEqual([
      'Ana / Ben — 1:1 notes',
      'How we work together.',
      'Mon, Nov 23, 2026 · 1:1',
    ]);
    expect(paragraphs.map((x) => x.text)).toContain(
      'How do you like to receive feedback: written or in person, right away or saved for our 1:1?',
    );
    expect(paragraphs.map((x) => x.text)).not.toContain('Carried over');
  });

  it('writes the heading in the chosen date format and keeps a section prepared ahead on top', () => {
    const { read, apply } = engineWith([h2('Mon, Nov 30, 2026 · 1:1', '1on1:day|2026-11-30'), h2('2026-11-16')]);
    const after = apply(planInsertSection(insertInput(parse(read()), '2026-11-23', { dateFormat: 'iso' })).requests);
    expect(parse(after).sections.map((s) => s.headingText)).toEqual([
      'Mon, Nov 30, 2026 · 1:1',
      '2026-11-23 · 1:1',
      '2026-11-16',
    ]);
  });
});

describe('headings never inherit a list’s indent', () => {
  /** The paragraphs from the one with this text on, that have no bullet: headings, subheadings, prompts, empty lines. */
  const unbulletedFrom = (doc: Document, text: string) => {
    const all = paragraphsOf(doc);
    return all.slice(all.findIndex((x) => x.text === text)).filter((x) => !x.bulleted);
  };

  it.each([
    ['newest first, in a Doc that so far ends with a nested list', 'newest-first' as const],
    ['oldest first, after a section that ends with a nested list', 'oldest-first' as const],
  ])('inserts a section with no indented heading, subheading or prompt: %s', (_name, position) => {
    const { read, apply } = engineWith([
      ANA_BEN_TITLE,
      ...(position === 'oldest-first' ? [h2('2026-11-09'), h3('Action items')] : [p('Ground rules')]),
      bullet('☐ Ana: draft the plan'),
      bullet('☐ Ana: the deeper step', 1),
      bullet('and deeper still', 2),
    ]);
    const after = apply(planInsertSection(insertInput(parse(read()), '2026-11-23', { position })).requests);
    const plain = unbulletedFrom(after, 'Mon, Nov 23, 2026 · 1:1');
    expect(plain.map((x) => [x.style, x.text])).toEqual([
      ['HEADING_2', 'Mon, Nov 23, 2026 · 1:1'],
      ...(position === 'oldest-first' ? [['HEADING_3', 'Carried over']] : []),
      ['HEADING_3', 'Agenda'],
      ['NORMAL_TEXT', 'Wins · Blockers · Feedback both ways · Growth · Personal'],
      ['HEADING_3', 'Notes'],
      ['NORMAL_TEXT', ''],
      ['HEADING_3', 'Action items'],
    ]);
    for (const x of plain) expect([x.text, x.indent]).toEqual([x.text, [undefined, undefined]]);
  });

  it('adds a missing subsection one level below a deep date heading, so that it stays part of that meeting', () => {
    const { read, apply } = engineWith([
      p('Tue, Dec 1, 2026', { style: 'HEADING_4' }),
      p('Talked about the roadmap.'),
      p('Older notes', { style: 'HEADING_1' }),
    ]);
    const parsed = parse(read());
    const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', 'Roadmap').requests);
    expect(paragraphsOf(doc).map((x) => [x.style, x.text])).toEqual([
      ['HEADING_4', 'Tue, Dec 1, 2026'],
      ['NORMAL_TEXT', 'Talked about the roadmap.'],
      ['HEADING_5', 'Agenda'],
      ['NORMAL_TEXT', 'Roadmap'],
      ['HEADING_1', 'Older notes'],
    ]);
    const agenda = parse(doc).sections[0]!.subsections.find((s) => s.kind === 'agenda');
    expect(agenda?.paragraphs.map((x) => x.text)).toEqual(['Roadmap']);
  });

  it('adds a missing Agenda subheading after a nested list at the end of the Doc without an indent', () => {
    const { read, apply } = engineWith([
      h2('2026-11-23'),
      h3('Notes'),
      bullet('first thought'),
      bullet('a nested thought', 2),
    ]);
    const parsed = parse(read());
    const after = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', 'Roadmap').requests);
    const last = paragraphsOf(after).slice(-2);
    expect(last.map((x) => [x.style, x.bulleted, x.text, x.indent])).toEqual([
      ['HEADING_3', false, 'Agenda', [undefined, undefined]],
      ['NORMAL_TEXT', true, 'Roadmap', [undefined, undefined]],
    ]);
  });
});

describe('planSetItemDone', () => {
  const twoCopies: BlockSpec[] = [
    h2('2026-11-16'),
    h3('Carried over'),
    bullet('☐ Ana: draft the plan  (from Nov 9)'),
    bullet('[ ] Ben: book the room  (from Nov 9)'),
    h2('2026-11-09'),
    h3('Action items'),
    bullet('☐ Ana: draft the plan'),
    bullet('[ ] Ben: book the room'),
    bullet('Ben: plain item 🚀'),
  ];

  it('ticks every copy, keeping each marker’s style, and strikes the text through', () => {
    const { read, apply } = engineWith(twoCopies);
    const before = parse(read());
    for (const text of ['draft the plan', 'book the room']) {
      const parsed = parse(read());
      const copies = parsed.sections.flatMap((s) => s.items).filter((i) => i.text === text);
      expect(copies).toHaveLength(2);
      apply(planSetItemDone(copies, true, parsed.tabId));
    }
    const after = read();
    const texts = paragraphsOf(after)
      .filter((x) => x.bulleted)
      .map((x) => x.text);
    expect(texts).toEqual([
      '☑ Ana: draft the plan  (from Nov 9)',
      '[x] Ben: book the room  (from Nov 9)',
      '☑ Ana: draft the plan',
      '[x] Ben: book the room',
      'Ben: plain item 🚀',
    ]);
    const items = parse(after).sections.flatMap((s) => s.items);
    expect(items.map((i) => i.done)).toEqual([true, true, true, true, false]);
    expect(items.map((i) => i.id)).toEqual(before.sections.flatMap((s) => s.items).map((i) => i.id));
  });

  it('unticks back to an open marker and removes the strikethrough', () => {
    const { read, apply } = engineWith(twoCopies);
    let parsed = parse(read());
    const copies = () => parsed.sections.flatMap((s) => s.items).filter((i) => i.text === 'draft the plan');
    apply(planSetItemDone(copies(), true));
    parsed = parse(read());
    apply(planSetItemDone(copies(), false));
    parsed = parse(read());
    expect(copies().map((c) => c.done)).toEqual([false, false]);
    expect(
      paragraphsOf(read())
        .filter((x) => x.bulleted)
        .map((x) => x.text)[0],
    ).toBe('☐ Ana: draft the plan  (from Nov 9)');
  });

  it('adds a done marker to an item that had none, after an emoji, deleting nothing', () => {
    const { read, apply } = engineWith(twoCopies);
    const before = read();
    const parsed = parse(before);
    const plain = parsed.sections.flatMap((s) => s.items).filter((i) => i.text === 'plain item 🚀');
    const after = apply(planSetItemDone(plain, true));
    expect(paragraphsOf(after).at(-1)!.text).toBe('☑ Ben: plain item 🚀');
    expect(parse(after).sections[1]!.items.at(-1)).toMatchObject({ done: true, id: plain[0]!.id });
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
  });

  /** Every marker read, toggled once and back: the second form is the family's other state, the third its own again. */
  const toggles: [string, string, string][] = [
    ['[x]', '[ ]', '[x]'],
    ['[X]', '[ ]', '[x]'],
    ['☑', '☐', '☑'],
    ['☑\uFE0F', '☐', '☑'],
    ['✅', '☐', '☑'],
    ['✓', '☐', '☑'],
    ['✔', '☐', '☑'],
    ['✔\uFE0F', '☐', '☑'],
    ['[ ]', '[x]', '[ ]'],
    ['☐', '☑', '☐'],
  ];

  it('toggles every marker the parser reads', () => {
    const toggled = new Set(toggles.map(([first]) => first));
    expect([...OPEN_MARKERS, ...DONE_MARKERS].filter((m) => !toggled.has(m))).toEqual([]);
  });

  it.each(toggles)('toggles %j to %j and back to %j in the Doc, each reading as asked', (first, second, third) => {
    const { read, apply } = engineWith([h2('2026-11-09'), h3('Action items'), bullet(`${first} Ana: send the deck`)]);
    const item = () => parse(read()).sections[0]!.items[0]!;
    const line = () => paragraphsOf(read()).at(-1)!.text;
    const startsDone = item().done;
    apply(planSetItemDone([item()], !startsDone));
    expect([line(), item().done]).toEqual([`${second} Ana: send the deck`, !startsDone]);
    apply(planSetItemDone([item()], startsDone));
    expect([line(), item().done]).toEqual([`${third} Ana: send the deck`, startsDone]);
  });

  it('plans nothing when every copy is already in the wanted state', () => {
    const { read } = engineWith(twoCopies);
    const open = parse(read())
      .sections.flatMap((s) => s.items)
      .filter((i) => i.text === 'draft the plan');
    expect(planSetItemDone(open, false)).toEqual([]);
  });
});

describe('planSetItemDone changes only the marker and the add-on’s own strikethrough', () => {
  /** The struck and unstruck stretches of the bulleted paragraphs, as [text, struck], runs of one kind joined. */
  const strikes = (doc: Document) =>
    paragraphsOf(doc)
      .filter((x) => x.bulleted)
      .map((x) => {
        const out: [string, boolean][] = [];
        for (const run of x.runs) {
          const text = (run.textRun?.content ?? '').replace(/\n$/, '');
          const struck = Boolean(run.textRun?.textStyle?.strikethrough);
          const last = out[out.length - 1];
          if (last && last[1] === struck) last[0] += text;
          else if (text) out.push([text, struck]);
        }
        return out;
      });
  const personsStrike: BlockSpec[] = [
    h2('2026-11-16'),
    h3('Carried over'),
    bullet([
      { text: '☐ Ana: book ' },
      { text: 'the Lisbon offsite', strikethrough: true },
      { text: ' the Porto offsite  (from Nov 9)' },
    ]),
    h2('2026-11-09'),
    h3('Action items'),
    bullet([
      { text: '☐ Ana: book ' },
      { text: 'the Lisbon offsite', strikethrough: true },
      { text: ' the Porto offsite' },
    ]),
    bullet('☐ Ben: send the notes'),
  ];
  const copiesOf = (doc: Document, text: string) =>
    parse(doc)
      .sections.flatMap((s) => s.items)
      .filter((i) => i.text === text);
  const item = 'book the Lisbon offsite the Porto offsite';

  it('ticking then unticking keeps a person’s own strikethrough on part of an item, in every copy', () => {
    const { read, apply } = engineWith(personsStrike);
    const before = strikes(read());
    expect(copiesOf(read(), item).map((c) => c.strike)).toEqual(['part', 'part']);
    const ticked = apply(planSetItemDone(copiesOf(read(), item), true));
    expect(copiesOf(ticked, item).map((c) => [c.done, c.marker?.text])).toEqual([
      [true, '☑'],
      [true, '☑'],
    ]);
    // The done marker alone says done: the person's strikethrough is exactly as it was.
    const swapMarker = (runs: [string, boolean][]) =>
      runs.map(([t, s], i): [string, boolean] => [i === 0 ? t.replace('☐', '☑') : t, s]);
    expect(strikes(ticked)).toEqual([...before.slice(0, 2).map(swapMarker), before[2]]);
    const unticked = apply(planSetItemDone(copiesOf(ticked, item), false));
    expect(copiesOf(unticked, item).map((c) => [c.done, c.marker?.text])).toEqual([
      [false, '☐'],
      [false, '☐'],
    ]);
    expect(strikes(unticked)).toEqual(before);
  });

  it('a tick strikes the whole text only when none of it is struck, and an untick removes only a strike over all of it', () => {
    const { read, apply } = engineWith(personsStrike);
    const ticked = apply(planSetItemDone(copiesOf(read(), 'send the notes'), true));
    expect(strikes(ticked)[2]).toEqual([
      ['☑ ', false],
      ['Ben: send the notes', true],
    ]);
    expect(copiesOf(ticked, 'send the notes')[0]!.strike).toBe('all');
    const unticked = apply(planSetItemDone(copiesOf(ticked, 'send the notes'), false));
    expect(strikes(unticked)[2]).toEqual([['☐ Ben: send the notes', false]]);
  });

  it('unticking an item a person struck through entirely removes that strike, since it would still read as done', () => {
    const { read, apply } = engineWith([
      h2('2026-11-09'),
      h3('Action items'),
      bullet([{ text: '☐ ' }, { text: 'Ana: call the vendor', strikethrough: true }]),
      bullet([{ text: '☑ ' }, { text: 'Ana: renew the licence', strikethrough: true }]),
    ]);
    for (const text of ['call the vendor', 'renew the licence']) {
      const copies = copiesOf(read(), text);
      expect(copies.map((c) => [c.done, c.strike])).toEqual([[true, 'all']]);
      apply(planSetItemDone(copies, false));
    }
    expect(strikes(read())).toEqual([[['☐ Ana: call the vendor', false]], [['☐ Ana: renew the licence', false]]]);
    expect(parse(read()).sections[0]!.items.map((i) => i.done)).toEqual([false, false]);
  });

  it('a tick leaves a person’s strike on a single space alone, and an untick after it too', () => {
    const { read, apply } = engineWith([
      h2('2026-11-09'),
      h3('Action items'),
      bullet([{ text: '☐ Ana: call' }, { text: ' ', strikethrough: true }, { text: 'the vendor' }]),
    ]);
    const before = strikes(read());
    expect(copiesOf(read(), 'call the vendor')[0]!.strike).toBe('part');
    apply(planSetItemDone(copiesOf(read(), 'call the vendor'), true));
    apply(planSetItemDone(copiesOf(read(), 'call the vendor'), false));
    expect(strikes(read())).toEqual(before);
  });
});

describe('planRedateHeading and planMarkCancelled', () => {
  const keyed: BlockSpec[] = [
    p('Notes'),
    h2('Mon, Nov 23, 2026 · 1:1', '1on1:series|2026-11-23T15:00:00Z'),
    h3('Agenda'),
    bullet('Roadmap'),
  ];

  it('re-dates the heading in place and keeps its key', () => {
    const { read, apply } = engineWith(keyed);
    const section = parse(read()).sections[0]!;
    const after = apply(planRedateHeading(section, 'Tue, Nov 24, 2026 · 1:1', '2026-11-24'));
    const redated = parse(after).sections[0]!;
    expect(redated).toMatchObject({
      headingText: 'Tue, Nov 24, 2026 · 1:1',
      date: '2026-11-24',
      key: 'series|2026-11-23T15:00:00Z',
    });
    expect(paragraphsOf(after).map((x) => x.text)).toEqual(['Notes', 'Tue, Nov 24, 2026 · 1:1', 'Agenda', 'Roadmap']);
  });

  it('marks a cancelled occurrence and keeps everything under it', () => {
    const { read, apply } = engineWith(keyed);
    const section = parse(read()).sections[0]!;
    const after = apply(planMarkCancelled(section));
    const cancelled = parse(after).sections[0]!;
    expect(cancelled).toMatchObject({ cancelled: true, date: '2026-11-23', key: 'series|2026-11-23T15:00:00Z' });
    expect(cancelled.headingText).toBe('Mon, Nov 23, 2026 · 1:1 (cancelled)');
    expect(planMarkCancelled(cancelled)).toEqual([]);
  });
});
