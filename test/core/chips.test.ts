// Smart chips in carried lines: a known owner as a person chip, a due date chip kept a chip, the " · due · from" form.
import { type BlockSpec, buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import {
  asPerson,
  type ChipPeople,
  carriedLine,
  chipPeopleOf,
  formatCarriedItem,
  formatItemLine,
  itemsById,
  type KnownPerson,
  openItemsToCarry,
} from '../../src/core/carryOver';
import type { ActionItem, ParsedDoc } from '../../src/core/model';
import { paragraphText, parseDoc } from '../../src/core/parse';
import { planInsertSection, planSetItemDone } from '../../src/core/plan';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Document, Paragraph, Request } from '../../src/types/docs-api';
import { withListIndents } from '../fixtures/docs';
import { HOSTILE_MS, within } from '../support/timeBound';
import { keepsAllText } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

const ANA: KnownPerson = { email: 'ana.silva@example.com' };
const BEN: KnownPerson = { email: 'ben@example.com', name: 'Ben Okafor' };
/** People the series invites, every one of them one of the pair (what the tests of a line's form need). */
const pairs = (people: KnownPerson[]): ChipPeople => ({ invited: people, pair: people.map((p) => p.email) });

const DUE_CHIP = {
  timestamp: '2026-12-15T00:00:00Z',
  displayText: 'Dec 15',
};

function engineWith(blocks: BlockSpec[], accountNames: Record<string, string> = {}) {
  const docs = createDocsEngine({ accountNames });
  const id = docs.put(withListIndents(buildDocument({ blocks })));
  const read = () => docs.get(id, { includeTabsContent: true });
  const apply = (requests: Request[]) => {
    docs.batchUpdate({ requests, writeControl: { requiredRevisionId: read().revisionId! } }, id);
    const doc = read();
    assertValidDocument(doc);
    return doc;
  };
  return { read, apply };
}

/** Everything a reader sees in the body, chips as the text they show: what "never lose user text" is checked on. */
function shownText(doc: Document): string {
  return (doc.tabs![0]!.documentTab!.body!.content ?? [])
    .map((e) => (e.paragraph ? `${paragraphText(e.paragraph)}\n` : ''))
    .join('');
}

function paragraphHolding(doc: Document, text: string): Paragraph {
  const found = (doc.tabs![0]!.documentTab!.body!.content ?? []).find(
    (e) => e.paragraph && paragraphText(e.paragraph).includes(text),
  );
  if (!found?.paragraph) throw new Error(`no paragraph holds ${text}`);
  return found.paragraph;
}

/** Inserts the Nov 30 section with the items carried from the Nov 23 one, knowing `people`. */
function carryInto(blocks: BlockSpec[], people: KnownPerson[], accountNames: Record<string, string> = {}) {
  const { read, apply } = engineWith(blocks, accountNames);
  const before = read();
  const parsed = parse(before);
  const plan = planInsertSection({
    parsed,
    date: '2026-11-30',
    key: 'day|2026-11-30',
    ...DEFAULT_SETTINGS,
    carried: openItemsToCarry(parsed, '2026-11-30', pairs(people)),
  });
  const after = apply(plan.requests);
  return { before, after, parsed: parse(after), apply };
}

const nov23 = (...items: BlockSpec[]): BlockSpec[] => [
  p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
  h2('2026-11-23'),
  h3('Action items'),
  ...items,
];

function copiesOf(parsed: ParsedDoc, text: string): ActionItem[] {
  return parsed.sections.flatMap((s) => s.items).filter((i) => i.text === text);
}

