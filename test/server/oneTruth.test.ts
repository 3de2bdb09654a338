// One truth per Doc, through the built Code.js: every trigger acts on the link the Doc states now, a write happens once
// whatever fails after it, and each call reads what it needs once.
import { PROPERTY_STORE_LIMIT } from '../../dev/appsScriptGlobals';
import { addLinkedDocs } from '../../dev/harness';
import { LINK_MARK_PREFIX, linkMarkName, REQUEST_MARK_PREFIX } from '../../src/core/marks';
import { parseDoc } from '../../src/core/parse';
import type { OverviewState, SidebarPatch, SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { english, refusal } from '../support/words';
import { ANA, BEN, bodyText, bookOf, markOf, statusOf, withSeries } from '../support/world';

const HOUR = 3_600_000;
/** Fri Nov 20, 10:00 in New York; the weekly 1:1 is on Mondays at 10:00. */
const FRIDAY = Date.parse('2026-11-20T15:00:00Z');
const NY = { timeZone: 'America/New_York' };
type Env = ReturnType<typeof withSeries>;

const sections = (env: Env, documentId = env.documentId) =>
  parseDoc(env.docs.get(documentId, { includeTabsContent: true })).sections;
const count = (text: string, what: string) => text.split(what).length - 1;
const ctx = (requestId: string) => ({ ...NY, requestId });

/** Fires every trigger of `users` each hour for `hours` hours from `from`, as Apps Script would. */
function runHours(env: Env, users: string[], from: number, hours: number) {
  for (let h = 0; h <= hours; h++) {
    env.setClock(from + h * HOUR);
    for (const user of users) env.fire(user, 'onHourlyTick');
  }
}

/** The Docs engine's batchUpdate, wrapped: `after` runs once the write has applied, `before` just before it. */
function aroundWrites(env: Env, hooks: { before?: () => void; after?: () => void }) {
  const real = env.docs.batchUpdate.bind(env.docs);
  env.docs.batchUpdate = (resource, documentId) => {
    const { before, after } = hooks;
    hooks.before = undefined;
    before?.();
    const out = real(resource, documentId);
    hooks.after = undefined;
    after?.();
    return out;
  };
}

describe('every user’s trigger acts on the link the Doc states now', () => {
  it('the manager’s trigger, hosted in her Docs with others, writes nothing into a Doc the report unlinked for both', () => {
    const env = withSeries({ now: FRIDAY });
    addLinkedDocs(env, 2);
    env.link(ANA);
    // Her triggers live in her Docs with the two others; none in this one.
    expect(env.triggersOf(ANA).map((t) => t.documentId)).not.toContain(env.documentId);
    env.link(BEN);
    env.as(BEN);
    env.sandbox.call('unlinkDocument', ctx('unlink-both-001'));
    const before = env.read();
    runHours(env, [ANA], FRIDAY + HOUR, 8 * 24);
    expect(env.read()).toEqual(before);
    expect(english(statusOf(env, ANA)?.message)).toMatch(/other person unlinked this Doc/);
    expect(bookOf(env, ANA)?.link).toBeUndefined();
    // It leaves her All my 1:1s; her other Docs were prepared all along.
    env.as(ANA);
    const overview = env.sandbox.call('getOverview', NY) as OverviewState;
    expect(overview.docs.map((d) => d.documentId)).not.toContain(env.documentId);
    expect(overview.docs).toHaveLength(2);
    for (const d of overview.docs) expect(sections(env, d.documentId).length).toBeGreaterThan(1);
    // Opened in that Doc, her sidebar says why.
    const state = env.sandbox.call('getSidebarState', NY) as SidebarState;
    expect(state.linked).toBe(false);
    expect(english(state.status?.message)).toMatch(/unlinked/);
  });

  it('after the manager relinks the Doc to a Thursday series, the report’s trigger adds no Monday section', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    env.link(BEN);
    const thursdays = env.calendar.insertEvent(ANA, {
      summary: 'Ana / Ben 1:1 (Thursdays)',
      start: { dateTime: '2026-11-26T15:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-26T15:30:00-05:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH'],
      attendees: [{ email: ANA }, { email: BEN }],
    });
    env.as(ANA);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: thursdays.id }, NY);
    // Only Ben's trigger is left to act: his copy still names the Monday series.
    env.world.state.triggers = env.world.state.triggers.filter((t) => t.user !== ANA);
    expect(bookOf(env, BEN)?.link?.iCalUID).toBe(env.series.iCalUID);
    runHours(env, [BEN], FRIDAY + HOUR, 14 * 24);
    const dates = sections(env).map((s) => s.date);
    expect(dates).toEqual(['2026-12-03', '2026-11-26']);
    for (const s of sections(env)) expect(s.key).toContain(thursdays.iCalUID);
    expect(bookOf(env, BEN)?.link?.iCalUID).toBe(thursdays.iCalUID);
  });

  it('the other person’s settings, changed in the Doc, are the ones a trigger writes with', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    env.link(BEN);
    env.world.state.triggers = env.world.state.triggers.filter((t) => t.user !== BEN);
    env.as(BEN);
    env.sandbox.call('updateSettings', { position: 'oldest-first', dateFormat: 'iso' }, NY);
    expect(markOf(env)?.settings).toMatchObject({ position: 'oldest-first', dateFormat: 'iso' });
    runHours(env, [ANA], FRIDAY + HOUR, 3 * 24);
    expect(sections(env).map((s) => s.headingText)).toEqual(['2026-11-23 · 1:1']);
  });

  it('a lead time the other person lengthened is honoured by the run that reads it, in that same run', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    env.link(BEN);
    env.world.state.triggers = env.world.state.triggers.filter((t) => t.user !== BEN);
    env.as(BEN);
    env.sandbox.call('updateSettings', { leadHours: 96 }, NY);
    // Her copy still says 24 hours: only her daily look at the Doc's mark can tell her, and it writes the section.
    expect(bookOf(env, ANA)?.settings?.leadHours).toBe(24);
    let wroteAt: number | undefined;
    let lookedAt: number | undefined;
    for (let h = 1; h <= 30 && wroteAt === undefined; h++) {
      const readBefore = bookOf(env, ANA)?.readAt;
      runHours(env, [ANA], FRIDAY + h * HOUR, 0);
      if (bookOf(env, ANA)?.readAt !== readBefore) lookedAt ??= FRIDAY + h * HOUR;
      if (sections(env).length > 0) wroteAt = FRIDAY + h * HOUR;
    }
    expect(lookedAt).toBeDefined();
    expect(wroteAt).toBe(lookedAt);
    expect(sections(env).map((s) => s.date)).toEqual(['2026-11-23']);
    expect(bookOf(env, ANA)?.settings?.leadHours).toBe(96);
  });

  it('the mark deleted by hand: triggers go on from their copies, nothing twice, and the next sidebar open writes it again', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    const mark = markOf(env)!;
    env.docs.batchUpdate({ requests: [{ deleteNamedRange: { name: linkMarkName(mark) } }] }, env.documentId);
    expect(markOf(env)).toBeUndefined();
    runHours(env, [ANA], FRIDAY + HOUR, 3 * 24);
    runHours(env, [ANA], FRIDAY + 3 * 24 * HOUR, 2);
    expect(sections(env).map((s) => s.date)).toEqual(['2026-11-23']);
    env.as(ANA);
    env.sandbox.call('getSidebarState', NY);
    expect(markOf(env)).toEqual(mark);
  });

  it.each([
    ['edited into nonsense', [`${LINK_MARK_PREFIX}v=1&g=%E0%A4%A`]],
    ['doubled by a second, other link', [`${LINK_MARK_PREFIX}v=1&g=zzzzzzzz&s=other%40google.com`]],
  ])('the mark %s: no trigger writes until a sidebar sets it right, and the status says so', (_, names) => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    env.link(BEN);
    const own = markOf(env)!;
    const requests = names.map((name) => ({ createNamedRange: { name, range: { startIndex: 1, endIndex: 2 } } }));
    if (names[0]!.includes('%E0')) requests.unshift({ deleteNamedRange: { name: linkMarkName(own) } } as never);
    env.docs.batchUpdate({ requests }, env.documentId);
    const before = env.read();
    env.setClock(Date.parse('2026-11-22T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(env.read()).toEqual(before);
    expect(english(statusOf(env, ANA)?.message)).toMatch(/could not be read.*Open the sidebar/);
    // Ben opens his sidebar: the Doc's properties are the truth there, and the mark says them again.
    env.as(BEN);
    env.sandbox.call('getSidebarState', NY);
    expect(markOf(env)).toEqual(own);
    // Her trigger looks again within the hour, and goes on.
    env.setClock(Date.parse('2026-11-22T16:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(sections(env).map((s) => s.date)).toEqual(['2026-11-23']);
  });
});

describe('All my 1:1s are derived from the Doc, never patched', () => {
  it('ticking one of two owed items leaves the other listed, and the last 1:1 is still today', () => {
    const doc = anaBenDoc({
      items: ['☐ Ana: draft the Q1 growth plan', '☐ Ana: send the offsite budget'],
      nov9: false,
    });
    const env = withSeries({ now: FRIDAY }, {}, doc);
    env.link(ANA);
    runHours(env, [ANA], FRIDAY + HOUR, 3 * 24 + 1);
    // Monday 11:30 in New York: the 10:00 meeting took place an hour ago.
    env.setClock(Date.parse('2026-11-23T16:30:00Z'));
    env.as(ANA);
    const before = env.sandbox.call('getOverview', NY) as OverviewState;
    expect(before.youOwe.map((i) => i.text)).toEqual(['draft the Q1 growth plan', 'send the offsite budget']);
    expect(before.docs[0]!.daysSinceLast).toBe(0);
    const [first] = before.youOwe;
    const after = env.sandbox.call(
      'setOverviewItemDone',
      env.documentId,
      first!.id,
      true,
      first!.seen,
      ctx('owed-tick-00001'),
    ) as OverviewState;
    expect(after.youOwe.map((i) => i.text)).toEqual(['send the offsite budget']);
    expect(after.docs[0]).toMatchObject({ daysSinceLast: 0, openMine: 1 });
    // And the Doc's own sidebar says the same.
    const state = env.sandbox.call('getSidebarState', NY) as SidebarState;
    expect(state.commitments.filter((c) => !c.done).map((c) => c.text)).toEqual(['send the offsite budget']);
    expect(state.cadence?.daysSinceLast).toBe(0);
  });
});

describe('a write happens once, whatever fails after it', () => {
  function linked() {
    const env = withSeries({ now: FRIDAY }, {}, anaBenDoc());
    env.link(ANA);
    env.as(ANA);
    env.sandbox.call('getSidebarState', NY);
    return env;
  }

  it('a topic whose write reached the Doc but whose call then failed (a Docs 500) is written once when sent again', () => {
    const env = linked();
    aroundWrites(env, {
      after: () => {
        throw Object.assign(new Error('Internal error'), { code: 500 });
      },
    });
    expect(refusal(() => env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('topic-500-00001')))).toMatch(
      /Something went wrong/,
    );
    expect(count(bodyText(env.read()), 'Promotion timeline')).toBe(1);
    const again = env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('topic-500-00001')) as SidebarState;
    expect(count(bodyText(env.read()), 'Promotion timeline')).toBe(1);
    expect(again.agenda).toContainEqual({ text: 'Promotion timeline' });
  });

  it('a point shared into the Doc, whose store filled up before it could be taken off the list, is shared once', () => {
    const env = linked();
    const patch = env.sandbox.call('addPrivateNote', 'Ask about the raise', ctx('note-full-00001')) as SidebarPatch;
    const id = patch.privateNotes![0]!.id;
    const props = env.world.state.userProperties[ANA]!;
    // Full past the brim between the Doc's write and the bookkeeping (another execution of hers wrote meanwhile), with
    // nothing left that the add-on may drop to make room: every write to her store is refused.
    const filler = () => {
      for (const key of Object.keys(props)) if (/^(last|sum):/.test(key)) delete props[key];
      let i = 0;
      const size = () => Object.entries(props).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);
      while (size() < PROPERTY_STORE_LIMIT) props[`notes:filler-${i++}`] = 'x'.repeat(7_900);
    };
    aroundWrites(env, { after: filler });
    expect(refusal(() => env.sandbox.call('sharePrivateNote', id, ctx('share-full-0001')))).toMatch(
      /storage .* is full/,
    );
    expect(count(bodyText(env.read()), 'Ask about the raise')).toBe(1);
    for (const key of Object.keys(props)) if (key.startsWith('notes:filler')) delete props[key];
    const again = env.sandbox.call('sharePrivateNote', id, ctx('share-full-0001')) as SidebarState;
    expect(count(bodyText(env.read()), 'Ask about the raise')).toBe(1);
    expect(again.privateNotes).toEqual([]);
    expect(again.conflict).toBeUndefined();
  });

  it('two calls with the same request id at once write once', () => {
    const env = linked();
    let second: unknown;
    // The second call runs while the first has read the Doc and is about to write it.
    aroundWrites(env, {
      before: () => {
        second = env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('same-time-00001'));
      },
    });
    const first = env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('same-time-00001')) as SidebarState;
    expect(count(bodyText(env.read()), 'Promotion timeline')).toBe(1);
    expect(first.agenda).toContainEqual({ text: 'Promotion timeline' });
    expect((second as SidebarState).agenda).toContainEqual({ text: 'Promotion timeline' });
  });

  it('a replay after 100 other writes to the Doc writes nothing; ids are kept a day, however many', () => {
    const env = linked();
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('replay-first-01'));
    let item = (env.sandbox.call('getSidebarState', NY) as SidebarState).commitments[0]!;
    for (let i = 0; i < 100; i++) {
      const answer = env.sandbox.call(
        'setItemDone',
        item.id,
        i % 2 === 0,
        item.seen,
        ctx(`replay-tick-${String(i).padStart(3, '0')}`),
      ) as SidebarState;
      item = answer.commitments.find((c) => c.id === item.id)!;
    }
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('replay-first-01'));
    expect(count(bodyText(env.read()), 'Promotion timeline')).toBe(1);
    const marks = (doc: Document) =>
      Object.keys(doc.tabs![0]!.documentTab!.namedRanges ?? {}).filter((n) => n.startsWith(REQUEST_MARK_PREFIX));
    expect(marks(env.read())).toHaveLength(101);
    // A day and a bit later, the next write lets the old ids go with it.
    env.setClock(FRIDAY + 25 * HOUR);
    env.sandbox.call('addAgendaItem', 'Budget', ctx('replay-later-01'));
    expect(marks(env.read())).toHaveLength(1);
  });
});

