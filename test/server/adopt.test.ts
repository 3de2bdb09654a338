// One section per meeting, however it began, through the built Code.js: Prepare now before linking (that day or
// earlier), a heading typed by hand.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import { ANA_BEN_TITLE, anaBenDoc } from '../fixtures/anaBen';
import { english } from '../support/words';
import { ANA, bodyText, keepsAllText, statusOf, withSeries } from '../support/world';

/** Mon Nov 23, 07:00 in New York: the 10:00 meeting's section is due. */
const MONDAY = Date.parse('2026-11-23T12:00:00Z');
const NY = { timeZone: 'America/New_York' };

type Env = ReturnType<typeof withSeries>;
const sections = (env: Env) => parseDoc(env.read(), { promptLines: ALL_PROMPT_LINES }).sections;
const texts = (env: Env) =>
  sections(env).flatMap((s) => [
    s.headingText,
    ...s.subsections.flatMap((sub) => [sub.title, ...sub.paragraphs.map((x) => x.text)]),
  ]);

describe('a section Prepare now added before the Doc was linked', () => {
  it('is adopted by the occurrence on that day when the Doc is linked: re-keyed, not duplicated, its agenda kept', () => {
    const env = withSeries({ now: MONDAY });
    env.as(ANA);
    env.sandbox.call('prepareNow', NY);
    env.sandbox.call('addAgendaItem', 'Promotion timeline', NY);
    expect(sections(env).map((s) => s.key)).toEqual(['day|2026-11-23']);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const after = sections(env);
    expect(after).toHaveLength(1);
    expect(after[0]!.key).toBe(`${env.series.iCalUID}|2026-11-23T15:00:00.000Z`);
    const state = env.sandbox.call('getSidebarState', NY) as SidebarState;
    expect(state.agenda).toContainEqual({ text: 'Promotion timeline' });
    expect(english(statusOf(env)!.message)).toMatch(/is now this meeting’s section/);
  });
});