describe('a carried owner who is a known person is a person chip', () => {
  it('writes "☐ Ana: draft the plan · due Nov 30 · from Nov 16" with Ana as a chip, and keeps the id', () => {
    const { before, after, parsed } = carryInto(
      nov23(bullet('☐ Ana: draft the plan (due Nov 30)  (from Nov 16)'), bullet('☐ Carol: book the room')),
      [ANA, BEN],
    );
    const line = paragraphHolding(after, 'draft the plan · due');
    expect(paragraphText(line)).toBe('☐ Ana: draft the plan · due Nov 30 · from Nov 16');
    const person = line.elements!.find((e) => e.person)!;
    expect(person.person!.personProperties).toEqual({ email: 'ana.silva@example.com', name: 'Ana' });
    expect(person.endIndex! - person.startIndex!).toBe(1);
    // Carol is no attendee nor editor: her name stays text.
    expect(paragraphHolding(after, 'book the room').elements!.some((e) => e.person)).toBe(false);

    const copies = copiesOf(parsed, 'draft the plan');
    expect(copies.map((c) => [c.sectionDate, c.owner, c.due, c.from])).toEqual([
      ['2026-11-30', { kind: 'person', name: 'Ana', email: 'ana.silva@example.com' }, 'Nov 30', '2026-11-16'],
      ['2026-11-23', { kind: 'name', name: 'Ana' }, 'Nov 30', '2026-11-16'],
    ]);
    expect(copies[0]!.id).toBe(copies[1]!.id);
    expect(keepsAllText(shownText(before), shownText(after))).toBe(true);
  });

  it('a tick reaches both copies, the chip line included: the chip stays, one index long, and the rest is struck', () => {
    const { after, parsed, apply } = carryInto(nov23(bullet('☐ Ana: draft the plan (from Nov 16)')), [ANA]);
    const copies = itemsById(parsed).get(copiesOf(parsed, 'draft the plan')[0]!.id)!;
    expect(copies).toHaveLength(2);
    const ticked = apply(planSetItemDone(copies, true, parsed.tabId));
    const reread = copiesOf(parse(ticked), 'draft the plan');
    expect(reread.map((c) => c.done)).toEqual([true, true]);
    expect(paragraphText(paragraphHolding(ticked, 'draft the plan · from'))).toMatch(/^☑ Ana: draft the plan/);
    expect(paragraphHolding(ticked, 'draft the plan · from').elements!.filter((e) => e.person)).toHaveLength(1);
    expect(keepsAllText(shownText(after).replace(/☐/g, ''), shownText(ticked).replace(/☑/g, ''))).toBe(true);
  });

  // Whether Google shows the name the add-on gave or the account's own is not documented (docs/PLATFORM.md, chips):
  // the engine, told the account's name, shows that one.
  it("a chip showing the account's own name keeps the id of the line it was carried from, and a tick reaches both", () => {
    const { parsed, apply } = carryInto(nov23(bullet('☐ Ana: draft the plan (from Nov 16)')), [ANA], {
      [ANA.email]: 'Ana Silva',
    });
    const [chip, typed] = copiesOf(parsed, 'draft the plan');
    expect([chip!.owner, typed!.owner]).toEqual([
      { kind: 'person', name: 'Ana Silva', email: ANA.email },
      { kind: 'name', name: 'Ana' },
    ]);
    expect(chip!.id).toBe(typed!.id);
    const ticked = parse(apply(planSetItemDone(itemsById(parsed).get(chip!.id)!, true, parsed.tabId)));
    expect(copiesOf(ticked, 'draft the plan').map((c) => c.done)).toEqual([true, true]);
  });

  it('matches "Ana", "Ana Silva" and a person\'s own name, never a name two people share', () => {
    const name = (n: string) => ({ kind: 'name' as const, name: n });
    const of = (...people: KnownPerson[]) => pairs(people);
    expect(asPerson(name('Ana Silva'), of(ANA))).toEqual({ kind: 'person', name: 'Ana Silva', email: ANA.email });
    expect(asPerson(name('ana'), of(ANA))).toEqual({ kind: 'person', name: 'ana', email: ANA.email });
    expect(asPerson(name('Ben Okafor'), of(BEN))).toMatchObject({ kind: 'person', email: BEN.email });
    expect(asPerson(name('Ben'), of(BEN))).toMatchObject({ kind: 'person', email: BEN.email });
    expect(asPerson(name('Ana'), of(ANA, { email: 'ana.costa@example.com' }))).toEqual(name('Ana'));
    expect(asPerson(name('Ana'), of(ANA, { email: 'ANA.SILVA@example.com' }))).toMatchObject({ kind: 'person' });
    expect(asPerson(name('Carol'), of(ANA, BEN))).toEqual(name('Carol'));
    expect(asPerson(name('Ana'), of({ email: 'ana silva' }))).toEqual(name('Ana'));
  });

  it('gives a chip only to the two people of the 1:1: not a third attendee, nor anyone a name two of them share', () => {
    const name = (n: string) => ({ kind: 'name' as const, name: n });
    const oneOnOne = chipPeopleOf({
      organizer: 'ana.silva@example.com',
      attendees: ['ana.silva@example.com', 'ben@x.org'],
    });
    expect(asPerson(name('Ben'), oneOnOne)).toEqual({ kind: 'person', name: 'Ben', email: 'ben@x.org' });
    expect(asPerson(name('Ana'), oneOnOne)).toMatchObject({ kind: 'person', email: 'ana.silva@example.com' });
    // Carol is in the series, but a third person: the series is no 1:1, and only its organiser gets a chip.
    const three = chipPeopleOf({
      organizer: 'ana.silva@example.com',
      attendees: ['ana.silva@example.com', 'ben@x.org', 'carol@x.org'],
    });
    expect(asPerson(name('Carol'), three)).toEqual(name('Carol'));
    expect(asPerson(name('Ben'), three)).toEqual(name('Ben'));
    expect(asPerson(name('Ana'), three)).toMatchObject({ kind: 'person', email: 'ana.silva@example.com' });
    // Two Anas in the series: "Ana" is neither of them, even though only one of them is of the pair.
    const twoAnas = chipPeopleOf({
      organizer: 'ana.silva@example.com',
      attendees: ['ana.silva@example.com', 'ana.costa@example.com', 'ben@x.org'],
    });
    expect(asPerson(name('Ana'), twoAnas)).toEqual(name('Ana'));
    expect(asPerson(name('Ana Silva'), twoAnas)).toMatchObject({ kind: 'person', email: 'ana.silva@example.com' });
    // A Doc linked to no series has no pair.
    expect(asPerson(name('Ana'), chipPeopleOf(undefined))).toEqual(name('Ana'));
  });

  it('a person chip stays a chip whoever it is; one that shows only its email is carried without a name', () => {
    const { after, parsed } = carryInto(
      nov23(
        bullet(['☐ ', { person: { name: 'Dee Lee', email: 'dee@example.org' } }, ' review the deck']),
        bullet(['☐ ', { person: { name: '', email: 'eve@example.org' } }, ': sign off']),
      ),
      [],
    );
    const dee = paragraphHolding(after, 'review the deck · from').elements!.find((e) => e.person)!;
    expect(dee.person!.personProperties).toEqual({ email: 'dee@example.org', name: 'Dee Lee' });
    const eve = paragraphHolding(after, 'sign off · from').elements!.find((e) => e.person)!;
    expect(eve.person!.personProperties).toEqual({ email: 'eve@example.org' });
    for (const text of ['review the deck', 'sign off']) {
      const copies = copiesOf(parsed, text);
      expect(copies).toHaveLength(2);
      expect(copies[0]!.id).toBe(copies[1]!.id);
    }
  });
});

