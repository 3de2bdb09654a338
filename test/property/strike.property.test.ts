// Property tests: a person's partial strikethrough in an item of a Doc as people keep it (kept.ts) survives any run
// of ticks and unticks, planned by planSetItemDone and applied by the Docs engine: the add-on strikes only a text with
// no strike in it and un-strikes only a text struck all over.
import fc from 'fast-check';
import { createDocsEngine } from '../../dev/docsEngine';
import { itemsById } from '../../src/core/carryOver';
import { planSetItemDone } from '../../src/core/plan';
import type { Document } from '../../src/types/docs-api';
import { keptDocArb, propertyTest, reportCases } from '../support/arbitraries';
import { census, checkTicked, reportExercised, seen, strikeOf } from './kept';
import { ensure, keptWhatPeopleWrote, parse } from './oracles';
import { applyPersonEdit, personEditArb } from './people';

reportCases('strike.property');
reportExercised('strike');

describe('a person’s strikethrough, through ticks', () => {
  propertyTest(
    'a person’s partial strikethrough survives any run of ticks and unticks, every copy reading as asked each time',
    () =>
      fc.property(
        // One tab besides the notes, in either order: each read and write copies every tab, and this is about items.
        keptDocArb({ otherTabs: 1 }),
        fc.record({ pick: fc.nat(), at: fc.nat(), len: fc.nat() }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 2 }),
        personEditArb,
        (kept, strike, ticks, edit) => {
          census(kept);
          const items = parse(kept.doc, kept.notesTabId).sections.flatMap((s) => s.items);
          fc.pre(items.length > 0);
          const docs = createDocsEngine();
          const id = docs.put(kept.doc);
          const target = items[strike.pick % items.length]!;
          const struck = applyPersonEdit(
            docs,
            id,
            kept.notesTabId,
            kept.spareTabs,
            { kind: 'strikePart', ...strike },
            undefined,
            kept.doc,
          );
          if (struck) seen.struckParts++;
          // Anything else a person does in between (a tab dragged, a heading typed into) changes nothing of it.
          applyPersonEdit(docs, id, kept.notesTabId, kept.spareTabs, edit);
          // The struck copy, by its place among the item's copies (ticks and typing move its indexes, not its place).
          const place = itemsById(parse(kept.doc, kept.notesTabId))
            .get(target.id)!
            .findIndex((c) => c.paragraph.startIndex === target.paragraph.startIndex);
          const find = (doc: Document) => itemsById(parse(doc, kept.notesTabId)).get(target.id)?.[place];
          const start = docs.get(id, { includeTabsContent: true });
          const copy = find(start);
          fc.pre(copy !== undefined);
          const partial = copy!.strike === 'part';
          const pattern = strikeOf(start, kept.notesTabId, copy!);
          let before = start;
          let parsed = parse(before, kept.notesTabId);
          for (const done of [...ticks, ...ticks.map((d) => !d)]) {
            const copies = itemsById(parsed).get(target.id);
            if (!copies) break;
            const requests = planSetItemDone(copies, done, kept.notesTabId);
            seen.calls++;
            seen.ticks++;
            if (requests.length === 0) continue;
            docs.batchUpdate({ requests }, id);
            seen.writes++;
            const after = docs.get(id, { includeTabsContent: true });
            const tick = { itemId: target.id, done };
            const problem = keptWhatPeopleWrote(before, after, kept.notesTabId, { tick }, parsed);
            ensure(!problem, () => `${done ? 'tick' : 'untick'} ${JSON.stringify(target.text)}: ${problem}`);
            const reread = parse(after, kept.notesTabId);
            checkTicked(parsed, reread, tick, done ? 'tick' : 'untick');
            before = after;
            parsed = reread;
          }
          if (partial) {
            const end = before;
            const now = find(end);
            ensure(now !== undefined, 'the struck item is still there');
            ensure(
              strikeOf(end, kept.notesTabId, now!) === pattern,
              () =>
                `the person's partial strike ${pattern} survives the ticks, not ${strikeOf(end, kept.notesTabId, now!)}`,
            );
          }
        },
      ),
    2000,
  );
});