/** Sun Nov 22, noon in New York: Monday's 10:00 meeting is tomorrow; the series last met on Mon Nov 16. */
const SUNDAY = Date.parse('2026-11-22T17:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Prepare now in the unlinked Doc at each of `times` (and `then`), then Ana links it on Sunday at noon. */
function preparedThenLinked(
  times: number[],
  env = withSeries({ now: times[0]! }, {}, anaBenDoc()),
  then: (env: Env) => void = () => {},
): Env {
  for (const at of times) {
    env.setClock(at);
    env.as(ANA);
    env.sandbox.call('prepareNow', NY);
  }
  then(env);
  env.setClock(SUNDAY);
  env.link(ANA);
  return env;
}

/** Every line of the Doc but the section headings, in order: what re-dating a heading must leave as it was. */
const bodyLines = (env: Env) => texts(env).filter((line) => !sections(env).some((s) => s.headingText === line));
const headings = (env: Env) => sections(env).map((s) => [s.headingText, s.key]);
const MONDAY_KEY = (env: Env) => `${env.series.iCalUID}|2026-11-23T15:00:00.000Z`;

describe('a section Prepare now added before linking, on another day than the next meeting', () => {
  it('pressed on Sunday, linked to a Monday series: the Sunday section becomes Monday’s, only its date rewritten', () => {
    const env = preparedThenLinked([SUNDAY - HOUR], undefined, (unlinked) =>
      unlinked.sandbox.call('addAgendaItem', 'Promotion timeline', NY),
    );
    const before = env.read();
    const lines = bodyLines(env);
    const carried = sections(env)[0]!.items.map((i) => i.id);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(env)],
      ['Mon, Nov 16, 2026 · 1:1', undefined],
      ['Mon, Nov 9, 2026 · 1:1', undefined],
    ]);
    // Nothing doubled: the carried items once, every other line as it was.
    expect(sections(env)[0]!.items.map((i) => i.id)).toEqual(carried);
    expect(bodyLines(env)).toEqual(lines);
    expect(keepsAllText(bodyText(before).replace('Sun, Nov 22', ''), bodyText(env.read()))).toBe(true);
    expect(english(statusOf(env)!.message)).toBe(
      '“Sun, Nov 22, 2026 · 1:1” is now this meeting’s section, re-dated “Mon, Nov 23, 2026 · 1:1”, with what it lacked added.',
    );
    const state = env.sandbox.call('getSidebarState', NY) as SidebarState;
    expect(state.agenda).toContainEqual({ text: 'Promotion timeline' });
    // The next run finds the section by its key, and its heading written for Monday: nothing moved, nothing added.
    const settled = env.read().tabs![0]!.documentTab!.body;
    env.setClock(SUNDAY + 2 * HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(env.read().tabs![0]!.documentTab!.body).toEqual(settled);
    expect(english(statusOf(env)!.message)).toBe('Up to date.');
  });

  it('pressed on Saturday and again on Sunday: the newest becomes Monday’s, Saturday’s stays as it is', () => {
    const env = preparedThenLinked([SUNDAY - DAY, SUNDAY - HOUR]);
    const saturday = sections(env).find((s) => s.date === '2026-11-21')!;
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(env)],
      ['Sat, Nov 21, 2026 · 1:1', 'day|2026-11-21'],
      ['Mon, Nov 16, 2026 · 1:1', undefined],
      ['Mon, Nov 9, 2026 · 1:1', undefined],
    ]);
    const after = sections(env);
    expect(after[1]!.items.map((i) => i.id)).toEqual(saturday.items.map((i) => i.id));
    expect(after[0]!.items.map((i) => i.text)).toEqual(['draft the Q1 growth plan', 'intro to the platform team']);
  });

  it('a topic added from the sidebar after linking goes into it, and the answer is the state a read then gives', () => {
    // An item written on Sunday is from Sunday; re-dated, the section makes it Monday's, and its id with it.
    const env = preparedThenLinked([SUNDAY - HOUR], undefined, (unlinked) =>
      unlinked.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'Ben' }, NY),
    );
    // Monday, 8:00 in New York: the meeting is at 10:00, and Sunday's section, now Monday's, is no meeting held.
    env.setClock(SUNDAY + 20 * HOUR);
    env.as(ANA);
    const answered = env.sandbox.call('addAgendaItem', 'Hiring plan for Q1', NY) as SidebarState;
    expect(headings(env)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(env)],
      ['Mon, Nov 16, 2026 · 1:1', undefined],
      ['Mon, Nov 9, 2026 · 1:1', undefined],
    ]);
    expect(answered.agenda).toEqual([{ text: 'Hiring plan for Q1' }]);
    expect(answered.lastMeetingDate).toBe('2026-11-16');
    expect(answered.commitments.filter((c) => c.newThisTime).map((c) => [c.text, c.from])).toEqual([
      ['book the offsite', '2026-11-23'],
    ]);
    // Apart from the status and the sharing (looked up again, an hour on), which the write leaves as they were.
    const read = env.sandbox.call('getSidebarState', NY) as SidebarState;
    const { status: _a, privacy: _c, ...fromWrite } = answered;
    const { status: _b, privacy: _d, ...fromRead } = read;
    expect(fromWrite).toEqual(fromRead);
  });

  it('is taken only when newer than the series’ last meeting: not one of the day the series met', () => {
    // Mon Nov 16, 1 pm in New York: the 10:00 meeting is over, and its notes were begun with Prepare now.
    const metDay = preparedThenLinked([Date.parse('2026-11-16T18:00:00Z')]);
    metDay.fire(ANA, 'onHourlyTick');
    expect(headings(metDay)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(metDay)],
      ['Mon, Nov 16, 2026 · 1:1', 'day|2026-11-16'],
      ['Mon, Nov 9, 2026 · 1:1', undefined],
    ]);
    // The next day, it is for the next meeting.
    const dayAfter = preparedThenLinked([Date.parse('2026-11-17T18:00:00Z')]);
    dayAfter.fire(ANA, 'onHourlyTick');
    expect(headings(dayAfter)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(dayAfter)],
      ['Mon, Nov 16, 2026 · 1:1', undefined],
      ['Mon, Nov 9, 2026 · 1:1', undefined],
    ]);
  });

  it('for a series yet to meet, is taken within one interval of its first meeting, never a meeting held before', () => {
    // A weekly series whose first meeting is Mon Nov 23; Ana and Ben met on Nov 16 without it.
    const newSeries = () =>
      withSeries(
        { now: SUNDAY },
        { start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T10:30:00-05:00' },
        anaBenDoc({ nov9: false }),
      );
    const heldBefore = preparedThenLinked([Date.parse('2026-11-16T18:00:00Z')], newSeries());
    heldBefore.fire(ANA, 'onHourlyTick');
    expect(headings(heldBefore)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(heldBefore)],
      ['Mon, Nov 16, 2026 · 1:1', 'day|2026-11-16'],
    ]);
    const forIt = preparedThenLinked([SUNDAY - HOUR], newSeries());
    forIt.fire(ANA, 'onHourlyTick');
    expect(headings(forIt)).toEqual([
      ['Mon, Nov 23, 2026 · 1:1', MONDAY_KEY(forIt)],
      ['Mon, Nov 16, 2026 · 1:1', undefined],
    ]);
  });

  it('gets what it lacks as of its own day: a deleted “Carried over” brings last meeting’s items, never its own twice', () => {
    const env = preparedThenLinked([SUNDAY - HOUR], undefined, (unlinked) => {
      const carriedOver = sections(unlinked)[0]!.subsections.find((sub) => sub.kind === 'carried')!;
      unlinked.docs.batchUpdate(
        { requests: [{ deleteContentRange: { range: carriedOver.span } }] } as never,
        unlinked.documentId,
      );
      unlinked.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'Ben' }, NY);
    });
    expect(sections(env)[0]!.items.map((i) => i.text)).toEqual(['book the offsite']);
    env.fire(ANA, 'onHourlyTick');
    const [monday] = sections(env);
    expect(monday!.key).toBe(MONDAY_KEY(env));
    expect(monday!.items.map((i) => i.text).sort()).toEqual([
      'book the offsite',
      'draft the Q1 growth plan',
      'intro to the platform team',
    ]);
  });

  it('a heading the person rewrote keeps their words; the status says so, and no later run reads it as moved', () => {
    const env = preparedThenLinked([SUNDAY - HOUR]);
    const heading = sections(env)[0]!.heading;
    env.docs.batchUpdate(
      { requests: [{ insertText: { text: ' (prep)', location: { index: heading.endIndex } } }] } as never,
      env.documentId,
    );
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)[0]).toEqual(['Sun, Nov 22, 2026 · 1:1 (prep)', MONDAY_KEY(env)]);
    expect(sections(env)).toHaveLength(3);
    expect(english(statusOf(env)!.message)).toBe(
      '“Sun, Nov 22, 2026 · 1:1 (prep)” is now this meeting’s section (Mon, Nov 23; its heading left as you wrote it), with what it lacked added.',
    );
    // Prepare now reads the Doc and follows the series' moves: the heading stands for Monday, and Monday it is.
    env.setClock(SUNDAY + 2 * HOUR);
    env.as(ANA);
    env.sandbox.call('prepareNow', NY);
    expect(english(statusOf(env)!.message)).toBe('The section for the next 1:1 is already in the Doc.');
    expect(headings(env)[0]).toEqual(['Sun, Nov 22, 2026 · 1:1 (prep)', MONDAY_KEY(env)]);
  });
});

