// The sidebar in Chromium at 300 px: the built Sidebar.html against the built Code.js over the Docs and Calendar engines.
import type { Page } from 'playwright-core';
import { buildDocument, bullet, checklist, h2, h3, type ParagraphSpec, p } from '../../dev/docBuilder';
import { ANA, BEN } from '../../dev/harness';
import { encodeMessage, said } from '../../src/shared/messages';
import type { Document as DocsDocument } from '../../src/types/docs-api';
import { anaBenDoc, NOV_16_ITEMS } from '../fixtures/anaBen';
import { bodyText } from '../support/world';
import { keyboardWalk, screenshotPath, seriousViolations, useChromium } from './chromium';
import { type SidebarServer, type SidebarServerOptions, startSidebarServer } from './support-server';

const SERIES_TITLE = 'Ana / Ben 1:1';
const chromium = useChromium();

/** The Doc Ana and Ben keep, Ben's open item due Nov 30, with `extra` items under Nov 16's. */
function meetingsDoc(extra: ParagraphSpec[] = []): DocsDocument {
  const [ana, retro, intro] = NOV_16_ITEMS;
  return anaBenDoc({ items: [ana!, retro!, `${intro} (due Nov 30)`, ...extra] });
}

interface Opened {
  server: SidebarServer;
  page: Page;
  /** Uncaught errors in the page, and requests that left the test server: both must stay empty. */
  errors: string[];
  outside: string[];
}

/** Closed after each test, once useChromium has closed their pages. */
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function openSidebar(
  options: SidebarServerOptions & { linked?: boolean; before?: (server: SidebarServer) => void } = {},
): Promise<Opened> {
  const server = await startSidebarServer({ doc: meetingsDoc(), ...options });
  servers.push(server);
  if (options.linked) server.link();
  options.before?.(server);
  // The user's own locale and zone, as Apps Script's sidebar frame would have them; the clock is the world's.
  const { page, errors } = await chromium.openPage({
    viewport: { width: 300, height: 900 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  await page.clock.setFixedTime(new Date(server.env.world.state.now));
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) outside.push(r.url());
  });
  await page.goto(`${server.url}/sidebar`);
  await page.locator('body[data-ready]').waitFor();
  return { server, page, errors, outside };
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const docText = (server: SidebarServer) => bodyText(server.env.read());
const notBusy = (page: Page) => page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });

