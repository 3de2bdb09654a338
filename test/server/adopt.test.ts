// One section per meeting, however it began, through the built Code.js: Prepare now before linking, a heading typed by hand.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { ANA, statusOf, withSeries } from '../support/world';

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
    expect(statusOf(env)!.message).toMatch(/is now this meeting’s section/);
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
