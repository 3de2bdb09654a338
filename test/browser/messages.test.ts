// What the sidebar says belongs to the state it describes, in Chromium: confirmations that go, one statement per fact,
// the status over a day, and the length limits said as one types. The built Sidebar.html over the built Code.js.
import type { Page } from 'playwright-core';
import { ANA, BEN } from '../../dev/harness';
import { MAX_TEXT } from '../../src/shared/limits';
import { anaBenDoc } from '../fixtures/anaBen';
import { bodyText } from '../support/world';
import { useChromium } from './chromium';
import { type SidebarServer, type SidebarServerOptions, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const NOW = Date.parse('2026-11-20T15:00:00Z');

/** `who`'s sidebar in the Doc Ana and Ben keep; `before` runs on the server first. Timers run on a clock the test moves. */
async function open(
  who: string,
  before: (server: SidebarServer) => void,
  options: SidebarServerOptions = {},
): Promise<{ page: Page; server: SidebarServer; errors: string[] }> {
  const server = await startSidebarServer({ doc: anaBenDoc(), state: { now: NOW }, ...options });
  servers.push(server);
  before(server);
  server.env.as(who);
  const { page, errors } = await chromium.openPage({
    viewport: { width: 300, height: 900 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  await page.clock.install({ time: new Date(server.env.world.state.now) });
  await page.goto(`${server.url}/sidebar`);
  await page.locator('body[data-ready]').waitFor();
  return { page, server, errors };
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });
const text = (page: Page) => page.locator('body').innerText();
const plain = (s: string) => s.replace(/\u202f/g, ' ');

describe('messages that belong to the state', () => {
  it('after Turn on, then Stop for me, says only that it is off: the earlier confirmation went with the action', async () => {
    const { page, errors } = await open(BEN, (s) => s.link(ANA));
    await section(page, 'Automatic preparation').getByRole('button', { name: 'Turn on' }).click();
    await section(page, 'Next 1:1').getByText('Automatic preparation is on for you.').waitFor();
    await section(page, 'Settings').getByRole('button', { name: 'Stop automatic preparation for me' }).click();
    await section(page, 'Automatic preparation')
      .getByText('Automatic preparation is off for you. The Doc stays linked', { exact: false })
      .waitFor();
    expect(await text(page)).not.toMatch(/preparation is on for you/);
    expect(errors).toEqual([]);
  });

  it('takes a confirmation away after 20 seconds of nothing else', async () => {
    const { page } = await open(BEN, (s) => s.link(ANA));
    await section(page, 'Automatic preparation').getByRole('button', { name: 'Turn on' }).click();
    const said = section(page, 'Next 1:1').getByText('Automatic preparation is on for you.');
    await said.waitFor();
    await page.clock.runFor(19_000);
    expect(await said.count()).toBe(1);
    await page.clock.runFor(2_000);
    await said.waitFor({ state: 'detached' });
  });

  it('never names a meeting cancelled since the last run as the next one in Status', async () => {
    const { page } = await open(ANA, (s) => {
      s.link(ANA);
      s.env.fire(ANA, 'onHourlyTick');
      s.env.calendar.cancelOccurrence(ANA, s.env.series.id!, '2026-11-23T10:00:00-05:00');
    });
    const status = section(page, 'Status');
    await status.getByText('is cancelled', { exact: false }).waitFor();
    const said = plain(await status.innerText());
    expect(said).toContain('The next 1:1, Mon, Nov 23, 10:00 AM, is cancelled.');
    expect(said).not.toMatch(/Next 1:1: Mon, Nov 23/);
  });

  it('says in one statement who can open the Doc of a series that is not a 1:1', async () => {
    const { page } = await open(
      ANA,
      (s) => {
        s.link(ANA);
      },
      { series: { attendees: [ANA, BEN, 'cy@example.com'] } },
    );
    const privacy = section(page, 'Who can open this Doc');
    await privacy.getByText('This series has 3 attendees, so it is not a 1:1.', { exact: false }).waitFor();
    const said = await privacy.innerText();
    expect(said).not.toMatch(/nobody else can open/);
    expect(said).not.toMatch(/everyone invited may read/);
  });

  it('tells the day in Status: an hour after a section went in, it says so with "up to date since"', async () => {
    const { page } = await open(ANA, (s) => {
      s.link(ANA);
      // Sunday 10:00 in New York, a day before Monday's 1:1: the section goes in; an hour later nothing is to do.
      s.env.setClock(Date.parse('2026-11-22T15:00:00Z'));
      s.env.fire(ANA, 'onHourlyTick');
      s.env.setClock(Date.parse('2026-11-22T16:00:00Z'));
      s.env.fire(ANA, 'onHourlyTick');
    });
    const status = section(page, 'Status');
    await status.getByText('up to date since', { exact: false }).waitFor();
    expect(plain(await status.innerText())).toContain('Added Monday’s section at 10:00 AM · up to date since.');
  });
});

describe('limits said as one types', () => {
  const topicField = (page: Page) => section(page, 'Agenda').getByRole('textbox', { name: 'New agenda topic' });

  it('counts a topic near and over the limit, refuses one over it in words, and cuts nothing', async () => {
    const { page, server, errors } = await open(ANA, (s) => s.link(ANA));
    const agenda = section(page, 'Agenda');
    const before = bodyText(server.env.read());
    const long = `${'a'.repeat(MAX_TEXT - 1)}bc`;
    await topicField(page).fill(long);
    await agenda.getByText(`${MAX_TEXT + 1} of ${MAX_TEXT} characters: 1 too many`).waitFor();
    await agenda.getByRole('button', { name: 'Add' }).click();
    await agenda.getByText(`That is ${MAX_TEXT + 1} characters; the limit is ${MAX_TEXT}.`, { exact: false }).waitFor();
    // Nothing was sent, nothing was cut: every character is still in the field.
    expect(await topicField(page).inputValue()).toBe(long);
    expect(bodyText(server.env.read())).toBe(before);

    // One character fewer is at the limit: added whole.
    await topicField(page).fill(long.slice(0, MAX_TEXT));
    await agenda.getByText(`${MAX_TEXT} of ${MAX_TEXT} characters`, { exact: true }).waitFor();
    await agenda.getByRole('button', { name: 'Add' }).click();
    await agenda.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await agenda.getByText(long.slice(0, MAX_TEXT), { exact: true }).waitFor();
    expect(bodyText(server.env.read())).toContain(long.slice(0, MAX_TEXT));
    expect(errors).toEqual([]);
  });

  it('asks for a topic when there is only space, and says nothing of length for a short one', async () => {
    const { page, server } = await open(ANA, (s) => s.link(ANA));
    const agenda = section(page, 'Agenda');
    const before = bodyText(server.env.read());
    await topicField(page).fill('   ');
    await agenda.getByRole('button', { name: 'Add' }).click();
    await agenda.getByText('Type a topic first.').waitFor();
    await topicField(page).fill('Promotion');
    expect(await agenda.getByText(/characters/).count()).toBe(0);
    expect(bodyText(server.env.read())).toBe(before);
  });
});
