// Tests for src/core/parse.ts on Docs built with docBuilder.

import { buildDocument, bullet, checklist, h2, h3, p, table } from '../../dev/docBuilder';
import { dayKey, namedRangeName, writtenForName } from '../../src/core/keys';
import { linkMarkName } from '../../src/core/marks';
import type { ActionItem, ParsedDoc } from '../../src/core/model';
import { itemOfLine, paragraphText, parseDoc } from '../../src/core/parse';
import type { Document } from '../../src/types/docs-api';
import {
  adoptedDoc,
  carriedTwiceDoc,
  checklistDoc,
  chipsDoc,
  emojiAndTableDoc,
  KEY_NOV_23,
  multiTabDoc,
  odditiesDoc,
  tickedDoc,
} from '../fixtures/docs';
import { paragraphSpan, textAt } from '../fixtures/docText';
import { hugeDoc, pastMeetingsDoc } from '../fixtures/generated';
import uncheckableListsDoc from '../fixtures/real-docs/extrasuite-unspecified-glyph-lists.json';
import { boundariesDoc, textRulesDoc } from '../fixtures/structure';
import { replacementSuggestionDoc, spanOf, suggest, suggestText } from '../fixtures/suggestions';
import { HOSTILE_MS, within } from '../support/timeBound';

const allItems = (parsed: ParsedDoc): ActionItem[] => parsed.sections.flatMap((s) => s.items);
const byText = (parsed: ParsedDoc, text: string): ActionItem => {
  const item = allItems(parsed).find((i) => i.text === text);
  if (!item) throw new Error(`No item ${JSON.stringify(text)} in ${allItems(parsed).map((i) => i.text)}`);
  return item;
};
/** The items of one meeting on Nov 16, 2026 whose action items are these lines, bulleted. */
const itemsOf = (...lines: string[]): ActionItem[] =>
  allItems(
    parseDoc(
      buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), ...lines.map((l) => bullet(l))] }),
    ),
  );

/** The first tab's top-level content, to give a built Doc the shapes docBuilder never makes. */
const contentOf = (doc: Document) => doc.tabs![0]!.documentTab!.body!.content!;
/** The paragraph element of the first tab whose text run reads `text` (its newline included, if it has one). */
const runOf = (doc: Document, text: string) => {
  for (const el of contentOf(doc))
    for (const pe of el.paragraph?.elements ?? []) if (pe.textRun?.content?.replace(/\n$/, '') === text) return pe;
  throw new Error(`No run ${JSON.stringify(text)}`);
};
/** The paragraph of the first tab holding a run that reads `text`. */
const paragraphOf = (doc: Document, text: string) =>
  contentOf(doc).find((el) => el.paragraph?.elements?.includes(runOf(doc, text)))!.paragraph!;
/** The first section's agenda as [text, prompt] pairs. */
const agendaOf = (doc: Document, promptLines?: string[]) =>
  parseDoc(doc, { promptLines })
    .sections[0]!.subsections.find((s) => s.kind === 'agenda')!
    .paragraphs.map((q) => [q.text, q.prompt]);

// First in the file: the due and from words are built once per file, as its first item is read, so only the test
// that reads the first item sees how they were built.
describe('parseDoc: due and from words, whatever their case', () => {
  it('reads “· Due Fri” and “(From Nov 9)” as the add-on’s own groups', () => {
    expect(
      itemsOf('☐ Ana: plan · Due Fri · From Nov 2', '☐ Ben: book (From Nov 9)').map((i) => [i.text, i.due, i.from]),
    ).toEqual([
      ['plan', 'Fri', '2026-11-02'],
      ['book', undefined, '2026-11-09'],
    ]);
  });
});

describe('parseDoc: indexes', () => {
  it('places spans exactly after an emoji and a table', () => {
    const parsed = parseDoc(emojiAndTableDoc);
    // "Team 🚀 1:1 notes\n" is 18 units (the rocket counts 2) at 1–19; the 2×2 table spans 19–50
    // (its own start, two rows, four cells with "Goal", "Owner", "🎯 ship", "Ana", and its end).
    expect(parsed.openingEndIndex).toBe(50);
    expect(parsed.bodyEndIndex).toBe(122);
    expect(parsed.tabId).toBe('t.0');
    expect(parsed.revisionId).toBe('rev-1');
    expect(parsed.keys).toEqual({ [KEY_NOV_23]: { startIndex: 50, endIndex: 73 } });
    expect(parsed.sections).toHaveLength(1);
    const [section] = parsed.sections;
    expect(section).toMatchObject({
      date: '2026-11-23',
      key: KEY_NOV_23,
      headingText: 'Mon, Nov 23, 2026 · 1:1',
      heading: { startIndex: 50, endIndex: 73 },
      headingLevel: 2,
      span: { startIndex: 50, endIndex: 122 },
      cancelled: false,
    });
    expect(section!.subsections).toEqual([
      {
        title: 'Action items',
        kind: 'actions',
        heading: { startIndex: 74, endIndex: 86 },
        span: { startIndex: 74, endIndex: 122 },
        paragraphs: [
          { text: '☐ Ana: draft 🚀 plan', span: { startIndex: 87, endIndex: 108 }, bulleted: true, prompt: false },
          { text: '☐ Ben: review', span: { startIndex: 108, endIndex: 122 }, bulleted: true, prompt: false },
        ],
      },
    ]);
    const [ana, ben] = section!.items;
    expect(ana).toMatchObject({
      text: 'draft 🚀 plan',
      owner: { kind: 'name', name: 'Ana' },
      done: false,
      from: '2026-11-23',
      sectionDate: '2026-11-23',
      paragraph: { startIndex: 87, endIndex: 108 },
      marker: { startIndex: 87, endIndex: 89, text: '☐' },
      body: { startIndex: 89, endIndex: 107 },
      nativeChecklist: false,
    });
    expect(ben).toMatchObject({
      text: 'review',
      paragraph: { startIndex: 108, endIndex: 122 },
      marker: { startIndex: 108, endIndex: 110, text: '☐' },
      body: { startIndex: 110, endIndex: 121 },
    });
    // The same spans, read back out of the JSON.
    expect(textAt(emojiAndTableDoc, section!.heading)).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(textAt(emojiAndTableDoc, ana!.marker!)).toBe('☐ ');
    expect(textAt(emojiAndTableDoc, ana!.body)).toBe('Ana: draft 🚀 plan');
    expect(textAt(emojiAndTableDoc, ana!.paragraph)).toBe('☐ Ana: draft 🚀 plan\n');
  });

  it('reports every item span so that it reads back the marker and the text', () => {
    for (const doc of [tickedDoc, chipsDoc, odditiesDoc, carriedTwiceDoc, adoptedDoc]) {
      for (const item of allItems(parseDoc(doc))) {
        const paragraph = textAt(doc, item.paragraph);
        expect(paragraph.endsWith('\n')).toBe(true);
        expect(item.body.endIndex).toBe(item.paragraph.endIndex - 1);
        if (item.marker) {
          expect(item.marker.endIndex).toBe(item.body.startIndex);
          expect(textAt(doc, item.marker).trimEnd()).toBe(item.marker.text);
        } else {
          expect(item.body.startIndex).toBe(item.paragraph.startIndex);
        }
      }
    }
  });
});