describe('a due date that was a date chip stays one', () => {
  it('carries "(due <chip>)" and " · due <chip>" as a date chip with the same timestamp', () => {
    const { after, parsed } = carryInto(
      nov23(
        bullet(['☐ Ben: ship it (due ', { date: DUE_CHIP }, ')']),
        bullet(['☐ Ana: write it · due ', { date: DUE_CHIP }, ' · from Nov 9']),
      ),
      [ANA, BEN],
    );
    for (const text of ['ship it', 'write it']) {
      const line = paragraphHolding(after, `${text} · due`);
      const chips = line.elements!.filter((e) => e.dateElement || e.person);
      expect(chips.map((e) => (e.person ? 'person' : 'date'))).toEqual(['person', 'date']);
      expect(chips[1]!.dateElement!.dateElementProperties!.timestamp).toBe(DUE_CHIP.timestamp);
      const [carried, source] = copiesOf(parsed, text);
      expect(carried!.id).toBe(source!.id);
      expect(carried!.dueChip).toEqual({ timestamp: DUE_CHIP.timestamp });
      // Docs shows the chip in its own format: the date is the same day, whatever its text.
      expect(carried!.due).toBe('Dec 15, 2026');
    }
    expect(copiesOf(parsed, 'write it')[0]!.from).toBe('2026-11-09');
  });

  it('a due date typed as text stays text', () => {
    const { after } = carryInto(nov23(bullet('☐ Ben: ship it (due Friday)')), [BEN]);
    const line = paragraphHolding(after, 'ship it · due Friday');
    expect(line.elements!.some((e) => e.dateElement)).toBe(false);
  });
});

