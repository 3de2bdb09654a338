// All my 1:1s through the built Code.js: summaries kept by sidebar reads and runs, items ticked across Docs, bad input.
import { loseAccess, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../dev/appsScriptGlobals';
import { bullet } from '../../dev/docBuilder';
import { addLinkedDocs, reportOf } from '../../dev/harness';
import { readSummary } from '../../src/core/overview';
import { paragraphText } from '../../src/core/parse';
import type { OverviewState, SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { english, refusal } from '../support/words';
import { ANA, BEN, withSeries } from '../support/world';

const NOW = Date.parse('2026-11-20T15:02:00Z');
type Env = ReturnType<typeof withSeries>;

function manyDocs(count: number): { env: Env; ids: string[] } {
  const env = withSeries({ now: NOW }, {}, anaBenDoc({}));
  env.link(ANA);
  const ids = addLinkedDocs(env, count);
  env.as(ANA);
  return { env, ids };
}

const overview = (env: Env, who = ANA): OverviewState => {
  env.as(who);
  return env.sandbox.call('getOverview', { timeZone: 'America/New_York' }) as OverviewState;
};
const zeroCalls = (env: Env) => {
  env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
};
const lines = (doc: Document, text: string) =>
  (doc.tabs?.[0]?.documentTab?.body?.content ?? [])
    .flatMap((e) => (e.paragraph ? [paragraphText(e.paragraph)] : []))
    .filter((l) => l.includes(text));
const props = (env: Env, who = ANA) => env.world.state.userProperties[who] ?? {};

describe('All my 1:1s: the summaries', () => {
  it('lists every Doc this user linked, from summaries their sidebar reads kept, with no Docs or Calendar call', () => {
    const { env, ids } = manyDocs(3);
    zeroCalls(env);
    const state = overview(env);
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    expect(state.docs.map((d) => d.documentId).sort()).toEqual([env.documentId, ...ids].sort());
    const dev = state.docs.find((d) => d.documentId === ids[1])!;
    expect(dev).toMatchObject({
      title: `Ana / ${reportOf(1).name} — 1:1 notes`,
      url: `https://docs.google.com/document/d/${ids[1]}/edit`,
      other: reportOf(1).name,
      openMine: 1,
      openTheirs: 1,
      overdue: 1,
    });
    expect(dev.nextMeeting?.cancelled).toBe(false);
    // Ana owes one item in each report's Doc, and one in her Doc with Ben; the overdue ones first.
    expect(state.youOwe.map((i) => [i.documentId, i.text])).toEqual(
      expect.arrayContaining([[ids[0], `send ${reportOf(0).name} the promotion rubric`]]),
    );
    expect(state.youOwe.slice(0, 3).every((i) => (i.overdueDays ?? 0) > 0)).toBe(true);
    expect(state.youOwe.at(-1)).toMatchObject({ documentId: env.documentId, text: 'draft the Q1 growth plan' });
  });

  it('puts Docs with a gap over 14 days, or overdue items, first, and says how long the gap is', () => {
    const { env, ids } = manyDocs(3);
    const docs = overview(env).docs;
    // Series every 5 weeks (the third), then every 3 weeks (the second): their last 1:1s are over 28 and 14 days ago.
    expect(docs[0]).toMatchObject({ documentId: ids[2], gap: 'strong' });
    expect(docs[0]!.daysSinceLast).toBeGreaterThan(28);
    expect(docs[1]).toMatchObject({ documentId: ids[1], gap: 'warning' });
    expect(docs.find((d) => d.documentId === ids[0])!.gap).toBeUndefined();
  });

  it('is kept fresh by the hourly run: a meeting cancelled in Calendar reads as cancelled', () => {
    const { env, ids } = manyDocs(1);
    const seriesId = (JSON.parse(props(env)[`doc:${ids[0]}`]!) as { link: { eventId: string } }).link.eventId;
    const next = overview(env).docs.find((d) => d.documentId === ids[0])!.nextMeeting!;
    // Every page: the engine may answer a page with no items and a token for the next one, as Calendar may.
    const items = [];
    let pageToken: string | undefined;
    do {
      const page = env.calendar.instances(ANA, seriesId, {
        timeMin: new Date(NOW).toISOString(),
        ...(pageToken ? { pageToken } : {}),
      });
      items.push(...(page.items ?? []));
      pageToken = page.nextPageToken;
    } while (pageToken);
    const instance = items.find((i) => Date.parse(i.start!.dateTime!) === Date.parse(next.start))!;
    env.calendar.cancelOccurrence(ANA, seriesId, instance.originalStartTime!.dateTime!);
    // A day on: each Doc gets its daily look.
    env.setClock(NOW + 24 * 3600_000);
    env.fire(ANA, 'onHourlyTick');
    const after = overview(env).docs.find((d) => d.documentId === ids[0])!;
    expect(after.nextMeeting).toEqual({ start: next.start, cancelled: true });
    expect(after.asOf).toBe(new Date(NOW + 24 * 3600_000).toISOString());
  });

  it('a report sees the same panel: their own commitments across their 1:1s', () => {
    const env = withSeries({ now: NOW }, {}, anaBenDoc({}));
    env.link(ANA);
    env.link(BEN);
    env.as(BEN);
    env.sandbox.call('getSidebarState');
    const state = overview(env, BEN);
    expect(state.docs).toHaveLength(1);
    expect(state.docs[0]).toMatchObject({ openMine: 1, openTheirs: 1, other: expect.stringMatching(/^Ana/) });
    expect(state.youOwe.map((i) => i.text)).toEqual(['intro to the platform team']);
  });

  it('never holds a private point, and each record stays within its bytes', () => {
    const { env } = manyDocs(1);
    env.as(ANA);
    env.sandbox.call('addPrivateNote', 'PRIVATE: ask about the reorg');
    env.sandbox.call('getSidebarState');
    const state = overview(env);
    expect(JSON.stringify(state)).not.toContain('PRIVATE');
    for (const [key, value] of Object.entries(props(env)))
      if (key.startsWith('sum:')) expect(value).not.toContain('PRIVATE');
  });
});

describe('All my 1:1s in people’s words', () => {
  const BEN_CHIP = { person: { name: 'Benjamin Okafor', email: BEN } };
  /** Ana's view of her Doc with Ben, after her sidebar read it. */
  const docLine = (env: Env) => {
    env.as(ANA);
    env.sandbox.call('getSidebarState', { timeZone: 'America/New_York' });
    return overview(env).docs.find((d) => d.documentId === env.documentId)!;
  };

  it('names the other person by the name the event gives them when no item names them, never by address', () => {
    const env = withSeries(
      { now: NOW },
      { displayNames: { [BEN]: 'Ben Okafor' } },
      anaBenDoc({ items: [], nov9: false }),
    );
    env.link(ANA);
    expect(docLine(env).other).toBe('Ben Okafor');
    // Without a name from Calendar or the Doc, the address reads as one.
    const bare = withSeries({ now: NOW }, {}, anaBenDoc({ items: [], nov9: false }));
    bare.link(ANA);
    expect(docLine(bare).other).toBe('Ben');
  });

  it('names the other person as their person chip in the Doc does, before the event’s name and a typed owner', () => {
    const items = [
      bullet([{ text: '☐ ' }, BEN_CHIP, { text: ' share the roadmap' }]),
      bullet('☐ Ben: intro to the platform team'),
    ];
    const env = withSeries({ now: NOW }, { displayNames: { [BEN]: 'Ben O.' } }, anaBenDoc({ items, nov9: false }));
    env.link(ANA);
    const line = docLine(env);
    expect(line.other).toBe('Benjamin Okafor');
    expect(line.openTheirs).toBe(2);
  });

  it('says an item added for the coming meeting is for it, not from it, and gives no age until that meeting is held', () => {
    const env = withSeries({ now: NOW }, {}, anaBenDoc({}));
    env.link(ANA);
    // Friday Nov 20: Ana adds an item for Monday's 1:1, whose section the call adds.
    env.as(ANA);
    env.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'me' }, { timeZone: 'America/New_York' });
    const added = overview(env).youOwe.find((i) => i.text === 'book the offsite')!;
    expect(added).toMatchObject({ from: '2026-11-23', upcoming: true });
    expect(added).not.toHaveProperty('ageDays');
    // Tuesday, once Monday's meeting was held: written then, a day old.
    env.setClock(Date.parse('2026-11-24T15:00:00Z'));
    env.as(ANA);
    env.sandbox.call('getSidebarState', { timeZone: 'America/New_York' });
    const later = overview(env).youOwe.find((i) => i.text === 'book the offsite')!;
    expect(later).toMatchObject({ from: '2026-11-23', ageDays: 1 });
    expect(later).not.toHaveProperty('upcoming');
  });
});