describe('parseDoc: which tab', () => {
  it('reads only the first tab', () => {
    const parsed = parseDoc(multiTabDoc);
    expect(parsed.tabId).toBe('t.0');
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(allItems(parsed).map((i) => i.text)).toEqual(['first tab item']);
    expect(parsed.keys).toEqual({ 'first-tab-key': { startIndex: 1, endIndex: 17 } });
    expect(parsed.sections[0]!.key).toBe('first-tab-key');
  });

  it('with nothing remembered, reads the one tab holding the link’s mark, even behind a tab with as many keys', () => {
    const mark = linkMarkName({ gen: 'gen1abc', series: 'abc@google.com' });
    const doc = buildDocument({
      tabs: [
        { title: 'Goals', blocks: [h2('2026-11-16 · 1:1', namedRangeName('copied-key')), p('goals')] },
        {
          title: 'Notes',
          blocks: [p('Ana / Ben', { namedRange: mark }), h2('2026-11-23 · 1:1', namedRangeName('notes-key'))],
        },
      ],
    });
    const parsed = parseDoc(doc);
    expect(parsed.tabId).toBe('t.1');
    expect(parsed.sections.map((s) => s.key)).toEqual(['notes-key']);
    expect(parsed.marks).toEqual([mark]);
    // The remembered tab still wins, and without a mark the most keys (then the first tab) decide as before.
    expect(parseDoc(doc, { tabId: 't.0' }).tabId).toBe('t.0');
    const unmarked = buildDocument({
      tabs: [
        { title: 'Goals', blocks: [h2('2026-11-16 · 1:1', namedRangeName('copied-key'))] },
        { title: 'Notes', blocks: [h2('2026-11-23 · 1:1', namedRangeName('notes-key'))] },
      ],
    });
    expect(parseDoc(unmarked).tabId).toBe('t.0');
  });

  it('with nothing remembered, passes over a duplicate of the notes’ tab put in front, whose copied mark names the original', () => {
    const mark = linkMarkName({ gen: 'gen1abc', series: 'abc@google.com', tab: 't.1' });
    const notes = [p('Ana / Ben', { namedRange: mark }), h2('2026-11-23 · 1:1', namedRangeName('notes-key'))];
    const doc = buildDocument({
      tabs: [
        { title: 'Notes (copy)', blocks: notes },
        { title: 'Notes', blocks: notes },
      ],
    });
    expect(doc.tabs!.map((t) => t.tabProperties?.tabId)).toEqual(['t.0', 't.1']);
    expect(parseDoc(doc).tabId).toBe('t.1');
  });

  it('reads the top-level body of a Doc fetched without tabs', () => {
    const first = multiTabDoc.tabs![0]!.documentTab!;
    const legacy: Document = {
      documentId: 'doc-1',
      revisionId: 'rev-9',
      body: first.body,
      lists: first.lists,
      namedRanges: first.namedRanges,
    };
    const parsed = parseDoc(legacy);
    expect(parsed.tabId).toBeUndefined();
    expect(parsed.revisionId).toBe('rev-9');
    expect(parsed.sections).toEqual(parseDoc(multiTabDoc).sections);
  });

  it('reads the remembered tab wherever it stands, past a tab that states no id', () => {
    const doc = structuredClone(multiTabDoc);
    const [first, second] = doc.tabs!;
    doc.tabs = [{ documentTab: first!.documentTab }, first!, second!];
    const parsed = parseDoc(doc, { tabId: 't.1' });
    expect(parsed.tabId).toBe('t.1');
    expect(allItems(parsed).map((i) => i.text)).toEqual(['second tab item']);
  });

  it('with nothing remembered and no mark, reads the tab holding the most keys, not one holding more of a person’s own ranges', () => {
    const doc = buildDocument({
      tabs: [
        { title: 'Goals', blocks: ['q1', 'q2', 'q3'].map((name) => p(`goal ${name}`, { namedRange: name })) },
        {
          title: 'Notes',
          blocks: [
            h2('2026-11-23 · 1:1', namedRangeName('key-23')),
            bullet('☐ Ana: newest'),
            h2('2026-11-16 · 1:1', namedRangeName('key-16')),
          ],
        },
      ],
    });
    // Docs names each range after its group; a range read without its own name still counts by the group's.
    for (const group of Object.values(doc.tabs![1]!.documentTab!.namedRanges!))
      for (const range of group.namedRanges!) delete range.name;
    const parsed = parseDoc(doc);
    expect(parsed.tabId).toBe('t.1');
    expect(parsed.sections.map((s) => s.key)).toEqual(['key-23', 'key-16']);
  });

  it('counts no key in a group of the add-on’s that lists no range', () => {
    const doc = buildDocument({
      tabs: [{ blocks: [h2('2026-11-16 · 1:1')] }, { blocks: [h2('2026-11-23 · 1:1', namedRangeName('k'))] }],
    });
    doc.tabs![0]!.documentTab!.namedRanges = { [namedRangeName('gone')]: { name: namedRangeName('gone') } };
    expect(parseDoc(doc).tabId).toBe('t.1');
  });

  it('passes over a mark listed with no range left, and reads a mark group named only by its key', () => {
    const mark = linkMarkName({ gen: 'gen1abc', series: 'abc@google.com' });
    const doc = buildDocument({
      tabs: [
        { title: 'Old', blocks: [h2('2026-11-16 · 1:1')] },
        { title: 'Notes', blocks: [p('Ana / Ben', { namedRange: mark }), h2('2026-11-23 · 1:1')] },
        { title: 'Links', blocks: [p('a bookmark', { namedRange: 'bookmark' })] },
      ],
    });
    const [old, notes, links] = doc.tabs!;
    old!.documentTab!.namedRanges = {
      [mark]: { name: mark, namedRanges: [] },
      [linkMarkName({ gen: 'gen2abc' })]: { name: linkMarkName({ gen: 'gen2abc' }) },
    };
    delete notes!.documentTab!.namedRanges![mark]!.name;
    delete links!.tabProperties;
    const parsed = parseDoc(doc);
    expect(parsed.tabId).toBe('t.1');
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23']);
  });

  it('says the notes’ tab is missing when the remembered one is gone and no tab holds a key, and reads nothing', () => {
    const doc = buildDocument({ tabs: [{ blocks: [h2('2026-11-23 · 1:1'), bullet('☐ Ana: x')] }] });
    expect(parseDoc(doc, { tabId: 't.7' })).toEqual({
      tabMissing: true,
      revisionId: 'rev-1',
      bodyEndIndex: 1,
      openingEndIndex: 1,
      sections: [],
      keys: {},
    });
    // With a key somewhere, the tab holding it is the notes' tab.
    const keyed = buildDocument({ tabs: [{ blocks: [h2('2026-11-23 · 1:1', namedRangeName('k'))] }] });
    expect(parseDoc(keyed, { tabId: 't.7' })).toMatchObject({ tabId: 't.0', keys: { k: expect.any(Object) } });
  });

  it('reads the top-level body of a Doc fetched without tabs, whatever tab was remembered', () => {
    const first = multiTabDoc.tabs![0]!.documentTab!;
    const legacy: Document = { body: first.body, lists: first.lists, namedRanges: first.namedRanges };
    const parsed = parseDoc(legacy, { tabId: 't.1' });
    expect(parsed.tabMissing).toBeUndefined();
    expect(allItems(parsed).map((i) => i.text)).toEqual(['first tab item']);
  });

  it.each<[string, Document]>([
    ['no body', {}],
    ['no tabs and no body', { tabs: [] }],
    ['a tab without content', { tabs: [{ tabProperties: { tabId: 't.0' } }] }],
    ['an empty body', { body: {} }],
    ['an empty content list', { body: { content: [] } }],
  ])('gives an empty result for a Doc with %s', (_name, doc) => {
    const parsed = parseDoc(doc);
    expect(parsed.sections).toEqual([]);
    expect(parsed.keys).toEqual({});
    expect(parsed.bodyEndIndex).toBe(1);
    expect(parsed.openingEndIndex).toBe(1);
  });

  it('states the Doc’s title, revision, tab and language, and leaves out what the Doc does not give', () => {
    const doc = buildDocument({ title: 'Ana / Ben', blocks: [h2('2026-11-23 · 1:1')] });
    expect(parseDoc(doc)).toMatchObject({ title: 'Ana / Ben', revisionId: 'rev-1', tabId: 't.0', language: 'en' });
    const bare: Document = { tabs: [{ documentTab: doc.tabs![0]!.documentTab }] };
    expect(Object.keys(parseDoc(bare)).sort()).toEqual(
      ['bodyEndIndex', 'keys', 'language', 'openingEndIndex', 'sections'].sort(),
    );
  });

  it('gives the opening block of a Doc without sections as the whole body', () => {
    const doc = buildDocument({ blocks: [p('Just a title'), bullet('☐ not in a section')] });
    const parsed = parseDoc(doc);
    expect(parsed.sections).toEqual([]);
    expect(parsed.bodyEndIndex).toBe(paragraphSpan(doc, '☐ not in a section').endIndex);
    expect(parsed.openingEndIndex).toBe(parsed.bodyEndIndex);
  });
});

