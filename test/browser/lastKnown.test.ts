// A second open in Chromium: the page showSidebar made shows the last-known state before any google.script.run call answers.
import type { Page, Route } from 'playwright-core';
import { ANA } from '../../dev/harness';
import { anaBenDoc, NOV_16_ITEMS } from '../fixtures/anaBen';
import { bodyText } from '../support/world';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Fri Nov 20, 10:02 in New York: Ana's last read of the Doc, three days before the Monday 1:1. */
const READ_AT = Date.parse('2026-11-20T15:02:00Z');

interface Opened {
  server: SidebarServer;
  page: Page;
  errors: string[];
  /** google.script.run calls that have left the page and are held: none reaches the server until released. */
  held: Route[];
  release(): Promise<void>;
}

/**
 * Ana's Doc, linked, with her last read made (`read`, then whatever `meanwhile` changes), opened in a page that is
 * what showSidebar serves. Every google.script.run call is held until `release`.
 */
async function secondOpen(
  options: { items?: readonly string[]; read?: boolean; meanwhile?: (server: SidebarServer) => void } = {},
): Promise<Opened> {
  const server = await startSidebarServer({
    doc: anaBenDoc({ items: options.items ?? NOV_16_ITEMS }),
    state: { now: READ_AT },
  });
  servers.push(server);
  server.link(ANA);
  if (options.read === false) delete server.env.world.state.userProperties[ANA]![`last:${server.env.documentId}`];
  options.meanwhile?.(server);
  const { page, errors } = await chromium.openServed(server, 'showSidebar');
  const held: Route[] = [];
  let holding = true;
  await page.route(`${server.url}/rpc/**`, (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(`${server.url}/sidebar`);
  const release = async () => {
    holding = false;
    for (const route of held.splice(0)) await route.continue();
  };
  return { server, page, errors, held, release };
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const asOf = (page: Page) => page.locator('#as-of');

describe('the sidebar on a second open', () => {
  it('shows the next meeting and the commitments before any call answers, marked “as of”, then one call refreshes them', async () => {
    const { page, server, errors, held, release } = await secondOpen({
      // Ben adds a topic after Ana's last read: only the refresh can know it.
      meanwhile: ({ env }) => {
        env.setClock(READ_AT + 3 * 60_000);
        env.as('ben@example.com');
        env.sandbox.call('addAgendaItem', 'Offsite dates', { requestId: 'req-ben-topic-0001' });
      },
    });
    await asOf(page)
      .getByText(/^As of /)
      .waitFor();
    await section(page, 'Next 1:1').getByText('Mon, Nov 23', { exact: false }).waitFor();
    const commitments = section(page, /From last time/);
    await commitments.getByRole('checkbox', { name: /draft the Q1 growth plan/ }).waitFor();
    await commitments.getByRole('checkbox', { name: /intro to the platform team/ }).waitFor();
    // Whatever space the browser's ICU puts before AM (a narrow no-break space in some versions).
    expect(await asOf(page).textContent()).toMatch(/^As of 10:02\sAM, refreshing…$/);
    // No google.script.run call has answered (none has even reached the server); one is on its way.
    expect(server.calls).toEqual([]);
    expect(held.map((r) => new URL(r.request().url()).pathname)).toEqual(['/rpc/getSidebarState']);
    await page.screenshot({ path: screenshotPath('sidebar-last-known'), fullPage: true });

    await release();
    await page.locator('body[data-ready]').waitFor({ state: 'attached' });
    await section(page, 'Agenda').getByText('Offsite dates').waitFor();
    expect(await asOf(page).isHidden()).toBe(true);
    expect(server.calls).toEqual(['getSidebarState']);
    expect(errors).toEqual([]);
  });

  it('on a first open shows only “Loading…” until the one call answers', async () => {
    const { page, server, held, release } = await secondOpen({ read: false });
    await page.waitForFunction(() => document.querySelector('#app .loading') !== null);
    while (held.length === 0) await page.waitForTimeout(20);
    expect(held).toHaveLength(1);
    expect(await page.getByRole('region').count()).toBe(0);
    expect(await asOf(page).isHidden()).toBe(true);
    await release();
    await section(page, /From last time/)
      .getByRole('checkbox', { name: /draft the Q1 growth plan/ })
      .waitFor();
    expect(server.calls).toEqual(['getSidebarState']);
  });

  it('ticks an item shown from the last-known state by its id, checked against the Doc as it is: a changed item is not ticked', async () => {
    const { page, server, release } = await secondOpen({
      // After Ana's last read, Ben rewords his item in the Doc: its id is no longer the one Ana's page shows.
      meanwhile: ({ env }) => {
        const doc = env.read();
        const runs = (doc.tabs?.[0]?.documentTab?.body?.content ?? []).flatMap((e) => e.paragraph?.elements ?? []);
        const run = runs.find((r) => r.textRun?.content?.includes('platform team'))!;
        const index = run.startIndex! + run.textRun!.content!.indexOf('platform');
        env.docs.batchUpdate(
          { requests: [{ insertText: { location: { index }, text: 'infra and ' } }] },
          env.documentId,
        );
      },
    });
    const commitments = section(page, /From last time/);
    // The old wording, from the last-known state: ticked before the refresh has answered.
    await commitments.getByRole('checkbox', { name: /intro to the platform team/ }).click();
    await release();
    await commitments
      .getByRole('status')
      .getByText('That item was edited or deleted in its Doc', { exact: false })
      .waitFor();
    const fresh = commitments.getByRole('checkbox', { name: /intro to the infra and platform team/ });
    await fresh.waitFor();
    expect(await fresh.isChecked()).toBe(false);
    expect(server.calls).toEqual(['getSidebarState', 'setItemDone']);
    const text = bodyText(server.env.read());
    expect(text).toContain('☐ Ben: intro to the infra and platform team');
    expect(text).not.toMatch(/☑ Ben: intro/);
  });

  it('shows Doc text holding </script>, <!-- and U+2028 as text: nothing breaks out of the page’s script', async () => {
    const nasty = "☐ Ben: </script><script>window.pwned = 1</script><!-- <script> \u2028 done $& $'";
    const { page, errors, release } = await secondOpen({ items: [...NOV_16_ITEMS, nasty] });
    await asOf(page)
      .getByText(/^As of /)
      .waitFor();
    const commitments = section(page, /From last time/);
    await commitments.getByText('</script><script>window.pwned = 1</script><!--', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(3); // the shim, the last-known data, the sidebar
    await release();
    await page.locator('body[data-ready]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('says when the refresh failed, keeps the last-known state on screen, and tries again', async () => {
    const { page, server, release } = await secondOpen();
    server.failNext('getSidebarState', 'Exception: Service invoked too many times in a short time.');
    await release();
    await asOf(page)
      .getByText(/As of 10:02\sAM; it could not be refreshed\./)
      .waitFor();
    await section(page, /From last time/)
      .getByRole('checkbox', { name: /draft the Q1 growth plan/ })
      .waitFor();
    await asOf(page).getByRole('button', { name: 'Try again' }).click();
    await asOf(page).waitFor({ state: 'hidden' });
    expect(server.calls).toEqual(['getSidebarState', 'getSidebarState']);
  });
});
