// The playground in Chromium: the built sidebar and toolbar, wired to the built Code.js over the engines, prepare sections the Doc view shows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { playgroundSeed } from '../../playground/seed';
import { type Playground, startPlayground } from '../../playground/server';
import { screenshotPath, useChromium } from './chromium';

const root = path.resolve(__dirname, '../..');
const chromium = useChromium();

async function openPlayground(
  seed = playgroundSeed(),
): Promise<{ playground: Playground; page: Page; errors: string[] }> {
  const statePath = path.join(mkdtempSync(path.join(tmpdir(), 'playground-')), 'state.json');
  const playground = await startPlayground({ port: 0, statePath, seed, root });
  const { page, errors } = await chromium.openPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(playground.url);
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
      expect(await page.getByLabel('Triggers fire as the clock moves').isChecked()).toBe(true);
      expect(await button('Fire the hourly tick').isVisible()).toBe(false);

      await button('Link the Doc (as the active user)').click();
      await message.getByText('Linked the Doc to “Ana / Ben 1:1”', { exact: false }).waitFor();
      await page.locator('#triggers', { hasText: '1 hourly (next run 10:00 AM)' }).waitFor();

      await button('+1 hour').click();
      await page.locator('#clock', { hasText: 'Sun, Nov 22, 2026, 10:00 AM EST' }).waitFor();
      await heading.waitFor();
      await message.getByText('1 trigger run (Ben Okafor 1)', { exact: false }).waitFor();
      await message.getByText('Added the section “Mon, Nov 23, 2026 · 1:1”', { exact: false }).waitFor();
      await page.locator('#last-run', { hasText: 'Hourly check' }).waitFor();
      expect(await heading.count()).toBe(1);

      const ana = button('Ana Silva (manager)');
      expect(await ana.getAttribute('aria-pressed')).toBe('false');
      await ana.click();
      await page.locator('#active-user', { hasText: 'Ana Silva (manager)' }).waitFor();
      expect(await ana.getAttribute('aria-pressed')).toBe('true');
      expect(await button('Ben Okafor (report)').getAttribute('aria-pressed')).toBe('false');
      // The Doc is linked (by Ben): Ana has no trigger of her own yet, and the strip says what to do.
      await page.locator('#triggers', { hasText: 'none for this user' }).waitFor();
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
      await page.getByLabel('Triggers fire as the clock moves').uncheck();
      await button('Fire the hourly tick').waitFor();
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
      await page.goto(playground.url);
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

      const item = doc.locator('li', { hasText: 'Ana: draft the Q1 growth plan' }).first();
      await item.locator('.marker').click();
      await message.getByText('You ticked the marker in the Doc', { exact: false }).waitFor();
      await item.locator('.marker', { hasText: '☑' }).waitFor();
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
      // No emoji font is needed for the Doc's icons: they are SVG.
      expect(await doc.locator('svg.icon').count()).toBeGreaterThan(0);
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
