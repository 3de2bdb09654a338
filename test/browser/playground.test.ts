// The playground in Chromium: the built sidebar and toolbar, wired to the built Code.js over the engines, prepare sections the Doc view shows.
// Pages open with no simulated round trip (`?delay=0`), to stay fast; one test sets it and watches calls in flight.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { playgroundSeed } from '../../playground/seed';
import { type Playground, startPlayground } from '../../playground/server';
import { screenshotPath, useChromium } from './chromium';

const root = path.resolve(__dirname, '../..');
const chromium = useChromium();

/** Waits until nothing matches `locator` any more (a label shown by more than one control at once included). */
async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await locator.count()) > 0) {
    if (Date.now() > until) throw new Error(`still shown after ${timeout} ms: ${locator}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openPlayground(
  seed = playgroundSeed(),
): Promise<{ playground: Playground; page: Page; errors: string[] }> {
  const statePath = path.join(mkdtempSync(path.join(tmpdir(), 'playground-')), 'state.json');
  const playground = await startPlayground({ port: 0, statePath, seed, root });
  const { page, errors } = await chromium.openPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${playground.url}/?delay=0`);
  await page.frameLocator('iframe').getByRole('button', { name: 'Prepare now' }).waitFor();
  return { playground, page, errors };
}

describe('the playground in Chromium', () => {
  it('prepares today’s section from the sidebar, and the Doc view shows it with the carried items', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const sidebar = page.frameLocator('iframe');
      const doc = page.locator('#doc');
      expect(await doc.getByText('Sun, Nov 22, 2026 · 1:1').count()).toBe(0);
      await sidebar.getByRole('button', { name: 'Prepare now' }).click();
      await sidebar.getByText('Added the section “Sun, Nov 22, 2026 · 1:1”', { exact: false }).waitFor();
      await doc.getByText('Sun, Nov 22, 2026 · 1:1').waitFor();
      await doc
        .getByText('Ben: write the RFC for the search indexer  (from Nov 2)', { exact: false })
        .first()
        .waitFor();
      await page.screenshot({ path: screenshotPath('playground-prepared'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('works from the keyboard alone: Tab to “Prepare now” in the sidebar and press Enter', async () => {
    const { playground, page } = await openPlayground();
    try {
      const sidebar = page.frameLocator('iframe');
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      const focusedInSidebar = () => frame.evaluate(() => document.activeElement?.textContent ?? '');
      // Tab through the page, then into the sidebar frame, until its button has the focus: no mouse involved.
      let presses = 0;
      while ((await focusedInSidebar()) !== 'Prepare now' && presses < 40) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(await focusedInSidebar()).toBe('Prepare now');
      await page.keyboard.press('Enter');
      await sidebar.getByText('Added the section', { exact: false }).waitFor();
    } finally {
      await playground.close();
    }
  });

  it('links from the toolbar, and the clock moving fires the hourly trigger: the Doc view shows the new section; then switches user', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const doc = page.locator('#doc');
      const message = page.locator('#message');
      const heading = doc.getByText('Mon, Nov 23, 2026 · 1:1');
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      expect(await heading.count()).toBe(0);
      // Triggers fire on their own: the buttons that fire them by hand wait behind the switch.
      expect(await page.getByLabel('Hourly triggers fire as the clock moves').isChecked()).toBe(true);
      expect(await button('Fire the hourly tick').isVisible()).toBe(false);

      await button('Link the Doc (as the active user)').click();
      await message.getByText('Linked the Doc to “Ana / Ben 1:1”', { exact: false }).waitFor();
      await page.locator('#triggers', { hasText: '1 hourly (next run 10:00 AM)' }).waitFor();

      // Ben's trigger, and Ana's two (she linked her Docs with Priya and Sam before).
      await button('+1 hour').click();
      await page.locator('#clock', { hasText: 'Sun, Nov 22, 2026, 10:00 AM EST' }).waitFor();
      await heading.waitFor();
      await message.getByText('3 trigger runs (Ana Silva 2, Ben Okafor 1)', { exact: false }).waitFor();
      await message.getByText('Added the section “Mon, Nov 23, 2026 · 1:1”', { exact: false }).waitFor();
      await page.locator('#last-run', { hasText: 'Hourly check' }).waitFor();
      expect(await heading.count()).toBe(1);

      const ana = button('Ana Silva (manager)');
      expect(await ana.getAttribute('aria-pressed')).toBe('false');
      await ana.click();
      await page.locator('#active-user', { hasText: 'Ana Silva (manager)' }).waitFor();
      expect(await ana.getAttribute('aria-pressed')).toBe('true');
      expect(await button('Ben Okafor (report)').getAttribute('aria-pressed')).toBe('false');
      // The Doc is linked (by Ben): Ana's hourly triggers are those of her other Docs, and none ran for this one.
      await page.locator('#triggers', { hasText: '2 hourly' }).waitFor();
      await page.locator('#last-run', { hasText: 'no run yet' }).waitFor();
      await page.locator('#doc-user', { hasText: 'open as ana@example.com' }).waitFor();
      await page.frameLocator('iframe').getByRole('button', { name: 'Prepare now' }).waitFor();
      await page.screenshot({ path: screenshotPath('playground-calendar'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('fires by hand with the switch off, and a message about the state goes once the state changes', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const message = page.locator('#message');
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      await page.getByLabel('Hourly triggers fire as the clock moves').uncheck();
      await button('Fire the hourly tick').waitFor();
      // A calendar-change trigger fires when the calendar changes, as on Google: there is nothing to fire by hand.
      expect(await page.getByRole('button', { name: /calendar change/i }).count()).toBe(0);
      await button('+1 day').click();
      await message.getByText('The clock moved one day.', { exact: true }).waitFor();
      expect(await page.locator('#doc').getByText('Mon, Nov 23, 2026 · 1:1').count()).toBe(0);

      await button('Fire the hourly tick').click();
      await message.getByText('Ben Okafor has no triggers. Link the Doc first', { exact: false }).waitFor();
      // Linked from the sidebar, not the toolbar: "no triggers" is old news and goes.
      await page.frameLocator('iframe').getByRole('button', { name: 'Link', exact: true }).click();
      await page.locator('#triggers', { hasText: '1 hourly (fired by hand)' }).waitFor();
      await page.waitForFunction(() => !document.getElementById('message')?.textContent?.includes('no triggers'));
      await button('Fire the hourly tick').click();
      await message.getByText('Fired Ben Okafor’s hourly tick.', { exact: false }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('the sidebar runs on the simulated clock and zone, not the machine’s, and keeps typed text across the toolbar', async () => {
    const statePath = path.join(mkdtempSync(path.join(tmpdir(), 'playground-')), 'state.json');
    const playground = await startPlayground({ port: 0, statePath, seed: playgroundSeed(), root });
    // A machine far from New York, on the real date: neither may leak into the sidebar.
    const { page, errors } = await chromium.openPage({
      viewport: { width: 1400, height: 1000 },
      timezoneId: 'Asia/Tokyo',
    });
    try {
      await page.goto(`${playground.url}/?delay=0`);
      const sidebar = page.frameLocator('iframe');
      await sidebar.getByRole('button', { name: 'Prepare now' }).waitFor();
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      const seen = await frame.evaluate(() => ({
        now: Date.now(),
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        hour: new Date().getHours(),
      }));
      expect(Math.abs(seen.now - Date.parse('2026-11-22T14:00:00Z'))).toBeLessThan(60_000);
      expect(seen.zone).toBe('America/New_York');
      expect(seen.hour).toBe(9);
      // The unlinked sidebar names today's section: Sunday in New York (it is already Monday in Tokyo).
      await sidebar.getByText('adds today’s section (Sun, Nov 22)', { exact: false }).waitFor();

      await page.getByRole('button', { name: 'Link the Doc (as the active user)' }).click();
      // The meeting is Monday 10:00 in New York (Tuesday 00:00 in Tokyo), and tomorrow by the simulated clock.
      await frame.waitForFunction(() => document.body.innerText.includes('Mon, Nov 23, 10:00 – 10:30 AM · tomorrow'));

      const topic = sidebar.getByRole('textbox', { name: 'New agenda topic' });
      await topic.fill('Typed, not saved yet');
      await frame.evaluate(() => {
        (window as unknown as { stayed?: boolean }).stayed = true;
      });
      await page.getByRole('button', { name: '+1 day', exact: true }).click();
      await page.locator('#clock', { hasText: 'Mon, Nov 23, 2026, 9:00 AM EST' }).waitFor();
      await frame
        .waitForFunction(() => document.body.innerText.includes('Mon, Nov 23, 10:00 – 10:30 AM · in 1 hour'))
        .catch(async (error: Error) => {
          // What the sidebar showed instead, to tell a missed refresh from a wrong clock.
          const shown = await frame.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '(gone)');
          throw new Error(`${error.message}\nThe sidebar showed: ${shown}`);
        });
      expect(await topic.inputValue()).toBe('Typed, not saved yet');
      // The same page: the sidebar was refreshed, not reopened.
      expect(await frame.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('opens the sidebar as in a browser set to the language the picker or ?lang= names, and back to the browser’s own', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const sidebar = page.frameLocator('iframe');
      const frameLang = () => sidebar.locator('html').getAttribute('lang');
      const picker = page.getByLabel('As in a browser set to');
      await picker.selectOption('de');
      await sidebar.getByRole('button', { name: 'Jetzt vorbereiten' }).waitFor();
      // Today in New York, in German: the words and the date both.
      await sidebar.getByText('fügt den Abschnitt für heute hinzu (So., 22. Nov.)', { exact: false }).waitFor();
      expect(await frameLang()).toBe('de');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('de');

      await page.goto(`${playground.url}/?delay=0&lang=ja`);
      await sidebar.getByRole('button', { name: '今すぐ準備' }).waitFor();
      expect(await picker.inputValue()).toBe('ja');
      expect(await frameLang()).toBe('ja');

      // A language without a catalog: English words, Dutch dates.
      await picker.selectOption('nl');
      await sidebar.getByText('adds today’s section (zo 22 nov)', { exact: false }).waitFor();
      expect(await frameLang()).toBe('en');

      await picker.selectOption('');
      await sidebar.getByText('adds today’s section (Sun, Nov 22)', { exact: false }).waitFor();
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('the Doc pane can be edited: typing, ticking and striking go through the engine, and the sidebar follows', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const doc = page.locator('#doc');
      const sidebar = page.frameLocator('iframe');
      const message = page.locator('#message');
      const calls = await page.locator('#calls').textContent();

      await doc.getByText('Design review went well', { exact: false }).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Agreed, Ben leads it.');
      await page.keyboard.press('Enter');
      await message.getByText('Your typing is in the Doc', { exact: false }).waitFor();
      await doc.getByText('Priya wants Ben to lead the next one. Agreed, Ben leads it.', { exact: false }).waitFor();
      const state = await (await fetch(`${playground.url}/api/state`)).json();
      expect(state.html).toContain('Agreed, Ben leads it.');
      // The person's edit is not one of the add-on's batchUpdates (the sidebar's refresh after it does read the Doc).
      const batchUpdates = (text: string | null) => /batchUpdate (\d+)/.exec(text ?? '')?.[1];
      expect(batchUpdates(await page.locator('#calls').textContent())).toBe(batchUpdates(calls));

      // A ☐ is a character, as in Google Docs: clicking it puts the caret there, and leaving writes nothing.
      const item = doc.locator('li', { hasText: 'Ana: draft the Q1 growth plan' }).first();
      const revision = await doc.getAttribute('data-revision');
      await item.locator('.para-text').click({ position: { x: 3, y: 8 } });
      await item.locator('.para-text[contenteditable]').waitFor();
      await page.keyboard.press('Escape');
      await item.locator('.para-text:not([contenteditable])').waitFor();
      expect(await doc.getAttribute('data-revision')).toBe(revision);
      expect(await item.textContent()).toContain('☐ Ana: draft the Q1 growth plan');
      // Ticking is typing ☑ in its place.
      await item.locator('.para-text').click({ position: { x: 3, y: 8 } });
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.type('☑');
      await page.keyboard.press('Enter');
      await message.getByText('Your typing is in the Doc', { exact: false }).waitFor();
      await doc.locator('li', { hasText: '☑ Ana: draft the Q1 growth plan' }).waitFor();
      const box = sidebar.getByRole('checkbox', { name: /draft the Q1 growth plan/ });
      await page.waitForFunction(
        () =>
          (document.querySelector('iframe') as HTMLIFrameElement).contentDocument?.querySelector<HTMLInputElement>(
            'input[type=checkbox][data-key^="tick:"]:checked',
          ) !== null,
      );
      expect(await box.isChecked()).toBe(true);

      await page.evaluate(() => {
        const span = [...document.querySelectorAll('#doc [data-i]')].find((el) =>
          el.textContent?.startsWith('On-call load'),
        )!;
        const range = document.createRange();
        range.setStart(span.firstChild!, 0);
        range.setEnd(span.firstChild!, 'On-call load'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.getByRole('button', { name: 'Strike through' }).click();
      await message.getByText('You struck through the selected text', { exact: false }).waitFor();
      await doc.locator('s', { hasText: 'On-call load' }).waitFor();
      // The pane says how an item is ticked there, as in Google Docs.
      await page.locator('#doc-help', { hasText: 'type ☑ or [x] in its place, or strike the line through' }).waitFor();
      // No emoji font is needed for the Doc's icons: they are SVG.
      expect(await doc.locator('svg.icon').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('every sidebar call takes the round trip the toolbar sets: “Saving…”, “As of …, refreshing…” and a write sent again are seen, then gone', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const sidebar = page.frameLocator('iframe');
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      const rpcs: string[] = [];
      page.on('request', (request) => {
        const name = /\/rpc\/(\w+)$/.exec(request.url())?.[1];
        if (name) rpcs.push(name);
      });
      await button('Link the Doc (as the active user)').click();
      await page.locator('#triggers', { hasText: '1 hourly' }).waitFor();
      await sidebar.getByRole('checkbox', { name: /draft the Q1 growth plan/ }).waitFor();

      await page.getByLabel('Round trip').fill('1500');
      await page.locator('#round-trip-value', { hasText: '1.5 s' }).waitFor();
      // Kept in the page's address: a reload keeps it.
      expect(new URL(page.url()).searchParams.get('delay')).toBe('1500');

      // A tick: “Saving…” while the call is out, for the round trip at least, then the Doc has it.
      const saving = sidebar.getByText('Saving…');
      const began = Date.now();
      await sidebar.getByRole('checkbox', { name: /draft the Q1 growth plan/ }).click();
      await saving.first().waitFor();
      await gone(saving);
      expect(Date.now() - began).toBeGreaterThanOrEqual(1_400);
      await page.locator('#doc li', { hasText: '☑ Ana: draft the Q1 growth plan' }).waitFor();

      // Opened again (as Ana, then Ben again): Ben's sidebar shows what he saw last, refreshing, until its call answers.
      await button('Ana Silva (manager)').click();
      await page.locator('#active-user', { hasText: 'Ana Silva' }).waitFor();
      await button('Ben Okafor (report)').click();
      await page.locator('#active-user', { hasText: 'Ben Okafor' }).waitFor();
      const asOf = sidebar.getByText(/^As of .*, refreshing…/);
      await asOf.waitFor();
      await gone(asOf);

      // The answer of the next call is lost on its way back: the topic is sent again under its id, and written once.
      await button('Lose the next answer').click();
      rpcs.length = 0;
      const topic = sidebar.getByRole('textbox', { name: 'New agenda topic' });
      await topic.fill('Sent twice, written once');
      await topic.press('Enter');
      await saving.first().waitFor();
      await page.locator('#doc', { hasText: 'Sent twice, written once' }).waitFor();
      await gone(saving);
      expect(rpcs.filter((name) => name === 'addAgendaItem')).toHaveLength(2);
      expect((await page.locator('#doc').textContent())?.split('Sent twice, written once')).toHaveLength(2);
      expect(await sidebar.getByText('Sent twice, written once').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('playground-round-trip'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('All my 1:1s lists several Docs: Ana’s with Priya and Sam, linked before, and this one once she links it', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const sidebar = page.frameLocator('iframe');
      await page.getByRole('button', { name: 'Ana Silva (manager)', exact: true }).click();
      await page.locator('#active-user', { hasText: 'Ana Silva' }).waitFor();
      await page.getByRole('button', { name: 'Link the Doc (as the active user)' }).click();
      await page.locator('#message', { hasText: 'Linked the Doc' }).waitFor();
      await sidebar.getByRole('button', { name: 'All my 1:1s' }).click();
      const docs = sidebar.locator('.overview-docs > li');
      await docs.nth(2).waitFor();
      const titles = (await docs.locator('.doc-name').allTextContents()).sort();
      expect(titles).toEqual(['Ana / Ben — 1:1 notes', 'Ana / Priya — 1:1 notes', 'Ana / Sam — 1:1 notes']);
      // What she owes across them, Sam's overdue item among it.
      await sidebar.getByText('send Sam the on-call runbook', { exact: false }).waitFor();
      await page.locator('iframe').screenshot({ path: screenshotPath('playground-overview') });
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });

  it('shows hostile Doc text as text and runs none of it', async () => {
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '</script><script>window.__pwned=2</script>',
      'javascript:window.__pwned=3',
    ];
    const seed = playgroundSeed();
    seed.document = buildDocument({
      documentId: seed.document.documentId,
      blocks: [
        p('Hostile 1:1', { style: 'TITLE' }),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        ...hostile.map((text) => bullet(`☐ ${text}`)),
        p([{ text: 'a link', link: 'javascript:window.__pwned=4' }]),
      ],
    });
    const { playground, page, errors } = await openPlayground(seed);
    try {
      const sidebar = page.frameLocator('iframe');
      for (const text of hostile) await sidebar.getByText(text, { exact: false }).first().waitFor();
      await page.getByText('a link').click();
      await sidebar.getByRole('button', { name: 'Prepare now' }).click();
      await sidebar.getByText('Added the section', { exact: false }).waitFor();
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await playground.close();
    }
  });
});