describe('All my 1:1s: items ticked and dropped in their own Doc', () => {
  it('ticks every copy of an item in another Doc, at its revision, and the summary follows', () => {
    const { env, ids } = manyDocs(2);
    const item = overview(env).youOwe.find((i) => i.documentId === ids[1])!;
    const revision = env.docs.revisionId(ids[1]!);
    zeroCalls(env);
    // From Ana's sidebar in her Doc with Ben.
    env.as(ANA);
    const after = env.sandbox.call('setOverviewItemDone', ids[1], item.id, true, item.seen, {
      requestId: 'r-1',
    }) as OverviewState;
    expect(env.world.calls).toMatchObject({ calendar: 0, docsBatchUpdate: 1 });
    expect(env.docs.revisionId(ids[1]!)).not.toBe(revision);
    const doc = env.docs.get(ids[1]!, { includeTabsContent: true });
    expect(lines(doc, item.text)).toEqual([`☑ Ana: ${item.text} (due ${item.due})`]);
    expect(after.youOwe.some((i) => i.id === item.id)).toBe(false);
    expect(after.docs.find((d) => d.documentId === ids[1])!.openMine).toBe(0);
    // The same request again (a retry after a timeout) writes nothing more.
    const again = env.docs.revisionId(ids[1]!);
    env.sandbox.call('setOverviewItemDone', ids[1], item.id, true, item.seen, { requestId: 'r-1' });
    expect(env.docs.revisionId(ids[1]!)).toBe(again);
    // The other Docs were not touched.
    expect(lines(env.docs.get(ids[0]!, { includeTabsContent: true }), 'send')[0]).toMatch(/^☐/);
  });

  it('drops an item: a dropped marker in its Doc, and it leaves "You owe"', () => {
    const { env, ids } = manyDocs(1);
    const item = overview(env).youOwe.find((i) => i.documentId === ids[0])!;
    const after = env.sandbox.call('dropOverviewItem', ids[0], item.id, item.seen) as OverviewState;
    expect(lines(env.docs.get(ids[0]!, { includeTabsContent: true }), item.text)[0]).toMatch(/^✗ /);
    expect(after.youOwe.some((i) => i.id === item.id)).toBe(false);
  });

  it('a tick for an item that changed in its Doc since the summary writes nothing and says so', () => {
    const { env, ids } = manyDocs(1);
    const item = overview(env).youOwe.find((i) => i.documentId === ids[0])!;
    // Someone rewrites the item in the Doc: its id is another now.
    const doc = env.docs.get(ids[0]!, { includeTabsContent: true });
    const at = JSON.stringify(doc).indexOf(item.text);
    expect(at).toBeGreaterThan(0);
    const para = doc.tabs![0]!.documentTab!.body!.content!.find(
      (e) => e.paragraph && paragraphText(e.paragraph).includes(item.text),
    )!;
    env.docs.batchUpdate(
      { requests: [{ insertText: { text: 'really ', location: { index: para.startIndex! + 7, tabId: 't.0' } } }] },
      ids[0]!,
    );
    const revision = env.docs.revisionId(ids[0]!);
    const after = env.sandbox.call('setOverviewItemDone', ids[0], item.id, true, item.seen) as OverviewState;
    expect(english(after.conflict)).toMatch(/^That item was edited or deleted in its Doc since it was last read/);
    expect(env.docs.revisionId(ids[0]!)).toBe(revision);
    // The fresh read made the summary again: the rewritten item is what Ana owes now.
    expect(after.youOwe.find((i) => i.documentId === ids[0])!.text).toMatch(/^really /);
  });

  it.each([
    ['a Doc that is not in the list', 'doc-unknown'],
    ['a Doc Ben linked and Ana did not', 'doc-ben-only'],
    ['no Doc id at all', undefined],
    ['an object', { documentId: 'doc-report-1' }],
  ])('refuses %s, with nothing read or written', (_what, documentId) => {
    const { env } = manyDocs(1);
    const benOnly = env.addDoc(anaBenDoc({ documentId: 'doc-ben-only' }));
    const before = env.docs.get(benOnly, { includeTabsContent: true });
    zeroCalls(env);
    expect(refusal(() => env.sandbox.call('setOverviewItemDone', documentId, 'abc123', true, '1.0.0'))).toMatch(
      'That Doc is not one of your linked 1:1 Docs, so nothing was written.',
    );
    expect(refusal(() => env.sandbox.call('dropOverviewItem', documentId, 'abc123', '1.0.0'))).toMatch(
      /not one of your linked/,
    );
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    expect(env.docs.get(benOnly, { includeTabsContent: true })).toEqual(before);
  });
});