describe('parseDoc: sections', () => {
  it('adopts a Doc kept by hand with four heading date formats', () => {
    const parsed = parseDoc(adoptedDoc);
    expect(parsed.sections.map((s) => [s.date, s.headingText])).toEqual([
      ['2026-11-02', '2026-11-02'],
      ['2026-11-09', 'Nov 9, 2026'],
      ['2026-11-16', 'Monday 16 November 2026'],
      ['2026-11-23', '11/23/2026 1:1'],
    ]);
    expect(parsed.openingEndIndex).toBe(paragraphSpan(adoptedDoc, '2026-11-02').startIndex);
    // The heading that merely mentions a date ends the last meeting and starts nothing.
    const last = parsed.sections[3]!;
    expect(last.span.endIndex).toBe(
      paragraphSpan(adoptedDoc, 'Notes about the Nov 23, 2026 launch plan and more').startIndex,
    );
    expect(allItems(parsed).map((i) => [i.sectionDate, i.owner?.name, i.text])).toEqual([
      ['2026-11-02', 'Ana', 'share the roadmap'],
      ['2026-11-09', 'Ben', 'book the offsite'],
      ['2026-11-09', 'Ana', 'write the brief'],
      ['2026-11-16', undefined, 'check in with design'],
      ['2026-11-23', 'Ana', 'prepare the review'],
    ]);
    expect(parsed.sections[1]!.subsections.map((s) => [s.title, s.kind])).toEqual([['Action items:', 'actions']]);
    expect(last.subsections.map((s) => [s.title, s.kind])).toEqual([
      ['To do', 'actions'],
      ['Notes', 'notes'],
    ]);
    expect(last.subsections[1]!.paragraphs.map((q) => q.text)).toEqual(['talked about hiring']);
  });

  it('ends sections and subsections where the headings say', () => {
    const doc = boundariesDoc;
    const parsed = parseDoc(doc);
    const at = (text: string) => paragraphSpan(doc, text).startIndex;
    expect(parsed.sections.map((s) => [s.date, s.headingLevel, s.cancelled, s.key])).toEqual([
      ['2026-12-04', 2, false, 'key-dec-4'],
      ['2026-12-03', 3, true, undefined],
      ['2026-11-20', 2, false, undefined],
      ['2026-12-01', 0, false, undefined],
    ]);
    const [dec4, dec3, nov20, dec1] = parsed.sections;
    expect(dec4!.span).toEqual({
      startIndex: at('Fri, Dec 4, 2026 · 1:1'),
      endIndex: at('Thu, Dec 3, 2026 · 1:1 (cancelled)'),
    });
    expect(dec4!.subsections.map((s) => [s.title, s.kind, s.span.startIndex, s.span.endIndex])).toEqual([
      ['Agenda', 'agenda', at('Agenda'), at('Decisions')],
      ['Decisions', 'other', at('Decisions'), at('Action items:')],
      ['Action items:', 'actions', at('Action items:'), at('Deep dive')],
      ['Deep dive', 'other', at('Deep dive'), at('Thu, Dec 3, 2026 · 1:1 (cancelled)')],
    ]);
    // A deeper heading with an unknown title stays a paragraph of its subsection.
    expect(dec4!.subsections[0]!.paragraphs.map((q) => [q.text, q.bulleted])).toEqual([
      ['budget', true],
      ['Ideas', false],
      ['☐ a marked idea under a deeper heading', true],
    ]);
    expect(dec4!.items.map((i) => i.text)).toEqual(['a marked idea under a deeper heading', 'send the deck']);
    // The same-level "Carried over" stays in the H3 meeting; the same-level "Parking lot" ends it.
    expect(dec3!.subsections.map((s) => s.title)).toEqual(['Carried over']);
    expect(dec3!.items.map((i) => i.text)).toEqual(['keep me']);
    expect(dec3!.span.endIndex).toBe(at('Parking lot'));
    // The user's own named range gives no key; the renamed heading keeps its key but is no meeting.
    expect(nov20!.items.map((i) => i.text)).toEqual(['under a user-named heading']);
    expect(parsed.keys).toEqual({
      'key-dec-4': { startIndex: at('Fri, Dec 4, 2026 · 1:1'), endIndex: at('Fri, Dec 4, 2026 · 1:1') + 22 },
      'key-renamed': { startIndex: at('Old meeting, renamed'), endIndex: at('Old meeting, renamed') + 20 },
    });
    expect(dec1!.headingText).toBe('Dec 1, 2026');
    expect(dec1!.subsections.map((s) => s.title)).toEqual(['Notes']);
    expect(dec1!.items.map((i) => i.text)).toEqual(['inside a TITLE section']);
    expect(dec1!.span.endIndex).toBe(parsed.bodyEndIndex);
    expect(allItems(parsed).map((i) => i.text)).not.toContain('outside every section');
    expect(allItems(parsed).map((i) => i.text)).not.toContain('parked, outside every section');
  });

  it('keys a section by a named range that starts anywhere in its heading', () => {
    const doc = buildDocument({ blocks: [h2('2026-11-23 · 1:1'), h3('Action items'), bullet('☐ x')] });
    const heading = paragraphSpan(doc, '2026-11-23 · 1:1');
    doc.tabs![0]!.documentTab!.namedRanges = {
      [namedRangeName('k')]: {
        name: namedRangeName('k'),
        namedRanges: [{ name: namedRangeName('k'), ranges: [{ startIndex: heading.startIndex + 3, endIndex: 9 }] }],
      },
      [namedRangeName('footer')]: {
        name: namedRangeName('footer'),
        namedRanges: [
          { name: namedRangeName('footer'), ranges: [{ segmentId: 'kix.f1', startIndex: 1, endIndex: 3 }] },
        ],
      },
    };
    const parsed = parseDoc(doc);
    expect(parsed.sections[0]!.key).toBe('k');
    expect(parsed.keys).toEqual({ k: { startIndex: heading.startIndex + 3, endIndex: 9 } });
  });

  it('reads no key from a range that states another tab, nor from a named range that lists no range', () => {
    const doc = buildDocument({ blocks: [h2('2026-11-23 · 1:1', namedRangeName('k')), h3('Action items')] });
    const ranges = doc.tabs![0]!.documentTab!.namedRanges!;
    const [range] = ranges[namedRangeName('k')]!.namedRanges![0]!.ranges!;
    ranges[namedRangeName('elsewhere')] = {
      name: namedRangeName('elsewhere'),
      namedRanges: [{ name: namedRangeName('elsewhere'), ranges: [{ ...range, tabId: 't.9' }] }],
    };
    ranges[namedRangeName('empty')] = {
      name: namedRangeName('empty'),
      namedRanges: [{ name: namedRangeName('empty') }],
    };
    const parsed = parseDoc(doc);
    expect(parsed.keys).toEqual({ k: { startIndex: range!.startIndex, endIndex: range!.endIndex } });
    expect(parsed.sections.map((s) => s.key)).toEqual(['k']);
  });

  it('gives a key borne by two ranges the first of them in Doc order', () => {
    const doc = buildDocument({
      blocks: [h2('2026-11-23 · 1:1', namedRangeName('k')), h3('Agenda'), h2('2026-11-16 · 1:1', namedRangeName('k'))],
    });
    const [first, second] = doc.tabs![0]!.documentTab!.namedRanges![namedRangeName('k')]!.namedRanges!;
    const { startIndex, endIndex } = first!.ranges![0]!;
    expect(second!.ranges![0]!.startIndex).toBeGreaterThan(endIndex!);
    expect(parseDoc(doc).keys).toEqual({ k: { startIndex, endIndex } });
  });

  it('says a heading holds more than its text when spaces surround it, and not when it holds only its text', () => {
    const doc = buildDocument({
      blocks: [
        h2('  Mon, Nov 23, 2026 · 1:1 '),
        h2(['Mon, Nov 16, 2026', ' · 1:1']),
        h2('Mon, Nov 9, 2026\n· 1:1'),
        h2('Mon, Nov 2, 2026 · 1:1', namedRangeName(dayKey('2026-11-02'))),
      ],
    });
    // A run that comes without its content, and a keyed heading that comes without elements, hold nothing more.
    delete runOf(doc, ' · 1:1').textRun!.content;
    delete paragraphOf(doc, 'Mon, Nov 2, 2026 · 1:1').elements;
    expect(parseDoc(doc).sections.map((s) => [s.date, s.headingText, s.headingHasMore])).toEqual([
      ['2026-11-23', 'Mon, Nov 23, 2026 · 1:1', true],
      ['2026-11-16', 'Mon, Nov 16, 2026', undefined],
      ['2026-11-09', 'Mon, Nov 9, 2026\n· 1:1', undefined],
      ['2026-11-02', '', undefined],
    ]);
  });

  it('reads a dated heading in a list, behind a box, as a meeting and not as an item', () => {
    const doc = buildDocument({
      blocks: [
        p('☐ Mon, Nov 23, 2026 · 1:1', { style: 'HEADING_2', bullet: 'disc' }),
        h3('Action items'),
        bullet('☐ Ana: plan'),
      ],
    });
    const parsed = parseDoc(doc);
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(allItems(parsed).map((i) => i.text)).toEqual(['plan']);
  });

  it('reads a bullet that reads as a label as a line of its subsection, not as a new subsection', () => {
    const doc = buildDocument({
      blocks: [h2('Mon, Nov 23, 2026 · 1:1'), h3('Agenda'), bullet('Next steps'), bullet('☐ Ana: plan')],
    });
    const [section] = parseDoc(doc).sections;
    expect(section!.subsections.map((s) => [s.title, s.paragraphs.map((q) => q.text)])).toEqual([
      ['Agenda', ['Next steps', '☐ Ana: plan']],
    ]);
  });

  it('reads a date chip heading, slashed dates month first, and no subsection labels but its own', () => {
    const doc = buildDocument({
      blocks: [
        h2([{ date: { timestamp: '2026-11-23T00:00:00Z', displayText: 'Nov 23, 2026' } }, ' · 1:1']),
        h3('Commitments'),
        bullet('Ana: plain bullet under an unknown label'),
        h2('03/04/2026'),
        h3('Action items'),
        bullet('Ben: in March'),
      ],
    });
    const parsed = parseDoc(doc);
    expect(parsed.sections.map((s) => [s.date, s.headingText])).toEqual([
      ['2026-11-23', 'Nov 23, 2026 · 1:1'],
      ['2026-03-04', '03/04/2026'],
    ]);
    // "Commitments" is an unknown subsection: its plain bullets are not items.
    expect(parsed.sections[0]!.subsections[0]).toMatchObject({ title: 'Commitments', kind: 'other' });
    expect(parsed.sections[0]!.items).toEqual([]);
    expect(allItems(parsed).map((i) => [i.owner?.name, i.text])).toEqual([['Ben', 'in March']]);
  });

  it('reads 500 weekly meetings with their keys', () => {
    const doc = pastMeetingsDoc(500, '2026-11-23');
    const parsed = parseDoc(doc);
    expect(parsed.sections).toHaveLength(500);
    expect(parsed.sections[0]!.date).toBe('2026-11-23');
    expect(parsed.sections[0]!.key).toBe(dayKey('2026-11-23'));
    expect(parsed.sections[499]!.date).toBe('2017-05-01');
    expect(Object.keys(parsed.keys)).toHaveLength(500);
    expect(parsed.sections.every((s) => s.key === dayKey(s.date))).toBe(true);
    expect(parsed.sections[0]!.items.map((i) => [i.text, i.done, i.from])).toEqual([
      ['new task 498', true, '2026-11-16'],
      ['new task 499', false, '2026-11-23'],
    ]);
  });
});

