// All my 1:1s in Chromium: the built Sidebar.html against the built Code.js, with Ana's Doc and more of her 1:1 Docs.
import type { Page } from 'playwright-core';
import { ANA, BEN } from '../../dev/harness';
import { anaBenDoc } from '../fixtures/anaBen';
import { bodyText } from '../support/world';
import { keyboardWalk, screenshotPath, seriousViolations, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Chloé's, Dev's and Eli's Docs besides Ana and Ben's, each holding an item Ana owes, due two days ago. */
const MORE_DOCS = 3;

/** Ana's Doc, linked, and three more of hers; `before` runs on the server before the page opens. */
async function openLinked(before?: (server: SidebarServer) => void) {
  const server = await startSidebarServer({ doc: anaBenDoc(), linkedDocs: MORE_DOCS });
  servers.push(server);
  server.link(ANA);
  before?.(server);
  server.env.as(ANA);
  const opened = await chromium.openSidebar(server);
  return { server, ...opened };
}

const overviewRegion = (page: Page) => page.getByRole('region', { name: 'All my 1:1s' });
const notBusy = (page: Page) => page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
const docText = (server: SidebarServer, documentId: string) =>
  bodyText(server.env.docs.get(documentId, { includeTabsContent: true }));

async function openOverview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'All my 1:1s' }).click();
  await overviewRegion(page).getByRole('heading', { name: 'You owe' }).waitFor();
}

