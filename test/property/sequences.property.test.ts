// Property tests over random sequences of what two people, their calendars and the add-on do, through the built Code.js in the sandbox: nothing typed is lost, one section per occurrence, carry-over exact, private points private.
import fc from 'fast-check';
import { propertyTest, reportCases } from '../support/arbitraries';
import { actionArb, reportExercised, runSequence, setupArb } from './sequences';

reportCases('sequences.property');
reportExercised('sequences');

describe('random sequences through the built Code.js', () => {
  propertyTest(
    'whatever people, calendars, settings and triggers do, nothing typed is lost, each occurrence has one section (in time), carry-over is exact and private points stay private',
    () => fc.property(setupArb, fc.array(actionArb, { minLength: 1, maxLength: 30, size: 'max' }), runSequence),
    120,
    // A sequence takes a tenth of a second: shrinking one for long is not worth waiting for.
    { timeLimitMs: 90_000 },
  );
});
