// The batchUpdate plans, applied by the in-memory Docs engine and read back: sections, ticks, re-dating, cancelling.

import fc from 'fast-check';
import { type BlockSpec, buildDocument, bullet, h2, h3, p, table } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { type CarriedItem, openItemsToCarry } from '../../src/core/carryOver';
import { namedRangeName } from '../../src/core/keys';
import { markersIn, OPEN_MARKERS } from '../../src/core/markers';
import type { ParsedDoc } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import {
  insertionPoint,
  planAddToSubsection,
  planAdoptSection,
  planInsertSection,
  planMarkCancelled,
  planRecordWrittenFor,
  planRedateHeading,
  planSetItemDone,
  type SectionPlanInput,
  sectionParagraphs,
} from '../../src/core/plan';
import { ALL_PROMPT_LINES, type SectionFormat, type SubsectionFormat } from '../../src/core/templates';
import { said } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Document, Request } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { withListIndents } from '../fixtures/docs';
import { spanOf, suggest, suggestedRuns, suggestText } from '../fixtures/suggestions';
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
    const written: string[][] = [];
    for (const text of ['call the vendor', 'renew the licence']) {
      const copies = copiesOf(read(), text);
      expect(copies.map((c) => [c.done, c.strike])).toEqual([[true, 'all']]);
      const requests = planSetItemDone(copies, false);
      written.push(requests.map((r) => Object.keys(r)[0]!));
      apply(requests);
    }
    // A marker that already says open is left in place: only the strike goes.
    expect(written).toEqual([
      ['updateTextStyle'],
      ['updateTextStyle', 'deleteContentRange', 'insertText', 'updateTextStyle'],
    ]);
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

describe('planRedateHeading, character by character', () => {
  /** The Doc with `old` as a keyed heading, re-dated to `next`: its heading, key, written-for record and neighbours. */
  function redated(old: string, next: string) {
    const { read, apply } = engineWith([p('Notes'), h2(old, '1on1:series|k'), p('after')]);
    const section = parse(read()).sections[0]!;
    const requests = planRedateHeading(section, next, '2026-12-01');
    const doc = apply(requests);
    const ranges = doc.tabs![0]!.documentTab!.namedRanges!;
    const span = (name: string) => ranges[name]?.namedRanges?.[0]?.ranges?.[0];
    return { requests, texts: paragraphsOf(doc).map((x) => x.text), span, heading: paragraphsOf(doc)[1]! };
  }

  it.each([
    ['Mon, Nov 23, 2026 · 1:1', 'Tue, Nov 24, 2026 · 1:1'],
    ['Mon, Nov 23, 2026 · 1:1', 'Mon, Nov 30, 2026 · 1:1'],
    ['Mon, Nov 23, 2026 · 1:1', 'Wed, Dec 2, 2026 · 1:1'],
    ['Mon, Nov 2, 2026 · 1:1', 'Mon, Nov 23, 2026 · 1:1'],
    ['2026-11-23', '2026-11-24'],
    ['2026-11-23', '2027-01-01'],
    ['Nov 23, 2026', 'Nov 3, 2026'],
    ['Nov 3, 2026', 'Nov 23, 2026'],
    ['3 Nov 2026', '23 Nov 2026'],
    ['2026-11-23 · 1:1', '2026-11-23 · 1:1 prep'],
    ['2026-11-23 · 1:1 prep', '2026-11-23 · 1:1'],
    ['x 2026-11-23', 'y 2026-11-23'],
    ['2026-11-23 x', '2026-11-23 y'],
    ['2026-11-23', '2026-11-23 a'],
    ['2026-11-23 a', '2026-11-23'],
  ])('%j becomes %j, its key and record over exactly the new heading', (old, next) => {
    const { texts, span, heading } = redated(old, next);
    expect(texts).toEqual(['Notes', next, 'after']);
    expect(heading.style).toBe('HEADING_2');
    const start = 'Notes\n'.length + 1;
    expect(span('1on1-at:2026-12-01')).toMatchObject({ startIndex: start, endIndex: start + next.length });
    expect(span('1on1:series|k')).toMatchObject({ startIndex: start });
  });

  it('writes nothing for a heading that already reads so, or has no text', () => {
    const { read } = engineWith([h2('2026-11-23', '1on1:series|k')]);
    const section = parse(read()).sections[0]!;
    expect(planRedateHeading(section, '2026-11-23', '2026-11-23')).toEqual([]);
    expect(planRedateHeading({ ...section, headingText: '' }, '2026-11-24', '2026-11-24')).toEqual([]);
  });

  it('moves the record of the date it was written for, and only it', () => {
    const { read, apply } = engineWith([h2('2026-11-23', '1on1:series|k')]);
    apply(planRecordWrittenFor(parse(read()).sections[0]!, '2026-11-23'));
    const section = parse(read()).sections[0]!;
    expect(section.writtenFor?.date).toBe('2026-11-23');
    const doc = apply(planRedateHeading(section, '2026-11-24', '2026-11-24'));
    const names = Object.keys(doc.tabs![0]!.documentTab!.namedRanges!);
    expect(names.sort()).toEqual(['1on1-at:2026-11-24', '1on1:series|k']);
    expect(parse(doc).sections[0]!.writtenFor?.date).toBe('2026-11-24');
  });
});

