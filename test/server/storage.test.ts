// This user's property store is finite (500 KB with its keys, 8,066 bytes a value, as measured), through the built Code.js.

import { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../dev/appsScriptGlobals';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import type { OverviewState, SidebarState } from '../../src/shared/types';
import { english, refusal } from '../support/words';
import { ANA, BEN, bookOf, markOf, withSeries } from '../support/world';

const DUE = Date.parse('2026-11-22T15:00:00Z');
const HOUR = 3_600_000;
type Env = ReturnType<typeof withSeries>;
const props = (env: Env, user = ANA) => (env.world.state.userProperties[user] ??= {});
const storeBytes = (env: Env) =>
  Object.entries(props(env)).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

/**
 * Fills Ana's store to within `room` bytes of its limit with records the add-on may never drop: other Docs' private
 * points (keys count too).
 */
function fillStore(env: Env, room: number) {
  let i = 0;
  while (storeBytes(env) < PROPERTY_STORE_LIMIT - room - 8_000)
    props(env)[`notes:filler-${i++}`] = JSON.stringify({ notes: [{ id: 'n', text: 'x'.repeat(7_800) }] });
  const rest = PROPERTY_STORE_LIMIT - room - storeBytes(env) - 'notes:filler-last'.length;
  if (rest > 0) props(env)['notes:filler-last'] = 'x'.repeat(rest);
}

const largestValue = (env: Env) => Math.max(...Object.values(props(env)).map((v) => Buffer.byteLength(v)));

describe('the value limit as measured: 8,066 bytes', () => {
  it('a private list of Japanese points is full before the limit, with a readable message', () => {
    const env = withSeries({ now: DUE });
    env.as(ANA);
    // 400 characters of three bytes each: 1.2 KB a point as UTF-8, 800 bytes as UTF-16.
    const point = (i: number) => `${i} ${'議'.repeat(400)}`;
    let refused: unknown;
    for (let i = 0; i < 20 && !refused; i++) {
      try {
        env.sandbox.call('addPrivateNote', point(i));
      } catch (error) {
        refused = error;
      }
    }
    expect(
      refusal(() => {
        throw refused;
      }),
    ).toMatch(/private list is full/);
    expect(Buffer.byteLength(props(env)[`notes:${env.documentId}`]!)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
  });

  it('no record reaches the limit: a Doc of 300 long open items, a series read over 90 days, a long title', () => {
    const items = Array.from({ length: 300 }, (_, i) => bullet(`☐ Ben: follow up on ${i}, ${'detail '.repeat(12)}`));
    const doc = buildDocument({
      title: `Ana / Ben ${'long title '.repeat(40)}`,
      blocks: [
        p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        ...items,
      ],
    });
    const env = withSeries({ now: DUE }, { rule: 'RRULE:FREQ=DAILY' }, doc);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    env.as(ANA);
    env.sandbox.call('getSidebarState');
    expect(largestValue(env)).toBeLessThan(PROPERTY_VALUE_LIMIT);
  });
});

describe('a Doc’s records leave with it', () => {
  const recordsOf = (env: Env, id: string) =>
    Object.keys(props(env))
      .filter((key) => key.includes(id))
      .sort();

  it.each([
    ['unlinkSeries', 'for her alone'],
    ['unlinkDocument', 'for both'],
  ])(
    'after %s (%s), All my 1:1s no longer lists the Doc, and her store holds nothing of it but her private points',
    (call) => {
      const env = withSeries({ now: DUE });
      env.link(ANA);
      env.sandbox.call('addPrivateNote', 'Ask about the raise', { requestId: 'req-note-00001' });
      env.fire(ANA, 'onHourlyTick');
      env.as(ANA);
      const id = env.documentId;
      expect((env.sandbox.call('getOverview') as OverviewState).docs.map((d) => d.documentId)).toEqual([id]);
      const state = env.sandbox.call(call, { requestId: 'req-unlink-0001' }) as SidebarState;
      expect((env.sandbox.call('getOverview') as OverviewState).docs).toEqual([]);
      expect(state.privateNotes.map((n) => n.text)).toEqual(['Ask about the raise']);
      expect(english(state.notices)).toMatch(/private point.*kept/);
      expect(recordsOf(env, id)).toEqual([`notes:${id}`]);
    },
  );

  it('when she unlinks for both, his next sidebar in the Doc lets it go and keeps nothing of it but his private points', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    env.link(BEN);
    env.as(BEN);
    env.sandbox.call('addPrivateNote', 'Ask about the offsite', { requestId: 'req-note-00003' });
    env.sandbox.call('getSidebarState');
    const id = env.documentId;
    expect(Object.keys(props(env, BEN)).filter((key) => key.includes(id))).toContain(`doc:${id}`);
    env.as(ANA);
    env.sandbox.call('unlinkDocument', { requestId: 'req-unlink-0002' });
    env.as(BEN);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.privateNotes.map((n) => n.text)).toEqual(['Ask about the offsite']);
    const his = Object.keys(props(env, BEN)).filter((key) => key.includes(id));
    expect(his).toEqual([`notes:${id}`]);
  });

  it('a linked Doc found deleted leaves nothing of itself, records older versions kept apart included; the account says so', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    env.sandbox.call('addPrivateNote', 'Ask about the raise', { requestId: 'req-note-00002' });
    env.fire(ANA, 'onHourlyTick');
    env.as(ANA);
    env.sandbox.call('getSidebarState');
    const id = env.documentId;
    // As a version that kept Keep answers and the status apart from the Doc's record left them.
    props(env)[`kept:${id}`] = JSON.stringify([['item-1', 3]]);
    props(env)[`status:${id}`] = JSON.stringify({ outcome: 'inserted', message: [{ code: 'run.upToDate' }] });
    expect(recordsOf(env, id)).toEqual(['doc', 'kept', 'last', 'notes', 'status', 'sum'].map((k) => `${k}:${id}`));
    env.docs.remove(id);
    env.setClock(DUE + 24 * HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(recordsOf(env, id)).toEqual([]);
    expect((env.sandbox.call('getOverview') as OverviewState).docs).toEqual([]);
    const account = JSON.parse(props(env).account!);
    expect(account.gone).toEqual([
      expect.objectContaining({ documentId: id, privatePoints: 1, message: { code: 'run.docGone' } }),
    ]);
  });
});

