// Jest configuration: unit, engine and property tests under test/, mirroring src/.
// Why esbuild rather than ts-jest: npm's latest TypeScript (7.x) has no JavaScript API, and ts-jest needs
// TypeScript below 7. esbuild (already the bundler) strips types fast and never type-checks, so types are checked
// once, by `tsc --noEmit` on TypeScript 5.9 in `npm test`. @swc/jest would do the same, but its native packages are
// not all served by this project's registry, which breaks `npm ci`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/test/support/esbuild-transform.js' },
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
};
