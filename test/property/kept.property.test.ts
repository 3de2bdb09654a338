// Property tests over the Docs people really keep (footnotes, images, chips, partial strikes, suggestions, several
// tabs in any order): whatever people do between runs, the add-on's writes, planned from parse and applied by the
// Docs engine, keep every character, chip, image and footnote mark people wrote, their strikethrough and their
// suggestions, in the notes' tab it remembers, and touch no other tab (keptWhatPeopleWrote, oracles.ts).
import fc from 'fast-check';
import { keptDocArb, propertyTest, reportCases } from '../support/arbitraries';
import { alone, census, reading, reportExercised, runSteps, seen, stepArb, tabEditArb } from './kept';
import { ensure, notesTabOf, parse } from './oracles';
import { withTabEdit } from './people';

reportCases('kept.property');
reportExercised('kept');

describe('the Docs people really keep', () => {
  propertyTest(
    'the notes’ tab the add-on remembers is the one it reads, wherever tabs are dragged or added, copies of the notes among them',
    () =>
      fc.property(keptDocArb(), fc.array(tabEditArb, { minLength: 1, maxLength: 4 }), (kept, edits) => {
        census(kept);
        let doc = kept.doc;
        for (const edit of edits) {
          doc = withTabEdit(doc, kept.notesTabId, kept.spareTabs, edit);
          seen[edit.kind === 'addTab' ? 'tabsAdded' : 'tabsReordered']++;
        }
        const notes = notesTabOf(doc, kept.notesTabId);
        ensure(
          reading(parse(doc, kept.notesTabId)) === reading(parse(alone(doc, notes), kept.notesTabId)),
          'the remembered tab is read, as if it were the only one',
        );
        // Remembering nothing, the tab with the most of the add-on's named ranges, the first of equals, else the first.
        const chosen = notesTabOf(doc);
        ensure(
          JSON.stringify(parse(doc).sections) === JSON.stringify(parse(alone(doc, chosen)).sections),
          'with nothing remembered, the tab holding the add-on’s sections is read',
        );
      }),
    3000,
  );

  propertyTest(
    'between people typing into headings, striking parts of items, reordering and adding tabs, every tick, new section, added line and followed move keeps what people wrote, in the notes’ tab only',
    () => fc.property(keptDocArb(), fc.array(stepArb, { minLength: 1, maxLength: 5 }), runSteps),
    5000,
  );
});