describe('parseDoc: action items', () => {
  it('reads every way of ticking an item, and every way of leaving it open', () => {
    const parsed = parseDoc(tickedDoc);
    expect(allItems(parsed).map((i) => [i.text, i.done])).toEqual([
      ['open box', false],
      ['open brackets', false],
      ['plain bullet', false],
      ['done ballot', true],
      ['done check emoji', true],
      ['done check', true],
      ['done lower x', true],
      ['done upper X', true],
      ['done with variation selector', true],
      ['struck through', true],
      ['struck without marker', true],
      ['half struck', false],
      ['struck', true],
      // Under Agenda, only bullets with a marker are items.
      ['marked agenda bullet', false],
      ['ticked agenda bullet', true],
    ]);
    expect(byText(parsed, 'plain bullet').marker).toBeUndefined();
    expect(byText(parsed, 'done lower x').marker).toMatchObject({ text: '[x]' });
    expect(byText(parsed, 'done with variation selector').marker).toMatchObject({ text: '☑️' });
  });

  it('reads person chips as owners and date chips as due dates', () => {
    const parsed = parseDoc(chipsDoc);
    expect(allItems(parsed).map((i) => [i.owner, i.text, i.due])).toEqual([
      [{ kind: 'person', name: 'Ana Lima', email: 'ana@example.com' }, 'draft the Q1 growth plan', undefined],
      [{ kind: 'person', name: 'Ben Okafor', email: 'ben@example.com' }, 'intro to the platform team', undefined],
      [undefined, 'ask Cy Park about budget', 'Dec 8, 2026'],
      [undefined, 'ship it', 'Dec 15'],
    ]);
    const ana = byText(parsed, 'draft the Q1 growth plan');
    // The chip is one index: "☐ " (2) + chip (1) + " draft the Q1 growth plan" (25).
    expect(ana.body.endIndex - ana.body.startIndex).toBe(26);
    expect(textAt(chipsDoc, ana.body)).toBe('\uFFFC draft the Q1 growth plan');
  });

  it('reads owners, due dates and origin dates written as text', () => {
    const parsed = parseDoc(textRulesDoc);
    expect(allItems(parsed).map((i) => [i.owner?.name, i.text, i.due, i.from])).toEqual([
      [undefined, 'Note: this is not an owner', undefined, '2026-11-23'],
      [undefined, '10:30 standup moved', undefined, '2026-11-23'],
      [undefined, 'https://example.com/doc: read it', undefined, '2026-11-23'],
      ['Ana Maria de Souza', 'plan the offsite', undefined, '2026-11-23'],
      [undefined, 'ana: lowercase is not an owner', undefined, '2026-11-23'],
      [undefined, 'Ana Lima Costa Silva: four capitalised words are not a name', undefined, '2026-11-23'],
      ['Ana', 'spaced out text', undefined, '2026-11-23'],
      ['Ben', 'draft the plan', 'Dec 1', '2026-11-23'],
      [undefined, 'review and the doc', 'Friday', '2026-11-23'],
      ['Ana', 'carried', 'Dec 1', '2026-11-09'],
      [undefined, 'keep unknown (from somewhere)', undefined, '2026-11-23'],
      [undefined, 'legacy order', undefined, '2026-11-09'],
      [undefined, 'last year', undefined, '2025-12-28'],
      // "☐ Ana:", "☐   " and "☐ (due Dec 1)" say nothing: skipped.
      [undefined, '(due) stays', undefined, '2026-11-23'],
    ]);
    expect(allItems(parsed).every((i) => i.owner === undefined || i.owner.kind === 'name')).toBe(true);
  });

  it('reads as an owner a name of capitalised words and particles, with apostrophes, dots and hyphens', () => {
    const owners = itemsOf(
      '☐ Zoe: plan',
      '☐ O’Brien: plan',
      "☐ O'Neil: plan",
      '☐ Jean-Luc: plan',
      '☐ Dr. Okafor: plan',
      '☐ Ana Maria de la Cruz: plan',
      '☐ 王：计划',
      '☐ 田中:資料を送る',
    ).map((i) => [i.owner?.name, i.text]);
    expect(owners).toEqual([
      ['Zoe', 'plan'],
      ['O’Brien', 'plan'],
      ["O'Neil", 'plan'],
      ['Jean-Luc', 'plan'],
      ['Dr. Okafor', 'plan'],
      ['Ana Maria de la Cruz', 'plan'],
      ['王', '计划'],
      ['田中', '資料を送る'],
    ]);
  });

  it('reads no owner from words that are no name', () => {
    const lines = [
      'Q1: plan',
      'Ana_Lima: plan',
      'Ana|Ben: plan',
      '.NET: migrate',
      'Résumé→PDF: convert',
      'de Souza: plan',
      'Ana und Ben: plan',
      'Maria de la Cruz y Lopez: plan',
      'Ana:plan',
      '田中 資料を送る',
      'Ana: plan：today',
    ];
    const items = itemsOf(...lines.map((l) => `☐ ${l}`));
    expect(items.map((i) => [i.owner?.name, i.text])).toEqual(
      lines.map((l) => (l === 'Ana: plan：today' ? ['Ana', 'plan：today'] : [undefined, l])),
    );
  });

  it('reads an owner whose name ends up to 80 characters in, and none further', () => {
    const name = (length: number) => `Ana ${'M'.padEnd(length - 9, 'a')} Lima`;
    expect(name(80)).toHaveLength(80);
    const items = itemsOf(`☐ ${name(80)}: plan`, `☐ ${name(81)}: plan`);
    expect(items.map((i) => i.owner?.name)).toEqual([name(80), undefined]);
  });

  it('reads a due date without the spaces and colons around it, a French “ : ” included', () => {
    const items = itemsOf('☐ Ana: x (due : Dec 1)', '☐ Ben: y (due Dec 1 )', '☐ Cy: z (échéance : 1 déc.)');
    expect(items.map((i) => [i.text, i.due])).toEqual([
      ['x', 'Dec 1'],
      ['y', 'Dec 1'],
      ['z', '1 déc.'],
    ]);
  });

  it('reads a from date written before its word, with spaces inside the parentheses, and not a lone “から”', () => {
    const items = itemsOf('☐ 田中：資料を送る（11月9日から ）', '☐ 田中：計画 · 期限 12月1日 · から');
    expect(items.map((i) => [i.text, i.due, i.from])).toEqual([
      ['資料を送る', undefined, '2026-11-09'],
      ['計画 · 期限 12月1日 · から', undefined, '2026-11-16'],
    ]);
  });

  it('keeps in a due group the parentheses that end it when they are not one from group', () => {
    const [item] = itemsOf('☐ Ana: plan · due Fri (from a) b)');
    expect([item!.text, item!.due, item!.from]).toEqual(['plan', 'Fri (from a) b)', '2026-11-16']);
  });

  it('reads the due group of a line however its dot is spaced, with every from group after it', () => {
    const items = itemsOf(
      '☐ Ana: plan\u00A0·\tdue Fri',
      '☐ Ben: plan · due Fri (from Nov 2) (from Nov 9)',
      '☐ Cy: plan · due (from Nov 9)',
    );
    expect(items.map((i) => [i.text, i.due, i.from])).toEqual([
      ['plan', 'Fri', '2026-11-16'],
      ['plan', 'Fri', '2026-11-02'],
      ['plan · due', undefined, '2026-11-09'],
    ]);
  });

  it('reads no from date from words that are no group, and no item from a from group alone', () => {
    expect(itemsOf('☐ go from Nov 9', '☐ (from Nov 9)').map((i) => [i.text, i.from])).toEqual([
      ['go from Nov 9', '2026-11-16'],
    ]);
  });

  it('keeps a separator that follows no owner, and an owner chip whatever name the text starts with', () => {
    const ana = { person: { name: 'Ana', email: 'ana@example.com' } };
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ – call back'),
        bullet(['☐ ', ana, ' Ben Lima: intro']),
      ],
    });
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text])).toEqual([
      [undefined, '– call back'],
      ['Ana', 'Ben Lima: intro'],
    ]);
  });

  it('leaves out of an item what it does not have: no owner, due date, chip or strike is said to be undefined', () => {
    const [item] = itemsOf('☐ plan');
    expect(Object.keys(item!).sort()).toEqual(
      ['body', 'done', 'from', 'id', 'marker', 'nativeChecklist', 'paragraph', 'sectionDate', 'text'].sort(),
    );
  });

  it('keeps one origin date for an item carried twice, and one id for all its copies', () => {
    const parsed = parseDoc(carriedTwiceDoc);
    const items = allItems(parsed);
    expect(items.map((i) => [i.sectionDate, i.text, i.from])).toEqual([
      ['2026-11-23', 'draft the Q1 growth plan', '2026-11-09'],
      ['2026-11-16', 'draft the Q1 growth plan', '2026-11-09'],
      ['2026-11-09', 'draft the Q1 growth plan', '2026-11-09'],
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(1);
    // The template's lone "☐" under Action items is no item.
    expect(parsed.sections[0]!.items).toHaveLength(1);
  });

  it('reads native checklist paragraphs as items only under an action-items heading (or behind a marker)', () => {
    // Under Notes, a checklist-shaped list is notes: it looks just like a plain bulleted list (docs/PLATFORM.md).
    const parsed = parseDoc(checklistDoc);
    expect(allItems(parsed).map((i) => [i.text, i.done, i.nativeChecklist, i.marker?.text])).toEqual([
      ['marked and checklisted', true, true, '☑'],
    ]);
    expect(parsed.sections[0]!.subsections[0]!.paragraphs.map((q) => q.text)).toEqual([
      'call the vendor',
      'renew the licence',
      '☑ marked and checklisted',
      'between lists',
      'a plain note bullet',
      '1. numbered',
    ]);
    // Under Action items, the same paragraphs are items whose ticks cannot be read: strikethrough is all there is.
    const underActions = parseDoc(
      buildDocument({
        blocks: [
          h2('2026-11-23 · 1:1'),
          h3('Action items'),
          checklist('call the vendor'),
          checklist([{ text: 'renew the licence', strikethrough: true }]),
        ],
      }),
    );
    expect(allItems(underActions).map((i) => [i.text, i.done, i.nativeChecklist])).toEqual([
      ['call the vendor', false, true],
      ['renew the licence', true, true],
    ]);
  });

  it('reads no item from a real Doc whose every list has the checklist shape, except under an action-items heading', () => {
    // A real article's outline: 33 lists, 58 bullets, all GLYPH_TYPE_UNSPECIFIED with no glyph symbol
    // (test/fixtures/real-docs/SOURCES.md). Its title and one subheading are renamed in place, same length, so that
    // the Doc reads as one 1:1 section with a "Next steps" subsection and every index stays as Google gave it.
    const doc = structuredClone(uncheckableListsDoc) as Document;
    const content = doc.body!.content!;
    const rename = (from: string, to: string) => {
      const run = content.find((e) => e.paragraph?.elements?.[0]?.textRun?.content === `${from}\n`)!.paragraph!
        .elements![0]!.textRun!;
      run.content = `${to.padEnd(from.length)}\n`;
    };
    rename('Building the AI-Powered Support & Sales Agent for Recruit41', '2026-11-23');
    rename('Deployment Strategy:', 'Next steps:');
    const lists = Object.values(doc.lists!);
    expect(lists).toHaveLength(33);
    for (const list of lists)
      for (const level of list.listProperties!.nestingLevels!)
        expect([level.glyphType, level.glyphSymbol]).toEqual(['GLYPH_TYPE_UNSPECIFIED', undefined]);
    const parsed = parseDoc(doc);
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(content.filter((e) => e.paragraph?.bullet)).toHaveLength(58);
    expect(allItems(parsed).map((i) => [i.text, i.nativeChecklist, i.done])).toEqual([
      ['Start with humans approving all responses.', true, false],
      ['Over time, gradually automate certain categories where the AI proves reliable.', true, false],
      ['Keep human oversight for complex or sensitive issue categories.', true, false],
    ]);
  });

  it('steps over RTL text, breaks, footnotes, images, empty paragraphs and tables', () => {
    const parsed = parseDoc(odditiesDoc, { promptLines: ['Blockers'] });
    expect(parsed.sections).toHaveLength(1);
    const items = allItems(parsed);
    expect(items.map((i) => i.text)).toEqual([
      'مراجعة الخطة',
      'before break',
      'with a footnote after',
      'image first',
      'image inside',
      '<img src=x onerror=alert(1)>',
    ]);
    // An image before the marker is stepped over: the marker is the ballot box right after it.
    const imageFirst = byText(parsed, 'image first');
    expect(imageFirst.marker!.startIndex).toBe(imageFirst.paragraph.startIndex + 1);
    expect(textAt(odditiesDoc, imageFirst.marker!)).toBe('☐ ');
    const rtl = byText(parsed, 'مراجعة الخطة');
    expect(textAt(odditiesDoc, rtl.body)).toBe('مراجعة الخطة');
    // Nothing from the table's cells.
    expect(items.some((i) => i.text.includes('cell'))).toBe(false);
    const agenda = parsed.sections[0]!.subsections[1]!;
    expect(agenda.title).toBe('Agenda');
    expect(agenda.paragraphs.map((q) => [q.text, q.prompt])).toEqual([
      ['', false],
      ['Wins', true],
      ['Blockers', true],
      ['Italic but black', false],
      ['Grey but upright', false],
    ]);
  });

  it('keeps hostile text as plain text', () => {
    const item = byText(parseDoc(odditiesDoc), '<img src=x onerror=alert(1)>');
    expect(item.done).toBe(false);
    expect(item.owner).toBeUndefined();
    expect(textAt(odditiesDoc, item.body)).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives the same ids whatever the indexes', () => {
    const shifted = buildDocument({
      blocks: [
        p('A new opening paragraph 🎉 that shifts everything'),
        ...[h2('Mon, Nov 23, 2026 · 1:1'), h3('Action items')],
        bullet('☐ Ana: draft 🚀 plan'),
      ],
    });
    const before = parseDoc(emojiAndTableDoc).sections[0]!.items[0]!;
    const after = parseDoc(shifted).sections[0]!.items[0]!;
    expect(after.paragraph.startIndex).not.toBe(before.paragraph.startIndex);
    expect(after.id).toBe(before.id);
  });
});

