// The browser tests' shared set-up: one Chromium per file, pages that record their uncaught errors, screenshot paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../dev/browser';
import { ANA } from '../../dev/harness';
import { DIST } from '../support/world';
import { SHIM, type SidebarServer } from './support-server';

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
  openServed(server: SidebarServer, entry: 'showSidebar' | 'showOverview'): Promise<OpenedPage>;
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
     * The page Apps Script serves when `entry` (showSidebar, or the menu's showOverview) runs as Ana in the server's
     * Doc, the built Sidebar.html with what the server put in it, at /sidebar of a 300 px page on the world's clock;
     * not opened yet, so that a test may hold the calls first. The server's list of calls starts empty.
     */
    async openServed(server, entry) {
      server.env.world.files.Sidebar = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
      server.env.as(ANA);
      server.env.sandbox.call(entry);
      const served = server.env.world.ui.sidebars.at(-1)!.html.replace(/<head>/i, `<head>\n<script>${SHIM}</script>`);
      server.calls.splice(0);
      const opened = await this.openPage({
        viewport: { width: 300, height: 900 },
        locale: 'en-US',
        timezoneId: 'America/New_York',
      });
      await opened.page.clock.setFixedTime(new Date(server.env.world.state.now));
      await opened.page.route(`${server.url}/sidebar`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served }),
      );
      return opened;
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

/** The focused control (its data-key, and its label's or its own text), and Tab pressed until one matches. */
export function keyboardWalk(page: Page) {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { key: el?.dataset.key ?? '', label: el?.closest('label')?.textContent ?? el?.textContent ?? '' };
    });
  const tabTo = async (match: (f: { key: string; label: string }) => boolean) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (match(await focused())) return;
    }
    throw new Error(`never reached with Tab; last focus ${JSON.stringify(await focused())}`);
  };
  return { focused, tabTo };
}
