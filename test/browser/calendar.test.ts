// The sidebar in Chromium after calendar changes: a meeting moved then cancelled, a split series, who can open the
// Doc (and checking it again), both ways of unlinking, and the status in words. The built Sidebar.html over the built Code.js and the engines.
import type { Page } from 'playwright-core';
import { ANA, BEN } from '../../dev/harness';
import { anaBenDoc } from '../fixtures/anaBen';
import { bodyText } from '../support/world';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, type SidebarServerOptions, startSidebarServer } from './support-server';

const ZONE = 'America/New_York';
const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Ana's sidebar on Fri Nov 20, 10:00 in New York, in the Doc she and Ben keep, linked unless said. */
async function openSidebar(
  options: SidebarServerOptions & {
    unlinked?: boolean;
    /** Before the Doc is linked: who it is shared with, which linking looks up (then at most hourly). */
    shared?: (server: SidebarServer) => void;
    before?: (server: SidebarServer) => void;
  } = {},
) {
  const server = await startSidebarServer({ doc: anaBenDoc(), ...options });
  servers.push(server);
  options.shared?.(server);
  if (!options.unlinked) server.link();
  options.before?.(server);
  const { page, errors } = await chromium.openSidebar(server, { timezoneId: ZONE });
  return { server, page, errors };
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const reload = async (page: Page) => {
  await page.reload();
  await page.locator('body[data-ready]').waitFor();
};

describe('the sidebar after calendar changes', () => {
  it('shows a meeting moved and then cancelled at its moved time, cancelled, with a link to reschedule it', async () => {
    const { page, server, errors } = await openSidebar({
      before: ({ env }) =>
        env.calendar.moveOccurrence(
          ANA,
          env.series.id!,
          '2026-11-23T10:00:00-05:00',
          { dateTime: '2026-11-24T14:00:00-05:00', timeZone: ZONE },
          { dateTime: '2026-11-24T14:45:00-05:00', timeZone: ZONE },
        ),
    });
    const next = section(page, 'Next 1:1');
    await next.getByText('Tue, Nov 24, 2:00 – 2:45 PM').waitFor();
    server.env.calendar.cancelOccurrence(ANA, server.env.series.id!, '2026-11-23T10:00:00-05:00');
    await reload(page);
    await next.getByText('Tue, Nov 24, 2:00 – 2:45 PM').waitFor();
    await next.getByText('· cancelled').waitFor();
    await next.getByText('This meeting is cancelled.', { exact: false }).waitFor();
    expect(await next.getByText('Mon, Nov 23').count()).toBe(0);
    const link = next.getByRole('link', { name: 'Reschedule in Google Calendar' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    await page.screenshot({ path: screenshotPath('sidebar-moved-cancelled'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('after a split, reviews the last meeting held and counts the old series in the cadence', async () => {
    const { page, errors } = await openSidebar({
      before: ({ env }) => {
        env.as(ANA);
        // The Nov 23 section goes in; then that meeting is cancelled and the series split from Nov 30 at 11:00.
        env.sandbox.call('prepareNow');
        env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
        env.calendar.splitSeries(ANA, env.series.id!, '2026-11-30T10:00:00-05:00', {
          start: { dateTime: '2026-11-30T11:00:00-05:00', timeZone: ZONE },
          end: { dateTime: '2026-11-30T11:30:00-05:00', timeZone: ZONE },
        });
        // Sun Nov 22, noon: Ana's next look follows the split and marks Nov 23 cancelled.
        env.setClock(Date.parse('2026-11-22T17:00:00Z'));
        env.fire(ANA, 'onHourlyTick');
        expect(bodyText(env.read())).toContain('Mon, Nov 23, 2026 · 1:1 (cancelled)');
      },
    });
    await section(page, 'Next 1:1').getByText('Mon, Nov 30, 11:00 – 11:30 AM').waitFor();
    // Nov 23 was cancelled and is still ahead: last time is Nov 16.
    await section(page, 'From last time (Nov 16)').getByText('intro to the platform team').waitFor();
    expect(await section(page, /From last time \(Nov 23\)/).count()).toBe(0);
    const cadence = section(page, 'Cadence');
    await cadence.getByText('Last 1:1: 6 days ago.').waitFor();
    // Nov 2, 9 and 16 were held in the series the split ended (Nov 23's cancellation is still ahead): not "0 held".
    expect(await cadence.getByRole('listitem').allInnerTexts()).toEqual(['3\nHeld', '0\nMoved', '0\nCancelled']);
    expect(errors).toEqual([]);
  });

  it('names everyone besides the pair who can open the Doc, a third attendee too', async () => {
    const { page } = await openSidebar({
      shared: ({ env }) => {
        env.world.state.sharing[env.documentId] = { editors: [BEN, 'cy@example.com'], viewers: [] };
      },
    });
    const privacy = section(page, 'Who can open this Doc');
    await privacy.getByText('Besides the two of you, 1 more person can open this Doc.', { exact: false }).waitFor();
    expect(await privacy.getByRole('listitem').allInnerTexts()).toEqual(['cy@example.com']);
    expect(await privacy.getByText('not a 1:1 series', { exact: false }).count()).toBe(0);
  });

  it('says when the sharing was checked, and “Check again” looks it up now', async () => {
    const { page, server, errors } = await openSidebar();
    const privacy = section(page, 'Who can open this Doc');
    await privacy.getByText('Only the two of you can open this Doc.').waitFor();
    // The world's clock is the page's: the look-up made as the Doc was linked was just now.
    await privacy.getByText('Checked just now.').waitFor();
    // Ana shares the Doc with Cy: the sidebar would say so only at the server's next hourly look, unless asked.
    server.env.world.state.sharing[server.env.documentId] = { editors: [BEN, 'cy@example.com'], viewers: [] };
    server.calls.splice(0);
    await privacy.getByRole('button', { name: 'Check again' }).click();
    await privacy.getByText('Besides the two of you, 1 more person can open this Doc.', { exact: false }).waitFor();
    expect(server.calls).toEqual(['checkSharingAgain']);
    expect(await privacy.getByRole('listitem').allInnerTexts()).toEqual(['cy@example.com']);
    await privacy.getByText('Checked just now.').waitFor();
    expect(await privacy.getByRole('button', { name: 'Check again' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('names a third attendee who can open the Doc, and says the series is not a 1:1', async () => {
    const { page, errors } = await openSidebar({
      series: { attendees: [ANA, BEN, 'cy@example.com'] },
      shared: ({ env }) => {
        env.world.state.sharing[env.documentId] = { editors: [BEN, 'cy@example.com'], viewers: ['dee@example.com'] };
      },
    });
    const privacy = section(page, 'Who can open this Doc');
    // Ana organises it: with no 1:1 pair, everyone else who can open the Doc is named, the third attendee too.
    await privacy
      .getByText('This series has 3 attendees, so it is not a 1:1. Besides you, 3 more people can open this Doc.', {
        exact: false,
      })
      .waitFor();
    expect(await privacy.getByRole('listitem').allInnerTexts()).toEqual([BEN, 'cy@example.com', 'dee@example.com']);
    expect(errors).toEqual([]);
  });

  it('stops automatic preparation for me alone, then unlinks the Doc for both after saying so', async () => {
    const { page, server, errors } = await openSidebar({
      before: (srv) => {
        srv.link(BEN);
        srv.env.as(ANA);
      },
    });
    const { documentId, world } = server.env;
    const before = bodyText(server.env.read());
    const settings = section(page, 'Settings');
    await settings.getByText('Stopping is for you alone', { exact: false }).waitFor();
    await settings.getByRole('button', { name: 'Stop automatic preparation for me' }).click();
    const turnOn = section(page, 'Automatic preparation');
    await turnOn.getByText('Automatic preparation is off for you. The Doc stays linked', { exact: false }).waitFor();
    await turnOn
      .getByText('This Doc is linked to “Ana / Ben 1:1”, but automatic preparation is off for you.')
      .waitFor();
    expect(await page.getByText('Unlinked', { exact: false }).count()).toBe(0);
    expect(server.env.triggersOf(ANA)).toEqual([]);
    expect(server.env.triggersOf(BEN).length).toBeGreaterThan(0);
    expect(world.state.documentProperties[documentId]!.link).toBeDefined();

    await settings.getByRole('button', { name: 'Unlink this Doc from the series…' }).click();
    await settings.getByText('Unlink this Doc for both of you?', { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('sidebar-unlink-confirm'), fullPage: true });
    await settings.getByRole('button', { name: 'Unlink for both of us' }).click();
    const setup = section(page, 'Link your 1:1');
    await setup.getByText('Unlinked from “Ana / Ben 1:1” for both of you. The Doc keeps all its notes.').waitFor();
    expect(await section(page, 'Settings').count()).toBe(0);
    expect(await section(page, 'Automatic preparation').count()).toBe(0);
    await section(page, 'Next 1:1').getByText('not linked to your recurring 1:1 yet', { exact: false }).waitFor();
    expect(world.state.documentProperties[documentId]!.link).toBeUndefined();
    expect(bodyText(server.env.read())).toBe(before);
    // Ben's sidebar, opened next, shows the same: not linked, and his part is gone.
    server.env.as(BEN);
    await reload(page);
    await section(page, 'Link your 1:1').waitFor();
    expect(server.env.triggersOf(BEN)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('writes the status in words, in the user’s zone, never as ISO text', async () => {
    const { page, server, errors } = await openSidebar({
      before: ({ env }) => env.fire(ANA, 'onHourlyTick'),
    });
    const status = section(page, 'Status');
    await status.getByText('Automatic preparation is on. A section is added 24 hours before each meeting.').waitFor();
    await status.getByText('Hourly check · Fri, Nov 20, 10:00 AM', { exact: false }).waitFor();
    await status.getByText('Up to date.').waitFor();
    await status.getByText('Next 1:1: Mon, Nov 23, 10:00 AM.').waitFor();
    expect(await status.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
    expect(server.calls).toContain('getSidebarState');
    expect(errors).toEqual([]);
  });
});
