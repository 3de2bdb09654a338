// Real smart chips in Chromium: Prepare now carries the two people of the 1:1 as person chips and a due date chip as a date chip, and a tick in the sidebar reaches the chip copy.
import type { Page } from 'playwright-core';
import { paragraphText } from '../../src/core/parse';
import type { Document, Paragraph } from '../../src/types/docs-api';
import { anaBenDoc, NOV_16_ITEMS } from '../fixtures/anaBen';
import { useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const DUE = { timestamp: '2026-11-30T00:00:00Z', displayText: 'Nov 30' };

/** Ana and Ben's Doc, Ben's intro due Nov 30 as a date chip. */
function chipsDoc(): Document {
  const [ana, retro, intro] = NOV_16_ITEMS;
  return anaBenDoc({ items: [ana!, retro!, { paragraph: [`${intro} (due `, { date: DUE }, ')'], bullet: 'disc' }] });
}

async function openLinked(): Promise<{ server: SidebarServer; page: Page; errors: string[] }> {
  const server = await startSidebarServer({ doc: chipsDoc() });
  servers.push(server);
  server.link();
  const { page, errors } = await chromium.openSidebar(server);
  return { server, page, errors };
}

function paragraphs(doc: Document): Paragraph[] {
  return (doc.tabs?.[0]?.documentTab?.body?.content ?? []).flatMap((e) => (e.paragraph ? [e.paragraph] : []));
}

/** Every paragraph holding `text`, newest section first, with its chips. */
function linesWith(server: SidebarServer, text: string) {
  return paragraphs(server.env.read())
    .filter((p) => paragraphText(p).includes(text))
    .map((p) => ({
      text: paragraphText(p),
      people: (p.elements ?? []).flatMap((e) => (e.person ? [e.person.personProperties?.email] : [])),
      dates: (p.elements ?? []).flatMap((e) => (e.dateElement ? [e.dateElement.dateElementProperties?.timestamp] : [])),
    }));
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });

describe('smart chips in carried items', () => {
  it('Prepare now writes the two people of the 1:1 as person chips and keeps a date chip; a tick reaches the chip copy', async () => {
    const { page, server, errors } = await openLinked();
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await section(page, 'Next 1:1').getByText('The section is in the Doc.').waitFor();

    const [carriedIntro, intro] = linesWith(server, 'intro to the platform team');
    // The chips show the accounts' own names, not the "Ben" typed (docs/PLATFORM.md, chips): the ids still match.
    expect(carriedIntro).toEqual({
      text: '☐ Ben Okafor: intro to the platform team · due Nov 30, 2026 · from Nov 16',
      people: ['ben@example.com'],
      dates: [DUE.timestamp],
    });
    expect(intro).toMatchObject({ people: [], dates: [DUE.timestamp] });
    const [carriedPlan] = linesWith(server, 'draft the Q1 growth plan');
    expect(carriedPlan).toEqual({
      text: '☐ Ana Silva: draft the Q1 growth plan · from Nov 9',
      people: ['ana@example.com'],
      dates: [],
    });

    // Ticked in the sidebar, every copy is done: the old text copy and the one whose owner is a chip.
    const item = section(page, /From last time/).getByRole('checkbox', { name: /intro to the platform team/ });
    await item.check();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await item.isChecked()).toBe(true);
    expect(linesWith(server, 'intro to the platform team').map((l) => l.text[0])).toEqual(['☑', '☑']);
    expect(linesWith(server, 'intro to the platform team')[0]!.people).toEqual(['ben@example.com']);
    expect(errors).toEqual([]);
  });
});
