// A first open in Chromium: the sidebar offers linking first, Prepare now says it adds today's section, and linking
// makes that section the meeting's own. The built Sidebar.html over the built Code.js and the engines.
import { ANA } from '../../dev/harness';
import { parseDoc } from '../../src/core/parse';
import { anaBenDoc } from '../fixtures/anaBen';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('the first open of the sidebar', () => {
  it('offers linking first; Prepare now adds today’s section, which linking makes the meeting’s own', async () => {
    // Mon Nov 23, 8:00 in New York: the 1:1 is at 10:00 today, and the Doc is not linked yet.
    const server = await startSidebarServer({ doc: anaBenDoc(), state: { now: Date.parse('2026-11-23T13:00:00Z') } });
    servers.push(server);
    const { page, errors } = await chromium.openSidebar(server);
    const region = (name: string) => page.getByRole('region', { name });
    const headings = () => parseDoc(server.env.read()).sections.map((s) => ({ text: s.headingText, key: s.key }));

    // Linking comes first, with the one primary button; Prepare now is there too, and says what it does.
    await region('Link your 1:1').getByRole('radio', { name: 'Ana / Ben 1:1' }).waitFor();
    const panels = await page.locator('section.panel h2').allInnerTexts();
    expect(panels[0]).toBe('Link your 1:1');
    const next = region('Next 1:1');
    await next.getByText('“Prepare now” adds today’s section (Mon, Nov 23)', { exact: false }).waitFor();
    expect(await page.locator('button.primary').allInnerTexts()).toEqual(['Link']);
    await page.screenshot({ path: screenshotPath('sidebar-first-open'), fullPage: true });

    await next.getByRole('button', { name: 'Prepare now' }).click();
    await next.getByText('Today’s section is in the Doc.', { exact: true }).waitFor();
    expect(headings()).toEqual([
      { text: 'Mon, Nov 23, 2026 · 1:1', key: 'day|2026-11-23' },
      { text: 'Mon, Nov 16, 2026 · 1:1', key: undefined },
      { text: 'Mon, Nov 9, 2026 · 1:1', key: undefined },
    ]);

    const setup = region('Link your 1:1');
    await setup.getByRole('radio', { name: 'Ana / Ben 1:1' }).check();
    await setup.getByRole('button', { name: 'Link' }).click();
    await next.getByText('Linked to “Ana / Ben 1:1”.').waitFor();
    await next.getByText('Mon, Nov 23, 10:00 – 10:30 AM').waitFor();

    // The next run (here Prepare now; Ana's hourly trigger does the same) makes today's section the meeting's own.
    await next.getByRole('button', { name: 'Prepare now' }).click();
    await region('Status')
      .getByText('“Mon, Nov 23, 2026 · 1:1” is now this meeting’s section, with what it lacked added.')
      .waitFor();
    const [today] = headings();
    expect(headings()).toHaveLength(3);
    expect(today!.text).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(today!.key).toMatch(/@google\.com\|2026-11-23T15:00:00\.000Z$/);
    // Pressed again, nothing more is added.
    await next.getByRole('button', { name: 'Prepare now' }).click();
    await region('Status').getByText('The section for the next 1:1 is already in the Doc.').waitFor();
    expect(headings()).toHaveLength(3);
    expect(server.env.triggersOf(ANA).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
