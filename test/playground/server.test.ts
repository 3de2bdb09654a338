// Tests of the playground server over real HTTP: the built Code.js behind it, its state file, and its guards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { playgroundSeed } from '../../playground/seed';
import { type Playground, startPlayground } from '../../playground/server';

const root = path.resolve(__dirname, '../..');
// A day of the clock is 48 trigger runs through the sandbox: seconds on a busy machine.
jest.setTimeout(30_000);
const TODAY_HEADING = 'Sun, Nov 22, 2026 · 1:1';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test replies are read field by field
  json: any;
}

/** A plain node:http request, so the test controls every header (Host, Content-Type) itself. */
function request(
  base: string,
  pathname: string,
  options: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const method = options.method ?? (payload === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = {
    ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathname, base), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const count = (text: string, part: string) => text.split(part).length - 1;

let dir: string;
let statePath: string;
let playground: Playground;
const errors: unknown[] = [];

const start = () => startPlayground({ port: 0, statePath, root, onError: (e) => errors.push(e) });
const state = async () => (await request(playground.url, '/api/state')).json;

beforeAll(async () => {
  // The server runs dist/Code.js as Apps Script would: build it from the current sources first.
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'playground-test-'));
  statePath = path.join(dir, 'state.json');
  playground = await start();
}, 120_000);

