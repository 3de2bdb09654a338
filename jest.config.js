// Jest configuration: unit, engine and property tests under test/, mirroring src/.
// Why @swc/jest rather than ts-jest: npm's latest TypeScript (7.x) has no JavaScript API, and ts-jest needs
// TypeScript below 7. swc strips types quickly and never type-checks, so types are checked once, by
// `tsc --noEmit` (TypeScript 5.9) in `npm test`, instead of again inside every test file.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
};