describe('planRecordWrittenFor', () => {
  it('records the date a heading stands for without changing a character, replacing an older record', () => {
    const { read, apply } = engineWith([p('Notes'), h2('Nov 23, 2026 · our talk'), p('after')]);
    const before = paragraphsOf(read()).map((x) => x.text);
    apply(planRecordWrittenFor(parse(read()).sections[0]!, '2026-11-23'));
    const first = parse(read()).sections[0]!;
    expect(first.writtenFor?.date).toBe('2026-11-23');
    const doc = apply(planRecordWrittenFor(first, '2026-11-30'));
    expect(paragraphsOf(doc).map((x) => x.text)).toEqual(before);
    const ranges = doc.tabs![0]!.documentTab!.namedRanges!;
    expect(Object.keys(ranges)).toEqual(['1on1-at:2026-11-30']);
    expect(ranges['1on1-at:2026-11-30']!.namedRanges![0]!.ranges![0]).toMatchObject({
      startIndex: 'Notes\n'.length + 1,
      endIndex: 'Notes\n'.length + 1 + 'Nov 23, 2026 · our talk'.length,
    });
  });

  it('records nothing over an empty heading', () => {
    const { read } = engineWith([h2('2026-11-23')]);
    const section = parse(read()).sections[0]!;
    const empty = { ...section, heading: { ...section.heading, endIndex: section.heading.startIndex } };
    expect(planRecordWrittenFor(empty, '2026-11-23')).toEqual([]);
  });
});

describe('sectionParagraphs: a format’s subsections and what goes in them', () => {
  // Made in beforeEach, inside each test, not as the file loads: npm run mutate traces what a test runs (docs/MUTATION.md).
  let base: SectionPlanInput;
  let carried: CarriedItem[] = [];
  beforeEach(() => {
    base = insertInput(parseDoc(buildDocument({ blocks: [p('Notes')] })), '2026-11-23');
    carried = openItemsToCarry(
      parseDoc(buildDocument({ blocks: [h2('2026-11-16'), h3('Action items'), bullet('☐ Ana: draft the plan')] })),
      '2026-11-23',
    );
  });
  const sub = (title: string, kind: SubsectionFormat['kind'], prompts: string[] = []): SubsectionFormat => ({
    title,
    kind,
    prompts,
  });
  const lines = (input: SectionPlanInput) => sectionParagraphs(input).map((x) => [x.style, x.bullet ?? '', x.text]);

  it('a format with neither carried items nor action items gets a “Carried over” on top, only when something is carried', () => {
    const format: SectionFormat = { subsections: [sub('Wins', 'other', ['What went well'])], questions: [] };
    expect(lines({ ...base, format })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'Wins'],
      ['NORMAL_TEXT', '', ''],
      ['NORMAL_TEXT', '', 'What went well'],
    ]);
    expect(lines({ ...base, format, carried })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'Carried over'],
      ['NORMAL_TEXT', 'carried', '☐ Ana: draft the plan · from Nov 16'],
      ['HEADING_3', '', 'Wins'],
      ['NORMAL_TEXT', '', ''],
      ['NORMAL_TEXT', '', 'What went well'],
    ]);
  });

  it('carries items first under the action items when the format has no “Carried over”, before the queued ones', () => {
    const format: SectionFormat = { subsections: [sub('To do', 'actions')], questions: [] };
    expect(lines({ ...base, format, carried, actionItems: ['☐ Ben: book the room'] })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'To do'],
      ['NORMAL_TEXT', 'carried', '☐ Ana: draft the plan · from Nov 16'],
      ['NORMAL_TEXT', 'actions', '☐ Ben: book the room'],
    ]);
    expect(lines({ ...base, format })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'To do'],
      ['NORMAL_TEXT', 'actions', '☐ '],
    ]);
  });

  it('adds an agenda at the end for queued topics or questions, and action items for queued items, once each', () => {
    const format: SectionFormat = { subsections: [sub('Notes', 'notes'), sub('Notes again', 'notes')], questions: [] };
    expect(lines({ ...base, format, agendaTopics: ['Roadmap'], actionItems: ['☐ Ben: book the room'] })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'Notes'],
      ['NORMAL_TEXT', '', ''],
      ['HEADING_3', '', 'Notes again'],
      ['NORMAL_TEXT', '', ''],
      ['HEADING_3', '', 'Agenda'],
      ['NORMAL_TEXT', 'agenda', 'Roadmap'],
      ['HEADING_3', '', 'Action items'],
      ['NORMAL_TEXT', 'actions', '☐ Ben: book the room'],
    ]);
    expect(lines({ ...base, format: { ...format, questions: ['What is on your mind?'] } })).toContainEqual([
      'NORMAL_TEXT',
      'agenda',
      'What is on your mind?',
    ]);
    expect(lines({ ...base, format }).map((x) => x[2])).toEqual([
      'Mon, Nov 23, 2026 · 1:1',
      'Notes',
      '',
      'Notes again',
      '',
    ]);
  });

  it('fills only the first subsection of a kind; a second one of it gets an empty line', () => {
    const format: SectionFormat = {
      subsections: [
        sub('Agenda', 'agenda'),
        sub('More agenda', 'agenda'),
        sub('Do', 'actions'),
        sub('Also', 'actions'),
      ],
      questions: ['A question?'],
    };
    expect(lines({ ...base, format, agendaTopics: ['Roadmap'], actionItems: ['☐ Ben: call'] })).toEqual([
      ['HEADING_2', '', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', '', 'Agenda'],
      ['NORMAL_TEXT', 'agenda', 'Roadmap'],
      ['NORMAL_TEXT', 'agenda', 'A question?'],
      ['HEADING_3', '', 'More agenda'],
      ['NORMAL_TEXT', 'agenda', ''],
      ['HEADING_3', '', 'Do'],
      ['NORMAL_TEXT', 'actions', '☐ Ben: call'],
      ['HEADING_3', '', 'Also'],
      ['NORMAL_TEXT', 'actions', '☐ '],
    ]);
  });
});

