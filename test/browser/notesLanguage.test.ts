// The language of the notes in Chromium at 300 px: chosen when a Doc is linked from Setup, offered in Settings by each
// language's own name, the date formats shown as the chosen language writes them.
import type { Page } from 'playwright-core';
import { buildDocument, p } from '../../dev/docBuilder';
import { ANA } from '../../dev/harness';
import { CATALOGS } from '../../src/sidebar/i18n';
import { M } from '../../src/sidebar/i18n/keys';
import { de } from '../fixtures/languages/de';
import { seriousViolations, useChromium } from './chromium';
import { type SidebarServer, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The sidebar of `doc`, unlinked, in a browser speaking `locale`. */
async function openSidebar(doc = de.doc, locale = 'en-US') {
  const server = await startSidebarServer({ doc });
  servers.push(server);
  const { page, errors } = await chromium.openPage({
    viewport: { width: 300, height: 900 },
    locale,
    timezoneId: 'America/New_York',
  });
  await page.clock.setFixedTime(new Date(server.env.world.state.now));
  await page.goto(`${server.url}/sidebar`);
  await page.locator('body[data-ready]').waitFor();
  return { server, page, errors };
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });
const settingsOf = (server: SidebarServer) =>
  JSON.parse(server.env.world.state.documentProperties[server.env.documentId]!.settings!);

/** Links the Doc to Ana / Ben 1:1 through Setup, in the words of the sidebar's language (`tag`, a catalog's). */
async function link(page: Page, tag = 'en') {
  const words = CATALOGS[tag]!;
  const setup = section(page, words[M['setup.linkTitle']]);
  await setup.getByRole('radio', { name: 'Ana / Ben 1:1' }).check();
  await setup.getByRole('button', { name: words[M['setup.link']], exact: true }).click();
  await section(page, words[M['settings.title']]).waitFor();
}

const dateChoices = (page: Page, tag = 'en') =>
  section(page, CATALOGS[tag]![M['settings.title']])
    .getByLabel(CATALOGS[tag]![M['settings.date']])
    .locator('option')
    .allTextContents();

describe('the language of the notes in the sidebar', () => {
  it('is the Doc’s own when it is linked, and the date formats follow the one chosen, before it is saved', async () => {
    const { page, server, errors } = await openSidebar(de.doc, 'en-US');
    server.env.as(ANA);
    await link(page);
    expect(settingsOf(server).notesLanguage).toBe('de');
    const settings = section(page, 'Settings');
    const language = settings.getByLabel('Language of the notes');
    expect(await language.inputValue()).toBe('de');
    expect(await language.locator('option').allTextContents()).toEqual([
      'English',
      'English (UK)',
      'Deutsch',
      'Español',
      'Français',
      'Português (Brasil)',
      '日本語',
    ]);
    expect(await dateChoices(page)).toEqual(['Mo., 23. Nov. 2026', '2026-11-23', '23. Nov. 2026']);

    await language.focus();
    await language.selectOption({ label: 'Français' });
    expect(await dateChoices(page)).toEqual(['lun. 23 nov. 2026', '2026-11-23', '23 nov. 2026']);
    // The re-render keeps the person where they were.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'settings-language',
    );
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();
    expect(settingsOf(server).notesLanguage).toBe('fr');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is the linking person’s in a Doc with nothing to tell it by: their browser’s language', async () => {
    const blank = buildDocument({ blocks: [p('1:1 notes', { style: 'TITLE' })] });
    const { page, server } = await openSidebar(blank, 'pt-BR');
    server.env.as(ANA);
    await link(page, 'pt-BR');
    expect(settingsOf(server).notesLanguage).toBe('pt-BR');
    expect(await dateChoices(page, 'pt-BR')).toEqual(['seg., 23 de nov. de 2026', '2026-11-23', '23 de nov. de 2026']);
  });
});
