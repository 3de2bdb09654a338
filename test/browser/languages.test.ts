// The sidebar in every language it has at 300 px, in Chromium: every panel state fits, nothing is cut off, axe is clean.
// German is long and Japanese wraps without spaces; the words are each catalog's own, so this holds for what ships,
// and a language added to CATALOGS is held to it too.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { buildDocument, bullet, checklist, h2, h3 } from '../../dev/docBuilder';
import { ANA, BEN } from '../../dev/harness';
import { MAX_TEXT } from '../../src/shared/limits';
import { encodeMessage, said } from '../../src/shared/messages';
import { CATALOGS } from '../../src/sidebar/i18n';
import type { Catalog } from '../../src/sidebar/i18n/en';
import { M } from '../../src/sidebar/i18n/keys';
import type { Document as DocsDocument } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { screenshotPath, seriousViolations, useChromium } from './chromium';
import { type SidebarServer, type SidebarServerOptions, startSidebarServer } from './support-server';

const chromium = useChromium();
const servers: SidebarServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Where someone writing each language may live: the sidebar shows times in their zone (UTC for one not listed). */
const ZONES: Record<string, string> = {
  de: 'Europe/Berlin',
  ja: 'Asia/Tokyo',
  es: 'Europe/Madrid',
  fr: 'Europe/Paris',
  'pt-BR': 'America/Sao_Paulo',
};

/** Each language but English as a person there has it: a browser set to it, and their own zone. */
const PEOPLE = Object.keys(CATALOGS)
  .filter((lang) => lang !== 'en')
  .map((lang) => ({ lang, locale: lang, timezoneId: ZONES[lang] ?? 'UTC' }));

// Without a Japanese font Chromium draws boxes of another width: the Japanese layout would not be the one people see.
beforeAll(() => {
  const fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim();
  if (!fonts) throw new Error('No Japanese font: apt-get install -y fonts-ipafont-gothic (scripts/chromium.mjs does).');
});
type Person = (typeof PEOPLE)[number];

/** A message's text as the language's catalog has it, its placeholders left out: what a locator can look for. */
const words = (person: Person, key: M): string => (CATALOGS[person.lang] as Catalog)[key].split(/\{\w+\}/)[0]!.trim();

/** Mon Nov 23, 2026, 09:00 in New York: the 1:1 is at 10:00. */
const NOW = Date.parse('2026-11-23T14:00:00Z');

/** Three items carried three times since Oct 26 (asked "Still on?"), one carried once, a native checklist item. */
function triageDoc(): DocsDocument {
  const carried = ['2026-11-16', '2026-11-09', '2026-11-02'];
  const old = ['Ana: draft the plan', 'Ben: send the deck (due Nov 20)', 'Ben: book the room'];
  return buildDocument({
    blocks: [
      ...carried.flatMap((date) => [
        h2(date),
        h3('Carried over'),
        ...old.map((line) => bullet(`☐ ${line}  (from Oct 26)`)),
        ...(date === '2026-11-16'
          ? [bullet('☐ Ana: fresh item  (from Nov 9)'), checklist('Ben: book the offsite')]
          : []),
        ...(date === '2026-11-09' ? [h3('Action items'), bullet('☐ Ana: fresh item')] : []),
      ]),
      h2('2026-10-26'),
      h3('Action items'),
      ...old.map((line) => bullet(`☐ ${line}`)),
    ],
  });
}

async function open(
  person: Person,
  options: SidebarServerOptions & { before?: (server: SidebarServer) => void; who?: string } = {},
): Promise<{ page: Page; server: SidebarServer; errors: string[] }> {
  const server = await startSidebarServer({ doc: anaBenDoc(), state: { now: NOW }, ...options });
  servers.push(server);
  options.before?.(server);
  server.env.as(options.who ?? ANA);
  const { page, errors } = await chromium.openPage({
    viewport: { width: 300, height: 900 },
    locale: person.locale,
    timezoneId: person.timezoneId,
  });
  await page.clock.setFixedTime(new Date(server.env.world.state.now));
  await page.goto(`${server.url}/sidebar`);
  await page.locator('body[data-ready]').waitFor();
  return { page, server, errors };
}

