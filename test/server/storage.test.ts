// This user's property store is finite (500 KB, 9 KB a value, in bytes), through the built Code.js.

import { PROPERTY_STORE_LIMIT } from '../../dev/appsScriptGlobals';
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { ANA, withSeries } from '../support/world';

const DUE = Date.parse('2026-11-22T15:00:00Z');
const props = (env: ReturnType<typeof withSeries>) => env.world.state.userProperties[ANA]!;
const storeBytes = (env: ReturnType<typeof withSeries>) =>
  Object.entries(props(env)).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

/** Fills Ana's store with other Docs' records (their statuses and request ids) to within `room` bytes of its limit. */
function fillStore(env: ReturnType<typeof withSeries>, room: number) {
  let i = 0;
  while (storeBytes(env) < PROPERTY_STORE_LIMIT - room - 8_000) {
    const kind = i % 2 === 0 ? 'status' : 'requests';
    props(env)[`${kind}:filler-${i++}`] = kind === 'status' ? JSON.stringify({ m: 'x'.repeat(7_900) }) : '["x"]';
  }
  const rest = PROPERTY_STORE_LIMIT - room - storeBytes(env) - 40;
  if (rest > 0) props(env)['status:filler-last'] = 'x'.repeat(rest);
}

describe('the 9 KB value limit counts bytes', () => {
  it('a private list of Japanese points is full before 9 KB of bytes, with a readable message', () => {
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
    expect(String((refused as Error).message)).toMatch(/private list is full/);
    expect(Buffer.byteLength(props(env)[`notes:${env.documentId}`]!)).toBeLessThanOrEqual(9 * 1024);
  });
});

describe('a Doc’s records leave with it', () => {
  it('unlinking removes this user’s status, bookkeeping, sync token and request ids for it, and keeps private points', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    env.sandbox.call('addPrivateNote', 'Ask about the raise', { requestId: 'req-note-00001' });
    env.fire(ANA, 'onHourlyTick');
    const id = env.documentId;
    expect(props(env)[`status:${id}`]).toBeDefined();
    env.as(ANA);
    const state = env.sandbox.call('unlinkSeries') as SidebarState;
    for (const key of [`doc:${id}`, `status:${id}`, `sync:${id}`, `requests:${id}`])
      expect(props(env)[key]).toBeUndefined();
    expect(state.privateNotes.map((n) => n.text)).toEqual(['Ask about the raise']);
    expect(state.notices?.join(' ')).toMatch(/private point.*kept/);
  });

  it('a Doc found deleted takes its records and private points with it, and the account says where they went', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    env.sandbox.call('addPrivateNote', 'Ask about the raise');
    env.docs.remove(env.documentId);
    env.fire(ANA, 'onHourlyTick');
    const id = env.documentId;
    for (const key of [`doc:${id}`, `sync:${id}`, `requests:${id}`, `notes:${id}`])
      expect(props(env)[key]).toBeUndefined();
    const account = JSON.parse(props(env).account!);
    expect(account.gone).toEqual([
      expect.objectContaining({ documentId: id, privatePoints: 1, message: expect.stringMatching(/deleted/) }),
    ]);
  });
});

describe('a full store', () => {
  it('full before the run: the section still goes in once, its outcome is recorded, and the next run does not redo it', () => {
    const env = withSeries({ now: DUE - 3_600_000 });
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    fillStore(env, 0);
    env.setClock(DUE);
    env.fire(ANA, 'onHourlyTick');
    expect(parseDoc(env.read()).sections).toHaveLength(1);
    const book = JSON.parse(props(env)[`doc:${env.documentId}`]!);
    expect(book.preparedKey).toBeDefined();
    expect(JSON.parse(props(env)[`status:${env.documentId}`]!).outcome).toBe('inserted');
    // Within the hour, only the hourly look at Calendar: the Doc is not read again.
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, sharing: 0 };
    env.setClock(DUE + 3_600_000);
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls.docsGet).toBe(0);
    expect(storeBytes(env)).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
  });

  it('the sidebar still works for the Doc at hand, and says plainly what cannot be saved', () => {
    const env = withSeries({ now: DUE });
    env.link(ANA);
    fillStore(env, 0);
    // Other Docs' statuses are this user's to lose before anything else; private points are never dropped.
    for (let i = 0; i < 80; i++)
      props(env)[`notes:other-${i}`] = JSON.stringify([{ id: `n${i}`, text: 'x'.repeat(6000) }]);
    for (const key of Object.keys(props(env)))
      if (key.startsWith('status:filler') || key.startsWith('requests:filler')) delete props(env)[key];
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
    expect(String((refused as Error).message)).toMatch(/storage is full|private list is full/);
    expect(String((refused as Error).message)).not.toMatch(/Exception|quota/);
    for (let i = 0; i < 80; i++) expect(props(env)[`notes:other-${i}`]).toBeDefined();
  });
});
