// showSidebar embeds this user's last-known state of the Doc, kept after every read: cheap, bounded, per user, dropped with the Doc.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROPERTY_STORE_LIMIT } from '../../dev/appsScriptGlobals';
import { readLastKnown } from '../../src/core/lastKnown';
import type { SidebarState } from '../../src/shared/types';
import { anaBenDoc, NOV_16_ITEMS } from '../fixtures/anaBen';
import { ANA, BEN, DIST, withSeries } from '../support/world';

const NOW = Date.parse('2026-11-20T15:02:00Z');
const SIDEBAR = () => readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
const EMBEDDED = /<script type="application\/json" id="last-known">([^<]*)<\/script>/;

type Env = ReturnType<typeof withSeries>;
const props = (env: Env, who = ANA) => env.world.state.userProperties[who] ?? {};
const recordOf = (env: Env, who = ANA) => props(env, who)[`last:${env.documentId}`];

function linkedDoc(items: readonly string[] = NOV_16_ITEMS): Env {
  const env = withSeries({ now: NOW }, {}, anaBenDoc({ items }));
  env.world.files.Sidebar = SIDEBAR();
  env.link(ANA);
  return env;
}

/** Opens the sidebar as `who` the way the menu does, and gives the page's embedded record, if any. */
function openSidebar(env: Env, who = ANA) {
  env.as(who);
  env.sandbox.call('showSidebar');
  const html = env.world.ui.sidebars.at(-1)!.html;
  const match = EMBEDDED.exec(html);
  return { html, embedded: match ? readLastKnown(match[1]) : undefined };
}