describe('insertionPoint', () => {
  // Made in beforeEach, inside each test, not as the file loads: npm run mutate traces what a test runs (docs/MUTATION.md).
  let parsed: ParsedDoc;
  beforeEach(() => {
    parsed = parseDoc(
      buildDocument({ blocks: [p('Notes'), h2('2026-11-30'), p('a'), h2('2026-11-23'), p('b'), h2('2026-11-16')] }),
    );
  });
  const headingOf = (date: string) => parsed.sections.find((s) => s.date === date)!.heading.startIndex;

  it('newest first: above the first section not newer than it, a section of the same day included', () => {
    expect(insertionPoint(parsed, '2026-11-24', 'newest-first')).toEqual({
      index: headingOf('2026-11-23'),
      append: false,
    });
    expect(insertionPoint(parsed, '2026-11-23', 'newest-first')).toEqual({
      index: headingOf('2026-11-23'),
      append: false,
    });
    expect(insertionPoint(parsed, '2026-12-07', 'newest-first')).toEqual({
      index: headingOf('2026-11-30'),
      append: false,
    });
  });

  it('at the end when every section is newer, and always when oldest first', () => {
    const end = { index: parsed.bodyEndIndex - 1, append: true };
    expect(insertionPoint(parsed, '2026-11-01', 'newest-first')).toEqual(end);
    expect(insertionPoint(parsed, '2026-12-07', 'oldest-first')).toEqual(end);
  });
});

describe('a new section’s styles and the topics it says it wrote', () => {
  it('greys and slants only its prompts: the paragraphs after a prompt are plain', () => {
    const { read, apply } = engineWith([p('Notes')]);
    const plan = planInsertSection(insertInput(parse(read()), '2026-11-23', { template: 'career' }));
    const doc = apply(plan.requests);
    for (const x of paragraphsOf(doc).slice(1)) {
      const prompt = ALL_PROMPT_LINES.includes(x.text);
      for (const run of x.runs) {
        const style = run.textRun?.textStyle ?? {};
        const content = run.textRun?.content ?? '';
        if (content.trim() === '') continue;
        expect([x.text, Boolean(style.italic), Boolean(style.foregroundColor)]).toEqual([x.text, prompt, prompt]);
      }
    }
  });

  it('styles each run of neighbouring paragraphs of one style with one request', () => {
    const { read } = engineWith([p('Notes')]);
    const plan = planInsertSection(insertInput(parse(read()), '2026-11-23', { agendaTopics: ['Roadmap', 'Budget'] }));
    const styles = plan.requests.flatMap((r) =>
      r.updateParagraphStyle ? [r.updateParagraphStyle.paragraphStyle?.namedStyleType] : [],
    );
    expect(styles.length).toBeGreaterThan(2);
    expect(styles.filter((style, k) => style === styles[k - 1])).toEqual([]);
  });

  it('answers the agenda topics it wrote, the queued ones and the template’s questions, never the empty line', () => {
    const { read } = engineWith([p('Notes')]);
    const parsed = parse(read());
    expect(planInsertSection(insertInput(parsed, '2026-11-23')).agenda).toEqual([]);
    expect(planInsertSection(insertInput(parsed, '2026-11-23', { agendaTopics: ['Roadmap'] })).agenda).toEqual([
      'Roadmap',
    ]);
    const first = planInsertSection(
      insertInput(parsed, '2026-11-23', { template: 'first', agendaTopics: ['Roadmap'] }),
    );
    expect(first.agenda[0]).toBe('Roadmap');
    expect(first.agenda.length).toBeGreaterThan(1);
    expect(first.agenda).not.toContain('');
  });

  it('records the date the heading was written for over exactly its text', () => {
    const { read, apply } = engineWith([p('Notes')]);
    const plan = planInsertSection(insertInput(parse(read()), '2026-11-23'));
    const doc = apply(plan.requests);
    const range = doc.tabs![0]!.documentTab!.namedRanges!['1on1-at:2026-11-23']!.namedRanges![0]!.ranges![0]!;
    expect(range).toMatchObject({
      startIndex: plan.headingIndex,
      endIndex: plan.headingIndex + plan.headingText.length,
    });
    expect(parse(doc).sections[0]!.writtenFor?.date).toBe('2026-11-23');
  });
});

