// Items in Chromium at 300 px: carry counts, overdue first, "Still on?" (Done, Drop, Keep), native checklists, new items.
import type { Page } from 'playwright-core';
import { buildDocument, bullet, checklist, h2, h3 } from '../../dev/docBuilder';
import { ANA } from '../../dev/harness';
import { parseDoc } from '../../src/core/parse';
import type { Document as DocsDocument } from '../../src/types/docs-api';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

/**
 * Four weekly meetings, newest first: three items written on Oct 26 and carried into each meeting since (three times
 * by Nov 16), the deck due Nov 20; one written on Nov 9. `notes` go under Nov 16's Notes.
 */
function zombieDoc(notes: ReturnType<typeof bullet>[] = []): DocsDocument {
  const carried = ['2026-11-16', '2026-11-09', '2026-11-02'];
  const old = ['Ana: draft the plan', 'Ben: send the deck (due Nov 20)', 'Ben: book the room'];
  return buildDocument({
    blocks: [
      ...carried.flatMap((date) => [
        h2(date),
        h3('Carried over'),
        ...old.map((line) => bullet(`☐ ${line}  (from Oct 26)`)),
        ...(date === '2026-11-16' ? [bullet('☐ Ana: fresh item  (from Nov 9)'), h3('Notes'), ...notes] : []),
        ...(date === '2026-11-09' ? [h3('Action items'), bullet('☐ Ana: fresh item')] : []),
      ]),
      h2('2026-10-26'),
      h3('Action items'),
      ...old.map((line) => bullet(`☐ ${line}`)),
    ],
  });
}

const servers: SidebarServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function openSidebar(doc: DocsDocument): Promise<{ server: SidebarServer; page: Page; errors: string[] }> {
  const server = await startSidebarServer({ doc, state: { now: NOW } });
  servers.push(server);
  const { page, errors } = await chromium.openSidebar(server, { height: 1100 });
  return { server, page, errors };
}

const commitmentsOf = (page: Page) => page.getByRole('region', { name: /From last time/ });
const notBusy = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const itemsIn = (server: SidebarServer) => parseDoc(server.env.read()).sections.flatMap((s) => s.items);

