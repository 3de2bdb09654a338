// Jest configuration for the browser tests: Debian's Chromium driven by playwright-core against locally served pages.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testPathIgnorePatterns: ['/node_modules/'],
  // One browser at a time: the machine has two cores, and Chromium wants both.
  maxWorkers: 1,
  testTimeout: 60_000,
};