describe('planAddToSubsection', () => {
  const lineTexts = (doc: Document, kind: 'agenda' | 'actions') =>
    parse(doc)
      .sections[0]!.subsections.find((s) => s.kind === kind)!
      .paragraphs.map((x) => x.text);
  const added = (blocks: BlockSpec[], kind: 'agenda' | 'actions', text: string) => {
    const { read, apply } = engineWith(blocks);
    const before = read();
    const parsed = parse(before);
    const plan = planAddToSubsection(parsed, parsed.sections[0]!, kind, text);
    const doc = apply(plan.requests);
    expect(keepsAllText(bodyText(before), bodyText(doc))).toBe(true);
    return { plan, doc, lines: lineTexts(doc, kind) };
  };

  it('fills a new section’s empty agenda bullet rather than adding a line after it', () => {
    const { read, apply } = engineWith([p('Notes')]);
    apply(planInsertSection(insertInput(parse(read()), '2026-11-23')).requests);
    const parsed = parse(read());
    const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', 'Roadmap').requests);
    expect(lineTexts(doc, 'agenda')).toEqual(['Roadmap', 'Wins · Blockers · Feedback both ways · Growth · Personal']);
    const line = paragraphsOf(doc).find((x) => x.text === 'Roadmap')!;
    expect(line.bulleted).toBe(true);
  });

  it('fills the empty action item after its marker, with or without a marker of its own, and one space', () => {
    for (const text of ['☐ Ben: book the room', 'Ben: book the room']) {
      const { read, apply } = engineWith([p('Notes')]);
      apply(planInsertSection(insertInput(parse(read()), '2026-11-23')).requests);
      const parsed = parse(read());
      const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'actions', text).requests);
      expect(lineTexts(doc, 'actions')).toEqual(['☐ Ben: book the room']);
    }
  });

  it('fills an empty action item written without its space', () => {
    const { lines } = added([h2('2026-11-23'), h3('Action items'), bullet('☐')], 'actions', '☐ Ben: book the room');
    expect(lines).toEqual(['☐ Ben: book the room']);
  });

  it('adds a line after the last bullet, unstruck, when that bullet is not empty', () => {
    const { doc, lines } = added(
      [
        h2('2026-11-23'),
        h3('Action items'),
        bullet([{ text: '☑ Ana: draft the plan', strikethrough: true }]),
        h3('Notes'),
      ],
      'actions',
      '☐ Ben: book the room',
    );
    expect(lines).toEqual(['☑ Ana: draft the plan', '☐ Ben: book the room']);
    const line = paragraphsOf(doc).find((x) => x.text === '☐ Ben: book the room')!;
    expect(line.bulleted).toBe(true);
    const struck = line.runs.filter((r) => r.textRun?.textStyle?.strikethrough).map((r) => r.textRun?.content);
    expect(struck.join('').trim()).toBe('');
    expect(parse(doc).sections[0]!.items.map((i) => [i.text, i.done])).toEqual([
      ['draft the plan', true],
      ['book the room', false],
    ]);
  });

  it('adds an agenda topic after the last topic, skipping the greyed prompt', () => {
    const { lines } = added(
      [h2('2026-11-23'), h3('Agenda'), bullet('Hiring'), p('Wins · Blockers · Feedback both ways · Growth · Personal')],
      'agenda',
      'Roadmap',
    );
    expect(lines).toEqual(['Hiring', 'Roadmap', 'Wins · Blockers · Feedback both ways · Growth · Personal']);
  });

  it('adds the first bullet right under a subsection heading that has none, bulleted and plain', () => {
    const { doc, lines } = added(
      [h2('2026-11-23'), h3('Agenda'), p('typed under it'), h3('Notes')],
      'agenda',
      'Roadmap',
    );
    expect(lines).toEqual(['Roadmap', 'typed under it']);
    const line = paragraphsOf(doc).find((x) => x.text === 'Roadmap')!;
    expect([line.style, line.bulleted]).toEqual(['NORMAL_TEXT', true]);
  });

  it('adds the missing subsection at the end of a section in the middle of the Doc, one level below its heading', () => {
    const { doc } = added(
      [h2('2026-11-23'), h3('Notes'), p('We met.'), h2('2026-11-16'), p('older')],
      'actions',
      '☐ Ana: call',
    );
    expect(paragraphsOf(doc).map((x) => [x.style, x.bulleted, x.text])).toEqual([
      ['HEADING_2', false, '2026-11-23'],
      ['HEADING_3', false, 'Notes'],
      ['NORMAL_TEXT', false, 'We met.'],
      ['HEADING_3', false, 'Action items'],
      ['NORMAL_TEXT', true, '☐ Ana: call'],
      ['HEADING_2', false, '2026-11-16'],
      ['NORMAL_TEXT', false, 'older'],
    ]);
  });

  describe('never inside a suggestion', () => {
    const cutLine = (doc: Document, text: string) => {
      const span = spanOf(doc, text);
      return suggest(doc, { startIndex: span.startIndex, endIndex: span.endIndex + 1 }, 'deletion', 'suggest.cut');
    };
    const plan = (doc: Document, kind: 'agenda' | 'actions', text: string) => {
      const parsed = parse(doc);
      return planAddToSubsection(parsed, parsed.sections[0]!, kind, text);
    };
    const applied = (doc: Document, requests: Request[]) => {
      const docs = createDocsEngine();
      const id = docs.put(structuredClone(doc));
      if (requests.length > 0) docs.batchUpdate({ requests }, id);
      return docs.get(id, { includeTabsContent: true });
    };

    it('a suggestion over the empty item’s line end: the line goes above it, and nothing is filled', () => {
      const doc = buildDocument({ blocks: [h2('2026-11-23'), h3('Action items'), bullet('☐ '), p('after')] });
      cutLine(doc, '☐ ');
      const added = plan(doc, 'actions', '☐ Ben: book the room');
      const after = applied(doc, added.requests);
      expect(suggestedRuns(after)).toEqual(suggestedRuns(doc));
      expect(lineTexts(after, 'actions')[0]).toBe('☐ Ben: book the room');
    });

    it('a suggestion over the last bullet, its start too: nothing is written, and the sentence says where', () => {
      const doc = buildDocument({ blocks: [h2('2026-11-23'), h3('Agenda'), bullet('Hiring'), p('after')] });
      const span = spanOf(doc, 'Hiring');
      suggest(doc, { startIndex: span.startIndex - 1, endIndex: span.endIndex + 1 }, 'deletion', 'suggest.all');
      const added = plan(doc, 'agenda', 'Roadmap');
      expect(added.requests).toEqual([]);
      expect(added.blocked).toEqual(said('error.suggestionInTheWay', { heading: 'Agenda' }));
    });

    it('a suggestion over the heading and its first line: nothing is written', () => {
      const doc = buildDocument({ blocks: [h2('2026-11-23'), h3('Agenda'), p('typed'), p('after')] });
      const heading = spanOf(doc, 'Agenda');
      const line = spanOf(doc, 'typed');
      suggest(doc, { startIndex: heading.startIndex + 1, endIndex: line.endIndex }, 'deletion', 'suggest.all');
      const added = plan(doc, 'agenda', 'Roadmap');
      expect(added.requests).toEqual([]);
      expect(added.blocked).toEqual(said('error.suggestionInTheWay', { heading: 'Agenda' }));
    });

    it('a suggestion over a section’s end: the missing subsection is not added, and the sentence names the meeting', () => {
      const doc = buildDocument({ blocks: [h2('2026-11-23'), h3('Notes'), p('We met.'), h2('2026-11-16')] });
      const span = spanOf(doc, 'We met.');
      suggest(doc, { startIndex: span.startIndex, endIndex: span.endIndex + 2 }, 'deletion', 'suggest.end');
      const added = plan(doc, 'agenda', 'Roadmap');
      expect(added.requests).toEqual([]);
      expect(added.blocked).toEqual(said('error.suggestionInTheWay', { heading: '2026-11-23' }));
    });
  });
});

