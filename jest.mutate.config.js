// Jest configuration for mutation testing (`npm run mutate`): only the tests that test src/core directly, the core's own
// and the property suites' regression cases. The sandbox tests run the built bundle, which Stryker does not rebuild per
// mutant, so they could kill no mutant; the property suites themselves take minutes, too long to run for each mutant on
// two cores. No global setup: nothing here needs dist/.
const base = require('./jest.config.js');

/**
 * Tests of scale and of hostile length, left out here: instrumented, each takes from a quarter of a second to two,
 * and a mutant of a file they import (every mutant of a module-level table or pattern) runs them all, so together they
 * took two thirds of every such run. Each stays in `npm test`; what they check at scale, smaller tests check here.
 */
const AT_SCALE = [
  '400,000',
  'about 2 MB',
  '500 weekly meetings',
  'out of 500 meetings',
  '20,000 similar items',
  'from 1970 to 2100',
  'in linear time',
  'one hostile text short',
  'NORMALISED_PREFIX code units',
  'composition and case in the prefix',
  'whatever the string',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  testMatch: base.testMatch,
  roots: ['<rootDir>/test/core', '<rootDir>/test/property'],
  testPathIgnorePatterns: ['/node_modules/', '\\.property\\.test\\.ts$'],
  testNamePattern: `^(?!.*(?:${AT_SCALE.join('|')})).*$`,
  setupFiles: ['<rootDir>/test/support/mutation-file-start.ts'],
};
