// The built dist/Code.js in a sandbox with only Apps Script's globals: its global names, and prepareNow end to end over the engine.

import { buildDocument, bullet, h2, h3, p, table } from '../../dev/docBuilder';
import { loadBundle } from '../../dev/sandbox';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import { anaBenDoc } from '../fixtures/anaBen';
import { english, refusal } from '../support/words';
import { bodyText, builtCode, keepsAllText, setUp } from '../support/world';

/** The README's list of server functions: what google.script.run may call, and Apps Script's own entry points. */
const DESIGN_FUNCTIONS = [
  'getSidebarState',
  'listRecurringSeries',
  'linkSeries',
  'unlinkSeries',
  'unlinkDocument',
  'updateSettings',
  'prepareNow',
  'setItemDone',
  'addAgendaItem',
  'addActionItem',
  'dropItem',
  'keepItem',
  'addPrivateNote',
  'deletePrivateNote',
  'sharePrivateNote',
  'checkSharingAgain',
  'getOverview',
  'refreshOverview',
  'restoreAutomation',
  'setOverviewItemDone',
  'dropOverviewItem',
  'showOverview',
  'onOpen',
  'onInstall',
  'showSidebar',
  'onHourlyTick',
  'onCalendarEventUpdated',
];

/** Ana and Ben's Doc with a purpose line and a table of links before the meetings: indexes after them stay exact. */
function oneOnOneDoc() {
  return anaBenDoc({ opening: [p('Weekly. Newest first. 🚀'), table([['Career doc', 'Goals']])] });
}

const parse = (doc: ReturnType<typeof oneOnOneDoc>) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

describe('dist/Code.js in the Apps Script sandbox', () => {
  it('declares exactly the server functions the README lists, as top-level functions', () => {
    const { sandbox } = setUp(oneOnOneDoc());
    expect(sandbox.globalNames().sort()).toEqual([...DESIGN_FUNCTIONS].sort());
    for (const name of DESIGN_FUNCTIONS) expect(typeof sandbox.context[name]).toBe('function');
  });

  it('calls no service while loading', () => {
    const touched: string[] = [];
    const tripwire = (name: string) =>
      new Proxy(
        {},
        {
          get(_target, prop) {
            touched.push(`${name}.${String(prop)}`);
            return undefined;
          },
        },
      );
    const services = [
      'Docs',
      'Calendar',
      'PropertiesService',
      'DocumentApp',
      'HtmlService',
      'LockService',
      'Session',
      'ScriptApp',
      'Utilities',
    ];
    loadBundle(builtCode(), Object.fromEntries(services.map((s) => [s, tripwire(s)])), () => 0);
    expect(touched).toEqual([]);
  });

  it('has no Node globals to lean on', () => {
    const { sandbox } = setUp(oneOnOneDoc());
    for (const name of ['require', 'process', 'module', 'setTimeout', 'Buffer'])
      expect(typeof sandbox.context[name]).toBe('undefined');
  });
});