describe('planSetItemDone, more states', () => {
  const items = (doc: Document) => parse(doc).sections.flatMap((s) => s.items);
  const bulletTexts = (doc: Document) =>
    paragraphsOf(doc)
      .filter((x) => x.bulleted)
      .map((x) => x.text);

  it('changes copies given in Doc order from the end backwards, so a shorter marker moves nothing still to do', () => {
    const { read, apply } = engineWith([
      h2('2026-11-16'),
      h3('Carried over'),
      bullet('☑\uFE0F Ana: draft the plan  (from Nov 9)'),
      h2('2026-11-09'),
      h3('Action items'),
      bullet('☑\uFE0F Ana: draft the plan'),
    ]);
    const copies = items(read()).sort((a, b) => a.paragraph.startIndex - b.paragraph.startIndex);
    const doc = apply(planSetItemDone(copies, false));
    expect(bulletTexts(doc)).toEqual(['☐ Ana: draft the plan  (from Nov 9)', '☐ Ana: draft the plan']);
  });

  it('drops an open or a done item with the family’s dropped marker, struck, and takes it back to open', () => {
    const { read, apply } = engineWith([
      h2('2026-11-09'),
      h3('Action items'),
      bullet('☐ Ana: call the vendor'),
      bullet('[x] Ben: send the deck'),
    ]);
    apply(planSetItemDone(items(read()), 'dropped'));
    expect(bulletTexts(read())).toEqual(['✗ Ana: call the vendor', '[-] Ben: send the deck']);
    expect(items(read()).map((i) => [i.dropped, i.done, i.strike])).toEqual([
      [true, false, 'all'],
      [true, false, 'all'],
    ]);
    expect(planSetItemDone(items(read()), 'dropped')).toEqual([]);
    apply(planSetItemDone(items(read()), 'done'));
    expect(bulletTexts(read())).toEqual(['☑ Ana: call the vendor', '[x] Ben: send the deck']);
    apply(planSetItemDone(items(read()), 'dropped'));
    apply(planSetItemDone(items(read()), 'open'));
    expect(bulletTexts(read())).toEqual(['☐ Ana: call the vendor', '[ ] Ben: send the deck']);
    expect(items(read()).map((i) => [Boolean(i.dropped), i.done, i.strike])).toEqual([
      [false, false, undefined],
      [false, false, undefined],
    ]);
  });

  it('gives an unmarked item a person struck through its done marker, and unticks it without adding one', () => {
    const { read, apply } = engineWith([
      h2('2026-11-09'),
      h3('Action items'),
      bullet([{ text: 'Ana: call the vendor', strikethrough: true }]),
      bullet('Ben: send the deck'),
    ]);
    expect(items(read()).map((i) => i.done)).toEqual([true, false]);
    apply(planSetItemDone(items(read()).slice(0, 1), true));
    expect(bulletTexts(read())).toEqual(['☑ Ana: call the vendor', 'Ben: send the deck']);
    expect(planSetItemDone(items(read()).slice(1), false)).toEqual([]);
    const { read: read2, apply: apply2 } = engineWith([
      h2('2026-11-09'),
      h3('Action items'),
      bullet([{ text: 'Ana: call the vendor', strikethrough: true }]),
    ]);
    apply2(planSetItemDone(items(read2()), false));
    expect(bulletTexts(read2())).toEqual(['Ana: call the vendor']);
    expect(items(read2()).map((i) => [i.done, i.strike])).toEqual([[false, undefined]]);
  });

  it('leaves a copy inside someone’s suggestion as it is, and ticks the others', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-16'),
        h3('Carried over'),
        bullet('☐ Ana: draft the plan  (from Nov 9)'),
        h2('2026-11-09'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    suggestText(doc, 'draft the plan', 'deletion');
    const copies = items(doc);
    expect(copies.map((c) => Boolean(c.inSuggestion))).toEqual([true, false]);
    const docs = createDocsEngine();
    const id = docs.put(structuredClone(doc));
    docs.batchUpdate({ requests: planSetItemDone(copies, true) }, id);
    expect(bulletTexts(docs.get(id, { includeTabsContent: true }))).toEqual([
      '☐ Ana: draft the plan  (from Nov 9)',
      '☑ Ana: draft the plan',
    ]);
  });
});

