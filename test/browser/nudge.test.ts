// The nudge for topics in Chromium at 300 px: Ben, the report, is asked for Monday's topics; Ana, who organises, is not.
import type { Page } from 'playwright-core';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { ANA, BEN } from '../support/world';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Sat Nov 21, 2026, 12:00 in New York: 46 hours before Monday's 1:1, within a 48-hour lead time. */
const SATURDAY = Date.parse('2026-11-21T17:00:00Z');
const NUDGE = 'Add your topics for Monday';

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const notBusy = (page: Page) => page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
const agendaOf = (server: SidebarServer) =>
  parseDoc(server.env.read(), { promptLines: ALL_PROMPT_LINES })
    .sections.find((s) => s.date === '2026-11-23')
    ?.subsections.filter((s) => s.kind === 'agenda')
    .flatMap((s) => s.paragraphs.filter((x) => !x.prompt).map((x) => x.text));

describe('the nudge for topics', () => {
  it('asks Ben for Monday’s topics until he adds one, and never asks Ana', async () => {
    const server = await startSidebarServer({ state: { now: SATURDAY } });
    servers.push(server);
    server.link(ANA, { leadHours: 48 });

    // Ana organises the series: her Agenda panel has no nudge, only its usual field.
    server.env.as(ANA);
    const ana = await chromium.openSidebar(server);
    const anaAgenda = section(ana.page, 'Agenda');
    await anaAgenda.getByText('No topics yet.', { exact: false }).waitFor();
    expect(await anaAgenda.getByText(NUDGE).count()).toBe(0);
    expect(await anaAgenda.getByRole('textbox', { name: 'New agenda topic' }).count()).toBe(1);
    await ana.page.close();

    server.env.as(BEN);
    const { page, errors } = await chromium.openSidebar(server);
    const agenda = section(page, 'Agenda');
    const nudge = agenda.getByRole('heading', { name: NUDGE });
    await nudge.waitFor();
    // One topic field, still named for what it takes, described by the nudge.
    const field = agenda.getByRole('textbox', { name: 'New agenda topic' });
    expect(await field.count()).toBe(1);
    expect(await page.locator('[data-key="topic"]').count()).toBe(1);
    // The nudge says what the field is for; the count says how long a topic may be.
    expect(await field.getAttribute('aria-describedby')).toBe(`${await nudge.getAttribute('id')} count-topic`);
    expect(await agenda.getByText('No topics yet.', { exact: false }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('sidebar-agenda-nudge'), fullPage: true });

    await field.fill('Hiring plan');
    await agenda.getByRole('button', { name: 'Add', exact: true }).click();
    await notBusy(page);
    await agenda.getByRole('listitem').filter({ hasText: 'Hiring plan' }).waitFor();
    expect(agendaOf(server)).toEqual(['Hiring plan']);
    expect(await agenda.getByText(NUDGE).count()).toBe(0);
    // The field and its button stay where they were for the keyboard: the focus is still on the topic form.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toMatch(
      /^(add-topic|topic)$/,
    );
    expect(await agenda.getByRole('textbox', { name: 'New agenda topic' }).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