describe('one scope per execution', () => {
  it('a tick asks who the user is and which Doc is open once, and opens each property store once', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA);
    env.as(ANA);
    const id = (env.sandbox.call('getSidebarState', NY) as SidebarState).commitments.length;
    expect(id).toBe(0);
    env.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'me' }, ctx('scope-item-0001'));
    const item = (env.sandbox.call('getSidebarState', NY) as SidebarState).commitments[0]!;
    const calls: Record<string, number> = {};
    const counted = <T extends object>(name: string, service: T): T =>
      new Proxy(service, {
        get(target, key) {
          const value = Reflect.get(target, key);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls[`${name}.${String(key)}`] = (calls[`${name}.${String(key)}`] ?? 0) + 1;
            return value.apply(target, args);
          };
        },
      });
    const context = env.sandbox.context as Record<string, object>;
    for (const name of ['Session', 'DocumentApp', 'PropertiesService'] as const)
      context[name] = counted(name, context[name]!);
    env.sandbox.call('setItemDone', item.id, true, item.seen, ctx('scope-tick-0001'));
    expect(calls).toEqual({
      'Session.getActiveUser': 1,
      'DocumentApp.getActiveDocument': 1,
      'PropertiesService.getUserProperties': 1,
      'PropertiesService.getDocumentProperties': 1,
    });
    expect(bodyText(env.read())).toContain('☑');
  });
});