describe('planAdoptSection', () => {
  const KEY = 'series|2026-11-23T15:00:00Z';
  const adopt = (blocks: BlockSpec[], overrides: Partial<SectionPlanInput> = {}) => {
    const { read, apply } = engineWith(blocks);
    const parsed = parse(read());
    const section = parsed.sections[0]!;
    const requests = planAdoptSection({ ...insertInput(parsed, '2026-11-23', { key: KEY, ...overrides }), section });
    const doc = apply(requests);
    return { doc, texts: paragraphsOf(doc).map((x) => [x.style, x.text]), section: parse(doc).sections[0]! };
  };

  it('adds only the subsections it lacks, at its end in the middle of the Doc, keyed', () => {
    const { texts, section } = adopt([
      h2('Nov 23, 2026'),
      h3('Agenda'),
      bullet('Roadmap'),
      h3('Next steps'),
      bullet('☐ Ana: call'),
      h2('2026-11-16'),
    ]);
    expect(texts).toEqual([
      ['HEADING_2', 'Nov 23, 2026'],
      ['HEADING_3', 'Agenda'],
      ['NORMAL_TEXT', 'Roadmap'],
      ['HEADING_3', 'Next steps'],
      ['NORMAL_TEXT', '☐ Ana: call'],
      ['HEADING_3', 'Notes'],
      ['NORMAL_TEXT', ''],
      ['HEADING_2', '2026-11-16'],
    ]);
    expect(section.key).toBe(KEY);
  });

  it('adds what it lacks at the end of the Doc, labels one level below a deep heading, a subsection of its own kept', () => {
    const format: SectionFormat = {
      subsections: [
        { title: 'Wins', kind: 'other', prompts: [] },
        { title: 'Risks', kind: 'other', prompts: [] },
        { title: 'Agenda', kind: 'agenda', prompts: [] },
      ],
      questions: [],
    };
    const { texts } = adopt(
      [p('Nov 23, 2026', { style: 'HEADING_4' }), p('Wins', { style: 'HEADING_5' }), p('shipped')],
      {
        format,
      },
    );
    expect(texts).toEqual([
      ['HEADING_4', 'Nov 23, 2026'],
      ['HEADING_5', 'Wins'],
      ['NORMAL_TEXT', 'shipped'],
      ['HEADING_5', 'Risks'],
      ['NORMAL_TEXT', ''],
      ['HEADING_5', 'Agenda'],
      ['NORMAL_TEXT', ''],
    ]);
  });

  it('writes no line into a section that has every subsection, and replaces a day’s key with the occurrence’s', () => {
    const full: BlockSpec[] = [
      h2('Nov 23, 2026', namedRangeName('day|2026-11-23')),
      h3('Agenda'),
      h3('Notes'),
      h3('Action items'),
      p('end'),
    ];
    const { read } = engineWith(full);
    const before = paragraphsOf(read()).map((x) => x.text);
    const { doc, section } = adopt(full);
    expect(paragraphsOf(doc).map((x) => x.text)).toEqual(before);
    expect(section.key).toBe(KEY);
    expect(Object.keys(doc.tabs![0]!.documentTab!.namedRanges!)).toEqual([namedRangeName(KEY)]);
  });
});

