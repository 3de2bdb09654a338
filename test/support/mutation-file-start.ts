// For `npm run mutate` (jest.mutate.config.js), before each test file loads its modules: no test is running yet.
// Jest starts a test its name pattern leaves out (test_start, then test_skip) and never says it is done, so without this
// Stryker counted the next file's module loading as run by that skipped test: a module-level table or pattern then
// looked covered by a test that never ran, and its mutants "survived" instead of being left out as static.
import { strykerState } from './afresh';

const stryker = strykerState();
if (stryker) stryker.currentTestId = undefined;
