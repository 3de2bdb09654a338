// The Docs people really keep, played through the planners and the Docs engine: what the add-on does (a tick, a
// section put in, a line added, Calendar's moves followed), planned as the server plans it (parse in the notes' tab it
// remembers, plan, one batch), between what people do (test/property/people.ts), every call checked with
// keptWhatPeopleWrote (oracles.ts).
import fc from 'fast-check';
import { createDocsEngine, type DocsEngine } from '../../dev/docsEngine';
import { formatItemLine, itemsById } from '../../src/core/carryOver';
import { addDays } from '../../src/core/dates';
import { planDocWork } from '../../src/core/follow';
import type { ActionItem, ParsedDoc } from '../../src/core/model';
import type { Occurrence } from '../../src/core/occurrences';
import { planAddToSubsection, planSetItemDone } from '../../src/core/plan';
import { insertableLine } from '../../src/core/text';
import { type NotesLanguageTag, TEMPLATE_OPTIONS, valuesOf } from '../../src/shared/settings';
import type { Document, DocumentTab, Request } from '../../src/types/docs-api';
import { dateArb, type KeptDoc, LANGUAGE_TAGS, rarely, wordsArb } from '../support/arbitraries';
import { type AddOnCall, bodyUnits, ensure, keptWhatPeopleWrote, parse, tabsOf } from './oracles';
import { applyPersonEdit, type PersonEdit, personEditArb } from './people';

const TEMPLATE_NAMES = valuesOf(TEMPLATE_OPTIONS);

/** What the docs held and what the calls did, printed once, so a quiet run is known to have done something. */
export const seen = {
  docs: 0,
  footnotes: 0,
  images: 0,
  chips: 0,
  partlyStruck: 0,
  suggestions: 0,
  notesNotFirst: 0,
  calls: 0,
  writes: 0,
  ticks: 0,
  ticksLeftForSuggestions: 0,
  inserted: 0,
  added: 0,
  redated: 0,
  movedLeftAsWritten: 0,
  cancelled: 0,
  typedInHeadings: 0,
  struckParts: 0,
  tabsReordered: 0,
  tabsAdded: 0,
  addsRefusedForSuggestions: 0,
};
export function reportExercised(name: string): void {
  afterAll(() => {
    const counts = Object.entries(seen).filter(([, v]) => v > 0);
    console.log(`property: ${name} exercised ${counts.map(([k, v]) => `${v} ${k}`).join(', ')}`);
  });
}

/** A run of the add-on: a tick from the sidebar, a section put in, a line added, Calendar's moves followed. */
export type Call =
  | { kind: 'tick'; pick: number; done: boolean }
  | {
      kind: 'insert';
      near: { pick: number; offset: number } | null;
      date: string;
      position: 'newest-first' | 'oldest-first';
      template: (typeof TEMPLATE_NAMES)[number];
      dateFormat: 'weekday-short' | 'iso' | 'day-month-year';
      notesLanguage: NotesLanguageTag;
      topics: string[][];
    }
  | { kind: 'add'; pick: number; what: 'agenda' | 'actions'; words: string[] }
  | { kind: 'follow'; moves: { pick: number; days: number; cancel: boolean }[]; insert: boolean; date: string };

const settingsArb = {
  position: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
  template: fc.constantFrom(...TEMPLATE_NAMES),
  dateFormat: fc.constantFrom('weekday-short' as const, 'iso' as const, 'day-month-year' as const),
  // A section written in any language, into a Doc kept in any.
  notesLanguage: fc.constantFrom(...LANGUAGE_TAGS),
};

export const callArb: fc.Arbitrary<Call> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('tick' as const), pick: fc.nat(), done: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      near: fc.option(fc.record({ pick: fc.nat(), offset: fc.integer({ min: -3, max: 15 }) }), { freq: 4 }),
      date: dateArb,
      ...settingsArb,
      topics: fc.array(wordsArb(3), { maxLength: 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      pick: fc.nat(),
      what: fc.constantFrom('agenda' as const, 'actions' as const),
      words: wordsArb(3),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('follow' as const),
      moves: fc.array(
        fc.record({
          pick: fc.nat(),
          days: fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
          cancel: rarely(4),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      insert: rarely(3),
      date: dateArb,
    }),
  },
);

export type Step = { person: PersonEdit } | { call: Call };
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: personEditArb.map((person) => ({ person })) },
  { weight: 3, arbitrary: callArb.map((call) => ({ call })) },
);

