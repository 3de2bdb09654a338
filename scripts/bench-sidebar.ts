// Bench helpers in headless Chromium: dist/Sidebar.html from navigation to interactive, and the calls a page waits for before it shows the 1:1.

import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../dev/browser';
import type { SidebarState } from '../src/shared/types';
import { pairedTimes, REFERENCE_PAGE, type Timed } from './bench-reference';

/** A linked Doc with a typical amount in it: what the sidebar draws on most openings. */
const CANNED_STATE: SidebarState = {
  linked: true,
  series: { title: 'Ana / Ben 1:1', eventId: 'anaben1on1', automatic: true, ended: false },
  nextMeeting: {
    start: '2026-11-23T15:00:00Z',
    end: '2026-11-23T15:30:00Z',
    title: 'Ana / Ben 1:1',
    cancelled: false,
    htmlLink: 'https://calendar.google.com/calendar/event?eid=abc',
  },
  lastMeetingDate: '2026-11-16',
  commitments: Array.from({ length: 8 }, (_, i) => ({
    id: `item${i}`,
    text: `Action item number ${i + 1} with a realistic length of text`,
    owner: i % 2 ? 'Ben' : 'Ana',
    done: i % 3 === 0,
    from: '2026-11-09',
    ...(i % 4 === 0 ? { due: '2026-11-30' } : {}),
  })),
  agenda: [{ text: 'Hiring plan' }, { text: 'Promotion timeline' }, { text: 'Offsite' }],
  privateNotes: [{ id: 'n1', text: 'Ask about the reorg' }],
  cadence: { daysSinceLast: 4, held: 11, moved: 1, cancelled: 1 },
  privacy: { extraViewers: [] },
  status: {
    at: '2026-11-22T14:00:00Z',
    trigger: 'Hourly check',
    outcome: 'inserted',
    message: [{ code: 'run.added', values: { heading: 'Mon, Nov 23, 2026 · 1:1' } }],
  },
  settings: { leadHours: 24, position: 'newest-first', template: 'default', dateFormat: 'weekday-short' },
};

/** google.script.run answering every call at once (next task) with the canned state: the page's own cost only. */
const INSTANT_SHIM = `
window.google = { script: { run: (function make(ok) {
  return new Proxy({}, { get: function (_, name) {
    if (name === 'withSuccessHandler') return function (fn) { return make(fn); };
    if (name === 'withFailureHandler') return function () { return make(ok); };
    return function () { setTimeout(function () { ok && ok(${JSON.stringify(CANNED_STATE)}); }, 0); };
  } });
})() } };`;

/**
 * Over `runs` pairs of fresh page loads, one of the sidebar and one of the reference page (bench-reference.ts), in
 * alternating order: the time from navigation start to the `sidebar-ready` mark, which src/sidebar/main.ts sets (with
 * body[data-ready]) once the first state is rendered and its controls work, against the reference page's own mark.
 */
export async function sidebarLoadAgainstReference(runs = 10, root = process.cwd()): Promise<Timed> {
  const pages: Record<string, string> = {
    '/sidebar': readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8').replace(
      /<head>/i,
      `<head>\n<script>${INSTANT_SHIM}</script>`,
    ),
    '/reference': REFERENCE_PAGE,
  };
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(pages[req.url ?? ''] ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  /** One load in a new context (nothing cached, as when the sidebar opens): ms from navigation to `mark`. */
  const load = async (pathname: string, mark: string) => {
    const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
    try {
      const tab = await context.newPage();
      await tab.goto(`${base}${pathname}`);
      await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
      return await tab.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
    } finally {
      await context.close();
    }
  };
  try {
    // One of each first, untimed: Chromium's own first start is no page's cost.
    await load('/reference', 'reference-ready');
    await load('/sidebar', 'sidebar-ready');
    const pairs: { task: number; reference: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const reference = i % 2 === 0 ? await load('/reference', 'reference-ready') : undefined;
      const task = await load('/sidebar', 'sidebar-ready');
      pairs.push({ task, reference: reference ?? (await load('/reference', 'reference-ready')) });
    }
    return pairedTimes(pairs);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * google.script.run holding every call until the bench answers it, one at a time (`__answerNext`), with `answer`:
 * how many answers the page needed before it showed something is then counted, not inferred.
 */
function heldShim(answer: SidebarState): string {
  return `
window.__held = []; window.__answered = 0;
window.__answerNext = function () { var next = window.__held.shift(); if (!next) return false; window.__answered++; next(); return true; };
window.google = { script: { run: (function make(ok) {
  return new Proxy({}, { get: function (_, name) {
    if (name === 'withSuccessHandler') return function (fn) { return make(fn); };
    if (name === 'withFailureHandler') return function () { return make(ok); };
    return function () { window.__held.push(function () { ok && ok(${JSON.stringify(answer)}); }); };
  } });
})() } };`;
}

/**
 * How many google.script.run calls had to answer before `page` (a sidebar page as showSidebar serves it) showed the
 * next meeting and the commitments. The page gets a second after each answer (and at first) to show them.
 */
export async function callsBeforeContent(page: string, answer: SidebarState): Promise<number> {
  const html = page.replace(/<head>/i, `<head>\n<script>${heldShim(answer)}</script>`);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const tab = await (await browser.newContext({ viewport: { width: 300, height: 900 } })).newPage();
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sidebar`);
    const shown = () =>
      Promise.all([
        tab.getByRole('region', { name: 'Next 1:1' }).waitFor({ timeout: 1_000 }),
        tab
          .getByRole('region', { name: /From last time/ })
          .getByRole('checkbox')
          .first()
          .waitFor({ timeout: 1_000 }),
      ]).then(
        () => true,
        () => false,
      );
    for (let tries = 0; tries < 5; tries++) {
      if (await shown()) return await tab.evaluate(() => (window as unknown as { __answered: number }).__answered);
      await tab.evaluate(() => (window as unknown as { __answerNext: () => boolean }).__answerNext());
    }
    throw new Error('the sidebar never showed the next meeting and the commitments');
  } finally {
    await browser.close();
    server.close();
  }
}