afterAll(async () => {
  await playground?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the playground server', () => {
  it('serves the page with the sidebar frame, on 127.0.0.1', async () => {
    expect(playground.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(playground.origin).toBe('seed');
    const page = await request(playground.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // The frame's address is set by the page's script, with the round trip the toolbar has.
    expect(page.text).toMatch(/<iframe[^>]+id="sidebar"/);
    expect(page.text).not.toContain('__CSP_NONCE__');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'nonce-/);
  });

  it('serves the built sidebar with the google.script.run shim as the first script of <head>', async () => {
    const sidebar = await request(playground.url, '/sidebar');
    expect(sidebar.status).toBe(200);
    const firstScript = sidebar.text.indexOf('<script');
    expect(firstScript).toBeGreaterThan(sidebar.text.indexOf('<head'));
    expect(firstScript).toBeLessThan(sidebar.text.indexOf('</head>'));
    expect(sidebar.text.slice(firstScript, sidebar.text.indexOf('</script>', firstScript))).toContain(
      'window.google.script',
    );
    // Every script carries this response's nonce, or the CSP would block the sidebar's own code.
    const nonce = /'nonce-([^']+)'/.exec(String(sidebar.headers['content-security-policy']))![1]!;
    expect(count(sidebar.text, '<script')).toBe(count(sidebar.text, `<script nonce="${nonce}"`));
  });

  it('starts from the seed: the Doc, the clock and its time zone', async () => {
    const s = await state();
    expect(s.clock).toBe('2026-11-22T14:00:00.000Z');
    expect(s.timeZone).toBe('America/New_York');
    expect(s.activeUser).toBe('ben@example.com');
    expect(s.html).toContain('Ana / Ben — 1:1 notes');
    expect(s.html).toContain('Mon, Nov 16, 2026 · 1:1');
    expect(s.html).toMatch(/class="key-badge"[^>]*>.*?keyed</);
    expect(s.html).not.toContain(TODAY_HEADING);
    expect(s.functions).toEqual(expect.arrayContaining(['getSidebarState', 'prepareNow', 'onOpen']));
  });

  it('POST /api/prepare inserts today’s section with last meeting’s open items, in one get and one batchUpdate', async () => {
    const before = await state();
    const answer = await request(playground.url, '/api/prepare', { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ ok: true, value: { status: { outcome: 'inserted' } } });

    const after = await state();
    expect(after.calls.docsGet - before.calls.docsGet).toBe(1);
    expect(after.calls.docsBatchUpdate - before.calls.docsBatchUpdate).toBe(1);
    const html: string = after.html;
    expect(count(html, TODAY_HEADING)).toBe(1);
    expect(html.indexOf(TODAY_HEADING)).toBeLessThan(html.indexOf('Mon, Nov 16, 2026'));
    expect(html).toContain('Carried over');
    // Open items of Nov 16 now appear twice: there, and carried into today.
    expect(count(html, 'draft the Q1 growth plan')).toBe(2);
    expect(count(html, 'share the staff-engineer rubric')).toBe(2);
    // Carried once before: three copies, each still from Nov 2, never "from … from …".
    expect(count(html, 'write the RFC for the search indexer')).toBe(3);
    expect(html).not.toMatch(/from Nov 16\)?\s*\(from/);
    // Done items stay where they are.
    expect(count(html, 'send the incident review')).toBe(1);
    expect(count(html, 'book a room for the team offsite')).toBe(1);
    expect(after.status).toMatchObject({ outcome: 'inserted' });
  });

  it('a second POST /api/prepare adds nothing', async () => {
    const before = await state();
    const answer = await request(playground.url, '/api/prepare', { body: {} });
    expect(answer.json).toMatchObject({ ok: true, value: { status: { outcome: 'nothing to do' } } });
    const after = await state();
    expect(after.html).toBe(before.html);
    expect(after.calls.docsBatchUpdate).toBe(before.calls.docsBatchUpdate);
    expect(count(after.html, TODAY_HEADING)).toBe(1);
  });

  it('POST /rpc/getSidebarState answers the sidebar state with last meeting’s commitments', async () => {
    const answer = await request(playground.url, '/rpc/getSidebarState', { body: [] });
    expect(answer.status).toBe(200);
    expect(answer.json.ok).toBe(true);
    const texts = answer.json.value.commitments.map((c: { text: string }) => c.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).toContain('draft the Q1 growth plan');
  });

  it('answers a server function’s error as {ok:false, error} with HTTP 200', async () => {
    // Not a recurring event of anyone's calendar: linkSeries refuses it in words.
    const answer = await request(playground.url, '/rpc/linkSeries', {
      body: [{ calendarId: 'primary', eventId: 'nosuchevent' }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.ok).toBe(false);
    expect(typeof answer.json.error).toBe('string');
  });

  it('refuses names that are not top-level functions of Code.js', async () => {
    for (const name of ['notAFunction', 'constructor', 'toString', 'Docs', 'eval', '__proto__']) {
      const answer = await request(playground.url, `/rpc/${name}`, { body: [] });
      expect(answer.status).toBe(404);
    }
  });

  it('moves the simulated clock by hours or days, and refuses anything else', async () => {
    const start = Date.parse((await state()).clock);
    expect((await request(playground.url, '/api/clock', { body: { hours: 1 } })).status).toBe(200);
    const moved = await request(playground.url, '/api/clock', { body: { days: 1 } });
    expect(Date.parse(moved.json.clock) - start).toBe(25 * 3_600_000);
    for (const body of [{}, { hours: 'x' }, { hours: 1, days: 1 }, { days: 1e9 }, [], null]) {
      expect((await request(playground.url, '/api/clock', { body })).status).toBe(400);
    }
    expect(Date.parse((await state()).clock) - start).toBe(25 * 3_600_000);
  });

  it('keeps the Doc and the clock across a restart from the same state file', async () => {
    const before = await state();
    await playground.close();
    playground = await start();
    expect(playground.origin).toBe('file');
    const after = await state();
    expect(after.html).toBe(before.html);
    expect(after.clock).toBe(before.clock);
    expect(after.calls).toEqual(before.calls);
    expect(count(after.html, TODAY_HEADING)).toBe(1);
  });

  it('POST /api/reset goes back to the seed', async () => {
    const answer = await request(playground.url, '/api/reset', { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.json.html).not.toContain(TODAY_HEADING);
    expect(answer.json.clock).toBe('2026-11-22T14:00:00.000Z');
    expect(answer.json.calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
  });

  it('guards its routes: host, content type, size, JSON, method, unknown paths', async () => {
    const url = playground.url;
    expect((await request(url, '/api/state', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await request(url, '/api/reset', { raw: '{}', headers: { 'Content-Type': 'text/plain' } })).status).toBe(
      415,
    );
    expect((await request(url, '/rpc/getSidebarState', { raw: 'x'.repeat(1024 * 1024 + 1) })).status).toBe(413);
    expect((await request(url, '/rpc/getSidebarState', { raw: '{not json' })).status).toBe(400);
    expect((await request(url, '/rpc/getSidebarState', { body: { not: 'an array' } })).status).toBe(400);
    expect((await request(url, '/api/prepare', { method: 'GET' })).status).toBe(405);
    expect((await request(url, '/rpc/%E0%A4%A', { body: [] })).status).toBe(400);
    expect((await request(url, '/nope')).status).toBe(404);
    // Still serving after all of that.
    expect((await request(url, '/api/state')).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('starts from the seed when the state file is unreadable', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ this is not json');
    const seen: unknown[] = [];
    const other = await startPlayground({ port: 0, statePath: broken, root, onError: (e) => seen.push(e) });
    try {
      expect(other.origin).toBe('seed');
      expect(seen).toHaveLength(1);
      const s = (await request(other.url, '/api/state')).json;
      expect(s.html).toContain('Mon, Nov 16, 2026 · 1:1');
    } finally {
      await other.close();
    }
  });
});

describe('the playground’s calendar and triggers', () => {
  const ANA = 'ana@example.com';
  const BEN = 'ben@example.com';
  const NOV_23 = 'Mon, Nov 23, 2026 · 1:1';
  let calendarDir: string;
  let calendarState: string;
  let pg: Playground;
  const startCalendarPlayground = () =>
    startPlayground({ port: 0, statePath: calendarState, root, onError: (e) => errors.push(e) });
  const get = async () => (await request(pg.url, '/api/state')).json;
  const post = async (pathname: string, body: unknown = {}) => {
    const reply = await request(pg.url, pathname, { body });
    expect(reply.status).toBe(200);
    return reply.json;
  };
  const asUser = (email: string) => post('/api/user', { email });
  const fire = (handler: 'onHourlyTick') => post('/api/fire', { handler });
  const edit = (what: 'move' | 'cancel' | 'split') => post('/api/calendar', { edit: what });
  const headings = async () => (await get()).sections.map((s: { heading: string }) => s.heading);
  const sectionsNamed = async (heading: string) =>
    (await get()).sections.filter((s: { heading: string }) => s.heading === heading);

  beforeAll(async () => {
    calendarDir = mkdtempSync(path.join(os.tmpdir(), 'playground-calendar-'));
    calendarState = path.join(calendarDir, 'state.json');
    pg = await startCalendarPlayground();
  });

  afterAll(async () => {
    await pg?.close();
    rmSync(calendarDir, { recursive: true, force: true });
  });

  it('seeds the 1:1 series with history, and other series to choose from', async () => {
    // These tests fire each trigger by hand; the next describe lets the clock fire them.
    expect((await post('/api/triggers', { auto: false })).autoTriggers).toBe(false);
    const s = await get();
    expect(s.oneOnOne).toMatchObject({
      seriesId: 'anaben1on1',
      title: 'Ana / Ben 1:1',
      organizer: ANA,
      next: { start: '2026-11-23T10:00:00-05:00', moved: false },
    });
    expect(s.triggers).toEqual([]);
    expect(s.linked).toBe(false);
    const listed = await post('/rpc/listRecurringSeries', []);
    expect(listed.ok).toBe(true);
    const titles = listed.value.map((x: { title: string }) => x.title);
    expect(titles[0]).toBe('Ana / Ben 1:1');
    expect(titles).toEqual(expect.arrayContaining(['Team standup', 'Search indexer sync']));
  });

  it('says to link first when the user has no triggers', async () => {
    expect(await fire('onHourlyTick')).toEqual({ ok: false, error: expect.stringContaining('Link the Doc first') });
  });

  it('fires no calendar-change trigger by hand: Google fires one when the calendar changes, never on request', async () => {
    const refused = await request(pg.url, '/api/fire', { body: { handler: 'onCalendarEventUpdated' } });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatch(/fires when the calendar changes/);
    const page = (await request(pg.url, '/')).text;
    expect(page).not.toMatch(/Fire the calendar change/);
    expect(page).toContain('Fire the hourly tick');
  });

  it('links as Ben, then as Ana: each has their own hourly triggers', async () => {
    const asBen = await post('/api/link');
    expect(asBen).toMatchObject({ ok: true, value: { linked: true } });
    const ben = await get();
    expect(ben.activeUser).toBe(BEN);
    expect(ben.linked).toBe(true);
    expect(ben.triggers.filter((t: { handler: string }) => t.handler === 'onHourlyTick')).toHaveLength(1);

    const switched = await asUser(ANA);
    expect(switched.activeUser).toBe(ANA);
    expect(switched.user).toMatchObject({ name: 'Ana Silva', role: 'manager' });
    // Ana linked her Docs with Priya and Sam before: her two hourly triggers live there, one for all her Docs.
    expect(switched.triggers.filter((t: { handler: string }) => t.handler === 'onHourlyTick')).toHaveLength(2);
    expect(await post('/api/link')).toMatchObject({ ok: true });
    const ana = await get();
    expect(ana.triggers).toEqual(switched.triggers);
    expect(ana.triggers.map((t: { uid: string }) => t.uid)).not.toEqual(
      expect.arrayContaining(ben.triggers.map((t: { uid: string }) => t.uid)),
    );
    // Linking again installs nothing more.
    await post('/api/link');
    expect((await get()).triggers).toHaveLength(ana.triggers.length);
  });

  it('jumps to an hour before the next 1:1; the hourly tick then inserts its section, once for both users', async () => {
    const jumped = await post('/api/clock/next-1on1');
    expect(jumped.clock).toBe('2026-11-23T14:00:00.000Z');
    const before = (await get()).calls;
    const first = await fire('onHourlyTick');
    expect(first).toMatchObject({ ok: true, message: expect.stringContaining(`Added the section “${NOV_23}”`) });
    const after = await get();
    expect(after.calls.docsBatchUpdate - before.docsBatchUpdate).toBe(1);
    const [section] = await sectionsNamed(NOV_23);
    expect(section.key).toMatch(/^anaben1on1@google\.com\|2026-11-23T15:00:00/);
    expect(after.status).toMatchObject({ outcome: 'inserted' });
    expect(after.html).toContain('Carried over');

    await fire('onHourlyTick');
    expect(await sectionsNamed(NOV_23)).toHaveLength(1);
    await asUser(BEN);
    expect(await fire('onHourlyTick')).toMatchObject({ ok: true });
    expect(await sectionsNamed(NOV_23)).toHaveLength(1);
  });

  it('moving the next 1:1 re-dates its heading on the next hourly run (no add-on may have a calendar trigger)', async () => {
    expect(await edit('move')).toMatchObject({ ok: true, message: expect.stringContaining('Ana Silva moved') });
    expect((await get()).oneOnOne.next).toMatchObject({ start: '2026-11-24T10:00:00-05:00', moved: true });
    // Within the lead time the hourly run reads Calendar every hour: the next firing sees the move.
    await post('/api/clock', { hours: 1 });
    expect(await fire('onHourlyTick')).toMatchObject({ ok: true });
    const all = await headings();
    expect(all).toContain('Tue, Nov 24, 2026 · 1:1');
    expect(all).not.toContain(NOV_23);
  });

  it('cancelling it marks the heading “(cancelled)” and keeps the section', async () => {
    expect(await edit('cancel')).toMatchObject({ ok: true });
    expect((await get()).oneOnOne.next.start).toBe('2026-11-30T10:00:00-05:00');
    await post('/api/clock', { hours: 1 });
    expect(await fire('onHourlyTick')).toMatchObject({ ok: true });
    const cancelled = await sectionsNamed('Tue, Nov 24, 2026 · 1:1 (cancelled)');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].cancelled).toBe(true);
  });

  it('after a split, later sections follow the new series', async () => {
    const before = await get();
    expect(await edit('split')).toMatchObject({ ok: true });
    const split = await get();
    expect(split.oneOnOne.seriesId).not.toBe(before.oneOnOne.seriesId);
    expect(split.oneOnOne.next.start).toBe('2026-11-30T11:00:00-05:00');
    expect(await fire('onHourlyTick')).toMatchObject({ ok: true });

    expect((await post('/api/clock/next-1on1')).clock).toBe('2026-11-30T15:00:00.000Z');
    expect(await fire('onHourlyTick')).toMatchObject({
      ok: true,
      message: expect.stringContaining('Added the section'),
    });
    const [nov30] = await sectionsNamed('Mon, Nov 30, 2026 · 1:1');
    expect(nov30.key.split('|')[0]).toBe(split.oneOnOne.iCalUID);

    await post('/api/clock/next-1on1');
    await asUser(ANA);
    await fire('onHourlyTick');
    const [dec7] = await sectionsNamed('Mon, Dec 7, 2026 · 1:1');
    expect(dec7.key.split('|')[0]).toBe(split.oneOnOne.iCalUID);
    const keyed = (await get()).sections.filter((s: { key: string | null }) => s.key?.includes('@google.com'));
    expect(keyed.map((s: { heading: string }) => s.heading)).toEqual([
      'Mon, Dec 7, 2026 · 1:1',
      'Mon, Nov 30, 2026 · 1:1',
      'Tue, Nov 24, 2026 · 1:1 (cancelled)',
    ]);
  });

  it('refuses malformed requests', async () => {
    for (const [pathname, body] of [
      ['/api/user', { email: 'eve@example.com' }],
      ['/api/user', {}],
      ['/api/fire', { handler: 'onOpen' }],
      ['/api/fire', { handler: 'toString' }],
      ['/api/calendar', { edit: 'delete' }],
    ] as const) {
      expect((await request(pg.url, pathname, { body })).status).toBe(400);
    }
  });

  it('keeps the calendar, the triggers and the active user across a restart', async () => {
    const before = await get();
    await pg.close();
    pg = await startCalendarPlayground();
    expect(pg.origin).toBe('file');
    const after = await get();
    for (const field of [
      'html',
      'clock',
      'activeUser',
      'triggers',
      'oneOnOne',
      'calendarActions',
      'calls',
      'status',
      'autoTriggers',
      'nextHourlyRun',
    ])
      expect(after[field]).toEqual(before[field]);
    // The replayed calendar still works for the add-on: Ben's hourly run reads it, and the moved meeting is re-dated.
    expect(await edit('move')).toMatchObject({ ok: true });
    await asUser(BEN);
    expect(await fire('onHourlyTick')).toMatchObject({ ok: true });
    expect((await get()).status.outcome).not.toBe('error');
    expect(await headings()).toContain('Tue, Dec 8, 2026 · 1:1');
  });

  it('loads a state file from before the calendar with the seed’s calendar, and refuses one that no longer replays', async () => {
    const saved = JSON.parse(readFileSync(calendarState, 'utf8'));
    const old = path.join(calendarDir, 'version1.json');
    const { calendar: _dropped, ...withoutCalendar } = saved;
    writeFileSync(old, JSON.stringify({ ...withoutCalendar, version: 1 }));
    const seen: unknown[] = [];
    const first = await startPlayground({ port: 0, statePath: old, root, onError: (e) => seen.push(e) });
    try {
      expect(first.origin).toBe('file');
      const s = (await request(first.url, '/api/state')).json;
      expect(s.oneOnOne.seriesId).toBe('anaben1on1');
      expect(s.html).toBe((await get()).html);
    } finally {
      await first.close();
    }

    const broken = path.join(calendarDir, 'unreplayable.json');
    const bogus = { at: 0, op: 'cancelOccurrence', calendarId: ANA, seriesId: 'nosuchseries', originalStart: 'x' };
    writeFileSync(broken, JSON.stringify({ ...saved, calendar: { ...saved.calendar, actions: [bogus] } }));
    const second = await startPlayground({ port: 0, statePath: broken, root, onError: (e) => seen.push(e) });
    try {
      expect(second.origin).toBe('seed');
      expect(String(seen)).toMatch(/calendar action 1 \(cancelOccurrence\) no longer applies/);
    } finally {
      await second.close();
    }
  });

  it('a reset brings the seed calendar back', async () => {
    const reset = (await request(pg.url, '/api/reset', { body: {} })).json;
    expect(reset.oneOnOne.seriesId).toBe('anaben1on1');
    expect(reset.triggers).toEqual([]);
    expect(reset.activeUser).toBe(BEN);
    expect(errors).toEqual([]);
  });
});

describe('the playground tells the truth: clock, triggers, sidebar time, Doc edits', () => {
  const BEN = 'ben@example.com';
  let truthDir: string;
  let pg: Playground;
  const seen: unknown[] = [];
  const open = (seed?: () => ReturnType<typeof playgroundSeed>) =>
    startPlayground({
      port: 0,
      statePath: path.join(truthDir, `state-${Math.random()}.json`),
      root,
      onError: (e) => seen.push(e),
      ...(seed ? { seed } : {}),
    });
  const get = async (on = pg) => (await request(on.url, '/api/state')).json;
  const post = async (pathname: string, body: unknown = {}, on = pg) => request(on.url, pathname, { body });
  const ok = async (pathname: string, body: unknown = {}, on = pg) => {
    const reply = await post(pathname, body, on);
    expect([reply.status, reply.json?.error]).toEqual([200, undefined]);
    return reply.json;
  };
  /** The index range the page renders for the paragraph whose text starts with `text`. */
  const paragraphOf = (html: string, text: string) => {
    const at = html.indexOf(text);
    expect(at).toBeGreaterThan(-1);
    const opens = [...html.slice(0, at).matchAll(/data-start="(\d+)" data-end="(\d+)"/g)];
    const last = opens[opens.length - 1]!;
    return { start: Number(last[1]), end: Number(last[2]) };
  };
  /** Ana's Q1 line as the seed has it, typed over with `typed(line)`, as a person edits it in the Doc pane. */
  const retypeQ1Line = async (s: { html: string; revisionId: string }, typed: (line: string) => string) => {
    const line = '☐ Ana: draft the Q1 growth plan (due Nov 30)';
    const { start } = paragraphOf(s.html, ' Ana: draft the Q1 growth plan');
    return ok('/api/doc/type', { revisionId: s.revisionId, start, before: line, text: typed(line) });
  };
  const lineHtml = (html: string, text: string) => {
    const at = html.indexOf(text);
    return html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at));
  };

  beforeAll(() => {
    truthDir = mkdtempSync(path.join(os.tmpdir(), 'playground-truth-'));
  });
  beforeEach(async () => {
    pg = await open();
  });
  afterEach(async () => {
    await pg?.close();
  });
  afterAll(() => {
    rmSync(truthDir, { recursive: true, force: true });
    expect(seen).toEqual([]);
  });

  it('moving the clock fires every user’s hourly trigger as it falls due, each at its own time', async () => {
    const start = Date.parse((await get()).clock);
    expect((await get()).autoTriggers).toBe(true);
    await ok('/api/link');
    await ok('/api/user', { email: 'ana@example.com' });
    await ok('/api/link');
    const linked = await get();
    expect(linked.nextHourlyRun).toBe(new Date(start + 3_600_000).toISOString());
    const before = linked.calls;

    // The Monday 10:00 meeting's section is due 24 hours before it: one hour after the seed's clock. Ana has two
    // hourly triggers (she has several linked Docs): the second finds the hour's work done.
    const hour = await ok('/api/clock', { hours: 1 });
    expect(hour.runs).toHaveLength(3);
    expect(hour.runs.map((r: { user: string }) => r.user).sort()).toEqual(['ana@example.com', 'ana@example.com', BEN]);
    for (const run of hour.runs) expect(run.at).toBe(start + 3_600_000);
    expect(hour.said).toMatch(/^3 trigger runs \(/);
    expect(hour.said).toContain('Added the section “Mon, Nov 23, 2026 · 1:1”');
    expect(hour.sections.filter((s: { heading: string }) => s.heading === 'Mon, Nov 23, 2026 · 1:1')).toHaveLength(1);
    expect(hour.calls.docsBatchUpdate - before.docsBatchUpdate).toBe(1);

    // A day: 24 runs of each trigger, in time order, and still one section.
    const day = await ok('/api/clock', { days: 1 });
    expect(day.runs).toHaveLength(72);
    const times = day.runs.map((r: { at: number }) => r.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBe(start + 25 * 3_600_000);
    expect(day.sections.filter((s: { heading: string }) => s.heading === 'Mon, Nov 23, 2026 · 1:1')).toHaveLength(1);
    expect(day.clock).toBe(new Date(start + 25 * 3_600_000).toISOString());
  });

  it('with the switch off, the clock moves alone and the buttons fire by hand; on again, firing resumes an hour later', async () => {
    await ok('/api/link');
    expect((await ok('/api/triggers', { auto: false })).autoTriggers).toBe(false);
    const still = await ok('/api/clock', { days: 2 });
    expect(still.runs).toEqual([]);
    expect(still.status).toBeNull();
    expect(still.sections.map((s: { heading: string }) => s.heading)).not.toContain('Mon, Nov 23, 2026 · 1:1');
    expect(await ok('/api/fire', { handler: 'onHourlyTick' })).toMatchObject({ ok: true });

    expect((await ok('/api/triggers', { auto: true })).autoTriggers).toBe(true);
    // Each trigger once: Ben's, and Ana's two (from her other linked Docs).
    const resumed = await ok('/api/clock', { hours: 1 });
    expect(resumed.runs.map((r: { user: string }) => r.user).sort()).toEqual([
      'ana@example.com',
      'ana@example.com',
      BEN,
    ]);
    expect((await post('/api/triggers', { auto: 'yes' })).status).toBe(400);
  });

  it('a calendar edit fires every calendar-change trigger at once, where calendar triggers may exist, even with the hourly ones fired by hand', async () => {
    const bound = await open(() => {
      const seed = playgroundSeed();
      seed.world.calendarTriggersAllowed = true;
      return seed;
    });
    try {
      await ok('/api/link', {}, bound);
      await ok('/api/clock', { hours: 1 }, bound);
      expect((await get(bound)).triggers.map((t: { handler: string }) => t.handler)).toContain(
        'onCalendarEventUpdated',
      );
      // The switch holds back the clock's firings only: a calendar change is not the clock's.
      await ok('/api/triggers', { auto: false }, bound);
      const moved = await ok('/api/calendar', { edit: 'move' }, bound);
      // Ben's, and Ana's (her other Docs are linked in this calendar too).
      expect(moved.message).toMatch(/2 trigger runs \(Ana Silva 1, Ben Okafor 1\)/);
      const headings = (await get(bound)).sections.map((s: { heading: string }) => s.heading);
      expect(headings).toContain('Tue, Nov 24, 2026 · 1:1');
      expect(headings).not.toContain('Mon, Nov 23, 2026 · 1:1');
    } finally {
      await bound.close();
    }
  });

  it('seeds Ana with more linked Docs: All my 1:1s lists them, the Ana / Ben Doc once she links it, and a restart keeps them', async () => {
    const titles = async (on = pg) => {
      const answer = await ok('/rpc/getOverview', [{ timeZone: 'America/New_York' }], on);
      return answer.value.docs.map((d: { title: string }) => d.title).sort();
    };
    await ok('/api/user', { email: 'ana@example.com' });
    expect(await titles()).toEqual(['Ana / Priya — 1:1 notes', 'Ana / Sam — 1:1 notes']);
    // The seed's set-up is not counted as the person's calls.
    expect((await get()).calls).toEqual({ docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 });
    await ok('/api/link');
    const three = ['Ana / Ben — 1:1 notes', 'Ana / Priya — 1:1 notes', 'Ana / Sam — 1:1 notes'];
    expect(await titles()).toEqual(three);
    // Refresh all reads every Doc: they are all in the Docs engine, not only in Ana's records.
    const refreshed = await ok('/rpc/refreshOverview', [{ timeZone: 'America/New_York' }]);
    expect(refreshed.value.refreshed).toMatchObject({ read: 3, failures: [] });

    const file = path.join(truthDir, 'kept.json');
    const first = await startPlayground({ port: 0, statePath: file, root, onError: (e) => seen.push(e) });
    try {
      await ok('/api/user', { email: 'ana@example.com' }, first);
      await ok('/api/prepare', {}, first);
    } finally {
      await first.close();
    }
    const again = await startPlayground({ port: 0, statePath: file, root, onError: (e) => seen.push(e) });
    try {
      expect(again.origin).toBe('file');
      expect(await titles(again)).toEqual(['Ana / Priya — 1:1 notes', 'Ana / Sam — 1:1 notes']);
      const reread = await ok('/rpc/refreshOverview', [{ timeZone: 'America/New_York' }], again);
      expect(reread.value.refreshed).toMatchObject({ read: 2, failures: [] });
    } finally {
      await again.close();
    }
  });

  it('gives the sidebar the simulated clock and zone: in the page it opens with, and with every answer', async () => {
    const s = await get();
    const page = await request(pg.url, '/sidebar');
    expect(page.text).toContain(`simulateTime(${JSON.stringify({ now: Date.parse(s.clock), timeZone: s.timeZone })})`);
    await ok('/api/clock', { hours: 5 });
    const answer = await ok('/rpc/getSidebarState', []);
    expect(answer.ok).toBe(true);
    expect(answer.time).toEqual({ now: Date.parse(s.clock) + 5 * 3_600_000, timeZone: 'America/New_York' });
  });

  it('typing in a paragraph goes through the engine: only the changed span, chips kept, never counted as the add-on’s calls', async () => {
    const s = await get();
    const typed = await retypeQ1Line(s, () => '☐ Ana: draft the Q1 growth plan with Priya (due Nov 30)');
    expect(typed.message).toMatch(/Your typing is in the Doc/);
    expect(typed.html).toContain('Ana: draft the Q1 growth plan with Priya (due Nov 30)');
    expect(typed.revisionId).not.toBe(s.revisionId);
    expect(typed.calls).toEqual(s.calls);

    // The person chip stays a chip when the text around it changes.
    const chipLine = paragraphOf(typed.html, ' share the staff-engineer rubric with Ben');
    const withChip = await ok('/api/doc/type', {
      revisionId: typed.revisionId,
      start: chipLine.start,
      before: '☐ \uFFFC share the staff-engineer rubric with Ben',
      text: '☐ \uFFFC share the new staff-engineer rubric with Ben',
    });
    expect(lineHtml(withChip.html, 'share the new staff-engineer rubric')).toMatch(/chip-person[^>]*>.*Ana Silva/);
  });

  it('typed text finds its paragraph after the add-on inserted above it, and a changed paragraph is refused, not overwritten', async () => {
    const s = await get();
    const { start } = paragraphOf(s.html, 'Design review went well');
    await ok('/api/prepare');
    const moved = await get();
    expect(paragraphOf(moved.html, 'Design review went well').start).toBeGreaterThan(start);
    const before = 'Design review went well; Priya wants Ben to lead the next one.';
    await ok('/api/doc/type', { revisionId: s.revisionId, start, before, text: `${before} Agreed.` });
    expect((await get()).html).toContain('Priya wants Ben to lead the next one. Agreed.');

    const refused = await post('/api/doc/type', { revisionId: s.revisionId, start, before, text: 'Overwritten' });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatch(/changed in the Doc while you typed/);
    expect((await get()).html).not.toContain('Overwritten');
    const now = `${before} Agreed.`;
    const chip = await post('/api/doc/type', { revisionId: s.revisionId, start, before: now, text: `${now}\uFFFC` });
    expect(chip.status).toBe(400);
  });

  it('ticks in the Doc only as Google Docs does: typing ☑ or [x] over the ☐, or striking the line; no click toggles it', async () => {
    const done = async (text: string) =>
      (await ok('/rpc/getSidebarState', [])).value.commitments.find((c: { text: string }) => c.text.includes(text))
        .done;
    const s = await get();
    // A ☐ is a character of the line, shown as text: nothing on the page or the server ticks it by a click.
    expect(lineHtml(s.html, ' Ana: draft the Q1 growth plan')).not.toMatch(/<button|data-at=/);
    expect((await post('/api/doc/tick', { revisionId: s.revisionId, at: 1 })).status).toBe(404);
    expect((await get()).revisionId).toBe(s.revisionId);
    expect(await done('draft the Q1 growth plan')).toBe(false);

    const typed = await retypeQ1Line(s, (line) => `☑${line.slice(1)}`);
    expect(lineHtml(typed.html, ' Ana: draft the Q1 growth plan')).toContain('☑ Ana: draft the Q1 growth plan');
    expect(await done('draft the Q1 growth plan')).toBe(true);

    const rubric = '☐ Ben: write the RFC for the search indexer  (from Nov 2)';
    const at = paragraphOf(typed.html, ' Ben: write the RFC for the search indexer').start;
    const bracket = await ok('/api/doc/type', {
      revisionId: typed.revisionId,
      start: at,
      before: rubric,
      text: `[x]${rubric.slice(1)}`,
    });
    expect(await done('write the RFC for the search indexer')).toBe(true);

    const chipLine = paragraphOf(bracket.html, ' share the staff-engineer rubric with Ben');
    await ok('/api/doc/strike', { revisionId: bracket.revisionId, start: chipLine.start, end: chipLine.end - 1 });
    expect(await done('share the staff-engineer rubric')).toBe(true);
  });

  it('strikes the selected text through updateTextStyle, and a second strike takes it off', async () => {
    const s = await get();
    const { start } = paragraphOf(s.html, 'Design review went well');
    const struck = await ok('/api/doc/strike', { revisionId: s.revisionId, start, end: start + 13 });
    expect(struck.html).toMatch(/<s><span data-i="\d+">Design review<\/span><\/s>/);
    const unstruck = await ok('/api/doc/strike', { revisionId: struck.revisionId, start, end: start + 13 });
    expect(unstruck.html).not.toMatch(/<s><span data-i="\d+">Design review/);
    for (const body of [
      { revisionId: unstruck.revisionId, start, end: start },
      { revisionId: unstruck.revisionId, start: -1, end: 3 },
      { revisionId: unstruck.revisionId, start: 'a', end: 3 },
      { start, end: start + 2 },
    ])
      expect((await post('/api/doc/strike', body)).status).toBe(400);
  });
});
