// A user's hourly triggers, two homes for all their linked Docs, through the built Code.js: the run, its costs, its failures.

import { deleteDocument, fireTrigger, loseAccess, removeAddOnFrom } from '../../dev/appsScriptGlobals';
import { buildDocument, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { MAX_DOCS_PER_RUN } from '../../src/server/runs';
import type { OverviewState, SidebarState } from '../../src/shared/types';
import type { Event } from '../../src/types/calendar-api';
import { english } from '../support/words';
import { ANA, BEN, bookOf, statusOf, withSeries } from '../support/world';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-20T15:00:00Z');
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

type Env = ReturnType<typeof withSeries>;

/** A manager (Ana) with `count` more 1:1 Docs, each linked to its own weekly series with another report. */
function managerWithDocs(count: number, env: Env = withSeries({ now: START }), leadHours = 24) {
  const docs: { documentId: string; series: Event; report: string }[] = [];
  for (let i = 0; i < count; i++) {
    const report = `report${i}@example.com`;
    const documentId = env.addDoc(
      buildDocument({ documentId: `doc-${i}`, title: `Ana / R${i}`, blocks: [p(`Ana / R${i} — 1:1 notes`)] }),
    );
    const day = 2 + (i % 5); // Nov 2 2026 is a Monday
    const hour = String(9 + (i % 8)).padStart(2, '0');
    const series = env.calendar.insertEvent(ANA, {
      summary: `Ana / R${i} 1:1`,
      start: { dateTime: `2026-11-0${day}T${hour}:00:00-05:00`, timeZone: 'America/New_York' },
      end: { dateTime: `2026-11-0${day}T${hour}:30:00-05:00`, timeZone: 'America/New_York' },
      recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[i % 5]}`],
      attendees: [{ email: ANA }, { email: report }],
    });
    env.as(ANA, documentId);
    env.sandbox.call(
      'linkSeries',
      { calendarId: 'primary', eventId: series.id, leadHours },
      { timeZone: 'America/New_York' },
    );
    docs.push({ documentId, series, report });
  }
  return { env, docs };
}

/** With a week's lead, every Doc's next meeting is due at once: what a run does to each Doc is plain to see. */
const dueEverywhere = (count: number) => managerWithDocs(count, withSeries({ now: START }), 168);

const sectionDates = (env: Env, documentId: string) =>
  parseDoc(env.docs.get(documentId, { includeTabsContent: true })).sections.map((s) => s.date);

const userProps = (env: Env, user: string) => env.world.state.userProperties[user] ?? {};

/** Every hour, each of Ana's triggers fires, as Apps Script would; answers the Docs whose meeting found no section. */
function runHours(env: Env, docs: { documentId: string; series: Event }[], from: number, hours: number): string[] {
  const late: string[] = [];
  for (let hour = 0; hour <= hours; hour++) {
    const now = from + hour * HOUR;
    env.setClock(now);
    env.fire(ANA, 'onHourlyTick');
    for (const { documentId, series } of docs) {
      const upcoming = env.calendar.instances(ANA, series.id!, {
        timeMin: new Date(now).toISOString(),
        timeMax: new Date(now + HOUR).toISOString(),
        timeZone: 'America/New_York',
        maxResults: 2500,
      });
      for (const ev of upcoming.items ?? []) {
        const date = ev.start!.dateTime!.slice(0, 10);
        if (!sectionDates(env, documentId).includes(date)) late.push(`${documentId} ${date}`);
      }
    }
  }
  return late;
}

describe('a user’s hourly triggers for all their Docs', () => {
  it('25 linked Docs, 8 days of hourly runs: every Doc has its section before each meeting, from 2 triggers', () => {
    const { env, docs } = managerWithDocs(25);
    expect(env.triggersOf(ANA).map((t) => t.documentId)).toEqual([docs[0]!.documentId, docs[1]!.documentId]);
    expect(runHours(env, docs, START, 8 * 24)).toEqual([]);
    // Each Doc got one section per meeting of the 8 days, and no more.
    for (const { documentId } of docs) {
      const dates = sectionDates(env, documentId);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.length).toBeGreaterThanOrEqual(1);
    }
    expect(env.triggersOf(ANA)).toHaveLength(2);
  });

  it('each hour one trigger does the work; the other finds it done at the cost of one property read', () => {
    const saturday = Date.parse('2026-11-21T15:00:00Z');
    const { env } = managerWithDocs(40, withSeries({ now: saturday }));
    const [first, second] = env.triggersOf(ANA);
    env.setClock(saturday + HOUR);
    fireTrigger(env.world, env.sandbox.call, first!.uid); // the first run after linking looks at every Doc once
    env.setClock(saturday + HOUR + 20 * 60_000);
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    env.world.propertyCalls = { reads: 0, writes: 0 };
    fireTrigger(env.world, env.sandbox.call, second!.uid);
    expect(env.world.calls).toMatchObject({ calendar: 0, docsGet: 0, docsBatchUpdate: 0 });
    expect(env.world.propertyCalls).toEqual({ reads: 1, writes: 0 });
    // An hour after the first run, whichever fires first does the hour's work.
    env.setClock(saturday + 2 * HOUR + 5 * 60_000);
    fireTrigger(env.world, env.sandbox.call, second!.uid);
    expect(JSON.parse(userProps(env, ANA).account!).ranAt).toBe(saturday + 2 * HOUR + 5 * 60_000);
  });

  it('an idle run for 40 Docs calls neither Docs nor Calendar and reads the properties at most twice', () => {
    // Saturday: every meeting is on a weekday, more than the 24-hour lead away.
    const saturday = Date.parse('2026-11-21T15:00:00Z');
    const { env } = managerWithDocs(40, withSeries({ now: saturday }));
    env.setClock(saturday + HOUR);
    env.fire(ANA, 'onHourlyTick'); // the first run after linking looks at every Doc once
    env.world.calls.calendar = 0;
    env.world.calls.docsGet = 0;
    env.world.calls.docsBatchUpdate = 0;
    env.world.propertyCalls.reads = 0;
    env.setClock(saturday + 2 * HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls).toMatchObject({ calendar: 0, docsGet: 0, docsBatchUpdate: 0 });
    expect(env.world.propertyCalls.reads).toBeLessThanOrEqual(2);
  });

  it('linking never makes more than two triggers, and the 20-per-user limit is never reached by many Docs', () => {
    const { env } = managerWithDocs(22);
    expect(env.world.state.triggers.filter((t) => t.user === ANA)).toHaveLength(2);
  });

  it.each([
    ['deleted', (env: Env, host: string) => deleteDocument(env.world, host)],
    ['closed to her', (env: Env, host: string) => loseAccess(env.world, ANA, host)],
    ['without the add-on', (env: Env, host: string) => removeAddOnFrom(env.world, host)],
  ])(
    'a Doc holding a trigger %s: the other trigger prepares every other Doc for 8 days, no sidebar opened',
    (_, lose) => {
      const { env, docs } = managerWithDocs(5);
      const host = env.triggersOf(ANA)[0]!.documentId;
      lose(env, host);
      expect(env.triggersOf(ANA)).toHaveLength(1);
      const others = docs.filter((d) => d.documentId !== host);
      expect(runHours(env, others, START, 8 * 24)).toEqual([]);
    },
  );

  it('the next sidebar open in a linked Doc makes a lost home again: two triggers, never a third', () => {
    const { env, docs } = managerWithDocs(3);
    const [lost, kept] = env.triggersOf(ANA).map((t) => t.documentId);
    deleteDocument(env.world, lost!);
    // The surviving trigger's daily check forgets the lost one.
    runHours(env, [], START, 2);
    const open = docs.find((d) => ![lost, kept].includes(d.documentId))!.documentId;
    env.as(ANA, open);
    env.sandbox.call('getSidebarState');
    expect(
      env
        .triggersOf(ANA)
        .map((t) => t.documentId)
        .sort(),
    ).toEqual([kept!, open].sort());
    env.sandbox.call('getSidebarState');
    env.as(ANA, kept!);
    env.sandbox.call('getSidebarState');
    expect(env.triggersOf(ANA)).toHaveLength(2);
  });

  it('with no trigger left, every linked Doc’s sidebar and All my 1:1s say so, and one click restores it', () => {
    const { env, docs } = managerWithDocs(3);
    env.setClock(START + HOUR);
    env.fire(ANA, 'onHourlyTick');
    for (const t of env.triggersOf(ANA)) removeAddOnFrom(env.world, t.documentId);
    expect(env.triggersOf(ANA)).toHaveLength(0);
    // Hours pass and nothing runs: All my 1:1s (which calls neither Docs nor Calendar nor ScriptApp) says so.
    env.setClock(START + 5 * HOUR);
    env.as(ANA, docs[2]!.documentId);
    const overview = env.sandbox.call('getOverview') as OverviewState;
    expect(overview.automation).toEqual({ state: 'stalled', lastRunAt: new Date(START + HOUR).toISOString() });
    const restored = env.sandbox.call('restoreAutomation') as OverviewState;
    expect(restored.automation).toBeUndefined();
    expect(env.triggersOf(ANA).map((t) => t.documentId)).toEqual([docs[2]!.documentId]);
    expect(runHours(env, docs, START + 5 * HOUR, 8 * 24)).toEqual([]);
  });

  it('a linked Doc’s sidebar sets automation up again when it has stopped, and says so when it cannot', () => {
    const { env, docs } = managerWithDocs(2);
    env.setClock(START + HOUR);
    env.fire(ANA, 'onHourlyTick');
    env.world.state.triggers = env.world.state.triggers.filter((t) => t.user !== ANA);
    env.world.state.installableTriggersAllowed = false;
    // Hours without a run: the open sidebar looks at her triggers, finds none, and cannot make one.
    env.setClock(START + 5 * HOUR);
    env.as(ANA, docs[0]!.documentId);
    const refused = env.sandbox.call('getSidebarState') as SidebarState;
    expect(refused.automation).toEqual({ state: 'off', lastRunAt: new Date(START + HOUR).toISOString() });
    expect(english(refused.series?.automaticNote)).toMatch(/not added on their own/);
    env.world.state.installableTriggersAllowed = true;
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.automation).toBeUndefined();
    expect(state.series?.automatic).toBe(true);
  });

  it('a Doc that was deleted leaves the list, the account says so; the other Docs carry on', () => {
    const { env, docs } = dueEverywhere(3);
    const [gone, ...kept] = docs;
    const host = env.triggersOf(ANA)[0]!.documentId;
    expect(gone!.documentId).toBe(host); // the hardest case: a trigger's own Doc
    env.docs.remove(gone!.documentId);
    // A week on, every Doc is due; its trigger still fires (what Google does then is not documented).
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    const account = JSON.parse(userProps(env, ANA).account!);
    expect(account.gone.map((g: { documentId: string }) => g.documentId)).toEqual([gone!.documentId]);
    expect(english(account.gone[0].message)).toMatch(/deleted or can no longer be opened/);
    expect(userProps(env, ANA)[`doc:${gone!.documentId}`]).toBeUndefined();
    for (const { documentId } of kept) expect(sectionDates(env, documentId).length).toBe(1);
  });

  it('corrupt bookkeeping for one Doc never stops the others, and its copy is made again from the Doc’s mark', () => {
    const { env, docs } = dueEverywhere(3);
    userProps(env, ANA)[`doc:${docs[1]!.documentId}`] = '{"nextCheckAt": 0, "link": "garbage"}';
    // Listed all the while in All my 1:1s, as a Doc whose record could not be read.
    env.as(ANA, docs[0]!.documentId);
    const listed = (env.sandbox.call('getOverview') as OverviewState).docs.find(
      (d) => d.documentId === docs[1]!.documentId,
    );
    expect(english(listed?.problem)).toMatch(/^Not read yet: .*could not be read/);
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    for (const d of docs) expect(sectionDates(env, d.documentId).length).toBe(1);
    expect(bookOf(env, ANA, docs[1]!.documentId)?.link?.iCalUID).toBe(docs[1]!.series.iCalUID);
  });

  it('a failure in one Doc (Docs answers 500) is that Doc’s status only', () => {
    const { env, docs } = dueEverywhere(3);
    const broken = docs[0]!.documentId;
    env.world.faults.docs = (_method, id) =>
      id === broken
        ? Object.assign(new Error('API call to docs.documents.get failed with error: Internal error'), {
            details: { code: 500, message: 'Internal error' },
          })
        : undefined;
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(statusOf(env, ANA, broken)!.outcome).toBe('error');
    for (const d of docs.slice(1)) expect(sectionDates(env, d.documentId).length).toBe(1);
    // It is tried again within the hour.
    env.world.faults.docs = undefined;
    env.setClock(Date.parse('2026-11-29T16:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(sectionDates(env, broken).length).toBe(1);
  });

  it('a Doc whose run fails when even its failure cannot be saved: the same run still prepares the others', () => {
    const { env, docs } = dueEverywhere(3);
    const broken = docs[0]!.documentId;
    const before = statusOf(env, ANA, broken);
    env.world.faults.docs = (_method, id) =>
      id === broken
        ? Object.assign(new Error('API call to docs.documents.get failed with error: Internal error'), {
            details: { code: 500, message: 'Internal error' },
          })
        : undefined;
    // Every write refused, whatever its size (docs/PLATFORM.md, PropertiesService): not even the failure is kept.
    env.world.faults.properties = () =>
      new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(statusOf(env, ANA, broken)).toEqual(before);
    for (const d of docs.slice(1)) expect(sectionDates(env, d.documentId).length).toBe(1);
  });

  it('reads one Doc’s link only from its own store: the trigger’s Doc’s properties never stand in for another’s', () => {
    const { env, docs } = dueEverywhere(2);
    const host = env.triggersOf(ANA)[0]!.documentId;
    const other = docs.find((d) => d.documentId !== host)!.documentId;
    const hostProps = { ...env.world.state.documentProperties[host] };
    const otherProps = { ...env.world.state.documentProperties[other] };
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    // The other Doc got its own series' section, not the host's.
    const otherSeries = docs.find((d) => d.documentId === other)!.series;
    const parsed = parseDoc(env.docs.get(other, { includeTabsContent: true }));
    expect(parsed.sections[0]!.key).toContain(otherSeries.iCalUID);
    expect(env.world.state.documentProperties[other]).toEqual(otherProps);
    expect(env.world.state.documentProperties[host]!.link).toBe(hostProps.link);
  });

  it('handles a list of 500 Docs: idle costs nothing, and a run works through the due ones a bounded batch at a time', () => {
    const env = withSeries({ now: START });
    const { env: same, docs } = managerWithDocs(1, env);
    const book = JSON.parse(userProps(same, ANA)[`doc:${docs[0]!.documentId}`]!);
    const props = userProps(same, ANA);
    // Linked, and never run yet: a link, its settings and when to look.
    const { link, settings } = book;
    for (let i = 0; i < 500; i++)
      props[`doc:bulk-${i}`] = JSON.stringify({
        documentId: `bulk-${i}`,
        link,
        settings,
        nextCheckAt: START + 10 * HOUR,
      });
    same.setClock(START + HOUR);
    same.fire(ANA, 'onHourlyTick'); // the real Doc's first look after linking
    same.world.calls.calendar = 0;
    same.world.propertyCalls.reads = 0;
    same.setClock(START + 2 * HOUR);
    same.fire(ANA, 'onHourlyTick');
    expect(same.world.calls.calendar).toBe(0);
    expect(same.world.propertyCalls.reads).toBeLessThanOrEqual(2);
    // All 500 due at once: the Docs do not exist, so each run handles a bounded batch, and those leave the list.
    same.setClock(START + 11 * HOUR);
    same.fire(ANA, 'onHourlyTick');
    const listed = Object.keys(userProps(same, ANA)).filter((k) => k.startsWith('doc:bulk-'));
    expect(listed.length).toBe(500 - MAX_DOCS_PER_RUN);
    // The account keeps the last few lines of what happened, bounded, whatever the number of Docs gone.
    expect(JSON.parse(userProps(same, ANA).account!).gone).toHaveLength(10);
  });
});

describe('triggers of the per-Doc kind (earlier versions)', () => {
  it('are merged into the account on the first run of the new version, and every Doc keeps being prepared', () => {
    const { env, docs } = dueEverywhere(3);
    // What the earlier version left: a trigger per Doc, mapped by id, and Books that name them.
    const props = userProps(env, ANA);
    delete props.account;
    env.world.state.triggers = [];
    for (const [i, { documentId }] of docs.entries()) {
      const uid = `legacy-${i}`;
      env.world.state.triggers.push({ uid, user: ANA, documentId, handler: 'onHourlyTick', kind: 'CLOCK' });
      props[`trigger:${uid}`] = documentId;
      const book = JSON.parse(props[`doc:${documentId}`]!);
      props[`doc:${documentId}`] = JSON.stringify({ ...book, hourlyTrigger: uid });
    }
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    env.fire(ANA, 'onHourlyTick');
    expect(env.triggersOf(ANA).map((t) => t.uid)).toEqual(['legacy-0']);
    expect(JSON.parse(props.account!).hourly).toEqual([{ uid: 'legacy-0', documentId: docs[0]!.documentId }]);
    expect(Object.keys(props).filter((k) => k.startsWith('trigger:'))).toEqual([]);
    for (const { documentId } of docs) expect(sectionDates(env, documentId).length).toBe(1);
  });

  it('a stray third trigger deletes itself on its first run and does no work', () => {
    const { env, docs } = managerWithDocs(3);
    env.world.state.triggers.push({
      uid: 'stray',
      user: ANA,
      documentId: docs[2]!.documentId,
      handler: 'onHourlyTick',
      kind: 'CLOCK',
    });
    const before = { ...env.world.calls };
    fireTrigger(env.world, env.sandbox.call, 'stray');
    expect(env.triggersOf(ANA).map((t) => t.uid)).not.toContain('stray');
    expect(env.triggersOf(ANA)).toHaveLength(2);
    expect(env.world.calls).toEqual(before);
  });
});

describe('a trigger after an update that needs a new scope', () => {
  it('records “Open the sidebar once to allow …” and stops, without touching Docs or Calendar', () => {
    const { env, docs } = dueEverywhere(2);
    env.world.state.authorizationRequired = [ANA];
    env.setClock(Date.parse('2026-11-29T15:00:00Z'));
    const calls = { ...env.world.calls };
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls).toEqual(calls);
    for (const { documentId } of docs)
      expect(english(statusOf(env, ANA, documentId)!.message)).toMatch(/Open the sidebar once to allow/);
    // Opening the add-on grants it; the next run prepares again.
    env.as(ANA, docs[0]!.documentId);
    env.sandbox.call('showSidebar');
    env.fire(ANA, 'onHourlyTick');
    for (const { documentId } of docs) expect(sectionDates(env, documentId).length).toBe(1);
  });
});

describe('Ben, the other person', () => {
  it('has his own triggers, whichever Docs he linked', () => {
    const env = withSeries({ now: START });
    env.link(ANA);
    env.link(BEN);
    expect(env.triggersOf(BEN)).toHaveLength(1);
    expect(env.triggersOf(ANA)).toHaveLength(1);
  });
});