describe('the sidebar in Chromium', () => {
  it('links a series from Setup, then shows the next meeting with a link to the event', async () => {
    const { page, server, errors, outside } = await openSidebar({
      before: ({ env }) => {
        env.calendar.insertEvent(ANA, {
          summary: 'Team standup',
          start: { dateTime: '2026-11-02T09:30:00-05:00', timeZone: 'America/New_York' },
          end: { dateTime: '2026-11-02T09:45:00-05:00', timeZone: 'America/New_York' },
          recurrence: ['RRULE:FREQ=DAILY'],
          attendees: [ANA, BEN, 'priya@example.com'].map((email) => ({ email })),
        });
      },
    });
    const setup = section(page, 'Link your 1:1');
    await setup.getByRole('radio', { name: SERIES_TITLE }).waitFor();
    // Only 1:1s by default; the standup waits behind "Show all".
    expect(await setup.getByRole('radio', { name: /Team standup/ }).count()).toBe(0);
    await setup.getByRole('checkbox', { name: 'Show all recurring events' }).check();
    await setup.getByRole('radio', { name: /Team standup/ }).waitFor();
    await page.screenshot({ path: screenshotPath('sidebar-setup'), fullPage: true });

    await setup.getByRole('radio', { name: SERIES_TITLE }).check();
    await setup.getByLabel('Prepare each section').selectOption({ label: '2 days before' });
    await setup.getByLabel('Template').selectOption({ label: 'First 1:1' });
    await setup.getByRole('button', { name: 'Link' }).click();

    const next = section(page, 'Next 1:1');
    await next.getByText(`Linked to “${SERIES_TITLE}”.`).waitFor();
    expect(await section(page, 'Link your 1:1').count()).toBe(0);
    await next.getByText('Mon, Nov 23, 10:00 – 10:30 AM').waitFor();
    await next.getByText('in 3 days').waitFor();
    const link = next.getByRole('link', { name: 'Open in Google Calendar' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');

    const { documentId, world } = server.env;
    expect(JSON.parse(world.state.documentProperties[documentId]!.link!)).toMatchObject({ title: SERIES_TITLE });
    expect(server.env.triggersOf(ANA).length).toBeGreaterThan(0);
    expect(server.calls).toContain('linkSeries');
    await page.screenshot({ path: screenshotPath('sidebar-linked'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('offers the other person to turn on automatic preparation for the linked series', async () => {
    const { page, server } = await openSidebar({
      before: (srv) => {
        srv.link(ANA);
        srv.env.as(BEN);
      },
    });
    const setup = section(page, 'Automatic preparation');
    await setup.getByText(`This Doc is linked to “${SERIES_TITLE}”`, { exact: false }).waitFor();
    expect(server.env.triggersOf(BEN)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sidebar-turn-on'), fullPage: true });
    await setup.getByRole('button', { name: 'Turn on' }).click();
    await section(page, 'Next 1:1').getByText('Automatic preparation is on for you.').waitFor();
    expect(await section(page, 'Automatic preparation').count()).toBe(0);
    expect(server.env.triggersOf(BEN).length).toBeGreaterThan(0);
  });

  it('says when the event can no longer be read, and offers to link another series', async () => {
    const { page } = await openSidebar({
      before: ({ env, link }) => {
        link(BEN);
        // Ana takes Ben off the invitation: his calendar no longer has the event.
        env.calendar.removeAttendee(ANA, env.series.id!, BEN);
      },
    });
    const next = section(page, 'Next 1:1');
    await next.getByText('The calendar event cannot be read right now', { exact: false }).waitFor();
    await section(page, 'Status').locator('.callout.warning').waitFor();
    await page.screenshot({ path: screenshotPath('sidebar-access-lost'), fullPage: true });
    await next.getByRole('button', { name: 'Link another series' }).click();
    await section(page, 'Link another series').getByText('Choose your recurring 1:1.', { exact: false }).waitFor();
    await section(page, 'Link another series').getByRole('button', { name: 'Cancel' }).click();
    expect(await section(page, 'Link another series').count()).toBe(0);
  });

  it('prepares the next section now, and says so in the panel and the status', async () => {
    const { page, server } = await openSidebar({ linked: true });
    expect(docText(server)).not.toContain('Mon, Nov 23, 2026 · 1:1');
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await section(page, 'Next 1:1').getByText('The section is in the Doc.').waitFor();
    await section(page, 'Status').getByText('Added the section', { exact: false }).waitFor();
    expect(docText(server)).toContain('Mon, Nov 23, 2026 · 1:1');
    expect(docText(server)).toContain('☐ Ana: draft the Q1 growth plan');
  });

  it('shows a cancelled next meeting and suggests moving it rather than cancelling', async () => {
    const { page } = await openSidebar({
      linked: true,
      before: ({ env }) => {
        env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
      },
    });
    const next = section(page, 'Next 1:1');
    await next.getByText('This meeting is cancelled.', { exact: false }).waitFor();
    await next.getByText('Consider moving it to another time', { exact: false }).waitFor();
  });

  it('ticks an item, and every copy of it in the Doc changes', async () => {
    const { page, server } = await openSidebar({ linked: true });
    const commitments = section(page, /From last time/);
    const item = commitments.getByRole('checkbox', { name: /draft the Q1 growth plan/ });
    expect(await item.isChecked()).toBe(false);
    await item.check();
    await notBusy(page);
    expect(await item.isChecked()).toBe(true);
    const text = docText(server);
    expect(text).not.toContain('☐ Ana: draft the Q1 growth plan');
    expect(text.match(/☑ Ana: draft the Q1 growth plan/g)?.length).toBe(2);
    // Done items stay in the list, greyed.
    await commitments.locator('li.item.done', { hasText: 'draft the Q1 growth plan' }).waitFor();
    await item.uncheck();
    await notBusy(page);
    expect(docText(server).match(/☐ Ana: draft the Q1 growth plan/g)?.length).toBe(2);
  });

  it('adds an agenda topic and an action item with owner and due date to the upcoming section', async () => {
    const { page, server } = await openSidebar({ linked: true });
    const agenda = section(page, 'Agenda');
    await agenda.getByRole('textbox', { name: 'New agenda topic' }).fill('Promotion timeline');
    await agenda.getByRole('textbox', { name: 'New agenda topic' }).press('Enter');
    await agenda.getByRole('listitem').filter({ hasText: 'Promotion timeline' }).waitFor();
    await notBusy(page);
    expect(docText(server)).toContain('Promotion timeline');

    await agenda.getByText('Add an action item').click();
    await agenda.getByLabel('Action item').fill('Share the interview rubric');
    await agenda.getByLabel('Owner', { exact: true }).selectOption({ label: 'Someone else…' });
    await agenda.getByLabel('Owner’s name').fill('Priya');
    await agenda.getByLabel('Due date (optional)').fill('2026-12-04');
    await agenda.getByRole('button', { name: 'Add action item' }).click();
    await agenda.getByText('Added to Action items: “Share the interview rubric”.').waitFor();
    const text = docText(server);
    expect(text).toContain('Share the interview rubric');
    expect(text).toContain('Priya');
  });

  it('keeps a private talking point out of the Doc and its properties until it is added to the agenda', async () => {
    const { page, server } = await openSidebar({ linked: true });
    const { documentId, world } = server.env;
    const secret = 'Ask about the reorg rumours';
    const notes = section(page, 'Private talking points');
    await notes.getByText('Only you can see these.', { exact: false }).waitFor();
    await notes.getByRole('textbox', { name: 'New private talking point' }).fill(secret);
    await notes.getByRole('button', { name: 'Add', exact: true }).click();
    await notes.getByRole('listitem').filter({ hasText: secret }).waitFor();
    await notBusy(page);
    expect(docText(server)).not.toContain(secret);
    expect(JSON.stringify(world.state.documentProperties[documentId] ?? {})).not.toContain(secret);
    expect(JSON.stringify(world.state.userProperties[ANA] ?? {})).toContain(secret);

    await notes.getByRole('button', { name: `Add to agenda: ${secret}` }).click();
    await notes.getByText('Added to the agenda', { exact: false }).waitFor();
    expect(docText(server)).toContain(secret);

    await notes.getByRole('textbox', { name: 'New private talking point' }).fill('Gone soon');
    await notes.getByRole('textbox', { name: 'New private talking point' }).press('Enter');
    await notes.getByRole('button', { name: 'Delete: Gone soon' }).click();
    await notBusy(page);
    expect(await notes.getByText('Gone soon').count()).toBe(0);
    expect(JSON.stringify(world.state.userProperties[ANA] ?? {})).not.toContain('Gone soon');
  });

  it('saves settings for the Doc and unlinks, keeping the Doc as it is', async () => {
    const { page, server } = await openSidebar({ linked: true });
    const { documentId, world } = server.env;
    const settings = section(page, 'Settings');
    await settings.getByLabel('Prepare each section').selectOption({ label: '2 days before' });
    await settings.getByLabel('Template').selectOption({ label: 'Career conversation' });
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();
    expect(JSON.parse(world.state.documentProperties[documentId]!.settings!)).toMatchObject({
      leadHours: 48,
      template: 'career',
    });
    await section(page, 'Status')
      .getByText('A section is added 2 days before each meeting', { exact: false })
      .waitFor();
    expect(await settings.getByLabel('Template').inputValue()).toBe('career');

    const before = docText(server);
    await settings.getByRole('button', { name: 'Unlink this Doc from the series…' }).click();
    await settings.getByRole('button', { name: 'Unlink for both of us' }).click();
    await section(page, 'Link your 1:1').getByText('Unlinked', { exact: false }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'setup-heading',
    );
    expect(server.env.triggersOf(ANA)).toEqual([]);
    expect(docText(server)).toBe(before);
  });

  it('shows hostile Doc and calendar text as text and runs none of it', async () => {
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '</script><script>window.__pwned=2</script>',
      'javascript:window.__pwned=3',
    ];
    const { page, errors, outside } = await openSidebar({
      linked: true,
      series: { summary: '<img src=x onerror="window.__pwned=5">' },
      doc: buildDocument({
        blocks: [
          p('Hostile 1:1', { style: 'TITLE' }),
          h2('Mon, Nov 16, 2026 · 1:1'),
          h3('Action items'),
          ...hostile.map((text) => bullet(`☐ ${text}`)),
          bullet([{ text: '☐ a link', link: 'javascript:window.__pwned=4' }]),
          h2('Mon, Nov 23, 2026 · 1:1'),
          h3('Agenda'),
          bullet('<b onmouseover="window.__pwned=6">bold?</b>'),
        ],
      }),
    });
    for (const text of hostile) await page.getByText(text, { exact: false }).first().waitFor();
    await page.getByText('<b onmouseover="window.__pwned=6">bold?</b>').waitFor();
    await section(page, 'Next 1:1').getByText('<img src=x onerror="window.__pwned=5">').waitFor();
    await page.getByText('a link').hover();
    await page.getByRole('checkbox', { name: /img src=x/ }).check();
    await notBusy(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b').count()).toBe(0);
    // The shim's and the sidebar's own: nothing from the Doc became a script element.
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('a[href]:not([href^="https://"])').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('shows a failed call as a readable message and rolls the tick back', async () => {
    const { page, server } = await openSidebar({ linked: true });
    server.failNext('setItemDone', encodeMessage(said('error.google')));
    const commitments = section(page, /From last time/);
    const item = commitments.getByRole('checkbox', { name: /intro to the platform team/ });
    // A click, not check(): check() would click again when the failed tick rolls back.
    await item.click();
    await commitments
      .getByRole('alert')
      .getByText('Something went wrong on Google’s side (a temporary error). Try again in a moment.')
      .waitFor();
    expect(await item.isChecked()).toBe(false);
    expect(docText(server)).toContain('☐ Ben: intro to the platform team');

    // A failure the server did not foresee may have done its work: the sidebar sends it once more under the same
    // request id, and says the second failure.
    const unforeseen = encodeMessage(said('error.unforeseen'));
    const sent: { requestId?: string }[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/rpc/prepareNow')) sent.push((r.postDataJSON() as { requestId?: string }[]).at(-1)!);
    });
    const before = docText(server);
    server.failNext('prepareNow', unforeseen);
    const firstAnswered = page.waitForResponse((r) => r.url().endsWith('/rpc/prepareNow'));
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await firstAnswered;
    server.failNext('prepareNow', unforeseen);
    await section(page, 'Next 1:1')
      .getByRole('alert')
      .getByText('Something went wrong, and it may not have finished.', { exact: false })
      .waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.requestId).toBe(sent[0]!.requestId);
    expect(docText(server)).toBe(before);
    await page.screenshot({ path: screenshotPath('sidebar-error'), fullPage: true });
  });

  it('sends a call that failed unforeseen once more under its request id, and shows what the second one did', async () => {
    const { page, server, errors } = await openSidebar({ linked: true });
    const ids: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/rpc/prepareNow'))
        ids.push((r.postDataJSON() as { requestId?: string }[]).at(-1)?.requestId);
    });
    server.failNext('prepareNow', encodeMessage(said('error.unforeseen')));
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await section(page, 'Next 1:1').getByRole('status').getByText('The section is in the Doc.').waitFor();
    expect(server.calls.filter((name) => name === 'prepareNow')).toHaveLength(2);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await section(page, 'Next 1:1').getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the conflict and the fresh list when the item changed in the Doc meanwhile', async () => {
    const { page, server } = await openSidebar({ linked: true });
    const commitments = section(page, /From last time/);
    await commitments.getByText('intro to the platform team').waitFor();
    // Ben edits the item in the Doc while Ana's sidebar still shows the old text.
    const doc = server.env.read();
    const runs = (doc.tabs?.[0]?.documentTab?.body?.content ?? []).flatMap((e) => e.paragraph?.elements ?? []);
    const run = runs.find((r) => r.textRun?.content?.includes('platform team'))!;
    const index = run.startIndex! + run.textRun!.content!.indexOf('platform');
    server.env.docs.batchUpdate(
      { requests: [{ insertText: { location: { index }, text: 'infra and ' } }] },
      server.env.documentId,
    );
    await commitments.getByRole('checkbox', { name: /intro to the platform team/ }).click();
    await commitments
      .getByRole('status')
      .getByText('That item was edited or deleted in its Doc', { exact: false })
      .waitFor();
    await commitments.getByRole('checkbox', { name: /intro to the infra and platform team/ }).waitFor();
    expect(await commitments.getByText('intro to the platform team').count()).toBe(0);
    expect(await commitments.getByRole('checkbox', { name: /intro to the infra and platform team/ }).isChecked()).toBe(
      false,
    );
  });

  it('says once that the Doc’s own checkboxes cannot be read, and remembers the dismissal', async () => {
    const { page } = await openSidebar({ linked: true, doc: meetingsDoc([checklist('Ben: book the offsite')]) });
    const hint = page.getByText('The Doc’s own checkboxes cannot be read', { exact: false });
    await hint.waitFor();
    await page.getByRole('button', { name: 'Got it' }).click();
    expect(await hint.count()).toBe(0);
    await page.reload();
    await page.locator('body[data-ready]').waitFor();
    await section(page, /From last time/)
      .getByText('book the offsite')
      .waitFor();
    expect(await hint.count()).toBe(0);
  });

  it('keeps hundreds of commitments usable: the first rows, then “Show all”', async () => {
    const many = Array.from({ length: 300 }, (_, i) => bullet(`☐ Ben: follow-up number ${i + 1}`));
    const { page } = await openSidebar({ doc: meetingsDoc(many) });
    const rows = page.locator('.checklist li');
    expect(await rows.count()).toBe(25);
    await page.getByRole('button', { name: /Show all 303 \(302 open\)/ }).click();
    expect(await rows.count()).toBe(303);
    await page.getByRole('checkbox', { name: /follow-up number 300\b/ }).waitFor();
  });

  it('has no serious or critical accessibility violations (axe-core), unlinked and linked', async () => {
    const audit = seriousViolations;
    const unlinked = await openSidebar({ doc: meetingsDoc([checklist('Ben: book the offsite')]) });
    await section(unlinked.page, 'Link your 1:1').getByRole('radio', { name: SERIES_TITLE }).waitFor();
    expect(await audit(unlinked.page)).toEqual([]);

    const linked = await openSidebar({ linked: true, doc: meetingsDoc([checklist('Ben: book the offsite')]) });
    await linked.page.getByText('Add an action item').click();
    expect(await audit(linked.page)).toEqual([]);
  });

  it('links and ticks with the keyboard alone', async () => {
    const { page, server } = await openSidebar();
    await section(page, 'Link your 1:1').getByRole('radio', { name: SERIES_TITLE }).waitFor();
    const { focused, tabTo } = keyboardWalk(page);
    await tabTo((f) => f.key.startsWith('series:'));
    await page.keyboard.press('Space');
    await tabTo((f) => f.key === 'link');
    await page.keyboard.press('Enter');
    await section(page, 'Next 1:1').getByText('Mon, Nov 23, 10:00 – 10:30 AM').waitFor();
    expect(server.env.triggersOf(ANA).length).toBeGreaterThan(0);
    // The focus moved to the Next 1:1 panel; from there, Tab reaches the checklist.
    expect((await focused()).key).toBe('next-heading');
    await tabTo((f) => f.key.startsWith('tick:') && f.label.includes('intro to the platform team'));
    await page.keyboard.press('Space');
    await notBusy(page);
    expect(docText(server)).toContain('☑ Ben: intro to the platform team');
    // The focus is back on the checkbox, ready for the next one.
    expect((await focused()).key).toMatch(/^tick:/);
    await page.screenshot({ path: screenshotPath('sidebar-keyboard') });
  });

  it('fits 300 px and writes the screenshots', async () => {
    const { page, server } = await openSidebar({ linked: true });
    server.env.sandbox.call('prepareNow');
    server.env.sandbox.call('addAgendaItem', 'Promotion timeline');
    server.env.sandbox.call('addPrivateNote', 'Ask how the reorg affects the team');
    await page.reload();
    await page.locator('body[data-ready]').waitFor();
    await section(page, 'Agenda').getByText('Promotion timeline').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(300);
    await page.screenshot({ path: screenshotPath('sidebar-300px'), fullPage: true });
  });
});