describe('planRedateHeading replaces only the characters that differ', () => {
  /** Each character of the heading in a colour of its own, so that one deleted and written again is seen. */
  const colour = (i: number) => `#0000${(i + 16).toString(16).padStart(2, '0')}`;
  const rgbOf = (i: number) => Number.parseInt(colour(i).slice(5), 16) / 255;
  const common = (a: string, b: string) => {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a.at(-1 - suffix) === b.at(-1 - suffix))
      suffix++;
    return { prefix, suffix };
  };

  it.each([
    ['Mon, Nov 23, 2026 · 1:1', 'Mon, Nov 30, 2026 · 1:1'],
    ['Mon, Nov 23, 2026 · 1:1', 'Tue, Nov 24, 2026 · 1:1'],
    ['2026-11-23', '2026-11-24'],
    ['Nov 3, 2026', 'Nov 23, 2026'],
    ['3 Nov 2026', '23 Nov 2026'],
    ['Nov 23, 2026', 'Nov 3, 2026'],
    ['x 2026-11-23', 'x y 2026-11-23'],
    ['2026-11-23 · 1:1', '2026-11-23 · 1:1 prep'],
  ])('%j → %j keeps every other character as it was, but at most one', (old, next) => {
    const runs = [...old].map((ch, i) => ({ text: ch, color: colour(i) }));
    const { read, apply } = engineWith([p('Notes'), { paragraph: runs, style: 'HEADING_2', namedRange: '1on1:k' }]);
    const doc = apply(planRedateHeading(parse(read()).sections[0]!, next, '2026-12-01'));
    const heading = paragraphsOf(doc)[1]!;
    expect(heading.text).toBe(next);
    const colours: (number | undefined)[] = [];
    for (const run of heading.runs) {
      const blue = run.textRun?.textStyle?.foregroundColor?.color?.rgbColor?.blue;
      for (const _ of (run.textRun?.content ?? '').replace(/\n$/, '')) colours.push(blue);
    }
    const { prefix, suffix } = common(old, next);
    let kept = 0;
    for (let i = 0; i < prefix; i++) if (colours[i] === rgbOf(i)) kept++;
    for (let i = 0; i < suffix; i++) if (colours[next.length - 1 - i] === rgbOf(old.length - 1 - i)) kept++;
    // One old character is always replaced, so that the new ones go in after it: one of the common ones when the new
    // heading only adds to the old.
    expect(kept).toBeGreaterThanOrEqual(prefix + suffix === old.length ? prefix + suffix - 1 : prefix + suffix);
  });

  // As follow.ts re-dates them: headings that read exactly as their text, no space around it (headingHasMore).
  const words = fc
    .string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 8 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

  it('turns any heading into any other, character for character, the key over it', () => {
    fc.assert(
      fc.property(words, words, (body, changed) => {
        fc.pre(body !== changed);
        const old = `2026-11-23 ${body}`;
        const next = `2026-11-23 ${changed}`;
        const { read, apply } = engineWith([p('Notes'), h2(old, '1on1:k'), p('after')]);
        const section = parse(read()).sections[0]!;
        const doc = apply(planRedateHeading(section, next, '2026-12-01'));
        expect(paragraphsOf(doc).map((x) => x.text)).toEqual(['Notes', next, 'after']);
        const range = doc.tabs![0]!.documentTab!.namedRanges!['1on1:k']!.namedRanges![0]!.ranges![0]!;
        expect(range.startIndex).toBe(section.heading.startIndex);
      }),
      { numRuns: 150 },
    );
  });
});