describe('prepareNow on a Doc not linked to a calendar', () => {
  // Mon Nov 23, 2026, 09:00 in New York.
  const now = Date.UTC(2026, 10, 23, 14, 0);

  it('inserts today’s section on top, with last meeting’s open items carried over', () => {
    const { sandbox, read, world } = setUp(oneOnOneDoc(), { now });
    const before = read();
    const state = sandbox.call('prepareNow', { timeZone: 'America/New_York' }) as SidebarState;

    const after = read();
    const parsed = parse(after);
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09']);
    const inserted = parsed.sections[0]!;
    expect(inserted.headingText).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(inserted.key).toBe('day|2026-11-23');
    const carried = inserted.items.map((i) => [i.owner?.name, i.text, i.from, i.done]);
    // A Doc linked to no series has no pair of people to write as person chips: names stay text. Each copy keeps the
    // id of the line it was carried from.
    expect(carried).toEqual([
      ['Ana', 'draft the Q1 growth plan', '2026-11-09', false],
      ['Ben', 'intro to the platform team', '2026-11-16', false],
    ]);
    const nov16 = parsed.sections[1]!.items;
    expect(inserted.items.map((i) => nov16.find((o) => o.id === i.id)?.owner?.name)).toEqual(['Ana', 'Ben']);
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
    expect(world.calls).toMatchObject({ docsGet: 1, docsBatchUpdate: 1 });
    expect(state.status).toMatchObject({ outcome: 'inserted', trigger: 'Prepare now' });
    expect(state.lastMeetingDate).toBe('2026-11-16');
    expect(state.commitments.map((c) => [c.text, c.done])).toEqual([
      ['draft the Q1 growth plan', false],
      ['send the retro notes', true],
      ['intro to the platform team', false],
    ]);
  });

  it('adds nothing the second time on the same day', () => {
    const { sandbox, read } = setUp(oneOnOneDoc(), { now });
    sandbox.call('prepareNow');
    const once = read();
    const state = sandbox.call('prepareNow') as SidebarState;
    const twice = read();
    expect(twice.revisionId).toBe(once.revisionId);
    expect(parse(twice).sections).toHaveLength(3);
    expect(state.status).toMatchObject({ outcome: 'nothing to do' });
  });

  it('still adds one section when the user renamed today’s heading: the key decides', () => {
    const { sandbox, read, docs, documentId } = setUp(oneOnOneDoc(), { now });
    sandbox.call('prepareNow');
    const heading = parse(read()).sections[0]!.heading;
    docs.batchUpdate(
      { requests: [{ insertText: { text: 'Our ', location: { index: heading.startIndex + 1 } } }] },
      documentId,
    );
    sandbox.call('prepareNow');
    expect(parse(read()).sections.filter((s) => s.key === 'day|2026-11-23')).toHaveLength(1);
  });

  it('dates the section in the time zone the sidebar sends, not the script’s', () => {
    // 02:00 UTC on Nov 23 is still Nov 22 in New York.
    const { sandbox, read } = setUp(oneOnOneDoc(), { now: Date.UTC(2026, 10, 23, 2, 0) });
    sandbox.call('prepareNow', { timeZone: 'America/New_York' });
    expect(parse(read()).sections[0]!.date).toBe('2026-11-22');
  });

  it('reads again and retries when someone types between its read and its write', () => {
    const env = setUp(oneOnOneDoc(), { now });
    const docsService = env.globals.Docs as { Documents: { batchUpdate: (r: unknown, id: string) => unknown } };
    const realBatchUpdate = docsService.Documents.batchUpdate;
    let typed = false;
    docsService.Documents.batchUpdate = (resource, id) => {
      if (!typed) {
        typed = true;
        env.docs.batchUpdate(
          { requests: [{ insertText: { text: 'typed while it worked ', location: { index: 1 } } }] },
          id,
        );
      }
      return realBatchUpdate(resource, id);
    };
    env.sandbox.call('prepareNow');
    const after = env.read();
    expect(bodyText(after)).toContain('typed while it worked ');
    expect(parse(after).sections.filter((s) => s.date === '2026-11-23')).toHaveLength(1);
    expect(env.world.calls).toMatchObject({ docsGet: 2, docsBatchUpdate: 2 });
  });

  it('gives up with a clear message, and no change, when the Doc never stops changing', () => {
    const env = setUp(oneOnOneDoc(), { now });
    const docsService = env.globals.Docs as { Documents: { batchUpdate: (r: unknown, id: string) => unknown } };
    const realBatchUpdate = docsService.Documents.batchUpdate;
    docsService.Documents.batchUpdate = (resource, id) => {
      env.docs.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }] }, id);
      return realBatchUpdate(resource, id);
    };
    expect(refusal(() => env.sandbox.call('prepareNow'))).toMatch(/kept changing/);
    expect(parse(env.read()).sections).toHaveLength(2);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.status).toMatchObject({ outcome: 'error' });
    expect(english(state.status?.message)).toMatch(/kept changing/);
  });

  it('works without the document lock', () => {
    const { sandbox, read } = setUp(oneOnOneDoc(), { now, lockAvailable: false });
    sandbox.call('prepareNow');
    expect(parse(read()).sections).toHaveLength(3);
  });

  it('repairs corrupt settings once, says so, and leaves the Doc as it was until it writes', () => {
    const env = setUp(oneOnOneDoc(), { now });
    env.world.state.documentProperties[env.documentId] = { settings: '{"position": 7, "template": "career"' };
    const before = env.read();
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(english(state.notices)).toMatch(
      /settings of this Doc could not be read and were set back to their defaults/,
    );
    expect(env.read()).toEqual(before);
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.settings!)).toMatchObject({
      position: 'newest-first',
    });
    expect((env.sandbox.call('getSidebarState') as SidebarState).notices).toBeUndefined();
  });

  it('uses the stored settings: oldest first, career template', () => {
    const env = setUp(oneOnOneDoc(), { now });
    env.world.state.documentProperties[env.documentId] = {
      settings: JSON.stringify({ position: 'oldest-first', template: 'career' }),
    };
    env.sandbox.call('prepareNow');
    const parsed = parse(env.read());
    expect(parsed.sections.map((s) => s.date)).toEqual(['2026-11-16', '2026-11-09', '2026-11-23']);
    const agenda = parsed.sections[2]!.subsections.find((s) => s.kind === 'agenda')!;
    expect(agenda.paragraphs.filter((x) => !x.prompt).map((x) => x.text)).toContain(
      'Where do you want to be in two to five years?',
    );
  });

  it('records an error status, in words, when the Doc cannot be read', () => {
    const env = setUp(oneOnOneDoc(), { now });
    env.world.state.activeDocumentId = 'a-deleted-doc';
    expect(refusal(() => env.sandbox.call('prepareNow'))).toMatch(
      /^Something went wrong, and it may not have finished\./,
    );
  });
});