describe('parseDoc: what a reader sees of chips and other elements', () => {
  const meeting = (...blocks: ReturnType<typeof bullet>[]) =>
    buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), ...blocks] });

  it('reads a rich link chip as its title, or as its address when it has no title', () => {
    const doc = meeting(
      bullet(['☐ Ana: read ', { richLink: { title: 'Q1 plan', uri: 'https://example.com/q1' } }]),
      bullet(['☐ Ben: read ', { richLink: { title: '', uri: 'https://example.com/q2' } }]),
    );
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ana', 'read Q1 plan'],
      ['Ben', 'read https://example.com/q2'],
    ]);
  });

  it('reads a chip that comes without its properties, and a text run without content, as nothing', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Agenda'),
        p([{ person: { name: 'Ana', email: 'ana@example.com' } }, ' to join']),
        p([{ date: { timestamp: '2026-11-20T00:00:00Z', displayText: 'Nov 20' } }, ' review']),
        p([{ richLink: { title: 'Plan', uri: 'https://example.com' } }, ' read']),
        p(['placeholder', ' budget']),
      ],
    });
    const el = (text: string) => paragraphOf(doc, text).elements![0]!;
    delete el(' to join').person!.personProperties;
    delete el(' review').dateElement!.dateElementProperties;
    delete el(' read').richLink!.richLinkProperties;
    delete el(' budget').textRun!.content;
    expect(agendaOf(doc).map(([text]) => text)).toEqual(['to join', 'review', 'read', 'budget']);
  });

  it('reads an image in a heading as nothing, and says the heading holds more than its text', () => {
    const doc = buildDocument({
      blocks: [h2([{ image: 'logo.png' }, 'Mon, Nov 16, 2026 · 1:1']), h3('Agenda'), p(['topic ', { footnote: 'n' }])],
    });
    const [section] = parseDoc(doc).sections;
    expect(section).toMatchObject({ date: '2026-11-16', headingText: 'Mon, Nov 16, 2026 · 1:1', headingHasMore: true });
    expect(agendaOf(doc)).toEqual([['topic', false]]);
  });

  it('reads a paragraph that comes without elements as an empty line, which ends no meeting', () => {
    const doc = meeting(bullet('☐ Ana: before'), h2('to be emptied'), bullet('☐ Ben: after'));
    delete paragraphOf(doc, 'to be emptied').elements;
    const [section] = parseDoc(doc).sections;
    expect(section!.items.map((i) => i.text)).toEqual(['before', 'after']);
    expect(section!.subsections[0]!.paragraphs.map((q) => q.text)).toEqual(['☐ Ana: before', '', '☐ Ben: after']);
  });

  it('reads a paragraph that states no style as body text', () => {
    const doc = meeting(bullet('☐ Ana: plan'));
    delete paragraphOf(doc, '☐ Ana: plan').paragraphStyle;
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text])).toEqual([['Ana', 'plan']]);
  });

  it('steps over an element of a kind it does not know', () => {
    const doc = meeting(bullet(['☐ Ana: call ', { pageBreak: true }, 'the vendor']));
    const unknown = paragraphOf(doc, 'the vendor').elements![1]!;
    delete unknown.pageBreak;
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text, i.inSuggestion])).toEqual([
      ['Ana', 'call the vendor', undefined],
    ]);
  });

  it('reads a marker behind spaces, tabs, no-break spaces and an empty run, but none behind a chip', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Notes'),
        bullet(' ☐ spaced'),
        bullet('\t☐ tabbed'),
        bullet('\u00A0☐ unbroken'),
        bullet(['to be emptied', '☐ after an empty run']),
        bullet([{ person: { name: 'Ana', email: 'ana@example.com' } }, ' ☐ behind a chip']),
      ],
    });
    delete runOf(doc, 'to be emptied').textRun!.content;
    expect(allItems(parseDoc(doc)).map((i) => [i.text, i.marker?.text])).toEqual([
      ['spaced', '☐'],
      ['tabbed', '☐'],
      ['unbroken', '☐'],
      ['after an empty run', '☐'],
    ]);
  });

  it('reads a person chip with only a name, one without properties, and a date chip without a timestamp', () => {
    const doc = meeting(
      bullet([{ person: { name: 'Ana', email: 'ana@example.com' } }, ' draft the plan']),
      bullet(['☐ Ben: call ', { person: { name: 'Cy', email: 'cy@example.com' } }, ' back']),
      bullet(['☐ Di: ship it ', { date: { timestamp: '2026-12-01T00:00:00Z', displayText: 'Dec 1' } }]),
    );
    const chip = (text: string) => paragraphOf(doc, text).elements!.find((e) => !e.textRun)!;
    delete chip(' draft the plan').person!.personProperties!.email;
    delete chip(' back').person!.personProperties;
    delete chip('☐ Di: ship it ').dateElement!.dateElementProperties!.timestamp;
    const items = allItems(parseDoc(doc));
    expect(items.map((i) => [i.owner, i.text, i.due, i.dueChip])).toEqual([
      [{ kind: 'person', name: 'Ana' }, 'draft the plan', undefined, undefined],
      [{ kind: 'name', name: 'Ben' }, 'call back', undefined, undefined],
      [{ kind: 'name', name: 'Di' }, 'ship it', 'Dec 1', undefined],
    ]);
  });

  it('reads an item struck through but for a chip that shows nothing as partly struck, not done', () => {
    const doc = meeting(
      bullet(['☐ ', { text: 'call back ', strikethrough: true }, { richLink: { title: '', uri: '' } }]),
    );
    const [item] = allItems(parseDoc(doc));
    expect([item!.text, item!.done, item!.strike]).toEqual(['call back', false, 'part']);
  });

  it('starts an item’s body after a suggested insertion right after its marker', () => {
    const doc = meeting(bullet('☐ Ana: draft the plan'));
    suggestText(doc, 'Ana: ', 'insertion');
    const [item] = allItems(parseDoc(doc));
    expect([item!.owner, item!.text, item!.inSuggestion]).toEqual([undefined, 'draft the plan', undefined]);
    expect(textAt(doc, item!.marker!)).toBe('☐ ');
    expect(textAt(doc, item!.body)).toBe('draft the plan');
  });

  it('ends an item’s body after the whole of its last element, however many indexes that spans', () => {
    const doc = meeting(bullet(['☐ Ana: solve ', { pageBreak: true }]));
    const paragraph = contentOf(doc).at(-1)!;
    const [, wide, newline] = paragraph.paragraph!.elements!;
    delete wide!.pageBreak;
    wide!.equation = {};
    wide!.endIndex! += 4;
    newline!.startIndex! += 4;
    newline!.endIndex! += 4;
    paragraph.endIndex! += 4;
    const [item] = allItems(parseDoc(doc));
    expect(item!.text).toBe('solve');
    expect(item!.body).toEqual({ startIndex: paragraph.startIndex! + 2, endIndex: wide!.endIndex });
    // The same where the element ends the paragraph, which (as no Doc does) comes without its newline.
    paragraph.paragraph!.elements!.pop();
    expect(allItems(parseDoc(doc))[0]!.body.endIndex).toBe(wide!.endIndex);
  });

  it('places the marker and body of an item behind an image and holding a chip', () => {
    const doc = meeting(
      bullet([{ image: 'logo.png' }, '☐ call ', { person: { name: 'Ana', email: 'ana@example.com' } }, ' back']),
    );
    const [item] = allItems(parseDoc(doc));
    expect(item!.text).toBe('call Ana back');
    expect(textAt(doc, item!.marker!)).toBe('☐ ');
    expect(textAt(doc, item!.body)).toBe('call \uFFFC back');
  });

  it('takes a date chip as the due date unless the text says one, and never one that shows nothing', () => {
    const chip = (displayText: string) => ({ date: { timestamp: '2026-12-01T00:00:00Z', displayText } });
    const doc = meeting(
      bullet(['☐ Ana: plan · review ', chip('Dec 1')]),
      bullet(['☐ Ben: plan (due Fri) ', chip('Dec 1')]),
      bullet(['☐ Cy: plan ', chip('')]),
    );
    const items = allItems(parseDoc(doc));
    expect(items.map((i) => [i.text, i.due, i.dueChip?.timestamp])).toEqual([
      ['plan · review', 'Dec 1', '2026-12-01T00:00:00Z'],
      ['plan Dec 1', 'Fri', undefined],
      ['plan', undefined, undefined],
    ]);
  });

  it('reads an item of several runs, spaces between chips, as not struck through', () => {
    const ana = { person: { name: 'Ana', email: 'ana@example.com' } };
    const doc = meeting(
      bullet(['☐ ', 'meet ', ana, ' ', { date: { timestamp: '2026-12-01T00:00:00Z', displayText: 'Dec 1' } }]),
    );
    const [item] = allItems(parseDoc(doc));
    expect([item!.text, item!.done, item!.strike]).toEqual(['meet Ana', false, undefined]);
  });

  it('places a marker from elements that state only where they start', () => {
    const doc = meeting(bullet(['☐ ', 'Ana: draft the plan']));
    const marker = runOf(doc, '☐ ');
    delete marker.endIndex;
    const [item] = allItems(parseDoc(doc));
    expect(item!.marker).toEqual({ startIndex: marker.startIndex, endIndex: marker.startIndex! + 2, text: '☐' });
    expect(item!.body.startIndex).toBe(marker.startIndex! + 2);
  });

  it('reads no native checklist in a numbered list, nor in a list the Doc does not describe', () => {
    const doc = meeting(
      p('☐ Ana: numbered', { bullet: 'numbered' }),
      bullet('☐ Ben: unknown list'),
      bullet('☐ Cy: list without properties', 1),
      checklist('☐ Di: list without levels'),
    );
    const lists = doc.tabs![0]!.documentTab!.lists!;
    const listOf = (text: string) => paragraphOf(doc, text).bullet!;
    listOf('☐ Ben: unknown list').listId = 'kix.gone';
    lists[listOf('☐ Cy: list without properties').listId!] = {};
    lists[listOf('☐ Di: list without levels').listId!] = { listProperties: {} };
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.nativeChecklist])).toEqual([
      ['Ana', false],
      ['Ben', false],
      ['Cy', false],
      ['Di', false],
    ]);
  });
});

