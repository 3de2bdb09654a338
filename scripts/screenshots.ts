// Makes the README's pictures from the playground: the sidebar at 300 px (in English, German and Japanese), a section
// the add-on inserted, and the "Still on?" prompt of an item carried three times; and All my 1:1s, for several Docs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../dev/browser';
import { ANA, addLinkedDocs, withSeries } from '../dev/harness';
import { startPlayground } from '../playground/server';
import { post } from './playgroundPost';

export async function makeScreenshots(root = process.cwd()): Promise<string[]> {
  const statePath = path.join(mkdtempSync(path.join(tmpdir(), 'screenshots-')), 'state.json');
  const playground = await startPlayground({ port: 0, statePath, root, reset: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // Ben links the Doc, the clock jumps to just before the next 1:1, and his hourly trigger adds its section.
    await post(playground.url, '/api/link');
    await post(playground.url, '/api/clock/next-1on1');
    await post(playground.url, '/api/fire', { handler: 'onHourlyTick' });
    // The people in the seed live in New York: show the sidebar as their browsers would.
    const page = await browser.newPage({
      viewport: { width: 1300, height: 1400 },
      timezoneId: 'America/New_York',
      locale: 'en-US',
    });
    // No simulated round trip: the pictures show the sidebar settled, not a call in flight.
    await page.goto(`${playground.url}/?delay=0`);
    const sidebar = page.frameLocator('iframe');
    await sidebar.locator('body[data-ready]').waitFor();
    const written: string[] = [];
    const sidebarPng = path.join(root, 'docs/sidebar.png');
    await page.locator('iframe').screenshot({ path: sidebarPng });
    written.push(sidebarPng);
    for (const locale of ['de-DE', 'ja-JP']) written.push(await sidebarIn(browser, playground.url, locale, root));
    // The newest keyed heading and what follows it down to the next heading of its level: the inserted section.
    const section = await page.evaluate(() => {
      const heading = document.querySelector('#doc [data-key]');
      if (!heading) return undefined;
      const top = heading.getBoundingClientRect().top + window.scrollY;
      let bottom = heading.getBoundingClientRect().bottom + window.scrollY;
      for (let el = heading.nextElementSibling; el && el.tagName !== heading.tagName; el = el.nextElementSibling)
        bottom = el.getBoundingClientRect().bottom + window.scrollY;
      const doc = document.querySelector('#doc')!.getBoundingClientRect();
      return { x: doc.left, y: top - 16, width: doc.width, height: bottom - top + 32 };
    });
    if (!section) throw new Error('no keyed section in the playground Doc');
    const sectionPng = path.join(root, 'docs/section.png');
    await page.screenshot({ path: sectionPng, clip: section, fullPage: true });
    written.push(sectionPng);
    // Two more meetings pass with nobody ticking: the oldest open items are carried a third time, and the sidebar asks.
    for (let week = 0; week < 2; week++) await post(playground.url, '/api/clock/next-1on1');
    await page.goto(`${playground.url}/?delay=0`);
    await sidebar.locator('body[data-ready]').waitFor();
    const commitments = sidebar.getByRole('region', { name: /From last time/ });
    await commitments.getByText('Still on?').first().waitFor();
    const triagePng = path.join(root, 'docs/triage.png');
    await commitments.screenshot({ path: triagePng });
    written.push(triagePng);
    written.push(await makeOverviewScreenshot(browser, root));
    return written;
  } finally {
    await browser.close();
    await playground.close();
  }
}

/**
 * docs/sidebar-<language>.png: the same sidebar in a browser set to `locale`, which is all that chooses its words
 * (and its dates); the people still live in New York.
 */
async function sidebarIn(browser: Browser, url: string, locale: string, root: string): Promise<string> {
  const context = await browser.newContext({
    viewport: { width: 1300, height: 1400 },
    timezoneId: 'America/New_York',
    locale,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/?delay=0`);
    await page.frameLocator('iframe').locator('body[data-ready]').waitFor();
    const file = path.join(root, `docs/sidebar-${locale.split('-')[0]}.png`);
    await page.locator('iframe').screenshot({ path: file });
    return file;
  } finally {
    await context.close();
  }
}

/**
 * docs/overview.png: All my 1:1s as the menu opens it, for Ana with her 1:1 with Ben and five more, each Doc holding
 * an item for each side. The page showOverview serves holds the overview, so it renders with no server call at all.
 */
export async function makeOverviewScreenshot(browser: Browser, root = process.cwd()): Promise<string> {
  const env = withSeries(readFileSync(path.join(root, 'dist/Code.js'), 'utf8'));
  env.world.files.Sidebar = readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8');
  env.link(ANA);
  addLinkedDocs(env, 5);
  env.as(ANA);
  env.sandbox.call('showOverview');
  const html = env.world.ui.sidebars.at(-1)?.html;
  if (!html) throw new Error('showOverview opened no sidebar');
  const context = await browser.newContext({
    viewport: { width: 300, height: 900 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(env.world.state.now));
    await page.setContent(html);
    await page.locator('body[data-ready]').waitFor();
    const file = path.join(root, 'docs/overview.png');
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } finally {
    await context.close();
  }
}
