// Templates through the built Code.js: "First 1:1" used once whoever's trigger writes it, suggested questions, "Like our last section".

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import type { Section } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES, TEMPLATES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { english } from '../support/words';
import { ANA, BEN, withSeries } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
/** Fri Nov 20, 2026, 10:00 in New York; the weekly 1:1 is on Mondays at 10:00. */
const FRIDAY = Date.parse('2026-11-20T15:00:00Z');
/** Sunday 12:00 in New York: within the 24 hours before Monday's meeting. */
const sundayBefore = (weeks: number) => Date.parse('2026-11-22T17:00:00Z') + weeks * 7 * 86_400_000;

type Env = ReturnType<typeof withSeries>;

const agendaOf = (section: Section) =>
  section.subsections.filter((s) => s.kind === 'agenda').flatMap((s) => s.paragraphs.map((x) => x.text));
const sectionOn = (env: Env, date: string) => parse(env.read()).sections.find((s) => s.date === date)!;
const docSettings = (env: Env) => JSON.parse(env.world.state.documentProperties[env.documentId]!.settings!);
const copyOf = (env: Env, email: string) =>
  JSON.parse(env.world.state.userProperties[email]![`doc:${env.documentId}`]!).settings;

/**
 * Ana and Ben both link the Doc, each after linking another Doc of their own first: each one's triggers live in that
 * other Doc and in this one, and whichever fires works from their own copy of the settings (a trigger reads no Doc's
 * properties) and the settings the Doc's mark states.
 */
function bothLinkedFromElsewhere(template: string) {
  const env = withSeries({ now: FRIDAY });
  for (const email of [ANA, BEN]) {
    const elsewhere = env.addDoc(buildDocument({ documentId: `own-${email}`, blocks: [p('My notes')] }));
    env.as(email, elsewhere);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id });
  }
  env.as(ANA);
  env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id, template });
  env.as(BEN);
  env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id });
  for (const email of [ANA, BEN])
    expect(env.triggersOf(email).map((t) => t.documentId)).toEqual([`own-${email}`, env.documentId]);
  return env;
}

describe('"First 1:1" through two people’s triggers', () => {
  it('is used for the next section only, though the other person’s copy of the settings still names it', () => {
    const env = bothLinkedFromElsewhere('first');
    expect(copyOf(env, BEN).template).toBe('first');

    env.setClock(sundayBefore(0));
    env.fire(ANA, 'onHourlyTick');
    expect(agendaOf(sectionOn(env, '2026-11-23'))).toEqual([...TEMPLATES.first.questions, ...TEMPLATES.first.prompts]);
    // Ana's run went back to the regular template in her copy; the Doc's own settings are out of its reach.
    expect(copyOf(env, ANA).template).toBe('default');
    expect(docSettings(env).template).toBe('first');
    expect(copyOf(env, BEN).template).toBe('first');

    // A week on, Ben's trigger runs first, from his copy that still says "First 1:1".
    env.setClock(sundayBefore(1));
    env.fire(BEN, 'onHourlyTick');
    env.fire(ANA, 'onHourlyTick');
    const week2 = sectionOn(env, '2026-11-30');
    expect(agendaOf(week2)).toEqual(['', ...TEMPLATES.default.prompts]);
    expect(copyOf(env, BEN).template).toBe('default');
    expect(parse(env.read()).sections.filter((s) => s.date === '2026-11-30')).toHaveLength(1);

    // The first sidebar opened in the Doc puts its settings back too, and says why once.
    env.as(BEN);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.settings?.template).toBe('default');
    expect(english(state.notices)).toMatch(
      /^“First 1:1” was used for one section, as it is meant to be; new sections use “Regular 1:1” again\.$/,
    );
    expect(docSettings(env).template).toBe('default');
    expect((env.sandbox.call('getSidebarState') as SidebarState).notices).toBeUndefined();
  });

  it('both triggers at once give one First section, and both copies go back', () => {
    const env = bothLinkedFromElsewhere('first');
    env.setClock(sundayBefore(0));
    env.fire(ANA, 'onHourlyTick');
    env.fire(BEN, 'onHourlyTick');
    expect(parse(env.read()).sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(copyOf(env, ANA).template).toBe('default');
    expect(copyOf(env, BEN).template).toBe('default');
  });

  it('Prepare now in the Doc sets the Doc’s setting back at once, and the sidebar shows the questions apart', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA, { template: 'first' });
    const state = env.sandbox.call('prepareNow') as SidebarState;
    expect(docSettings(env).template).toBe('default');
    expect(state.settings?.template).toBe('default');
    expect(english(state.notices)).toMatch(
      /^“First 1:1” was used for one section, as it is meant to be; new sections use “Regular 1:1” again\.$/,
    );
    expect(state.agenda).toEqual([]);
    expect(state.suggestedQuestions).toEqual(TEMPLATES.first.questions);

    const after = env.sandbox.call('addAgendaItem', 'Hiring plan') as SidebarState;
    expect(after.agenda).toEqual([{ text: 'Hiring plan' }]);
    expect(after.suggestedQuestions).toEqual(TEMPLATES.first.questions);
  });

  it('a topic added before the section exists writes the section with the questions, then the setting goes back', () => {
    const env = withSeries({ now: FRIDAY });
    env.link(ANA, { template: 'career' });
    env.sandbox.call('updateSettings', { template: 'first' });
    const state = env.sandbox.call('addAgendaItem', 'Team change') as SidebarState;
    expect(agendaOf(sectionOn(env, '2026-11-23'))).toEqual([
      'Team change',
      ...TEMPLATES.first.questions,
      ...TEMPLATES.first.prompts,
    ]);
    expect(state.agenda).toEqual([{ text: 'Team change' }]);
    expect(state.suggestedQuestions).toEqual(TEMPLATES.first.questions);
    expect(state.settings?.template).toBe('default');
    expect(docSettings(env).template).toBe('default');
  });
});

describe('"Like our last section" through a trigger', () => {
  it('writes the Doc’s own headings and prompts, with the open items carried under its action items', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('Nov 16, 2026'),
        h3('Wins'),
        p([{ text: 'What went well?', italic: true, color: '#999999' }]),
        h3('Next steps'),
        bullet('☐ Ben: intro to the platform team'),
      ],
    });
    const env = withSeries({ now: FRIDAY }, {}, doc);
    env.link(ANA, { template: 'like-last' });
    env.setClock(sundayBefore(0));
    env.fire(ANA, 'onHourlyTick');
    const added = sectionOn(env, '2026-11-23');
    expect(added.subsections.map((s) => [s.title, s.paragraphs.map((x) => [x.text, x.prompt])])).toEqual([
      [
        'Wins',
        [
          ['', false],
          ['What went well?', true],
        ],
      ],
      ['Next steps', [[expect.stringMatching(/^☐ Ben Okafor: intro to the platform team/), false]]],
    ]);
    expect(docSettings(env).template).toBe('like-last');
  });
});