describe('parseDoc: the template’s prompts', () => {
  const agenda = (...blocks: ReturnType<typeof p>[]) =>
    buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Agenda'), ...blocks] });
  /** An agenda line in italics of the colour [red, green, blue]; `{}` for a colour Docs states as none. */
  const italic = (doc: Document, text: string, rgb: number[] | Record<string, never>) => {
    const [red, green, blue] = Array.isArray(rgb) ? rgb : [];
    runOf(doc, text).textRun!.textStyle = {
      italic: true,
      foregroundColor: Array.isArray(rgb) ? { color: { rgbColor: { red, green, blue } } } : rgb,
    };
  };

  it('reads italic grey text as a prompt from a grey of 0.25 to one of 0.9, its channels within 0.08 of each other', () => {
    const shades: [string, number[] | Record<string, never>, boolean][] = [
      ['darkest grey', [0.25, 0.25, 0.25], true],
      ['lightest grey', [0.9, 0.9, 0.9], true],
      ['warm grey', [0.5, 0.5, 0.57], true],
      ['near black', [0.2, 0.2, 0.2], false],
      ['near white', [0.95, 0.95, 0.95], false],
      ['bluish grey', [0.5, 0.5, 0.6], false],
      ['blue', [0.29, 0.53, 0.91], false],
      ['no colour', {}, false],
    ];
    const doc = agenda(...shades.map(([text]) => p(text)));
    for (const [text, rgb] of shades) italic(doc, text, rgb);
    expect(agendaOf(doc)).toEqual(shades.map(([text, , prompt]) => [text, prompt]));
  });

  it('reads a grey italic line as a prompt with an image in it, and not when part of it is upright or unstyled', () => {
    const doc = agenda(
      p([{ text: 'Wins ', italic: true, color: '#999999' }, { image: 'trophy.png' }]),
      p([{ text: 'Blockers', italic: true, color: '#999999' }, ' for today']),
      p(['unstyled']),
    );
    delete runOf(doc, 'unstyled').textRun!.textStyle;
    expect(agendaOf(doc)).toEqual([
      ['Wins', true],
      ['Blockers for today', false],
      ['unstyled', false],
    ]);
  });

  it('reads as a prompt a line the template gives with spaces around it, and none without the template’s lines', () => {
    const doc = agenda(p('Wins'), p('Blockers'));
    expect(agendaOf(doc, ['  Wins ', ' ', ''])).toEqual([
      ['Wins', true],
      ['Blockers', false],
    ]);
    expect(agendaOf(doc)).toEqual([
      ['Wins', false],
      ['Blockers', false],
    ]);
  });

  it('reads an emptied prompt line, its newline still grey and italic, as no prompt', () => {
    const doc = agenda(p([{ text: '', italic: true, color: '#999999' }]), p('topic'));
    expect(runOf(doc, '').textRun!.textStyle).toMatchObject({ italic: true });
    expect(agendaOf(doc)).toEqual([
      ['', false],
      ['topic', false],
    ]);
  });

  it('reads a line holding only a chip as no prompt', () => {
    const doc = agenda(p([{ person: { name: 'Ana', email: 'ana@example.com' } }]));
    expect(agendaOf(doc)).toEqual([['Ana', false]]);
  });
});

describe('parseDoc: size', () => {
  it('parses a Doc of about 2 MB without error', () => {
    const doc = hugeDoc(2_000_000);
    expect(JSON.stringify(doc).length).toBeGreaterThan(2_000_000);
    const parsed = parseDoc(doc);
    expect(parsed.sections.length).toBeGreaterThan(100);
    const first = parsed.sections[0]!;
    expect(first.date).toBe('2000-01-03');
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.owner).toEqual({ kind: 'name', name: 'Ana' });
    expect(first.items[0]!.text.startsWith('Lorem ipsum dolor sit amet, (due soon consectetur (from nowhere')).toBe(
      true,
    );
    expect(first.items[0]!.done).toBe(false);
    expect(first.items[1]!.done).toBe(true);
    expect(parsed.sections.every((s) => s.items.length === 2)).toBe(true);
  });

  // Each of these backtracked quadratically before: minutes at this length.
  it.each([
    ['an unclosed “(due” followed by 400,000 spaces', `☐ Ana: x (due${' '.repeat(400_000)}`],
    ['an unclosed “(due:” followed by 400,000 colons', `☐ Ana: x (due${':'.repeat(400_000)}`],
    ['“(from” followed by 400,000 spaces and “))”', `☐ Ana: x (from${' '.repeat(400_000)}))`],
  ])('reads an item with %s, within a time bound', (_what, line) => {
    const doc = buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet(line)] });
    const [item] = within(HOSTILE_MS, () => parseDoc(doc)).sections[0]!.items;
    expect(item!.owner).toEqual({ kind: 'name', name: 'Ana' });
    expect(item!.text.startsWith('x (')).toBe(true);
    expect(item!.due).toBeUndefined();
  });

  it('still reads “(due: Dec 1)” and “(from  Nov 9)” as before', () => {
    const doc = buildDocument({
      blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet('☐ Ana: x (due: Dec 1) (from  Nov 9)')],
    });
    const [item] = parseDoc(doc).sections[0]!.items;
    expect(item).toMatchObject({ text: 'x', due: 'Dec 1', from: '2026-11-09' });
  });
});

describe('parseDoc: occurrence keys', () => {
  it('gives a key to the heading that holds the end of its range, even if the range grew over a section above', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 23, 2026 · 1:1'),
        h3('Agenda'),
        h2('Mon, Nov 16, 2026 · 1:1', namedRangeName(dayKey('2026-11-16'))),
      ],
    });
    const ranges =
      doc.tabs![0]!.documentTab!.namedRanges![namedRangeName(dayKey('2026-11-16'))]!.namedRanges![0]!.ranges!;
    // As if an insert at the range's start had widened it to cover the new section above.
    ranges[0]!.startIndex = 1;
    const parsed = parseDoc(doc);
    expect(parsed.sections.map((s) => [s.date, s.key])).toEqual([
      ['2026-11-23', undefined],
      ['2026-11-16', dayKey('2026-11-16')],
    ]);
  });
});

describe('parseDoc: the add-on’s records over headings', () => {
  /** Two dated headings, one right after the other, and a named range over one character of the Doc. */
  const twoHeadings = () => buildDocument({ blocks: [h2('Mon, Nov 23, 2026 · 1:1'), h2('Mon, Nov 16, 2026 · 1:1')] });
  const rangeOver = (doc: Document, name: string, at: number, namedRangeId?: string) => {
    const ranges = doc.tabs![0]!.documentTab!.namedRanges!;
    const group = ranges[name] ?? { name, namedRanges: [] };
    group.namedRanges!.push({ name, namedRangeId, ranges: [{ startIndex: at, endIndex: at + 1, tabId: 't.0' }] });
    ranges[name] = group;
  };

  it('gives each heading the key and the written date whose range ends in it, down to its first character', () => {
    const doc = twoHeadings();
    const first = paragraphSpan(doc, 'Mon, Nov 23, 2026 · 1:1');
    const second = paragraphSpan(doc, 'Mon, Nov 16, 2026 · 1:1');
    expect(first.endIndex).toBe(second.startIndex);
    rangeOver(doc, namedRangeName('k23'), first.startIndex);
    rangeOver(doc, namedRangeName('k16'), second.startIndex);
    rangeOver(doc, writtenForName('2026-11-23'), first.startIndex, 'kix.w23');
    // A record without its range's id (as Docs never gives it) is passed over for the one that has it.
    rangeOver(doc, writtenForName('2026-11-01'), second.startIndex);
    rangeOver(doc, writtenForName('2026-11-16'), second.startIndex, 'kix.w16');
    expect(parseDoc(doc).sections.map((s) => [s.date, s.key, s.writtenFor])).toEqual([
      ['2026-11-23', 'k23', { date: '2026-11-23', namedRangeId: 'kix.w23' }],
      ['2026-11-16', 'k16', { date: '2026-11-16', namedRangeId: 'kix.w16' }],
    ]);
  });

  it('gives a heading no key or written date whose range ends past its newline, or in the line before it', () => {
    const doc = twoHeadings();
    const first = paragraphSpan(doc, 'Mon, Nov 23, 2026 · 1:1');
    const second = paragraphSpan(doc, 'Mon, Nov 16, 2026 · 1:1');
    const read = () => parseDoc(doc).sections.map((s) => [s.date, s.key, s.writtenFor?.date]);
    rangeOver(doc, namedRangeName('k16'), second.startIndex);
    rangeOver(doc, writtenForName('2026-11-16'), second.startIndex, 'kix.w16');
    expect(read()).toEqual([
      ['2026-11-23', undefined, undefined],
      ['2026-11-16', 'k16', '2026-11-16'],
    ]);
    // Over the first heading's newline: the first heading's, not the second's.
    delete doc.tabs![0]!.documentTab!.namedRanges![writtenForName('2026-11-16')];
    rangeOver(doc, writtenForName('2026-11-23'), first.endIndex - 1, 'kix.w23');
    expect(read()).toEqual([
      ['2026-11-23', undefined, '2026-11-23'],
      ['2026-11-16', 'k16', undefined],
    ]);
  });

  it('says nothing of a key or a written date a heading does not have', () => {
    const [section] = parseDoc(twoHeadings()).sections;
    expect(Object.keys(section!).sort()).toEqual(
      ['cancelled', 'date', 'heading', 'headingLevel', 'headingText', 'items', 'span', 'subsections'].sort(),
    );
  });
});

