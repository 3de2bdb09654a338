// Property tests over random sequences through the built Code.js in a Doc as people keep it (footnotes, images, chips,
// partial strikes, suggestions, tabs): between server calls people type into headings (the add-on's own too), strike
// parts of items, drag tabs and add one at the front; every call keeps what people wrote, in the notes' tab only.
import fc from 'fast-check';
import { propertyTest, reportCases } from '../support/arbitraries';
import { keptActionArb, keptSetupArb, reportExercised, runSequence } from './sequences';

reportCases('keptSequences.property');
reportExercised('keptSequences');

describe('random sequences through the built Code.js, in the Docs people keep', () => {
  propertyTest(
    'whatever people do to headings, strikes and tabs between runs, every server call keeps each character, chip, image, footnote, strike and suggestion they wrote, in the notes’ tab only',
    () => fc.property(keptSetupArb, fc.array(keptActionArb, { minLength: 1, maxLength: 30, size: 'max' }), runSequence),
    60,
    // A sequence takes a tenth of a second: shrinking one for long is not worth waiting for.
    { timeLimitMs: 90_000 },
  );
});