describe('All my 1:1s: Refresh all and bad records', () => {
  it('reads every Doc once; a deleted one says why in one line and keeps its place', () => {
    const { env, ids } = manyDocs(4);
    env.docs.remove(ids[2]!);
    zeroCalls(env);
    const state = env.sandbox.call('refreshOverview') as OverviewState;
    expect(env.world.calls).toEqual({ docsGet: 5, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    expect(state.refreshed).toMatchObject({
      read: 4,
      failures: [
        {
          documentId: ids[2],
          title: `Ana / ${reportOf(2).name} — 1:1 notes`,
          message: { code: 'error.docGone' },
        },
      ],
    });
    expect(english(state.docs.find((d) => d.documentId === ids[2])!.problem)).toBe(
      'This Doc was deleted, or you can no longer open it.',
    );
    expect(state.refreshing).toBeUndefined();
    // A tick for an item of the deleted Doc: one sentence, never the API's words, and nothing else written.
    const answer = env.sandbox.call('setOverviewItemDone', ids[2], 'abc123', true, '1.0.0') as OverviewState;
    expect(english(answer.conflict)).toBe('This Doc was deleted, or you can no longer open it.');
    expect(answer.docs.map((d) => d.documentId)).toContain(ids[2]);
  });

  it('a tick for an item of a Doc closed to this user answers one sentence and writes nothing', () => {
    const { env, ids } = manyDocs(2);
    loseAccess(env.world, ANA, ids[1]!);
    const before = JSON.stringify(env.docs.get(ids[1]!, { includeTabsContent: true }));
    env.as(ANA);
    const answer = env.sandbox.call('setOverviewItemDone', ids[1], 'abc123', true, '1.0.0') as OverviewState;
    expect(english(answer.conflict)).toBe('You can no longer edit this Doc: ask its owner for access.');
    expect(JSON.stringify(env.docs.get(ids[1]!, { includeTabsContent: true }))).toBe(before);
  });

  it('says how far it got while it runs, for another call to show', () => {
    const { env, ids } = manyDocs(11);
    const seen: string[] = [];
    const store = props(env);
    env.world.state.userProperties[ANA] = new Proxy(store, {
      set(target, key, value) {
        if (key === 'overview:refresh') seen.push(JSON.parse(value as string).done);
        return Reflect.set(target, key, value);
      },
    });
    env.sandbox.call('refreshOverview');
    expect(seen).toEqual([0, 5, 10]);
    expect(props(env)['overview:refresh']).toBeUndefined();
    // A refresh under way in another execution shows in getOverview; one older than six minutes is over.
    props(env)['overview:refresh'] = JSON.stringify({ done: 12, total: ids.length + 1, at: NOW });
    expect(overview(env).refreshing).toEqual({ done: 12, total: 12 });
    env.setClock(NOW + 7 * 60_000);
    expect(overview(env).refreshing).toBeUndefined();
  });

  it('a corrupt summary, or one of another version, reads as not read yet until the next read', () => {
    const { env, ids } = manyDocs(3);
    props(env)[`sum:${ids[0]}`] = '{not json';
    props(env)[`sum:${ids[1]}`] = JSON.stringify({ v: 0, at: NOW, title: 'old', openMine: 1 });
    props(env)[`sum:${ids[2]}`] = JSON.stringify({ v: 1, at: NOW, title: 'x', openMine: -1, openTheirs: 0, mine: [] });
    const state = overview(env);
    for (const id of ids)
      expect(state.docs.find((d) => d.documentId === id)).toMatchObject({
        problem: { code: 'overview.notReadYet' },
        openMine: 0,
      });
    expect(state.youOwe.every((i) => !ids.includes(i.documentId))).toBe(true);
    env.sandbox.call('refreshOverview');
    expect(readSummary(props(env)[`sum:${ids[0]}`])?.openMine).toBe(1);
  });

  it('60 linked Docs: opened with no Docs or Calendar call, refreshed with 60 gets, every value within its limits', () => {
    const { env } = manyDocs(59);
    zeroCalls(env);
    expect(overview(env).docs).toHaveLength(60);
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    const state = env.sandbox.call('refreshOverview') as OverviewState;
    expect(env.world.calls.docsGet).toBe(60);
    expect(state.refreshed).toMatchObject({ read: 60, failures: [] });
    expect(state.youOwe).toHaveLength(60);
    const values = Object.values(props(env)).map((v) => Buffer.byteLength(v, 'utf8'));
    expect(Math.max(...values)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const total = Object.entries(props(env)).reduce((n, [k, v]) => n + Buffer.byteLength(k + v, 'utf8'), 0);
    expect(total).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
  });

  it('opens the sidebar on the overview from the menu, with the overview in the page', () => {
    const { env } = manyDocs(2);
    env.world.files.Sidebar = '<!doctype html><body><!-- last-known --><script>app()</script></body>';
    zeroCalls(env);
    env.sandbox.call('showOverview');
    const html = env.world.ui.sidebars.at(-1)!.html;
    const match = /<script type="application\/json" id="overview-start">([^<]*)<\/script>/.exec(html)!;
    expect((JSON.parse(match[1]!) as OverviewState).docs).toHaveLength(3);
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    expect(html.indexOf('overview-start')).toBeLessThan(html.indexOf('<script>app()'));
  });

  it('a sidebar read of a Doc this user did not link keeps no summary of it', () => {
    const env = withSeries({ now: NOW }, {}, anaBenDoc({}));
    env.link(ANA);
    env.as(BEN);
    env.sandbox.call('getSidebarState') as SidebarState;
    expect(Object.keys(props(env, BEN)).filter((k) => k.startsWith('sum:'))).toEqual([]);
    expect(overview(env, BEN).docs).toEqual([]);
  });
});
