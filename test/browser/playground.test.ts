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

  it('links from the toolbar, jumps, fires the hourly tick, and the Doc view shows the new section; then switches user', async () => {
    const { playground, page, errors } = await openPlayground();
    try {
      const doc = page.locator('#doc');
      const message = page.locator('#message');
      const heading = doc.getByText('Mon, Nov 23, 2026 · 1:1');
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      expect(await heading.count()).toBe(0);

      await button('Fire the hourly tick').click();
      await message.getByText('Link the Doc first', { exact: false }).waitFor();

      await button('Link the Doc (as the active user)').click();
      await message.getByText('Linked the Doc to “Ana / Ben 1:1”', { exact: false }).waitFor();
      await page.locator('#triggers', { hasText: '1 hourly' }).waitFor();

      await button('Jump to just before the next 1:1').click();
      await page.locator('#clock', { hasText: 'Mon, Nov 23, 2026, 9:00 AM EST' }).waitFor();

      // From the keyboard: the focus stays on the button pressed, so Tab moves on to the next one.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fire the hourly tick');
      await page.keyboard.press('Enter');
      await heading.waitFor();
      await message.getByText('Added the section “Mon, Nov 23, 2026 · 1:1”', { exact: false }).waitFor();
      await page.locator('#last-run', { hasText: 'Hourly check' }).waitFor();
      expect(await heading.count()).toBe(1);

      const ana = button('Ana Silva (manager)');
      expect(await ana.getAttribute('aria-pressed')).toBe('false');
      await ana.click();
      await page.locator('#active-user', { hasText: 'Ana Silva (manager)' }).waitFor();
      expect(await ana.getAttribute('aria-pressed')).toBe('true');
      expect(await button('Ben Okafor (report)').getAttribute('aria-pressed')).toBe('false');
      await page.locator('#triggers', { hasText: 'none' }).waitFor();
      await page.locator('#last-run', { hasText: 'no run yet' }).waitFor();
      await page.locator('#doc-user', { hasText: 'open as ana@example.com' }).waitFor();
      // The sidebar reopened as Ana: it reads the Doc again.
      await page.frameLocator('iframe').getByRole('button', { name: 'Prepare now' }).waitFor();
      await page.screenshot({ path: screenshotPath('playground-calendar'), fullPage: false });
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