describe('a full store', () => {
  it('one write from full: the run records its outcome, and the next hours do not read the Doc again', () => {
    const env = withSeries({ now: DUE - HOUR });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    fillStore(env, 60);
    env.setClock(DUE);
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    expect(bookOf(env)).toMatchObject({ preparedKey: expect.any(String), status: { outcome: 'inserted' } });
    // The following hours look at Calendar only: the Doc is not read again, and nothing is inserted twice.
    for (let hour = 1; hour <= 5; hour++) {
      env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
      env.setClock(DUE + hour * HOUR);
      env.fire(ANA, 'onHourlyTick');
      expect(env.world.calls.docsGet).toBe(0);
    }
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    expect(storeBytes(env)).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    // No filler was dropped: private points are never this user's to lose.
    expect(Object.keys(props(env)).filter((k) => k.startsWith('notes:filler')).length).toBeGreaterThan(60);
  });

  it('a link refused for room writes nothing shared: the other person never sees it linked', () => {
    const env = withSeries({ now: DUE });
    fillStore(env, 0);
    env.as(ANA);
    const before = env.read();
    expect(refusal(() => env.link(ANA))).toMatch(/storage for 1:1 Companion is full/);
    expect(env.world.state.documentProperties[env.documentId]?.link).toBeUndefined();
    expect(env.read()).toEqual(before);
    expect(markOf(env)).toBeUndefined();
    env.as(BEN);
    expect((env.sandbox.call('getSidebarState') as SidebarState).linked).toBe(false);
  });

  it('the sidebar still works for the Doc at hand, and says plainly what cannot be saved', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    fillStore(env, 0);
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.linked).toBe(true);
    const topic = env.sandbox.call('addAgendaItem', 'Promotion timeline', {
      requestId: 'req-topic-0001',
    }) as SidebarState;
    expect(topic.agenda).toContainEqual({ text: 'Promotion timeline' });
    let refused: unknown;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        env.sandbox.call('addPrivateNote', `point ${i} ${'y'.repeat(400)}`);
      } catch (error) {
        refused = error;
      }
    }
    const said = refusal(() => {
      throw refused;
    });
    expect(said).toMatch(/storage for 1:1 Companion is full/);
    expect(said).not.toMatch(/Exception|quota/);
  });

  it('Refresh all on a full store: every Doc is read, and nothing raw reaches the person', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    fillStore(env, 0);
    env.as(ANA);
    const overview = env.sandbox.call('refreshOverview', { timeZone: 'America/New_York' }) as OverviewState;
    expect(overview.docs.map((d) => d.documentId)).toEqual([env.documentId]);
    expect(JSON.stringify(overview)).not.toMatch(/Exception|quota/);
    expect(storeBytes(env)).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
  });
});
