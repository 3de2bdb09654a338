// The browser tests' shared set-up: one Chromium per file, pages that record their uncaught errors, screenshot paths.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../dev/browser';
import type { SidebarServer } from './support-server';

export { screenshotPath };

export interface SidebarPageOptions {
  /** The user's zone (New York unless given). */
  timezoneId?: string;
  /** The sidebar's height in pixels (900 unless given). */
  height?: number;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors in the page: every test expects none. */
  errors: string[];
}

/**
 * Call once at the top of a test file, before its own afterEach: Chromium starts before the first test and stops
 * after the last, and each page's context closes after its test, before the file's own clean-up (its servers) runs.
 */
export function useChromium(): {
  openPage(options?: BrowserContextOptions): Promise<OpenedPage>;
  openSidebar(server: SidebarServer, options?: SidebarPageOptions): Promise<OpenedPage>;
} {
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
    /**
     * The sidebar at 300 px in the user's own locale and zone, as Apps Script's sidebar frame has them, on the world's
     * clock, once it has rendered.
     */
    async openSidebar(server, { timezoneId = 'America/New_York', height = 900 } = {}) {
      const opened = await this.openPage({ viewport: { width: 300, height }, locale: 'en-US', timezoneId });
      await opened.page.clock.setFixedTime(new Date(server.env.world.state.now));
      await opened.page.goto(`${server.url}/sidebar`);
      await opened.page.locator('body[data-ready]').waitFor();
      return opened;
    },
  };
}

/** An axe-core run over the page (WCAG 2.1 A and AA, best practices): the serious and critical violations, where. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; where: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      where: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
