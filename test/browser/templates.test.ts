// Templates in the sidebar, in Chromium at 300 px: "First 1:1" used once with its questions apart, "Like our last section".
import type { Page } from 'playwright-core';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES, TEMPLATES } from '../../src/core/templates';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE, anaBenDoc } from '../fixtures/anaBen';
import { screenshotPath, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The sidebar open in a linked Doc, as Ana, in New York. */
async function openLinked(doc: Document): Promise<{ page: Page; server: SidebarServer; errors: string[] }> {
  const server = await startSidebarServer({ doc });
  servers.push(server);
  server.link();
  const { page, errors } = await chromium.openSidebar(server);
  return { page, server, errors };
}

const section = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const notBusy = (page: Page) => page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
const parsed = (server: SidebarServer) => parseDoc(server.env.read(), { promptLines: ALL_PROMPT_LINES });

async function chooseTemplate(page: Page, label: string): Promise<void> {
  const settings = section(page, 'Settings');
  await settings.getByLabel('Template').selectOption({ label });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText('Settings saved.').waitFor();
}

describe('templates in the sidebar', () => {
  it('"First 1:1": its questions show apart from the topics, and the setting goes back to the regular template', async () => {
    const { page, server, errors } = await openLinked(anaBenDoc());
    await chooseTemplate(page, 'First 1:1');
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await section(page, 'Next 1:1').getByText('The section is in the Doc.').waitFor();

    const agenda = section(page, 'Agenda');
    const suggested = agenda.getByRole('list', { name: 'Suggested questions' });
    await suggested.waitFor();
    expect(await suggested.getByRole('listitem').allTextContents()).toEqual(TEMPLATES.first.questions);
    await agenda.getByText('No topics yet.', { exact: false }).waitFor();
    // Used once: the sidebar says so, and the Settings panel shows the regular template, as the Doc's settings hold it.
    await page.getByText('“First 1:1” was used for one section', { exact: false }).waitFor();
    expect(await section(page, 'Settings').getByLabel('Template').inputValue()).toBe('default');
    const { documentId, world } = server.env;
    expect(JSON.parse(world.state.documentProperties[documentId]!.settings!).template).toBe('default');

    await agenda.getByRole('textbox', { name: 'New agenda topic' }).fill('Promotion timeline');
    await agenda.getByRole('textbox', { name: 'New agenda topic' }).press('Enter');
    await notBusy(page);
    const topics = agenda.getByRole('list').filter({ hasText: 'Promotion timeline' });
    expect(await topics.getByRole('listitem').allTextContents()).toEqual(['Promotion timeline']);
    expect(await suggested.getByRole('listitem').count()).toBe(TEMPLATES.first.questions.length);
    await page.screenshot({ path: screenshotPath('sidebar-suggested-questions'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('"Like our last section": the next section has the Doc’s own headings and greyed prompts', async () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('Nov 16, 2026'),
        h3('Wins'),
        p([{ text: 'What went well?', italic: true, color: '#999999' }]),
        bullet('Shipped the importer'),
        h3('Next steps'),
        bullet('☐ Ben: intro to the platform team'),
      ],
    });
    const { page, server, errors } = await openLinked(doc);
    await chooseTemplate(page, 'Like our last section');
    await section(page, 'Next 1:1').getByRole('button', { name: 'Prepare now' }).click();
    await section(page, 'Next 1:1').getByText('The section is in the Doc.').waitFor();
    const added = parsed(server).sections.find((s) => s.date === '2026-11-23')!;
    expect(added.subsections.map((s) => s.title)).toEqual(['Wins', 'Next steps']);
    expect(added.subsections[0]!.paragraphs.filter((x) => x.prompt).map((x) => x.text)).toEqual(['What went well?']);
    expect(added.items.map((i) => i.text)).toEqual(['intro to the platform team']);
    // A template for every section stays chosen; it writes no questions.
    expect(await section(page, 'Settings').getByLabel('Template').inputValue()).toBe('like-last');
    expect(await section(page, 'Agenda').getByRole('list', { name: 'Suggested questions' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