describe('plans at the edges', () => {
  const items = (doc: Document) => parse(doc).sections.flatMap((s) => s.items);

  it('carried items go where the format keeps its own “Carried over”, even after its agenda', () => {
    const carried = openItemsToCarry(
      parseDoc(buildDocument({ blocks: [h2('2026-11-16'), h3('Action items'), bullet('☐ Ana: draft the plan')] })),
      '2026-11-23',
    );
    const format: SectionFormat = {
      subsections: [
        { title: 'Agenda', kind: 'agenda', prompts: [] },
        { title: 'Carried over', kind: 'carried', prompts: [] },
      ],
      questions: [],
    };
    const input = insertInput(parseDoc(buildDocument({ blocks: [p('Notes')] })), '2026-11-23', { format, carried });
    expect(sectionParagraphs(input).map((x) => x.text)).toEqual([
      'Mon, Nov 23, 2026 · 1:1',
      'Agenda',
      '',
      'Carried over',
      '☐ Ana: draft the plan · from Nov 16',
    ]);
  });

  it('plans nothing for a done item ticked again or a dropped item dropped again, struck or not', () => {
    const { read } = engineWith([h2('2026-11-09'), h3('Action items'), bullet('☑ Ana: call'), bullet('✗ Ben: send')]);
    const [done, dropped] = items(read());
    expect([done!.strike, dropped!.strike]).toEqual([undefined, undefined]);
    expect(planSetItemDone([done!], true)).toEqual([]);
    expect(planSetItemDone([dropped!], 'dropped')).toEqual([]);
  });

  it('a line added after a struck item leaves that strike whole, and a subsection added before a bold heading is plain', () => {
    const { read, apply } = engineWith([
      h2('2026-11-23'),
      h3('Action items'),
      bullet([{ text: '☑ ' }, { text: 'Ana: draft the plan', strikethrough: true }]),
      h3('Notes'),
      { paragraph: [{ text: '2026-11-16', bold: true }], style: 'HEADING_2' },
    ]);
    let parsed = parse(read());
    apply(planAddToSubsection(parsed, parsed.sections[0]!, 'actions', '☐ Ben: book the room').requests);
    expect(items(read()).map((i) => [i.text, i.strike])).toEqual([
      ['draft the plan', 'all'],
      ['book the room', undefined],
    ]);
    parsed = parse(read());
    const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', 'Roadmap').requests);
    const added = paragraphsOf(doc).filter((x) => x.text === 'Agenda' || x.text === 'Roadmap');
    for (const x of added)
      for (const run of x.runs)
        if ((run.textRun?.content ?? '').trim())
          expect([x.text, run.textRun?.textStyle?.bold]).toEqual([x.text, undefined]);
  });

  it('adds a one-letter topic right under an Agenda heading that has nothing under it', () => {
    const { read, apply } = engineWith([h2('2026-11-23'), h3('Agenda'), h3('Notes'), p('We met.')]);
    const parsed = parse(read());
    const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', 'x').requests);
    expect(paragraphsOf(doc).map((x) => [x.style, x.bulleted, x.text])).toEqual([
      ['HEADING_2', false, '2026-11-23'],
      ['HEADING_3', false, 'Agenda'],
      ['NORMAL_TEXT', true, 'x'],
      ['HEADING_3', false, 'Notes'],
      ['NORMAL_TEXT', false, 'We met.'],
    ]);
  });

  it('writes a topic that starts with a checkbox as it was typed', () => {
    const { read, apply } = engineWith([p('Notes')]);
    apply(planInsertSection(insertInput(parse(read()), '2026-11-23')).requests);
    const parsed = parse(read());
    const doc = apply(planAddToSubsection(parsed, parsed.sections[0]!, 'agenda', '☐ decide the budget').requests);
    expect(paragraphsOf(doc).map((x) => x.text)).toContain('☐ decide the budget');
  });
});