describe('items that do not turn into zombies, in Chromium', () => {
  it('puts the overdue item first, says how often each was carried, and asks “Still on?”: Done, Drop, Keep', async () => {
    const { page, server, errors } = await openSidebar(zombieDoc());
    const panel = commitmentsOf(page);
    const rows = panel.locator('li.item');
    await rows.first().waitFor();
    expect(await rows.locator('.item-text').allTextContents()).toEqual([
      'Ben: send the deck',
      'Ana: draft the plan',
      'Ben: book the room',
      'Ana: fresh item',
    ]);
    await rows.first().getByText('due Nov 20, 3 days ago · carried 3 times · from Oct 26').waitFor();
    await rows.nth(3).getByText('carried once · from Nov 9').waitFor();
    // Asked about the three carried three times, not about the one carried once.
    expect(await panel.getByRole('group', { name: /^Still on/ }).count()).toBe(3);
    expect(await rows.nth(3).getByText('Still on?').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('sidebar-triage'), fullPage: true });

    // Done: ticked in every copy.
    await panel.getByRole('button', { name: 'Done: send the deck' }).click();
    await notBusy(page);
    expect(await panel.getByRole('checkbox', { name: /send the deck/ }).isChecked()).toBe(true);
    expect(
      itemsIn(server)
        .filter((i) => i.text === 'send the deck')
        .every((i) => i.done),
    ).toBe(true);

    // Drop: struck through with ✗ in every copy, counted apart from done.
    await panel.getByRole('button', { name: 'Drop: draft the plan' }).click();
    await notBusy(page);
    await panel.getByText('2 open · 1 done · 1 dropped').waitFor();
    await rows
      .filter({ hasText: 'draft the plan' })
      .getByText(/^dropped · carried 3 times/)
      .waitFor();
    const plan = itemsIn(server).filter((i) => i.text === 'draft the plan');
    expect(plan.map((i) => [i.marker?.text, i.dropped, i.strike])).toEqual(Array(4).fill(['✗', true, 'all']));

    // Keep: the question goes, and stays gone when the sidebar opens again.
    await panel.getByRole('button', { name: 'Keep: book the room' }).click();
    await notBusy(page);
    expect(await panel.getByRole('group', { name: /^Still on/ }).count()).toBe(0);
    await page.reload();
    await page.locator('body[data-ready]').waitFor();
    await commitmentsOf(page).getByText('book the room').waitFor();
    expect(
      await commitmentsOf(page)
        .getByRole('group', { name: /^Still on/ })
        .count(),
    ).toBe(0);

    // The next section carries what is still open and nothing dropped or done.
    await page.getByRole('button', { name: /Prepare now/ }).click();
    await notBusy(page);
    expect(parseDoc(server.env.read()).sections[0]!.items.map((i) => i.text)).toEqual(['book the room', 'fresh item']);
    expect(errors).toEqual([]);
  });

  it('a Drop from a “Still on?” shown before Ben ticked the item writes nothing, says so, and shows it done', async () => {
    const { page, server, errors } = await openSidebar(zombieDoc());
    const panel = commitmentsOf(page);
    await panel.getByRole('button', { name: 'Drop: draft the plan' }).waitFor();
    // Meanwhile Ben ticks Nov 16's copy in the Doc, as Docs' editor writes it: copies done, open, open, open.
    const copy = itemsIn(server).find((i) => i.text === 'draft the plan' && i.sectionDate === '2026-11-16')!;
    const at = copy.marker!.startIndex;
    server.env.docs.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { startIndex: at, endIndex: at + 1 } } },
          { insertText: { location: { index: at }, text: '☑' } },
        ],
      },
      server.env.documentId,
    );
    const before = server.env.read();
    await panel.getByRole('button', { name: 'Drop: draft the plan' }).click();
    await panel
      .getByRole('status')
      .getByText(
        'That item was marked done in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
      )
      .waitFor();
    // The fresh state: the item done, no longer asked about; the Doc exactly as Ben left it.
    expect(await panel.getByRole('checkbox', { name: /draft the plan/ }).isChecked()).toBe(true);
    expect(await panel.getByRole('group', { name: /^Still on: draft the plan/ }).count()).toBe(0);
    await panel.getByText('3 open · 1 done').waitFor();
    expect(server.env.read()).toEqual(before);
    const plan = itemsIn(server).filter((i) => i.text === 'draft the plan');
    expect(plan.map((i) => [i.marker?.text, i.dropped ?? false])).toEqual([
      ['☑', false],
      ['☐', false],
      ['☐', false],
      ['☐', false],
    ]);
    expect(errors).toEqual([]);
  });

  it('reads checklist-shaped bullets under Notes as notes, and says once that native checkboxes cannot be read', async () => {
    const { page, errors } = await openSidebar(zombieDoc([checklist('a thought, not a task')]));
    const panel = commitmentsOf(page);
    await panel.getByText('draft the plan').waitFor();
    expect(await panel.getByText('a thought, not a task').count()).toBe(0);
    expect(await page.getByText('The Doc’s own checkboxes cannot be read', { exact: false }).count()).toBe(0);

    const { page: second } = await openSidebar(
      buildDocument({
        blocks: [h2('2026-11-16'), h3('Action items'), checklist('Ben: call the vendor'), checklist('Ana: renew')],
      }),
    );
    const hints = second.getByText('The Doc’s own checkboxes cannot be read', { exact: false });
    await commitmentsOf(second).getByText('call the vendor').waitFor();
    expect(await hints.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows an action item added here at once, as new this time, tickable there; the owner goes back to Me', async () => {
    const { page, server, errors } = await openSidebar(zombieDoc());
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.getByText('Add an action item').click();
    await agenda.getByLabel('Action item', { exact: true }).fill('book the offsite');
    await agenda.getByLabel('Owner', { exact: true }).selectOption({ label: 'Someone else…' });
    await agenda.getByLabel('Owner’s name').fill('Chloé Dubois');
    // The server's answer waits until the row has been seen without it.
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route('**/rpc/addActionItem', async (route) => {
      await held;
      await route.continue();
    });
    await agenda.getByRole('button', { name: 'Add action item' }).click();
    const panel = commitmentsOf(page);
    const fresh = panel.locator('li.item', { hasText: 'book the offsite' });
    await panel.getByRole('heading', { name: 'New this time' }).waitFor();
    await fresh.getByText('Saving…').waitFor();
    expect(await fresh.getByRole('checkbox').isDisabled()).toBe(true);
    answer();
    await notBusy(page);
    await fresh.getByText('Chloé Dubois:').waitFor();
    expect(await agenda.getByLabel('Owner', { exact: true }).inputValue()).toBe('me');
    expect(await agenda.getByLabel('Owner’s name').count()).toBe(0);

    // Tickable there, into the Doc.
    await fresh.getByRole('checkbox', { name: /book the offsite/ }).check();
    await notBusy(page);
    expect(
      itemsIn(server)
        .filter((i) => i.text === 'book the offsite')
        .map((i) => [i.marker?.text, i.done]),
    ).toEqual([['☑', true]]);

    // The next add works with the default owner.
    await agenda.getByLabel('Action item', { exact: true }).fill('share the rubric');
    await agenda.getByRole('button', { name: 'Add action item' }).click();
    await notBusy(page);
    await panel.locator('li.item', { hasText: 'share the rubric' }).getByText('Ana:').waitFor();
    expect(await agenda.getByRole('alert').count()).toBe(0);
    expect(server.env.world.state.activeUser).toBe(ANA);
    expect(errors).toEqual([]);
  });
});