describe('All my 1:1s in Chromium', () => {
  it('opens from a linked Doc with one getOverview call, lists every Doc, and goes back to the Doc with none', async () => {
    const { page, server, errors } = await openLinked();
    server.calls.splice(0);
    await openOverview(page);
    expect(server.calls).toEqual(['getOverview']);
    const region = overviewRegion(page);
    for (const name of ['Chloé', 'Dev', 'Eli']) {
      const link = region.getByRole('link', { name: `Ana / ${name} — 1:1 notes` });
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(
        await region.getByRole('checkbox', { name: new RegExp(`send ${name} the promotion rubric`) }).count(),
      ).toBe(1);
    }
    // Eli's 1:1 is every five weeks: the gap is said in words, not in colour alone.
    await region.getByText(/⚠ \d+ days since the last 1:1: over four weeks\./).waitFor();
    await region.getByText('overdue by 2 days', { exact: false }).first().waitFor();
    // The focus went to the overview's heading, for a screen reader to start there.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'overview-heading',
    );

    await page.getByRole('button', { name: '← This Doc' }).click();
    await page.getByRole('region', { name: 'Next 1:1' }).waitFor();
    expect(server.calls).toEqual(['getOverview']);
    expect(errors).toEqual([]);
  });

  it('names the other person by name, and says an item added for the coming 1:1 is for it', async () => {
    const server = await startSidebarServer({
      doc: anaBenDoc(),
      series: { displayNames: { [BEN]: 'Ben Okafor' } },
    });
    servers.push(server);
    server.link(ANA);
    server.env.as(ANA);
    // Friday: Ana adds an item for Monday's 1:1.
    server.env.sandbox.call(
      'addActionItem',
      { text: 'book the offsite', owner: 'me' },
      { timeZone: 'America/New_York' },
    );
    const { page, errors } = await chromium.openSidebar(server);
    await openOverview(page);
    const region = overviewRegion(page);
    await region.getByText('With Ben Okafor').waitFor();
    expect(await region.getByText(BEN, { exact: false }).count()).toBe(0);
    const row = region.getByRole('listitem').filter({ hasText: 'book the offsite' });
    expect(await row.innerText()).toContain('for Nov 23');
    expect(await row.innerText()).not.toMatch(/from Nov 23|new today/);
    expect(errors).toEqual([]);
  });

  it('ticks an item of another Doc there, in every copy', async () => {
    let chloe = '';
    const { page, server, errors } = await openLinked((s) => {
      chloe = s.linkedDocs[0]!;
      // Chloé's next section is prepared: Ana's open item is carried into it, a second copy of the same item.
      s.env.as(ANA, chloe);
      s.env.sandbox.call('prepareNow', { timeZone: 'America/New_York', requestId: 'req-prepare-chloe' });
    });
    // The carried copy names Ana with a person chip: each copy is a line with its marker and the item's text.
    const copies = (marker: string) =>
      docText(server, chloe).match(new RegExp(`${marker}[^\n]*send Chloé the promotion rubric`, 'g')) ?? [];
    expect(copies('☐')).toHaveLength(2);
    await openOverview(page);
    const item = overviewRegion(page).getByRole('checkbox', { name: /send Chloé the promotion rubric/ });
    await item.click();
    await item.waitFor({ state: 'detached' });
    await notBusy(page);
    expect(copies('☑')).toHaveLength(2);
    expect(copies('☐')).toEqual([]);
    // Nobody else's item changed.
    expect(docText(server, chloe)).toContain('☐ Chloé: write up the demo feedback');
    expect(errors).toEqual([]);
  });

  it('says how many Docs “Refresh all” read', async () => {
    const { page, server, errors } = await openLinked();
    await openOverview(page);
    await overviewRegion(page).getByRole('button', { name: 'Refresh all' }).click();
    const status = overviewRegion(page).getByRole('status');
    await status.getByText(`Read ${MORE_DOCS + 1} of ${MORE_DOCS + 1} Docs.`).waitFor();
    expect(server.calls).toContain('refreshOverview');
    await page.screenshot({ path: screenshotPath('overview-refreshed'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('says a refresh already under way as the panel opens', async () => {
    const { page, server, errors } = await openLinked((s) => {
      s.env.world.state.userProperties[ANA]!['overview:refresh'] = JSON.stringify({
        done: 12,
        total: 60,
        at: s.env.world.state.now,
      });
    });
    await openOverview(page);
    await overviewRegion(page).getByRole('status').getByText('Read 12 of 60 Docs…').waitFor();
    expect(server.calls).toContain('getOverview');
    expect(errors).toEqual([]);
  });

  it('opens on the overview the menu put in the page, with no call, and reads the Doc only on “← This Doc”', async () => {
    const server = await startSidebarServer({ doc: anaBenDoc(), linkedDocs: MORE_DOCS });
    servers.push(server);
    server.link(ANA);
    const { page, errors } = await chromium.openServed(server, 'showOverview');
    await page.goto(`${server.url}/sidebar`);
    await page.locator('body[data-ready]').waitFor();
    await overviewRegion(page)
      .getByRole('checkbox', { name: /send Dev the promotion rubric/ })
      .waitFor();
    expect(server.calls).toEqual([]);
    await page.getByRole('button', { name: '← This Doc' }).click();
    await page.getByRole('region', { name: 'Next 1:1' }).waitFor();
    expect(server.calls).toEqual(['getSidebarState']);
    expect(errors).toEqual([]);
  });

  it('says at the top that automatic preparation is off, and “Turn it back on” calls restoreAutomation', async () => {
    const { page, server, errors } = await openLinked();
    // The server's own overview, as a user whose every trigger is gone would get it.
    await page.route(`${server.url}/rpc/getOverview`, async (route) => {
      const answer = (await (await route.fetch()).json()) as { ok: boolean; value?: { automation?: unknown } };
      if (answer.ok && answer.value) answer.value.automation = { state: 'off' };
      await route.fulfill({ json: answer });
    });
    await openOverview(page);
    const region = overviewRegion(page);
    const off = 'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.';
    // Above everything else in the panel.
    expect(await region.locator('p').first().textContent()).toBe(off);
    server.calls.splice(0);
    const sent = page.waitForRequest((r) => r.url().endsWith('/rpc/restoreAutomation'));
    await region.getByRole('button', { name: 'Turn it back on' }).click();
    // A write: it carries a request id, as well as the zone.
    expect((await sent).postDataJSON()).toEqual([
      { timeZone: 'America/New_York', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ]);
    await region.getByRole('status').getByText('Automatic preparation is on again.').waitFor();
    expect(server.calls).toEqual(['restoreAutomation']);
    expect(await region.getByText(off).count()).toBe(0);
    expect(await region.getByRole('button', { name: 'Turn it back on' }).count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'overview-heading',
    );
    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core) with the panel open', async () => {
    const { page, errors } = await openLinked((s) => {
      s.env.world.state.userProperties[ANA]!['overview:refresh'] = JSON.stringify({
        done: 1,
        total: 4,
        at: s.env.world.state.now,
      });
    });
    await openOverview(page);
    await overviewRegion(page).getByText('Read 1 of 4 Docs…').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard alone: open the panel, tick an item, Refresh all', async () => {
    const { page, server, errors } = await openLinked();
    const { focused, tabTo } = keyboardWalk(page);
    await tabTo((f) => f.key === 'overview-open');
    await page.keyboard.press('Enter');
    await overviewRegion(page).getByRole('heading', { name: 'You owe' }).waitFor();
    expect((await focused()).key).toBe('overview-heading');

    await tabTo((f) => f.key.startsWith('owe-tick:') && f.label.includes('send Dev the promotion rubric'));
    const devBox = (await focused()).key;
    await page.keyboard.press('Space');
    await overviewRegion(page)
      .getByRole('checkbox', { name: /send Dev the promotion rubric/ })
      .waitFor({
        state: 'detached',
      });
    await notBusy(page);
    expect(docText(server, server.linkedDocs[1]!)).toContain('☑ Ana: send Dev the promotion rubric');
    // The ticked row is gone: the focus is on the row that took its place, ready for the next one.
    const after = await focused();
    expect(after.key).toMatch(/^owe-tick:/);
    expect(after.key).not.toBe(devBox);

    await tabTo((f) => f.key === 'overview-refresh');
    await page.keyboard.press('Enter');
    await overviewRegion(page)
      .getByRole('status')
      .getByText(/Read \d+ of \d+ Docs\./)
      .waitFor();
    // Once the refresh is done, the focus is back on its button.
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.key === 'overview-refresh',
    );
    expect(errors).toEqual([]);
  });
});