describe('the carried line and the parser', () => {
  const item = { id: 'x', text: 'draft the plan', owner: { kind: 'name' as const, name: 'Ana' }, due: 'Nov 30' };

  it('writes owner, text, then " · due" and " · from" groups; as chips, the text leaves them out', () => {
    expect(formatCarriedItem({ ...item, from: '2026-11-16' }, '2026-11-30')).toBe(
      '☐ Ana: draft the plan · due Nov 30 · from Nov 16',
    );
    const chipped = carriedLine(
      {
        ...item,
        owner: { kind: 'person', name: 'Ana', email: ANA.email },
        dueChip: { timestamp: '2026-11-30T00:00:00Z', dateFormat: 'DATE_FORMAT_CUSTOM' },
        from: '2026-11-16',
      },
      '2026-11-30',
    );
    expect(chipped).toEqual({
      text: '☐ : draft the plan · due  · from Nov 16',
      chips: [
        { offset: 2, person: { email: ANA.email, name: 'Ana' } },
        // An output-only format cannot be written: the chip takes Docs' default.
        { offset: '☐ : draft the plan · due '.length, date: { timestamp: '2026-11-30T00:00:00Z' } },
      ],
    });
    expect(formatItemLine({ text: 'a · b', due: 'Fri · late' }, '2026-11-30')).toBe('☐ a · b · due Fri late');
  });

  it('reads the old "(due …) (from …)" form and the new one as the same item', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-30'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan (due Nov 30)  (from Nov 16)'),
        bullet('☐ Ana: draft the plan · due Nov 30 · from Nov 16'),
        bullet('☐ Ana: draft the plan · from Nov 16 · due Nov 30'),
        bullet('☐ Ana:   draft the plan  ·  due Nov 30  ·  from Nov 16'),
      ],
    });
    const items = parse(doc).sections[0]!.items;
    expect(items).toHaveLength(4);
    for (const it of items) {
      expect([it.text, it.owner?.name, it.due, it.from]).toEqual(['draft the plan', 'Ana', 'Nov 30', '2026-11-16']);
      expect(it.id).toBe(items[0]!.id);
    }
  });

  it('leaves a " · " that is not one of its groups in the text', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-30'),
        h3('Action items'),
        bullet('☐ call Bob · due to rain, then Ann'),
        bullet('☐ tea · from the kitchen'),
        bullet('☐ plan · due · from Nov 16'),
        bullet('☐ plan · due Fri (from Nov 16)'),
      ],
    });
    const items = parse(doc).sections[0]!.items;
    expect(items.map((i) => [i.text, i.due, i.from])).toEqual([
      ['call Bob', 'to rain, then Ann', '2026-11-30'],
      ['tea · from the kitchen', undefined, '2026-11-30'],
      ['plan · due', undefined, '2026-11-16'],
      ['plan', 'Fri', '2026-11-16'],
    ]);
  });

  it('reads a long line of " · " and spaces in linear time', () => {
    const hostile = `☐ x${' ·  due'.repeat(40_000)}${' '.repeat(200_000)}`;
    const doc = buildDocument({ blocks: [h2('2026-11-30'), h3('Action items'), bullet(hostile)] });
    within(HOSTILE_MS, () => parse(doc));
  });
});