describe('the last-known state', () => {
  it('is kept after a read, and the next open embeds it with no Docs or Calendar call and one property read', () => {
    const env = linkedDoc();
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    env.world.propertyCalls = { reads: 0, writes: 0 };
    const { embedded } = openSidebar(env);
    expect(env.world.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    expect(env.world.propertyCalls).toEqual({ reads: 1, writes: 0 });
    expect(embedded!.at).toBe(NOW);
    expect(embedded!.state.nextMeeting).toEqual(state.nextMeeting);
    expect(embedded!.state.commitments).toEqual(state.commitments);
    expect(embedded!.state.commitments.length).toBeGreaterThan(0);
  });

  it('is nothing on a first open: the page is the built one, which shows “Loading…” until the first call answers', () => {
    const env = linkedDoc();
    delete props(env)[`last:${env.documentId}`];
    const { html, embedded } = openSidebar(env);
    expect(embedded).toBeUndefined();
    expect(html).toBe(SIDEBAR());
  });

  it('follows every read: a write’s answer replaces it, with that call’s time', () => {
    const env = linkedDoc();
    env.setClock(NOW + 60_000);
    env.as(ANA);
    env.sandbox.call('addAgendaItem', 'Promotion timeline', { requestId: 'req-topic-000001' });
    const record = readLastKnown(recordOf(env))!;
    expect(record.at).toBe(NOW + 60_000);
    expect(record.state.agenda).toContainEqual({ text: 'Promotion timeline' });
  });

  it('holds private points for their owner only: the other person’s page never has them', () => {
    const env = linkedDoc();
    env.as(ANA);
    env.sandbox.call('addPrivateNote', 'Ask Ben about the raise', { requestId: 'req-note-0000001' });
    expect(openSidebar(env, ANA).html).toContain('Ask Ben about the raise');
    // Ben's first open: nothing of his yet, and nothing of Ana's.
    const first = openSidebar(env, BEN);
    expect(first.embedded).toBeUndefined();
    env.as(BEN);
    env.sandbox.call('getSidebarState');
    const second = openSidebar(env, BEN);
    expect(second.embedded!.state.me).toBe(BEN);
    expect(second.html).not.toContain('Ask Ben about the raise');
    expect(JSON.stringify(props(env, BEN))).not.toContain('Ask Ben about the raise');
  });

  it('cannot break out of the page’s script: Doc text with </script>, <!-- and U+2028 stays data', () => {
    const nasty = "☐ Ben: </script><script>pwned()</script><!-- <SCRIPT src=x> \u2028 $& $'";
    const env = linkedDoc([nasty]);
    env.as(ANA);
    env.sandbox.call('getSidebarState');
    const { html, embedded } = openSidebar(env);
    const json = EMBEDDED.exec(html)![1]!;
    expect(json).not.toMatch(/[<>\u2028]/);
    expect(html.match(/<\/script>/gi)).toHaveLength(SIDEBAR().match(/<\/script>/gi)!.length + 1);
    expect(embedded!.state.commitments.map((c) => c.text).join(' ')).toContain('</script><script>pwned()</script><!--');
  });

  it('stays within 9 KB however much the Doc holds: the first items are kept and the record says it was trimmed', () => {
    const items = Array.from(
      { length: 300 },
      (_, i) => `☐ Ben: follow up on thing ${i} ${'with a long description '.repeat(4)}`,
    );
    const env = linkedDoc(items);
    env.as(ANA);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    const raw = recordOf(env)!;
    expect(Buffer.byteLength(`last:${env.documentId}`) + Buffer.byteLength(raw)).toBeLessThanOrEqual(9 * 1024);
    const record = readLastKnown(raw)!;
    expect(record.trimmed).toBe(true);
    expect(record.state.commitments.length).toBeGreaterThan(5);
    expect(record.state.commitments.map((c) => c.id)).toEqual(
      state.commitments.slice(0, record.state.commitments.length).map((c) => c.id),
    );
    expect(record.state.nextMeeting).toEqual(state.nextMeeting);
  });
});

describe('the last-known state leaves with the Doc', () => {
  it('is not kept for an unlinked Doc, and goes at the first read after the Doc is unlinked for both', () => {
    const env = linkedDoc();
    expect(recordOf(env)).toBeDefined();
    delete env.world.state.documentProperties[env.documentId]!.link;
    env.as(ANA);
    expect((env.sandbox.call('getSidebarState') as SidebarState).linked).toBe(false);
    expect(recordOf(env)).toBeUndefined();
    expect(openSidebar(env).embedded).toBeUndefined();
  });

  it('goes with this user’s run records when the Doc is found deleted', () => {
    const env = linkedDoc();
    expect(recordOf(env)).toBeDefined();
    env.docs.remove(env.documentId);
    env.fire(ANA, 'onHourlyTick');
    expect(props(env)[`doc:${env.documentId}`]).toBeUndefined();
    expect(recordOf(env)).toBeUndefined();
  });
});

describe('the last-known state in a full store', () => {
  const storeBytes = (env: Env) =>
    Object.entries(props(env)).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);

  it('never makes room for itself: a full store keeps every other record, and the call still answers', () => {
    const env = linkedDoc();
    delete props(env)[`last:${env.documentId}`];
    for (let i = 0; storeBytes(env) < PROPERTY_STORE_LIMIT - 100; i++)
      props(env)[`status:other-${i}`] = 'x'.repeat(Math.min(7_000, PROPERTY_STORE_LIMIT - 100 - storeBytes(env)));
    const before = Object.keys(props(env)).sort();
    env.as(ANA);
    expect((env.sandbox.call('getSidebarState') as SidebarState).linked).toBe(true);
    expect(Object.keys(props(env)).sort()).toEqual(before);
  });

  it('is the first record to go when another must be written', () => {
    const env = linkedDoc();
    for (let i = 0; storeBytes(env) < PROPERTY_STORE_LIMIT - 6_300; i++) {
      props(env)[`status:other-${i}`] = 'y'.repeat(200);
      props(env)[`last:other-${i}`] = 'x'.repeat(6_000);
    }
    props(env)['status:other-last'] = 'y'.repeat(PROPERTY_STORE_LIMIT - storeBytes(env) - 100);
    const statuses = Object.keys(props(env)).filter((k) => k.startsWith('status:other-'));
    const lastKnown = Object.keys(props(env)).filter((k) => k.startsWith('last:'));
    env.as(ANA);
    env.sandbox.call('addPrivateNote', `a long point ${'z'.repeat(400)}`, { requestId: 'req-note-0000002' });
    expect(props(env)[`notes:${env.documentId}`]).toContain('a long point');
    for (const key of statuses) expect(props(env)[key]).toBeDefined();
    expect(lastKnown.filter((key) => props(env)[key] === undefined).length).toBeGreaterThan(0);
  });
});