describe('prepareNow keeps what it does not understand', () => {
  const now = Date.UTC(2026, 10, 23, 14, 0);

  function structures(doc: ReturnType<typeof oneOnOneDoc>) {
    const content = doc.tabs![0]!.documentTab!.body!.content!;
    const elements = content.flatMap((e) => e.paragraph?.elements ?? []);
    return {
      tables: content.filter((e) => e.table).length,
      images: elements.filter((e) => e.inlineObjectElement).length,
      pageBreaks: elements.filter((e) => e.pageBreak).length,
      footnotes: elements.filter((e) => e.footnoteReference).length,
      chips: elements.filter((e) => e.person || e.richLink || e.dateElement).length,
      rtl: content.filter((e) => e.paragraph?.paragraphStyle?.direction === 'RIGHT_TO_LEFT').length,
    };
  }

  it('leaves tables, images, breaks, footnotes, chips and RTL paragraphs as they were', () => {
    const doc = buildDocument({
      blocks: [
        p('Notes 📝', { style: 'TITLE' }),
        p(['See ', { image: 'org chart' }, { footnote: 'From the offsite.' }, { pageBreak: true }]),
        p('مرحبا بالعالم', { direction: 'RIGHT_TO_LEFT' }),
        table([['a', 'b']]),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet([{ person: { name: 'Ana Silva', email: 'ana@example.com' } }, ' share the rubric']),
        bullet([{ richLink: { title: 'Plan', uri: 'https://example.com/plan' } }]),
        p(''),
        bullet([{ date: { timestamp: '2026-12-01T00:00:00Z', displayText: 'Dec 1, 2026' } }]),
      ],
    });
    const { sandbox, read } = setUp(doc, { now });
    const before = read();
    sandbox.call('prepareNow');
    const after = read();
    // The one chip more is the carried copy's owner: Ana, a known person, is carried as a person chip.
    expect(structures(after)).toEqual({ ...structures(before), chips: structures(before).chips + 1 });
    expect(parse(after).sections[0]!.items[0]).toMatchObject({
      text: 'share the rubric',
      owner: { kind: 'person', email: 'ana@example.com' },
    });
    expect(after.tabs![0]!.documentTab!.footnotes).toEqual(before.tabs![0]!.documentTab!.footnotes);
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
    expect(parse(after).sections[1]!.items[0]).toMatchObject({
      text: 'share the rubric',
      owner: { name: 'Ana Silva' },
    });
  });

  it('starts a fresh ledger and forgets a status when they are corrupt', () => {
    const env = setUp(oneOnOneDoc(), { now });
    env.world.state.documentProperties[env.documentId] = { ledger: '[{"key": 1}, oops' };
    env.world.state.userProperties['ana@example.com'] = { [`status:${env.documentId}`]: '{"at": 5' };
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.status).toBeUndefined();
    env.sandbox.call('prepareNow');
    const ledger = JSON.parse(env.world.state.documentProperties[env.documentId]!.ledger!);
    expect(ledger).toEqual([{ key: 'day|2026-11-23', date: '2026-11-23', at: new Date(now).toISOString() }]);
  });
});

describe('Apps Script entry points', () => {
  it('onOpen adds the add-on menu; showSidebar shows Sidebar.html', () => {
    const { sandbox, world } = setUp(oneOnOneDoc());
    sandbox.call('onOpen', { authMode: 'NONE' });
    expect(world.ui.menus[0]?.items).toEqual([
      ['Open', 'showSidebar'],
      ['Prepare the next 1:1 now', 'prepareNow'],
      ['All my 1:1s', 'showOverview'],
    ]);
    sandbox.call('showSidebar');
    expect(world.ui.sidebars[0]).toMatchObject({ title: '1:1 Companion' });
  });

  it('words the menu in the account’s language, and in English where Session will not say it yet', () => {
    const { sandbox, world } = setUp(oneOnOneDoc());
    world.state.locales = { [world.state.activeUser]: 'de' };
    sandbox.call('onOpen', { authMode: 'LIMITED' });
    expect(world.ui.menus.at(-1)?.items).toEqual([
      ['Öffnen', 'showSidebar'],
      ['Nächstes 1:1 jetzt vorbereiten', 'prepareNow'],
      ['Alle meine 1:1s', 'showOverview'],
    ]);
    world.state.unauthorised = true;
    sandbox.call('onOpen', { authMode: 'NONE' });
    expect(world.ui.menus.at(-1)?.items.map(([caption]) => caption)).toEqual([
      'Open',
      'Prepare the next 1:1 now',
      'All my 1:1s',
    ]);
  });
});
