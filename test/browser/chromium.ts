// The browser tests' shared set-up: one Chromium per file, pages that record their uncaught errors, screenshot paths.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../dev/browser';

export { screenshotPath };

export interface OpenedPage {
  page: Page;
  /** Uncaught errors in the page: every test expects none. */
  errors: string[];
}

/**
 * Call once at the top of a test file, before its own afterEach: Chromium starts before the first test and stops
 * after the last, and each page's context closes after its test, before the file's own clean-up (its servers) runs.
 */
export function useChromium(): { openPage(options?: BrowserContextOptions): Promise<OpenedPage> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A page in a context of its own, so that no cookie, storage or clock leaks from one test into the next. */
    async openPage(options = {}) {
      if (!browser) throw new Error('Chromium is not running: useChromium() belongs at the top of the test file.');
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, errors };
    },
  };
}
