// The nudge for topics through the built Code.js: Ben, the report, is asked before Monday's 1:1; Ana, who organises it, is not.

import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import { ANA, BEN, withSeries } from '../support/world';

/** Fri Nov 20, 2026, 10:00 in New York: 72 hours before the weekly 1:1 (Mondays at 10:00). */
const FRIDAY = Date.parse('2026-11-20T15:00:00Z');
/** Sat Nov 21, 12:00 in New York: 46 hours before Monday's 1:1, within a 48-hour lead time but not the default 24. */
const SATURDAY = Date.parse('2026-11-21T17:00:00Z');
const NY = { timeZone: 'America/New_York' };

type Env = ReturnType<typeof withSeries>;
const stateAs = (env: Env, email: string) => {
  env.as(email);
  return env.sandbox.call('getSidebarState', NY) as SidebarState;
};

describe('the nudge for topics', () => {
  it('asks Ben, the report, within the lead time, and stops once he has added a topic', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA, { leadHours: 48 });
    // Friday is before the lead time: nobody is asked yet.
    expect(stateAs(env, BEN).agendaNudge).toBeFalsy();

    env.setClock(SATURDAY);
    const ben = stateAs(env, BEN);
    expect(ben.agenda).toEqual([]);
    expect(ben.nextMeeting?.start).toMatch(/^2026-11-23T10:00:00/);
    expect(ben.agendaNudge).toBe(true);
    // Ana organises the series: the agenda is Ben's to fill.
    expect(stateAs(env, ANA).agendaNudge).toBeFalsy();

    env.as(BEN);
    const answered = env.sandbox.call('addAgendaItem', 'Hiring plan', NY) as SidebarState;
    expect(answered.agenda).toEqual([{ text: 'Hiring plan' }]);
    expect(answered.agendaNudge).toBeFalsy();
    expect(stateAs(env, BEN).agendaNudge).toBeFalsy();
    const nov23 = parseDoc(env.read(), { promptLines: ALL_PROMPT_LINES }).sections.find((s) => s.date === '2026-11-23');
    expect(nov23?.subsections.flatMap((s) => s.paragraphs.map((x) => x.text))).toContain('Hiring plan');
  });

  it('does not ask for a meeting that is cancelled', () => {
    const env = withSeries({ now: SATURDAY });
    env.link(ANA, { leadHours: 48 });
    expect(stateAs(env, BEN).agendaNudge).toBe(true);
    env.calendar.cancelOccurrence(ANA, env.series.id!, '2026-11-23T10:00:00-05:00');
    const ben = stateAs(env, BEN);
    expect(ben.nextMeeting?.cancelled).toBe(true);
    expect(ben.agendaNudge).toBeFalsy();
  });
});
