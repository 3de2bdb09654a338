// Property tests for inserting a section: planInsertSection applied by the Docs engine keeps the Doc valid, reads back as planned, and carries exactly the open items.
import fc from 'fast-check';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { formatItemLine, openItemsToCarry } from '../../src/core/carryOver';
import { addDays, formatSectionHeading } from '../../src/core/dates';
import type { ParsedDoc } from '../../src/core/model';
import { planInsertSection } from '../../src/core/plan';
import { TEMPLATE_OPTIONS, valuesOf } from '../../src/shared/settings';
import type { Document } from '../../src/types/docs-api';
import {
  bigModelDocArb,
  chaosDocArb,
  dateArb,
  LANGUAGE_TAGS,
  modelDocArb,
  propertyTest,
  reportCases,
  wordsArb,
} from '../support/arbitraries';
import { carriedIn, docText, ensure, expectedCarry, indexedBody, keepsAllText, parse } from './oracles';

const TEMPLATE_NAMES = valuesOf(TEMPLATE_OPTIONS);

reportCases('insert.property');

const insertArb = fc.record({
  /** Near an existing section's date (same day, just before, just after), or anywhere. */
  near: fc.option(fc.record({ pick: fc.nat(), offset: fc.integer({ min: -3, max: 15 }) }), { freq: 6 }),
  date: dateArb,
  position: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
  template: fc.constantFrom(...TEMPLATE_NAMES),
  dateFormat: fc.constantFrom('weekday-short' as const, 'iso' as const, 'day-month-year' as const),
  language: fc.constantFrom(...LANGUAGE_TAGS),
  topics: fc.array(wordsArb(4), { maxLength: 2 }),
  actions: fc.array(
    fc.record({ words: wordsArb(4), owner: fc.constantFrom(undefined, 'Ana', 'Ben Okafor'), due: fc.boolean() }),
    { maxLength: 2 },
  ),
});

/** What must not change in the other sections when one is inserted. */
function summary(parsed: ParsedDoc, skipKey?: string) {
  return parsed.sections
    .filter((s) => skipKey === undefined || s.key !== skipKey)
    .map((s) => ({
      date: s.date,
      key: s.key,
      heading: s.headingText,
      cancelled: s.cancelled,
      items: s.items.map((i) => `${i.id}:${i.done}`).join(' '),
    }));
}

function checkInsert(doc: Document, input: InsertInput): void {
  const docs = createDocsEngine();
  const id = docs.put(doc);
  // The Doc as stored is the Doc as built (put checks it is valid): no need to read it back.
  const before = doc;
  const parsed = parse(before);
  const { near } = input;
  const date =
    near && parsed.sections.length > 0
      ? addDays(parsed.sections[near.pick % parsed.sections.length]!.date, near.offset)
      : input.date;
  const key = `property@example.com|${date}`;
  fc.pre(!(key in parsed.keys));

  const carried = openItemsToCarry(parsed, date);
  const expected = expectedCarry(parsed, date);
  ensure(
    carried.length === expected.size && carried.every((c) => expected.get(c.id) === c.from),
    () => `openItemsToCarry gives the open items of the newest earlier section: ${JSON.stringify(carried)}`,
  );
  const agendaTopics = input.topics.map((w) => w.join(' '));
  const actionItems = input.actions.map((a) =>
    formatItemLine(
      { text: a.words.join(' '), ...(a.owner ? { owner: a.owner } : {}), ...(a.due ? { due: 'Dec 1' } : {}) },
      date,
      input.language,
    ),
  );
  const plan = planInsertSection({
    parsed,
    date,
    key,
    position: input.position,
    template: input.template,
    dateFormat: input.dateFormat,
    language: input.language,
    carried,
    agendaTopics,
    actionItems,
  });
  docs.batchUpdate({ requests: plan.requests }, id);
  const after = docs.get(id, { includeTabsContent: true });
  assertValidDocument(after);
  const reread = parse(after);

  const mine = reread.sections.filter((s) => s.key === key);
  ensure(mine.length === 1, () => `one section has the new key, not ${mine.length}`);
  const section = mine[0]!;
  ensure(section.date === date, () => `the new section is dated ${date}, not ${section.date}`);
  ensure(
    section.headingText === formatSectionHeading(date, input.dateFormat, input.language),
    'the heading reads as planned, in the notes’ language',
  );
  ensure(section.heading.startIndex === plan.headingIndex, 'the heading starts where the plan said');
  ensure(!section.cancelled, 'a new section is not cancelled');

  const got = carriedIn(reread, key);
  ensure(new Set(got.ids).size === got.ids.length, () => `each item is carried once: ${got.ids}`);
  ensure(
    got.ids.length === expected.size && got.ids.every((i) => expected.get(i) === got.from.get(i)),
    () =>
      `the carried items read back with the ids and first dates of the open items: got ${JSON.stringify([...got.from])}, expected ${JSON.stringify([...expected])}`,
  );
  const open = section.items.filter((i) => got.ids.includes(i.id));
  ensure(
    open.every((i) => !i.done),
    'no carried item is done',
  );

  const text = indexedBody(after).slice(section.span);
  for (const line of [...agendaTopics, ...actionItems]) ensure(text.includes(line), () => `the section holds ${line}`);
  // Nothing else moved: the other sections read as before, and all the text that was there is still there.
  ensure(
    JSON.stringify(summary(reread, key)) === JSON.stringify(summary(parsed)),
    () =>
      `the other sections are unchanged: ${JSON.stringify(summary(reread, key))} vs ${JSON.stringify(summary(parsed))}`,
  );
  ensure(keepsAllText(docText(before), docText(after)), 'every character of the Doc survives');
}

type InsertInput = typeof insertArb extends fc.Arbitrary<infer T> ? T : never;

describe('planInsertSection', () => {
  propertyTest(
    'an inserted section reads back with its date, key, template and exactly the open items of the newest earlier section',
    () =>
      fc.property(
        fc.oneof({ weight: 3, arbitrary: modelDocArb().map((m) => m.doc) }, { weight: 1, arbitrary: chaosDocArb }),
        insertArb,
        (doc, input) => checkInsert(doc, input),
      ),
    1200,
  );

  propertyTest(
    'an inserted section reads back right in big Docs (up to ~2 MB)',
    () => fc.property(bigModelDocArb, insertArb, ({ doc }, input) => checkInsert(doc, input)),
    2,
  );
});