const notBusy = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/**
 * What does not fit, in words: an element reaching past the 300 px page or wider than its own box, text an overflow
 * hides (only an ellipsis with the whole text in its title is meant to), a word broken in two, a select option or a
 * placeholder that does not fit its field.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const named = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')?.replace(/ /g, '.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 50)}”`;
    const page = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.right > page + 0.5 || box.left < -0.5) problems.push(`past the page: ${named(el)}`);
      if (style.display === 'inline' || el instanceof HTMLInputElement) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`wider than its box: ${named(el)}`);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      const hidden = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (clips && hidden && !(style.textOverflow === 'ellipsis' && el.title))
        problems.push(`text hidden: ${named(el)}`);
    }
    // A word of the sidebar's split over two lines (“Stattgefund-en”); a long one from the Doc (a URL) may be.
    // Japanese is written without spaces: its lines break inside runs of text by design.
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      for (const match of (node.textContent ?? '').matchAll(/[^\s\u00a0\u202f]+/g)) {
        if (match[0].length > 24 || /[\u2e80-\u9fff\uff00-\uff60]/.test(match[0])) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) problems.push(`word split over lines: “${match[0]}”`);
      }
    // A select shows its option in its own box, beside its arrow, and an empty field its placeholder: they must fit.
    const measure = document.createElement('canvas').getContext('2d')!;
    const fitsIn = (field: HTMLElement, text: string, arrow: number) => {
      const style = getComputedStyle(field);
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return measure.measureText(text).width <= room - arrow;
    };
    for (const select of document.querySelectorAll('select'))
      for (const option of select.options)
        if (!fitsIn(select, option.text, 20)) problems.push(`option cut off: “${option.text}”`);
    for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]'))
      if (input.value === '' && !fitsIn(input, input.placeholder, 0))
        problems.push(`placeholder cut off: “${input.placeholder}”`);
    return problems;
  });
}

/** The page in this state: in the language, nothing cut off, no serious or critical axe violation; a screenshot. */
async function fits(page: Page, person: Person, state: string): Promise<void> {
  await notBusy(page);
  await page.screenshot({ path: screenshotPath(`sidebar-${person.lang}-${state}`), fullPage: true });
  expect(await page.locator('html').getAttribute('lang')).toBe(person.lang);
  expect(await cutOff(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
}

describe.each(PEOPLE)('the sidebar in $lang at 300 px', (person) => {
  const say = (key: M) => words(person, key);

  it('unlinked: Setup with every recurring event shown', async () => {
    const { page, errors } = await open(person, {
      before: ({ env }) => {
        env.calendar.insertEvent(ANA, {
          summary: 'Engineering leadership weekly sync and roadmap review',
          start: { dateTime: '2026-11-02T09:30:00-05:00', timeZone: 'America/New_York' },
          end: { dateTime: '2026-11-02T10:15:00-05:00', timeZone: 'America/New_York' },
          recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
          attendees: [ANA, BEN, 'priya.ramanathan@example.com', 'sam@example.com'].map((email) => ({ email })),
        });
      },
    });
    await page.getByRole('heading', { name: say(M['setup.linkTitle']) }).waitFor();
    await page.locator('[data-key="show-all-series"]').check();
    await page.getByText('Engineering leadership weekly sync', { exact: false }).waitFor();
    await fits(page, person, 'unlinked');
    expect(errors).toEqual([]);
  });

  it('linked: every panel, with a topic, a private point, the action item form open and a third viewer', async () => {
    const { page, server, errors } = await open(person, {
      before: (srv) => {
        srv.link(ANA);
        srv.env.sandbox.call('prepareNow');
        srv.env.sandbox.call('addAgendaItem', 'Promotion timeline and the calibration committee’s feedback');
        srv.env.sandbox.call('addPrivateNote', 'Ask how the reorganisation affects the team');
        srv.env.world.state.sharing[srv.env.documentId] = { editors: [BEN, 'priya@example.com'], viewers: [] };
      },
    });
    await page.getByRole('heading', { name: say(M['settings.title']) }).waitFor();
    await notBusy(page);
    await page.locator('[data-key="action-summary"]').click();
    await page.locator('[data-key="action-text"]').waitFor();
    await page.locator('[data-key="action-owner"]').selectOption('other');
    await page.locator('[data-key="action-name"]').waitFor();
    await fits(page, person, 'linked');
    expect(server.calls).toContain('getSidebarState');
    expect(errors).toEqual([]);
  });

  it('triage: “Still on?” with Done, Drop and Keep, and the hint about the Doc’s own checkboxes', async () => {
    const { page, errors } = await open(person, { doc: triageDoc() });
    await page.getByText(say(M['commitments.stillOn'])).first().waitFor();
    await page.getByText(say(M['commitments.nativeHint'])).waitFor();
    await fits(page, person, 'triage');
    expect(errors).toEqual([]);
  });

  it('settings: the question before unlinking for both', async () => {
    const { page, errors } = await open(person, { before: (srv) => srv.link(ANA) });
    await page.locator('[data-key="unlink-ask"]').click();
    await page.getByText(say(M['settings.unlinkAsk'])).waitFor();
    await fits(page, person, 'settings');
    expect(errors).toEqual([]);
  });

  it('All my 1:1s: what you owe across Docs and each Doc’s line', async () => {
    const { page, errors } = await open(person, { linkedDocs: 3, before: (srv) => srv.link(ANA) });
    await page.locator('[data-key="overview-open"]').click();
    await page.getByRole('heading', { name: say(M['overview.youOwe']) }).waitFor();
    await fits(page, person, 'overview');
    expect(errors).toEqual([]);
  });

  it('messages: an error, a note, a length warning, a cancelled meeting, and the other person’s “Turn on”', async () => {
    const { page, server, errors } = await open(person, {
      who: BEN,
      before: (srv) => {
        srv.link(ANA);
        srv.env.calendar.cancelOccurrence(ANA, srv.env.series.id!, '2026-11-23T10:00:00-05:00');
      },
    });
    await page.getByRole('heading', { name: say(M['setup.turnOnTitle']) }).waitFor();
    await page.getByText(say(M['next.cancelledAdvice'])).waitFor();
    // A refusal the server words as a code, as it does every one: the reader sees it in their language, not retried.
    server.failNext('addAgendaItem', encodeMessage(said('error.suggestionInTheWay', { heading: 'Mon, Nov 23 · 1:1' })));
    const topic = page.locator('[data-key="topic"]');
    await topic.fill('Feedback');
    await topic.press('Enter');
    await page.getByRole('alert').getByText(say(M['error.suggestionInTheWay'])).waitFor();
    await page.locator('[data-key="prepare"]').click();
    await page.getByRole('status').getByText(say(M['next.note.inserted'])).waitFor();
    await topic.fill('x'.repeat(MAX_TEXT + 1));
    await page.locator('.count.over').waitFor();
    await fits(page, person, 'messages');
    expect(errors).toEqual([]);
  });
});

describe('a browser language the sidebar has no catalog for', () => {
  it.each([
    { locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', meeting: 'ma 23 nov, 16:00', soon: 'over 1 uur' },
    { locale: 'zh-TW', timezoneId: 'Asia/Taipei', meeting: '11/23（週一） 晚上11:00', soon: '1 小時後' },
  ])('$locale: English words, dates and times in $locale and the person’s own zone', async (browser) => {
    const { page, errors } = await open({ lang: 'en', ...browser }, { before: (srv) => srv.link(ANA) });
    const next = page.getByRole('region', { name: 'Next 1:1' });
    await next.getByRole('button', { name: 'Prepare now' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const when = (await next.locator('.meeting-when').innerText()).replace(/\s+/g, ' ');
    expect(when).toContain(browser.meeting);
    expect(when).toContain(browser.soon);
    await page.getByText('Last 1:1:', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });
});