describe('parseDoc: a keyed heading that no longer reads as a date', () => {
  it('stays a section, with its key and the date of the key', () => {
    const doc = buildDocument({
      blocks: [
        h2(
          'Mon, Nov 30, 2026 · 1:1 (moved to Tuesday, room 4, after the all-hands)',
          namedRangeName(dayKey('2026-11-30')),
        ),
        h3('Action items'),
        bullet('☐ Ana: book the room'),
        h2('Our planning notes, with no date at all'),
      ],
    });
    const [section] = parseDoc(doc).sections;
    expect(section).toMatchObject({ date: '2026-11-30', key: dayKey('2026-11-30'), cancelled: false });
    expect(section!.items.map((i) => i.text)).toEqual(['book the room']);
    expect(parseDoc(doc).sections).toHaveLength(1);
  });
});

describe('parseDoc: suggestions, read as not yet accepted', () => {
  const meeting = (...blocks: ReturnType<typeof bullet>[]) =>
    buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), ...blocks] });

  it('reads a heading "Nov 9" with a suggested insertion " (moved)" as Nov 9, and says re-dating it would write inside one', () => {
    const doc = buildDocument({
      blocks: [
        h2(['Mon, Nov 9, 2026 · 1:1', ' (moved)'], namedRangeName(dayKey('2026-11-09'))),
        h3('Action items'),
        bullet('☐ Ana: book the room'),
      ],
    });
    suggestText(doc, ' (moved)', 'insertion');
    const [section] = parseDoc(doc).sections;
    expect(section).toMatchObject({ date: '2026-11-09', headingText: 'Mon, Nov 9, 2026 · 1:1', cancelled: false });
    expect(section!.key).toBe(dayKey('2026-11-09'));
    // The heading span still covers every index of the paragraph, suggestion included (writes stay exact).
    expect(textAt(doc, section!.heading)).toBe('Mon, Nov 9, 2026 · 1:1 (moved)');
    expect(section!.headingSuggestions).toEqual([spanOf(doc, ' (moved)')]);
    expect(section!.items.map((i) => [i.text, i.inSuggestion])).toEqual([['book the room', undefined]]);

    // A suggested replacement inside the date ("Nov [+16][-9]") and a suggested "(cancelled)": still Nov 9, not cancelled.
    const replaced = buildDocument({ blocks: [h2(['Mon, Nov ', '16', '9, 2026 · 1:1', ' (cancelled)'])] });
    suggestText(replaced, '16', 'insertion', 'suggest.a');
    suggestText(replaced, '9', 'deletion', 'suggest.a', spanOf(replaced, '9, 2026').startIndex);
    suggestText(replaced, ' (cancelled)', 'insertion', 'suggest.b');
    const [again] = parseDoc(replaced).sections;
    expect(again).toMatchObject({ date: '2026-11-09', headingText: 'Mon, Nov 9, 2026 · 1:1', cancelled: false });
    expect(again!.headingSuggestions).toHaveLength(2);

    // Without suggestions, nothing is said.
    expect(parseDoc(meeting(bullet('☐ x'))).sections[0]!.headingSuggestions).toBeUndefined();
  });

  it('reads a marker under a suggested deletion once, and says ticking it would write inside the suggestion', () => {
    const doc = meeting(bullet('☐ Ana: draft the plan'), bullet('☑☐ Ben: book the offsite'), bullet('☐ Cy: plain'));
    suggestText(doc, '☐ ', 'deletion', 'suggest.del');
    // Someone suggested ticking Ben's item: the new marker is inserted, the old one deleted (a replacement).
    const ben = spanOf(doc, '☑☐');
    suggest(doc, { startIndex: ben.startIndex, endIndex: ben.startIndex + 1 }, 'insertion', 'suggest.tick');
    suggest(doc, { startIndex: ben.startIndex + 1, endIndex: ben.endIndex }, 'deletion', 'suggest.tick');
    const items = parseDoc(doc).sections[0]!.items;
    expect(items.map((i) => [i.owner?.name, i.text, i.done, i.marker?.text])).toEqual([
      ['Ana', 'draft the plan', false, '☐'],
      ['Ben', 'book the offsite', false, '☐'],
      ['Cy', 'plain', false, '☐'],
    ]);
    const [ana, benItem, cy] = items as [ActionItem, ActionItem, ActionItem];
    expect(ana.inSuggestion).toBe(true);
    expect(ana.suggestions).toEqual([spanOf(doc, '☐ ')]);
    expect(textAt(doc, ana.marker!)).toBe('☐ ');
    expect(textAt(doc, ana.body)).toBe('Ana: draft the plan');
    expect(benItem.inSuggestion).toBe(true);
    expect(benItem.suggestions).toEqual([{ startIndex: ben.startIndex, endIndex: ben.endIndex }]);
    // Ben's marker is the deleted "☐" (and the space after it), never the suggested "☑" before it.
    expect(textAt(doc, benItem.marker!)).toBe('☐ ');
    expect(textAt(doc, benItem.body)).toBe('Ben: book the offsite');
    expect(cy.inSuggestion).toBeUndefined();
    expect(cy.suggestions).toBeUndefined();
    // The same ids as the Doc without any suggestion: the item is the same item.
    const plain = parseDoc(meeting(bullet('☐ Ana: draft the plan'), bullet('☐ Ben: book the offsite'))).sections[0]!;
    expect([ana.id, benItem.id]).toEqual(plain.items.map((i) => i.id));
  });

  it('does not read a marker under a suggested insertion', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Notes'),
        bullet('☐ check the budget'),
        h3('Action items'),
        bullet('☐ Ana: send the deck'),
        bullet('☐ [x] Ben: call the vendor'),
      ],
    });
    suggestText(doc, '☐ ', 'insertion', 'suggest.n');
    suggestText(doc, '☐ ', 'insertion', 'suggest.a', spanOf(doc, '☐ Ana').startIndex);
    suggestText(doc, '☐ ', 'insertion', 'suggest.b', spanOf(doc, '☐ [x]').startIndex);
    const items = parseDoc(doc).sections[0]!.items;
    // Under Notes, a bullet is an item only by its marker, and its only marker is a suggestion.
    expect(items.map((i) => [i.owner?.name, i.text, i.marker?.text, i.done])).toEqual([
      ['Ana', 'send the deck', undefined, false],
      ['Ben', 'call the vendor', '[x]', true],
    ]);
    const [ana, ben] = items as [ActionItem, ActionItem];
    // A done marker would go right against the suggestion: that copy is left alone.
    expect(textAt(doc, ana.body)).toBe('Ana: send the deck');
    expect(ana.inSuggestion).toBe(true);
    // Ben's own marker follows the suggestion and can be toggled without touching it.
    expect(textAt(doc, ben.marker!)).toBe('[x] ');
    expect(ben.inSuggestion).toBeUndefined();
    expect(ben.suggestions).toEqual([spanOf(doc, '☐ ', spanOf(doc, '☐ [x]').startIndex)]);
  });

  it('does not read a suggested new paragraph as an item, nor a suggested heading as a meeting', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 23, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: one'),
        bullet('☐ Ben: typed after pressing Enter'),
        bullet('☐ Cy: a whole new line'),
        bullet('☐ Ana: two'),
        h2('Mon, Nov 30, 2026 · 1:1'),
        h3('Agenda'),
        bullet('a topic'),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: older'),
      ],
    });
    // Enter pressed at the end of "one", then a line typed: the suggestion is "\n☐ Ben: …", and the real newline
    // now ends Ben's paragraph.
    const one = spanOf(doc, '☐ Ana: one');
    const typed = spanOf(doc, '☐ Ben: typed after pressing Enter');
    suggest(doc, { startIndex: one.endIndex, endIndex: typed.endIndex }, 'insertion', 'suggest.enter');
    // A whole paragraph suggested before "two", its newline included.
    const whole = spanOf(doc, '☐ Cy: a whole new line\n');
    suggest(doc, whole, 'insertion', 'suggest.line');
    // A whole dated heading suggested, newline included: the meeting it would start is not there yet.
    suggest(doc, spanOf(doc, 'Mon, Nov 30, 2026 · 1:1\n'), 'insertion', 'suggest.heading');
    const parsed = parseDoc(doc);
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-16']);
    const [first] = parsed.sections;
    expect(first!.items.map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ana', 'one'],
      ['Ana', 'two'],
    ]);
    const [itemOne, itemTwo] = first!.items as [ActionItem, ActionItem];
    // "one" reads as one paragraph that ends at the real newline; its marker and body are exactly its own text.
    expect(itemOne.paragraph).toEqual({ startIndex: one.startIndex, endIndex: typed.endIndex + 1 });
    expect(textAt(doc, itemOne.marker!)).toBe('☐ ');
    expect(textAt(doc, itemOne.body)).toBe('Ana: one');
    expect(itemOne.suggestions).toEqual([{ startIndex: one.endIndex, endIndex: typed.endIndex }]);
    expect(itemOne.inSuggestion).toBeUndefined();
    // "two" follows the suggested paragraph, and reads with its own indexes.
    expect(itemTwo.paragraph.startIndex).toBe(whole.startIndex);
    expect(textAt(doc, itemTwo.body)).toBe('Ana: two');
    expect(itemTwo.inSuggestion).toBeUndefined();
    // The would-be meeting's agenda belongs to the meeting above, where it is for now.
    const agenda = first!.subsections.find((s) => s.kind === 'agenda');
    expect(agenda?.paragraphs.map((p) => [p.text, p.suggested])).toEqual([['a topic', undefined]]);
    expect(first!.subsections.find((s) => s.kind === 'actions')!.paragraphs.map((p) => [p.text, p.suggested])).toEqual([
      ['☐ Ana: one', true],
      ['☐ Ana: two', true],
    ]);
  });

  it('reads the real replacement suggestion of dasasian/gdocs-mcp as not yet accepted', () => {
    const real = replacementSuggestionDoc();
    // As it is: one paragraph, no meeting, nothing to misread.
    expect(parseDoc(real)).toMatchObject({ sections: [], bodyEndIndex: 34, openingEndIndex: 34, tabId: 't.0' });
    // Its runs as an action item's text: "☐ " and then the real runs, with their ids, after a dated heading.
    const [, realParagraph] = real.tabs![0]!.documentTab!.body!.content!;
    const runs = realParagraph!.paragraph!.elements!;
    const rawText = runs.map((r) => r.textRun!.content).join('');
    expect(rawText).toBe('The timeline is 2 weeks3 weeks.\n');
    const doc = meeting(bullet(`☐ Ana: ${rawText.slice(0, -1)}`));
    const base = spanOf(doc, rawText.slice(0, -1)).startIndex - (runs[0]!.startIndex ?? 0);
    for (const run of runs) {
      const ids = run.textRun as { suggestedInsertionIds?: string[]; suggestedDeletionIds?: string[] };
      const span = { startIndex: base + run.startIndex!, endIndex: base + run.endIndex! };
      for (const id of ids.suggestedInsertionIds ?? []) suggest(doc, span, 'insertion', id);
      for (const id of ids.suggestedDeletionIds ?? []) suggest(doc, span, 'deletion', id);
    }
    const [item] = parseDoc(doc).sections[0]!.items;
    expect(item).toMatchObject({ text: 'The timeline is 3 weeks.', owner: { kind: 'name', name: 'Ana' }, done: false });
    expect(item!.suggestions).toEqual([spanOf(doc, '2 weeks3 weeks')]);
    expect(item!.inSuggestion).toBe(true);
    expect(textAt(doc, item!.body)).toBe('Ana: The timeline is 2 weeks3 weeks.');
  });
  it('reads two suggested new paragraphs in a row as part of the line whose newline is real', () => {
    const doc = meeting(bullet('☐ Ana: one'), bullet('☐ Ben: two'), bullet('☐ Cy: three'), bullet('☐ Di: four'));
    // Enter pressed after "one", then "☐ Ben: two", Enter and "☐ Cy: three" typed: all one suggestion.
    const one = spanOf(doc, '☐ Ana: one');
    const three = spanOf(doc, '☐ Cy: three');
    suggest(doc, { startIndex: one.endIndex, endIndex: three.endIndex }, 'insertion', 'suggest.lines');
    const items = parseDoc(doc).sections[0]!.items;
    expect(items.map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ana', 'one'],
      ['Di', 'four'],
    ]);
    expect(items[0]!.paragraph).toEqual({ startIndex: one.startIndex, endIndex: three.endIndex + 1 });
    expect(items[0]!.suggestions).toEqual([{ startIndex: one.endIndex, endIndex: three.endIndex }]);
  });

  it('never changes the Doc it reads, suggested paragraphs included', () => {
    const doc = meeting(bullet('☐ Ana: one'), bullet('☐ Ben: typed'), bullet('☐ Cy: two'));
    const one = spanOf(doc, '☐ Ana: one');
    suggest(doc, { startIndex: one.endIndex, endIndex: spanOf(doc, '☐ Ben: typed').endIndex }, 'insertion');
    const before = structuredClone(doc);
    const first = parseDoc(doc);
    expect(doc).toEqual(before);
    expect(parseDoc(doc)).toEqual(first);
  });

  it('reads a line whose suggested newline ends the body, and one that ends before a table', () => {
    const doc = buildDocument({
      blocks: [
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: before the table'),
        table([['cell']]),
        bullet('☐ Ben: last'),
      ],
    });
    const last = spanOf(doc, '☐ Ben: last\n');
    suggest(doc, { startIndex: last.endIndex - 1, endIndex: last.endIndex }, 'insertion', 'suggest.end');
    const beforeTable = spanOf(doc, '☐ Ana: before the table\n');
    suggest(doc, { startIndex: beforeTable.endIndex - 1, endIndex: beforeTable.endIndex }, 'insertion', 'suggest.t');
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text, i.inSuggestion])).toEqual([
      ['Ana', 'before the table', undefined],
      ['Ben', 'last', undefined],
    ]);
  });

  it('reads a last run suggested without its newline as no new paragraph', () => {
    const doc = meeting(bullet(['☐ Ana: one', ' more']), bullet('☐ Ben: two'));
    // As no Doc gives it, the paragraph's last run lacks its newline; a suggested one that lacks it ends no paragraph.
    const more = runOf(doc, ' more');
    more.textRun!.content = ' more';
    more.endIndex! -= 1;
    suggestText(doc, ' more', 'insertion', 'suggest.more');
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ana', 'one'],
      ['Ben', 'two'],
    ]);
  });

  it('reads a paragraph ending in a chip, with no newline run, or with no elements at all', () => {
    const doc = meeting(
      bullet(['☐ Ana: meet ', { person: { name: 'Ben', email: 'ben@example.com' } }]),
      bullet(['☐ Cy: call', ' back']),
      bullet('☐ Di: gone'),
      bullet('☐ Ed: last'),
    );
    const chipLine = paragraphOf(doc, '☐ Ana: meet ');
    chipLine.elements!.pop();
    delete paragraphOf(doc, ' back').elements![1]!.textRun!.content;
    paragraphOf(doc, '☐ Di: gone').elements = [];
    expect(allItems(parseDoc(doc)).map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ana', 'meet Ben'],
      ['Cy', 'call'],
      ['Ed', 'last'],
    ]);
  });

  it('says an item is in a suggestion when one of several touches it, and a plain item is not by one after it', () => {
    const doc = meeting(bullet('☐ Ana: one draft'), bullet('☐ Ben: typed'), bullet('plain item'), bullet('☐ Cy: x'));
    const one = spanOf(doc, '☐ Ana: one draft');
    suggestText(doc, 'one', 'deletion', 'suggest.del');
    suggest(
      doc,
      { startIndex: one.endIndex, endIndex: spanOf(doc, '☐ Ben: typed').endIndex },
      'insertion',
      'suggest.a',
    );
    const plain = spanOf(doc, 'plain item');
    suggest(doc, { startIndex: plain.endIndex, endIndex: spanOf(doc, '☐ Cy: x').endIndex }, 'insertion', 'suggest.b');
    const items = parseDoc(doc).sections[0]!.items;
    expect(items.map((i) => [i.text, i.suggestions?.length, i.inSuggestion])).toEqual([
      ['one draft', 2, true],
      ['plain item', 1, undefined],
    ]);
  });
});

