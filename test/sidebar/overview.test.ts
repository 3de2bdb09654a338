// All my 1:1s in the sidebar: its lines in words, the controller over fake calls (polling a refresh, ticks, conflicts,
// the embedded start with no call, turning automatic preparation back on), and the panel it renders, hostile text and
// all, as text.

import { said } from '../../src/shared/messages';
import type { OverviewDoc, OverviewState, OwedItem, SidebarState } from '../../src/shared/types';
import { createApp } from '../../src/sidebar/controller';
import {
  ageWords,
  gapLine,
  nextMeetingLine,
  openLine,
  overviewFrom,
  owedMeta,
  progressLine,
} from '../../src/sidebar/panels/overview';
import { createFlags } from '../../src/sidebar/remember';
import { sidebarContent } from '../../src/sidebar/render';
import { type Caller, createCaller, SLOW_TIMEOUT_MS } from '../../src/sidebar/rpc';
import { english } from '../support/words';
import { type FakeElement, useFakeDocument } from './fakeDom';
import { fakeRunner } from './fakeRunner';

useFakeDocument();

const NOW = Date.parse('2026-11-30T15:00:00Z');
const US = { locale: 'en-US', timeZone: 'America/New_York', now: NOW };
/** ICU's narrow no-break spaces before AM, compared as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f\u00a0]/g, ' ');

const docState: SidebarState = {
  linked: true,
  series: { title: 'Ana / Ben 1:1', eventId: 'abc', automatic: true, ended: false },
  commitments: [],
  agenda: [],
  privateNotes: [],
};

const chloeDoc: OverviewDoc = {
  documentId: 'doc-chloe',
  title: 'Ana / Chloé — 1:1 notes',
  url: 'https://docs.google.com/document/d/doc-chloe/edit',
  other: 'Chloé',
  nextMeeting: { start: '2026-12-03T14:00:00Z', cancelled: false },
  daysSinceLast: 16,
  gap: 'warning',
  openMine: 2,
  openTheirs: 1,
  overdue: 1,
};
const devDoc: OverviewDoc = {
  documentId: 'doc-dev',
  title: 'Ana / Dev — 1:1 notes',
  url: 'https://docs.google.com/document/d/doc-dev/edit',
  other: 'Dev',
  daysSinceLast: 3,
  openMine: 1,
  openTheirs: 0,
  overdue: 0,
};
const rubric: OwedItem = {
  documentId: 'doc-chloe',
  id: 'item-rubric',
  text: 'send Chloé the promotion rubric',
  due: '2026-11-27',
  from: '2026-11-02',
  overdueDays: 3,
  ageDays: 28,
  docTitle: chloeDoc.title,
  seen: '2.0.0',
};
const demo: OwedItem = {
  documentId: 'doc-dev',
  id: 'item-demo',
  text: 'book the demo room',
  due: '2026-12-04',
  from: '2026-11-27',
  ageDays: 3,
  docTitle: devDoc.title,
  seen: '1.0.0',
};
const overview: OverviewState = { docs: [chloeDoc, devDoc], youOwe: [rubric, demo] };

describe('the overview in words', () => {
  it('says how overdue or when due an owed item is, where it came from and how old it is', () => {
    expect(owedMeta(rubric, US)).toBe('overdue by 3 days · from Nov 2 · 4 weeks old');
    expect(owedMeta(demo, US)).toBe('due Dec 4 · from Nov 27 · 3 days old');
    // Written for a meeting to come: for it, with no age, which the Doc does not tell.
    const { ageDays: _age, ...undated } = demo;
    expect(owedMeta({ ...undated, from: '2026-12-04', upcoming: true }, US)).toBe('due Dec 4 · for Dec 4');
    expect(owedMeta({ ...rubric, overdueDays: 1 }, US)).toMatch(/^overdue by 1 day ·/);
    expect([0, 1, 13, 14, 59, 60, 400, 800].map(ageWords)).toEqual([
      'new today',
      '1 day old',
      '13 days old',
      '2 weeks old',
      '8 weeks old',
      '2 months old',
      '13 months old',
      '2 years old',
    ]);
  });

  it('gives the next meeting in the user’s zone, saying cancelled or moved in words', () => {
    expect(plain(nextMeetingLine(chloeDoc, US))).toBe('Next 1:1: Thu, Dec 3, 9:00 AM, in 3 days.');
    expect(plain(nextMeetingLine(chloeDoc, { ...US, timeZone: 'Asia/Tokyo' }))).toBe(
      'Next 1:1: Thu, Dec 3, 11:00 PM, in 3 days.',
    );
    const cancelled = { ...chloeDoc, nextMeeting: { start: '2026-12-03T14:00:00Z', cancelled: true } };
    expect(plain(nextMeetingLine(cancelled, US))).toBe('Next 1:1: Thu, Dec 3, 9:00 AM, cancelled.');
    const moved = { ...chloeDoc, nextMeeting: { start: '2026-12-04T14:00:00Z', cancelled: false, moved: true } };
    expect(plain(nextMeetingLine(moved, US))).toBe('Next 1:1, moved: Fri, Dec 4, 9:00 AM, in 4 days.');
    expect(nextMeetingLine(devDoc, US)).toBe('No next 1:1 on the calendar.');
    // A Doc not read yet says so in its problem, not as a missing meeting.
    expect(nextMeetingLine({ ...devDoc, problem: { code: 'overview.notReadYet' } }, US)).toBeUndefined();
  });

  it('marks a gap past two weeks with ⚠ and says past four weeks outright, not by colour alone', () => {
    expect(gapLine(devDoc)).toBe('3 days since the last 1:1.');
    expect(gapLine(chloeDoc)).toBe('⚠ 16 days since the last 1:1: over two weeks.');
    expect(gapLine({ ...chloeDoc, daysSinceLast: 30, gap: 'strong' })).toBe(
      '⚠ 30 days since the last 1:1: over four weeks.',
    );
    expect(gapLine({ ...devDoc, daysSinceLast: 1 })).toBe('1 day since the last 1:1.');
    expect(gapLine({ ...devDoc, daysSinceLast: undefined })).toBeUndefined();
  });

  it('counts what is open on each side, naming the other person', () => {
    expect(openLine(chloeDoc)).toBe('2 open for you · 1 for Chloé');
    expect(openLine({ ...devDoc, other: undefined })).toBe('1 open for you · 0 for them');
    expect(openLine({ ...devDoc, openMine: 0 })).toBe('Nothing open for you · 0 for Dev');
  });

  it('counts the items of a third person apart, and only when there are some', () => {
    expect(openLine({ ...chloeDoc, openOthers: 1 })).toBe('2 open for you · 1 for Chloé · 1 for others');
    expect(openLine({ ...devDoc, other: undefined, openOthers: 4 })).toBe('1 open for you · 0 for them · 4 for others');
    expect(openLine({ ...chloeDoc, openOthers: 0 })).toBe('2 open for you · 1 for Chloé');
  });

  it('says how far a refresh got, then how many Docs it read', () => {
    const refreshed = { at: '2026-11-30T15:00:00Z', read: 58, failures: [] };
    expect(progressLine({ refreshing: true, progress: { done: 12, total: 60 } })).toBe('Read 12 of 60 Docs…');
    expect(progressLine({ refreshing: true })).toBe('Reading your Docs…');
    expect(progressLine({ refreshing: false, state: { ...overview, refreshing: { done: 3, total: 7 } } })).toBe(
      'Read 3 of 7 Docs…',
    );
    const failure = { documentId: 'x', title: 'Gone', message: { code: 'error.docGone' as const } };
    expect(
      progressLine({
        refreshing: false,
        state: { ...overview, refreshed: { ...refreshed, failures: [failure, failure] } },
      }),
    ).toBe('Read 58 of 60 Docs.');
    expect(progressLine({ refreshing: false, state: overview })).toBeUndefined();
  });

  it('reads the embedded overview only when it has the overview’s shape', () => {
    expect(overviewFrom(JSON.stringify(overview))).toEqual(overview);
    for (const text of [undefined, '', 'not json', 'null', '[]', '{"docs":[]}', JSON.stringify(docState)])
      expect(overviewFrom(text)).toBeUndefined();
  });
});

// ——— The controller over fake calls ———

interface Made {
  name: string;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Each call is recorded; `answers` answers it at once by name, else it waits for the test. */