/** Counts what the Doc holds, for the report. */
export function census(kept: KeptDoc): void {
  seen.docs++;
  const json = JSON.stringify(kept.doc);
  const count = (needle: string) => json.split(needle).length - 1;
  seen.footnotes += count('"footnoteReference"');
  seen.images += count('"inlineObjectElement"');
  seen.chips += count('"person"') + count('"dateElement"');
  seen.suggestions += new Set(json.match(/suggest\.k\d/g) ?? []).size;
  if (kept.doc.tabs![0]!.tabProperties!.tabId !== kept.notesTabId) seen.notesNotFirst++;
  const items = parse(kept.doc, kept.notesTabId).sections.flatMap((s) => s.items);
  seen.partlyStruck += items.filter((i) => i.strike === 'part').length;
}

/** A new occurrence's key, unique to its date. */
const keyFor = (date: string) => `kept@example.com|${date}T15:00:00.000Z`;

const occurrence = (key: string, date: string, cancelled: boolean): Occurrence => ({
  key,
  id: key,
  startMs: 0,
  endMs: 0,
  start: date,
  end: date,
  date,
  cancelled,
  moved: !cancelled,
  allDay: false,
  title: '1:1',
});

/** The requests of one call against the Doc as read (in the notes' tab it remembers), and what they may change. */
function plan(
  parsed: ParsedDoc,
  call: Call,
): { requests: Request[]; may: AddOnCall; what: string; check?: (after: ParsedDoc) => string | undefined } {
  const settings = {
    leadHours: 24,
    position: 'newest-first' as const,
    template: 'default' as const,
    notesLanguage: 'en' as const,
  };
  switch (call.kind) {
    case 'tick': {
      const byId = itemsById(parsed);
      const ids = [...byId.keys()];
      if (ids.length === 0) return { requests: [], may: {}, what: 'no item to tick' };
      const itemId = ids[call.pick % ids.length]!;
      const copies = byId.get(itemId)!;
      seen.ticks++;
      if (copies.some((c) => c.inSuggestion)) seen.ticksLeftForSuggestions++;
      return {
        requests: planSetItemDone(copies, call.done, parsed.tabId),
        may: { tick: { itemId, done: call.done } },
        what: `${call.done ? 'tick' : 'untick'} ${JSON.stringify(copies[0]!.text)} (${copies.length} copies)`,
      };
    }
    case 'insert': {
      const { near } = call;
      const date =
        near && parsed.sections.length > 0
          ? addDays(parsed.sections[near.pick % parsed.sections.length]!.date, near.offset)
          : call.date;
      const work = { insert: { date, key: keyFor(date) }, agendaTopics: call.topics.map((w) => w.join(' ')) };
      const planned = planDocWork(parsed, work, { ...settings, ...call });
      if (planned.inserted) seen.inserted++;
      return { requests: planned.requests, may: {}, what: `insert ${date}` };
    }
    case 'add': {
      if (parsed.sections.length === 0) return { requests: [], may: {}, what: 'no section' };
      const at = call.pick % parsed.sections.length;
      const section = parsed.sections[at]!;
      const text = call.words.join(' ');
      const line = call.what === 'agenda' ? text : formatItemLine({ text, owner: 'Ana' }, section.date);
      const added = planAddToSubsection(parsed, section, call.what, line);
      if (added.blocked) seen.addsRefusedForSuggestions++;
      else seen.added++;
      // Where a line is added, it reads as written, under its subsection (not joined to a suggested line).
      // An empty item the line filled keeps its own marker ("[ ]" stays "[ ]").
      const wanted = insertableLine(line).trim().replace(/^☐\s*/, '');
      const check = (after: ParsedDoc) =>
        added.blocked ||
        after.sections[at]?.subsections.some(
          (s) => s.kind === call.what && s.paragraphs.some((p) => p.text.endsWith(wanted)),
        )
          ? undefined
          : `the line ${JSON.stringify(wanted)} does not read under ${call.what} of ${section.headingText}`;
      return {
        requests: added.requests,
        may: {},
        what: `add ${call.what} ${JSON.stringify(line)} to ${section.headingText}`,
        check,
      };
    }
    case 'follow': {
      const keyed = parsed.sections.filter((s) => s.key);
      if (keyed.length === 0 && !call.insert) return { requests: [], may: {}, what: 'no keyed section' };
      const occurrences = new Map<string, Occurrence>();
      for (const move of keyed.length > 0 ? call.moves : []) {
        const section = keyed[move.pick % keyed.length]!;
        occurrences.set(
          section.key!,
          occurrence(section.key!, addDays(section.writtenFor?.date ?? section.date, move.days), move.cancel),
        );
      }
      const work = {
        occurrences: [...occurrences.values()],
        ...(call.insert ? { insert: { date: call.date, key: keyFor(call.date) } } : {}),
      };
      const planned = planDocWork(parsed, work, { ...settings, dateFormat: 'weekday-short' });
      seen.redated += planned.redated;
      seen.cancelled += planned.cancelled;
      seen.movedLeftAsWritten += planned.movedLeftAsWritten.length;
      if (planned.inserted) seen.inserted++;
      return {
        requests: planned.requests,
        may: { redate: true },
        what: `follow ${JSON.stringify([...occurrences.values()].map((o) => [o.key, o.date, o.cancelled]))}`,
      };
    }
  }
}