describe('parseDoc: a plain item and the suggestions around where its marker would go', () => {
  /** A plain bullet under Action items, its runs as given: [content, startIndex, endIndex?, suggestion kind?]. */
  const plainItem = (...runs: [string, number, number | undefined, ('insertion' | 'deletion')?][]) => {
    const doc = buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet('x')] });
    const paragraph = contentOf(doc).at(-1)!;
    paragraph.paragraph!.elements = runs.map(([content, startIndex, endIndex, kind]) => ({
      startIndex,
      ...(endIndex === undefined ? {} : { endIndex }),
      textRun: {
        content,
        ...(kind === 'insertion' ? { suggestedInsertionIds: ['s'] } : {}),
        ...(kind === 'deletion' ? { suggestedDeletionIds: ['s'] } : {}),
      },
    }));
    return allItems(parseDoc(doc))[0]!;
  };

  it('is in a suggestion that starts where its body does, even one that states no end', () => {
    const start = 40;
    const item = plainItem(['Ana: ', start, undefined, 'deletion'], ['plan\n', start + 5, start + 10]);
    expect([item.text, item.suggestions, item.inSuggestion]).toEqual([
      'plan',
      [{ startIndex: start, endIndex: start }],
      true,
    ]);
  });

  it('is in no suggestion that ends before its body starts, indexes apart as no Doc gives them', () => {
    const item = plainItem(['☐ ', 40, 42, 'insertion'], ['Ana: plan\n', 44, 54]);
    expect([item.text, item.suggestions, item.inSuggestion]).toEqual([
      'plan',
      [{ startIndex: 40, endIndex: 42 }],
      undefined,
    ]);
  });
});

describe('parseDoc: every suggestion in the notes', () => {
  it('gathers the suggestions of the notes, touching ones joined, and says none when there are none', () => {
    const doc = buildDocument({
      blocks: [p('Opening words'), h2('Mon, Nov 16, 2026 · 1:1'), h3('Action items'), bullet('☐ Ana: one two')],
    });
    expect(parseDoc(doc).suggestions).toBeUndefined();
    suggestText(doc, 'words', 'deletion', 'suggest.a');
    suggestText(doc, 'one', 'deletion', 'suggest.b');
    suggestText(doc, ' two', 'insertion', 'suggest.c');
    const one = spanOf(doc, 'one');
    expect(parseDoc(doc).suggestions).toEqual([
      spanOf(doc, 'words'),
      { startIndex: one.startIndex, endIndex: one.endIndex + 4 },
    ]);
  });

  it('says no suggestion is in a heading that one would only join to the next line', () => {
    const doc = buildDocument({ blocks: [h2('Mon, Nov 16, 2026 · 1:1'), p('notes')] });
    const heading = paragraphSpan(doc, 'Mon, Nov 16, 2026 · 1:1');
    suggest(doc, { startIndex: heading.endIndex - 1, endIndex: heading.endIndex }, 'deletion');
    const [section] = parseDoc(doc).sections;
    expect(section!.headingText).toBe('Mon, Nov 16, 2026 · 1:1');
    expect(section!.headingSuggestions).toBeUndefined();
  });
});

describe('itemOfLine: a line as it reads once written under a section’s action items', () => {
  const line = '☐ Ana: plan (from 03/11)';
  const inDoc = (language?: 'en' | 'de') =>
    parseDoc(buildDocument({ blocks: [h2('2026-11-16'), h3('Action items'), bullet(line)] }), { language }).sections[0]!
      .items[0]!;

  it('reads as a Doc of notes in English reads, or as one whose language reads the day first when told', () => {
    expect(itemOfLine(line, '2026-11-16')).toMatchObject({ id: inDoc().id, from: '2026-03-11' });
    expect(itemOfLine(line, '2026-11-16', true)).toMatchObject({ id: inDoc('de').id, from: '2026-11-03' });
  });

  it('places the line as the paragraph at index 1, its marker and body where the line holds them', () => {
    const item = itemOfLine(line, '2026-11-16')!;
    const at = (span: { startIndex: number; endIndex: number }) =>
      `${line}\n`.slice(span.startIndex - 1, span.endIndex - 1);
    expect(item.paragraph).toEqual({ startIndex: 1, endIndex: line.length + 2 });
    expect(at(item.marker!)).toBe('☐ ');
    expect(at(item.body)).toBe('Ana: plan (from 03/11)');
  });
});

describe('paragraphText', () => {
  it('reads a paragraph as its visible text without its newline, and one without elements as empty', () => {
    const doc = buildDocument({ blocks: [p(['Ana ', { person: { name: 'Ben', email: 'ben@example.com' } }, ' 1:1'])] });
    expect(paragraphText(paragraphOf(doc, ' 1:1'))).toBe('Ana Ben 1:1');
    expect(paragraphText({})).toBe('');
    expect(paragraphText({ elements: [] })).toBe('');
  });
});