function fakeCalls(answers: Record<string, (args: unknown[]) => unknown> = {}) {
  const made: Made[] = [];
  const call = ((name: string, ...args: unknown[]) =>
    new Promise((resolve, reject) => {
      made.push({ name, args, resolve, reject });
      const answer = answers[name];
      if (answer) resolve(answer(args));
    })) as unknown as Caller;
  return { call, made, names: () => made.map((m) => m.name) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function appOver(call: Caller, pollMs = 5) {
  let renders = 0;
  const app = createApp({
    call,
    flags: createFlags(() => undefined),
    render: () => {
      renders++;
    },
    now: () => NOW,
    pollMs,
  });
  return { app, renders: () => renders };
}

/** A linked Doc's sidebar, loaded, then the overview opened from it. */
async function openedFromDoc(answers: Record<string, (args: unknown[]) => unknown> = {}) {
  const fake = fakeCalls({ getSidebarState: () => docState, getOverview: () => overview, ...answers });
  const { app } = appOver(fake.call);
  await app.load();
  app.openOverview();
  await settle();
  return { app, ...fake };
}

const content = (app: ReturnType<typeof createApp>) => sidebarContent(app) as unknown as FakeElement[];
const everything = (app: ReturnType<typeof createApp>) => content(app).flatMap((e) => e.all());
const text = (app: ReturnType<typeof createApp>) =>
  content(app)
    .map((e) => e.textContent)
    .join('\n');
/** A checkbox's live state: h() leaves a false property unset. */
const boxState = (box: { checked?: boolean; disabled?: boolean } | undefined) => ({
  checked: box?.checked === true,
  disabled: box?.disabled === true,
});
const keyed = (app: ReturnType<typeof createApp>, key: string) =>
  everything(app).find((e) => e.dataset.key === key) as
    | (FakeElement & { checked?: boolean; disabled?: boolean })
    | undefined;

describe('opening and leaving the overview', () => {
  it('offers “All my 1:1s” in a linked Doc only, and opens it with one getOverview call', async () => {
    const { app, names } = await openedFromDoc();
    expect(names()).toEqual(['getSidebarState', 'getOverview']);
    expect(app.ui.view).toBe('overview');
    expect(text(app)).toContain('All my 1:1s');
    expect(text(app)).toContain('send Chloé the promotion rubric');

    app.backToDoc();
    expect(names()).toHaveLength(2);
    expect(keyed(app, 'overview-open')?.textContent).toBe('All my 1:1s');

    const unlinked = fakeCalls({ getSidebarState: () => ({ ...docState, linked: false, series: undefined }) });
    const other = appOver(unlinked.call).app;
    await other.load();
    expect(keyed(other, 'overview-open')).toBeUndefined();
  });

  it('opens on the overview the page embedded with no call at all, and reads the Doc only on “← This Doc”', async () => {
    const { call, names } = fakeCalls({ getSidebarState: () => docState });
    const { app, renders } = appOver(call);
    const start = overviewFrom(JSON.stringify(overview));
    app.startOnOverview(start!);
    await wait(20);
    expect(names()).toEqual([]);
    expect(renders()).toBe(1);
    expect(text(app)).toContain('book the demo room');
    expect(keyed(app, 'overview-back')?.textContent).toBe('← This Doc');

    app.backToDoc();
    await settle();
    expect(names()).toEqual(['getSidebarState']);
    expect(app.ui.view).toBe('doc');
    expect(app.ui.focusNext).toBe('overview-open');
  });

  it('says why the overview could not load, with a way to try again', async () => {
    const fake = fakeCalls({ getSidebarState: () => docState });
    const { app } = appOver(fake.call);
    await app.load();
    app.openOverview();
    await settle();
    fake.made[1]!.reject(new Error('The add-on is not authorised.'));
    await settle();
    expect(text(app)).toContain('The add-on is not authorised.');
    expect(keyed(app, 'overview-retry')?.textContent).toBe('Try again');
  });
});

describe('Refresh all', () => {
  it('polls getOverview beside the running refresh, shows its count, and stops once the refresh answers', async () => {
    let progress = { done: 12, total: 60 };
    const fake = fakeCalls({
      getSidebarState: () => docState,
      getOverview: () => ({ ...overview, refreshing: progress }),
    });
    const { app } = appOver(fake.call);
    await app.load();
    app.openOverview();
    await settle();
    app.refreshAll();
    expect(app.ui.busy.get('overview-refresh')).toBe('Refreshing…');
    expect(text(app)).toContain('Reading your Docs…');
    await wait(30);
    // The refresh is still running: its count came from the polls, which did not wait behind it in the queue.
    expect(fake.names().filter((n) => n === 'getOverview').length).toBeGreaterThan(2);
    expect(text(app)).toContain('Read 12 of 60 Docs…');
    const statusLine = everything(app).find((e) => e.attributes.role === 'status' && e.textContent.includes('Read 12'));
    expect(statusLine).toBeDefined();
    progress = { done: 40, total: 60 };
    await wait(30);
    expect(text(app)).toContain('Read 40 of 60 Docs…');

    const refresh = fake.made.find((m) => m.name === 'refreshOverview')!;
    // No request id is needed (it changes no Doc), and the arguments are only the context.
    expect(refresh.args).toEqual([]);
    refresh.resolve({
      ...overview,
      refreshed: {
        at: '2026-11-30T15:01:00Z',
        read: 58,
        failures: [
          { documentId: 'gone', title: 'Ana / Eli — 1:1 notes', message: said('error.docGone') },
          { documentId: 'shut', title: 'Ana / Farah — 1:1 notes', message: said('error.docForbidden') },
        ],
      },
    });
    await settle();
    const polled = fake.names().length;
    await wait(30);
    expect(fake.names()).toHaveLength(polled);
    expect(app.ui.busy.has('overview-refresh')).toBe(false);
    const shown = text(app);
    expect(shown).toContain('Read 58 of 60 Docs.');
    expect(shown).toContain('Ana / Eli — 1:1 notes: This Doc was deleted, or you can no longer open it.');
    expect(shown).toContain('Ana / Farah — 1:1 notes: You can no longer edit this Doc: ask its owner for access.');
    expect(shown).not.toContain('Read 40');
  });

  it('says a refresh another call started as soon as the panel opens, following it until it ends', async () => {
    const answers = [
      { ...overview, refreshing: { done: 12, total: 60 } },
      { ...overview, refreshing: { done: 30, total: 60 } },
      { ...overview, docs: [devDoc] },
    ];
    let asked = 0;
    const fake = fakeCalls({
      getSidebarState: () => docState,
      getOverview: () => answers[Math.min(asked++, answers.length - 1)],
    });
    const { app } = appOver(fake.call);
    await app.load();
    app.openOverview();
    await settle();
    expect(text(app)).toContain('Read 12 of 60 Docs…');
    await wait(40);
    // Once it ended, the Docs it read are what the panel shows, and nobody asks any more.
    expect(text(app)).not.toContain('Read 30 of 60');
    const links = everything(app).filter((e) => e.tag === 'a');
    expect(links.map((a) => a.textContent)).toEqual([devDoc.title]);
    const after = fake.names().length;
    await wait(30);
    expect(fake.names()).toHaveLength(after);
    expect(after).toBe(1 + answers.length);
  });

  it('stops polling when the user goes back to the Doc', async () => {
    const fake = fakeCalls({
      getSidebarState: () => docState,
      getOverview: () => ({ ...overview, refreshing: { done: 1, total: 9 } }),
    });
    const { app } = appOver(fake.call);
    await app.load();
    app.openOverview();
    await wait(20);
    app.backToDoc();
    await settle();
    const after = fake.names().length;
    await wait(30);
    expect(fake.names()).toHaveLength(after);
  });

  it('says a failed refresh as an error, and keeps the overview it had', async () => {
    const { app, made } = await openedFromDoc();
    app.refreshAll();
    await settle();
    made.find((m) => m.name === 'refreshOverview')!.reject(new Error('Apps Script stopped the call after 6 minutes.'));
    await settle();
    expect(app.ui.errors.overview).toBe('Apps Script stopped the call after 6 minutes.');
    expect(text(app)).toContain('send Chloé the promotion rubric');
    expect(app.ui.overview.refreshing).toBe(false);
  });

  it('waits for a slow call longer than for any other before giving up', async () => {
    jest.useFakeTimers();
    try {
      const { runner, calls } = fakeRunner();
      const call = createCaller({ runner, timeoutMs: 30_000 });
      const outcomes: string[] = [];
      call('refreshOverview').catch(() => outcomes.push('refreshOverview'));
      call('getOverview').catch(() => outcomes.push('getOverview'));
      jest.advanceTimersByTime(60_000);
      await Promise.resolve();
      expect(outcomes).toEqual(['getOverview']);
      jest.advanceTimersByTime(SLOW_TIMEOUT_MS - 60_000);
      await Promise.resolve();
      expect(outcomes).toEqual(['getOverview', 'refreshOverview']);
      expect(calls.map((c) => c.name)).toEqual(['refreshOverview', 'getOverview']);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('ticking and dropping what you owe', () => {
  it('ticks an item in its own Doc with a request id, shows it ticked meanwhile, then the fresh overview', async () => {
    const { runner, calls } = fakeRunner();
    const call = createCaller({ runner, timeZone: () => 'America/New_York', requestId: () => 'request-0001' });
    const { app } = appOver(call);
    app.startOnOverview(overview);
    app.tickOwed('doc-chloe', 'item-rubric', true);
    expect(boxState(keyed(app, 'owe-tick:doc-chloe:item-rubric'))).toEqual({ checked: true, disabled: true });
    expect(text(app)).toContain('Saving…');
    await settle();
    expect(calls.map((c) => [c.name, c.args])).toEqual([
      [
        'setOverviewItemDone',
        ['doc-chloe', 'item-rubric', true, '2.0.0', { timeZone: 'America/New_York', requestId: 'request-0001' }],
      ],
    ]);
    calls[0]!.succeed({ ...overview, youOwe: [demo] });
    await settle();
    expect(keyed(app, 'owe-tick:doc-chloe:item-rubric')).toBeUndefined();
    // Nothing stays pending: an answer that lists the item again shows it as that answer has it.
    app.lateAnswer(overview);
    expect(boxState(keyed(app, 'owe-tick:doc-chloe:item-rubric'))).toEqual({ checked: false, disabled: false });
    expect(app.ui.busy.size).toBe(0);
    // The Doc's own panels may show that item: they are read again on the way back.
    expect(app.ui.overview.docStale).toBe(true);
  });

  it('shows a conflict as a warning note in the panel, over the fresh overview', async () => {
    const { app, made } = await openedFromDoc();
    app.tickOwed('doc-chloe', 'item-rubric', true);
    await settle();
    const tick = made.find((m) => m.name === 'setOverviewItemDone')!;
    expect(tick.args).toEqual(['doc-chloe', 'item-rubric', true, '2.0.0']);
    const changed = { ...rubric, text: 'send Chloé the new rubric' };
    tick.resolve({
      ...overview,
      youOwe: [changed, demo],
      conflict: said('conflict.done'),
    });
    await settle();
    expect(app.ui.notes.overview).toEqual({ text: english(said('conflict.done')), warning: true });
    const note = everything(app).find((e) => e.attributes.class === 'message warning');
    expect(note?.textContent).toBe(english(said('conflict.done')));
    expect(boxState(keyed(app, 'owe-tick:doc-chloe:item-rubric'))).toEqual({ checked: false, disabled: false });
    expect(text(app)).toContain('send Chloé the new rubric');
  });

  it('an action queued behind another sends each item’s copies as the newest answer has them, if it still lists it', async () => {
    const { app, made } = await openedFromDoc();
    app.tickOwed('doc-chloe', 'item-rubric', true);
    app.dropOwed('doc-dev', 'item-demo');
    await settle();
    // The tick's answer read the Chloé Doc only; the demo item, carried once more since, is still open.
    made.find((m) => m.name === 'setOverviewItemDone')!.resolve({ ...overview, youOwe: [{ ...demo, seen: '2.0.0' }] });
    await settle();
    expect(made.find((m) => m.name === 'dropOverviewItem')!.args).toEqual(['doc-dev', 'item-demo', '2.0.0']);

    // No longer listed (done by someone else, read by the call before): the item as the person saw it.
    const again = await openedFromDoc();
    again.app.tickOwed('doc-chloe', 'item-rubric', true);
    again.app.dropOwed('doc-dev', 'item-demo');
    await settle();
    again.made.find((m) => m.name === 'setOverviewItemDone')!.resolve({ ...overview, youOwe: [] });
    await settle();
    expect(again.made.find((m) => m.name === 'dropOverviewItem')!.args).toEqual(['doc-dev', 'item-demo', '1.0.0']);
  });

  it('drops an item, and on a failure puts the row back as it was with the error', async () => {
    const { app, made } = await openedFromDoc();
    app.dropOwed('doc-dev', 'item-demo');
    expect(keyed(app, 'owe-drop:doc-dev:item-demo')?.textContent).toBe('Dropping…');
    await settle();
    const drop = made.find((m) => m.name === 'dropOverviewItem')!;
    expect(drop.args).toEqual(['doc-dev', 'item-demo', '1.0.0']);
    drop.reject(new Error('Docs is not answering.'));
    await settle();
    expect(app.ui.errors.overview).toBe('Docs is not answering.');
    expect(keyed(app, 'owe-drop:doc-dev:item-demo')?.textContent).toBe('Drop');
    expect(boxState(keyed(app, 'owe-tick:doc-dev:item-demo'))).toEqual({ checked: false, disabled: false });
    // Nothing was written: the Doc's own state is still good.
    app.backToDoc();
    expect(made.filter((m) => m.name === 'getSidebarState')).toHaveLength(1);
  });
});

describe('the panel', () => {
  it('lists what you owe with checkboxes and Drop buttons, and each Doc with its link, person, gap and counts', async () => {
    const { app } = await openedFromDoc({
      getOverview: () => ({
        ...overview,
        youOweLeftOut: 4,
        docs: [chloeDoc, { ...devDoc, problem: { code: 'overview.notReadYet' } }],
      }),
    });
    const all = everything(app);
    const heading = all.find((e) => e.tag === 'h2');
    expect(heading?.textContent).toBe('All my 1:1s');
    const subheadings = all.filter((e) => e.tag === 'h3').map((e) => e.textContent);
    expect(subheadings).toEqual(['You owe', 'Your 1:1 Docs']);
    const boxes = all.filter((e) => e.tag === 'input' && e.attributes.type === 'checkbox');
    expect(boxes.map((b) => b.dataset.key)).toEqual(['owe-tick:doc-chloe:item-rubric', 'owe-tick:doc-dev:item-demo']);
    const drop = keyed(app, 'owe-drop:doc-chloe:item-rubric');
    expect(drop?.attributes['aria-label']).toBe('Drop: send Chloé the promotion rubric');
    const links = all.filter((e) => e.tag === 'a');
    expect(links.map((a) => [a.textContent, a.attributes.href, a.attributes.target, a.attributes.rel])).toEqual([
      [chloeDoc.title, chloeDoc.url, '_blank', 'noopener noreferrer'],
      [devDoc.title, devDoc.url, '_blank', 'noopener noreferrer'],
    ]);
    const shown = text(app);
    for (const words of [
      'overdue by 3 days · from Nov 2 · 4 weeks old',
      `in ${chloeDoc.title}`,
      '4 more not shown; open their Docs.',
      'With Chloé',
      '⚠ 16 days since the last 1:1: over two weeks.',
      '2 open for you · 1 for Chloé · 1 overdue',
      'Not read yet: open it, or press “Refresh all”.',
    ])
      expect(shown).toContain(words);
    expect(keyed(app, 'overview-refresh')?.textContent).toBe('Refresh all');
  });

  it('says when nothing is open for you', async () => {
    const { app } = await openedFromDoc({ getOverview: () => ({ docs: [devDoc], youOwe: [] }) });
    expect(text(app)).toContain('Nothing open for you.');
    expect(everything(app).some((e) => e.tag === 'input')).toBe(false);
  });

  it('shows hostile Doc text as text, and never links anywhere but https', async () => {
    const evil = (field: string) => `<img src=x onerror="alert('${field}')"><script>alert('${field}')</script>`;
    const hostile: OverviewState = {
      docs: [
        {
          ...chloeDoc,
          title: evil('title'),
          url: `javascript:${evil('url')}`,
          other: evil('other'),
          problem: { code: 'error.eventNotRecurring', values: { title: evil('problem') } },
        },
      ],
      youOwe: [{ ...rubric, text: evil('text'), docTitle: evil('docTitle') }],
      // Not an instant: the warning says "for hours" rather than the text.
      automation: { state: 'stalled', lastRunAt: evil('lastRunAt') },
      refreshed: {
        at: 'x',
        read: 0,
        failures: [
          {
            documentId: 'x',
            title: evil('failure'),
            message: { code: 'error.eventNotRecurring', values: { title: evil('message') } },
          },
        ],
      },
    };
    const { app } = await openedFromDoc({ getOverview: () => hostile });
    const all = everything(app);
    const allowed = new Set([
      'a',
      'button',
      'div',
      'h2',
      'h3',
      'input',
      'label',
      'li',
      'p',
      'section',
      'span',
      'strong',
      'ul',
    ]);
    for (const element of all) {
      expect(allowed).toContain(element.tag);
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href') expect(value).toMatch(/^https:\/\//);
      }
    }
    expect(all.some((e) => e.tag === 'a')).toBe(false);
    const texts = all.flatMap((e) => e.texts());
    for (const field of ['title', 'other', 'problem', 'text', 'docTitle', 'failure', 'message'])
      expect(texts.some((t) => t.includes(evil(field)))).toBe(true);
  });
});

describe('automatic preparation stopped', () => {
  const OFF = 'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.';
  const stopped: OverviewState = { ...overview, automation: { state: 'off' } };
  /** The panel's lines, in order: the warning, when there is one, comes before everything else. */
  const lines = (app: ReturnType<typeof createApp>) =>
    everything(app)
      .filter((e) => e.tag === 'p')
      .map((e) => e.textContent);

  it('says so at the top of the panel, off or stalled, with “Turn it back on”', async () => {
    const { app } = await openedFromDoc({ getOverview: () => stopped });
    expect(lines(app)[0]).toBe(OFF);
    expect(keyed(app, 'restore-automation')?.textContent).toBe('Turn it back on');

    const lastRunAt = new Date(NOW - 26 * 3_600_000).toISOString();
    const stalled = await openedFromDoc({
      getOverview: () => ({ ...overview, automation: { state: 'stalled', lastRunAt } }),
    });
    expect(lines(stalled.app)[0]).toBe(
      'Automatic preparation last ran yesterday: sections may not be added before your meetings.',
    );

    const healthy = await openedFromDoc();
    expect(keyed(healthy.app, 'restore-automation')).toBeUndefined();
    expect(text(healthy.app)).not.toContain('Automatic preparation');
  });

  it('turns it back on with restoreAutomation, shows the fresh overview, and reads the Doc again on the way back', async () => {
    const { app, made, names } = await openedFromDoc({ getOverview: () => stopped });
    keyed(app, 'restore-automation')!.dispatch('click');
    expect(keyed(app, 'restore-automation')?.textContent).toBe('Turning on…');
    await settle();
    const restore = made.find((m) => m.name === 'restoreAutomation')!;
    expect(restore.args).toEqual([]);
    restore.resolve(overview);
    await settle();
    expect(keyed(app, 'restore-automation')).toBeUndefined();
    expect(text(app)).not.toContain(OFF);
    expect(app.ui.notes.overview).toEqual({ text: 'Automatic preparation is on again.' });
    expect(app.ui.focusNext).toBe('overview-heading');
    expect(app.ui.busy.size).toBe(0);
    // This Doc's own state said it had stopped too: it is read again rather than shown as it was.
    app.backToDoc();
    await settle();
    expect(names()).toEqual(['getSidebarState', 'getOverview', 'restoreAutomation', 'getSidebarState']);
  });

  it('says why it could not, and keeps the warning and its button', async () => {
    const { app, made } = await openedFromDoc({ getOverview: () => stopped });
    app.restoreAutomation();
    await settle();
    made.find((m) => m.name === 'restoreAutomation')!.reject(new Error('You have too many triggers.'));
    await settle();
    expect(app.ui.errors.overview).toBe('You have too many triggers.');
    expect(lines(app)[0]).toBe(OFF);
    expect(keyed(app, 'restore-automation')?.textContent).toBe('Turn it back on');
    expect(everything(app).find((e) => e.attributes.role === 'alert')?.textContent).toBe('You have too many triggers.');
  });
});