/**
 * Plans one call as the server does (parse in the remembered tab, plan, one batch), applies it and checks it.
 * `current`: the Doc as the engine holds it, when known (a read costs a deep copy). Returns the Doc after the call.
 */
export function runCall(
  docs: DocsEngine,
  id: string,
  kept: KeptDoc,
  call: Call,
  label: string,
  current?: Document,
): Document {
  const before = current ?? docs.get(id, { includeTabsContent: true });
  const parsed = parse(before, kept.notesTabId);
  ensure(parsed.tabId === kept.notesTabId, () => `${label}: the add-on reads ${parsed.tabId}, its notes' tab`);
  const { requests, may, what, check } = plan(parsed, call);
  seen.calls++;
  if (requests.length === 0) return before;
  docs.batchUpdate({ requests }, id);
  seen.writes++;
  const after = docs.get(id, { includeTabsContent: true });
  const problem = keptWhatPeopleWrote(before, after, kept.notesTabId, may, parsed);
  ensure(!problem, () => `${label} (${what}): ${problem}`);
  if (may.tick) checkTicked(parsed, parse(after, kept.notesTabId), may.tick, label);
  const missing = check?.(parse(after, kept.notesTabId));
  ensure(!missing, () => `${label} (${what}): ${missing}`);
  return after;
}

/** Every copy of a ticked item reads as asked, except a copy under a suggestion, which is left as it was. */
export function checkTicked(
  before: ParsedDoc,
  after: ParsedDoc,
  tick: { itemId: string; done: boolean },
  label: string,
): void {
  const was = itemsById(before).get(tick.itemId) ?? [];
  const is = itemsById(after).get(tick.itemId) ?? [];
  ensure(
    is.length === was.length,
    () => `${label}: the item's ${was.length} copies still read as it, not ${is.length}`,
  );
  is.forEach((copy, i) => {
    const old = was[i]!;
    const want = old.inSuggestion ? old.done : tick.done;
    ensure(
      copy.done === want,
      () =>
        `${label}: the copy ${JSON.stringify(old.text)} at ${old.paragraph.startIndex} reads ${copy.done ? 'done' : 'open'}${old.inSuggestion ? ' (under a suggestion, it is left)' : ''}`,
    );
  });
}

export function runSteps(kept: KeptDoc, steps: Step[]): void {
  census(kept);
  const docs = createDocsEngine();
  // The engine keeps a copy of what it is given, and gives copies: the Doc read last is the Doc until someone edits.
  const id = docs.put(kept.doc);
  let current: Document | undefined = kept.doc;
  steps.forEach((step, n) => {
    if ('call' in step) {
      current = runCall(docs, id, kept, step.call, `step ${n}`, current);
      return;
    }
    const done = applyPersonEdit(docs, id, kept.notesTabId, kept.spareTabs, step.person, undefined, current);
    current = undefined;
    if (done?.kind === 'typeHeading') seen.typedInHeadings++;
    if (done?.kind === 'strikePart') seen.struckParts++;
    if (done?.kind === 'reorderTabs') seen.tabsReordered++;
    if (done?.kind === 'addTab') seen.tabsAdded++;
  });
}

/**
 * The strikethrough of an item's paragraph, index by index ("~" struck, "." not), its marker and the unstruck spaces
 * a tick may put in with one left out: what a person struck, and what they did not.
 */
export function strikeOf(doc: Document, tabId: string, copy: ActionItem): string {
  const marker = copy.marker;
  return bodyUnits(doc, tabId)
    .filter((u) => u.index >= copy.paragraph.startIndex && u.index < copy.paragraph.endIndex)
    .filter((u) => !marker || u.index < marker.startIndex || u.index >= marker.startIndex + marker.text.length)
    .filter((u) => !(u.key === ' ' && !u.strike))
    .map((u) => `${u.key}${u.strike ? '~' : '.'}`)
    .join('');
}

/** The Doc with only the tab whose body is `tab`'s: what reading that tab alone gives. */
export function alone(doc: Document, tab: DocumentTab): Document {
  return { ...doc, tabs: tabsOf(doc).filter((t) => t.documentTab === tab) };
}

/** What the add-on reads of a Doc: its sections, items and keys, as JSON. */
export const reading = (parsed: ParsedDoc) => JSON.stringify([parsed.tabId, parsed.sections, parsed.keys]);

export const tabEditArb = fc.oneof(
  fc.record({
    kind: fc.constant('reorderTabs' as const),
    order: fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('addTab' as const), copy: fc.boolean() }),
);