describe('a heading for the next meeting typed by hand', () => {
  it('is keyed, with only the subsections it lacks added; nothing moved or removed', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('Nov 23, 2026'),
        h3('Agenda'),
        bullet('Ben: career plan'),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    const env = withSeries({ now: MONDAY }, {}, doc);
    const before = texts(env);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const [nov23, nov16] = sections(env);
    expect(sections(env)).toHaveLength(2);
    expect(nov23!.key).toBe(`${env.series.iCalUID}|2026-11-23T15:00:00.000Z`);
    expect(nov23!.headingText).toBe('Nov 23, 2026');
    expect(nov23!.subsections.map((s) => s.title)).toEqual(['Agenda', 'Carried over', 'Notes', 'Action items']);
    expect(nov23!.subsections[0]!.paragraphs.map((x) => x.text)).toEqual(['Ben: career plan']);
    expect(nov23!.items.map((i) => i.text)).toContain('draft the plan');
    expect(nov16!.headingText).toBe('Mon, Nov 16, 2026 · 1:1');
    // Every line that was there is still there, in the same order.
    const after = texts(env);
    let i = 0;
    for (const line of after) if (line === before[i]) i++;
    expect(i).toBe(before.length);
    // A second run finds the key: nothing more is added.
    const settled = env.read();
    env.setClock(MONDAY + 3_600_000);
    env.fire(ANA, 'onHourlyTick');
    expect(env.read().tabs![0]!.documentTab!.body).toEqual(settled.tabs![0]!.documentTab!.body);
  });

  it('under a Heading 4 typed by hand, the subsections it lacks come one level below, part of that meeting', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        p('Nov 23, 2026', { style: 'HEADING_4' }),
        p('Ben: career plan'),
        p('Mon, Nov 16, 2026 · 1:1', { style: 'HEADING_4' }),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    const env = withSeries({ now: MONDAY }, {}, doc);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const [nov23] = sections(env);
    expect(sections(env)).toHaveLength(2);
    expect(nov23!.subsections.map((s) => s.title)).toEqual(['Carried over', 'Agenda', 'Notes', 'Action items']);
    expect(nov23!.items.map((i) => i.text)).toContain('draft the plan');
    const styles = env
      .read()
      .tabs![0]!.documentTab!.body!.content!.flatMap((e) => (e.paragraph ? [e.paragraph] : []))
      .filter((x) => x.elements?.[0]?.textRun?.content === 'Agenda\n')
      .map((x) => x.paragraphStyle?.namedStyleType);
    expect(styles).toEqual(['HEADING_5']);
  });

  it('one typed for next week is not adopted by this week’s meeting: it waits for its own, a week on', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('Nov 30, 2026'),
        h3('Agenda'),
        bullet('Ben: career plan'),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    const env = withSeries({ now: MONDAY }, {}, doc);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const keyOf = (iso: string) => `${env.series.iCalUID}|${iso}`;
    const byHeading = () => new Map(sections(env).map((s) => [s.headingText, s.key]));
    // This week's section is a new one, newest on top by date; the typed heading is left as it was.
    expect(sections(env).map((s) => s.date)).toEqual(['2026-11-30', '2026-11-23', '2026-11-16']);
    expect(sections(env)[1]!.key).toBe(keyOf('2026-11-23T15:00:00.000Z'));
    expect(byHeading().get('Nov 30, 2026')).toBeUndefined();
    env.setClock(MONDAY + 7 * DAY);
    env.fire(ANA, 'onHourlyTick');
    expect(sections(env)).toHaveLength(3);
    expect(byHeading().get('Nov 30, 2026')).toBe(keyOf('2026-11-30T15:00:00.000Z'));
    const nov30 = sections(env).find((x) => x.headingText === 'Nov 30, 2026')!;
    expect(nov30.subsections[0]!.paragraphs.map((x) => x.text)).toEqual(['Ben: career plan']);
  });

  it('two sections for the same day: the first is adopted, the other left as it is', () => {
    const doc = buildDocument({
      blocks: [ANA_BEN_TITLE, h2('Nov 23, 2026'), bullet('first'), h2('2026-11-23'), bullet('second')],
    });
    const env = withSeries({ now: MONDAY }, {}, doc);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const all = sections(env);
    expect(all.map((s) => [s.headingText, Boolean(s.key)])).toEqual([
      ['Nov 23, 2026', true],
      ['2026-11-23', false],
    ]);
  });

  it('a topic added from the sidebar goes into the adopted section’s own agenda', () => {
    const doc = buildDocument({
      blocks: [ANA_BEN_TITLE, h2('Mon, Nov 23, 2026'), h3('Agenda'), bullet('typed')],
    });
    const env = withSeries({ now: MONDAY - 48 * 3_600_000 }, {}, doc);
    env.link(ANA);
    env.as(ANA);
    env.sandbox.call('addAgendaItem', 'from the sidebar', NY);
    const all = sections(env);
    expect(all).toHaveLength(1);
    expect(all[0]!.subsections.find((s) => s.kind === 'agenda')!.paragraphs.map((x) => x.text)).toEqual([
      'typed',
      'from the sidebar',
    ]);
  });
});
