// Templates as the planner applies them: "First 1:1" once, suggested questions apart from topics, "Like our last section".

import { type BlockSpec, buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { planDocWork } from '../../src/core/follow';
import type { ParsedDoc, Section } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { agendaLines, agendaParts } from '../../src/core/sidebarState';
import {
  ALL_PROMPT_LINES,
  chooseFormat,
  formatOfSection,
  isTemplateQuestion,
  settledTemplate,
  TEMPLATES,
  templateSettledNotice,
} from '../../src/core/templates';
import { said } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, REGULAR_TEMPLATE, type Settings, type TemplateName } from '../../src/shared/settings';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { withListIndents } from '../fixtures/docs';
import { bodyText, keepsAllText } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
const GREY = '#999999';
const grey = (text: string) => p([{ text, italic: true, color: GREY }]);

/** A Doc in the engine, and a run's work for a date planned and applied to it as `planDocWork` plans it. */
function docWith(blocks: BlockSpec[]) {
  const docs = createDocsEngine();
  const id = docs.put(withListIndents(buildDocument({ blocks })));
  const read = () => docs.get(id, { includeTabsContent: true });
  const prepare = (date: string, template: TemplateName, extra: { agendaTopics?: string[] } = {}) => {
    const settings: Settings = { ...DEFAULT_SETTINGS, template };
    const plan = planDocWork(parse(read()), { insert: { date, key: `day|${date}` }, ...extra }, settings);
    docs.batchUpdate({ requests: plan.requests, writeControl: { requiredRevisionId: read().revisionId! } }, id);
    assertValidDocument(read());
    return plan;
  };
  return { read, prepare };
}

const sectionOn = (parsed: ParsedDoc, date: string): Section => parsed.sections.find((s) => s.date === date)!;

/** A section's subsections as a person sees them: title, then each line, a prompt marked as such. */
function outline(section: Section): string[][] {
  return section.subsections.map((sub) => [
    sub.title,
    ...sub.paragraphs.map((x) => (x.prompt ? `(prompt) ${x.text}` : x.text)),
  ]);
}

describe('"First 1:1"', () => {
  it('writes its questions into the next section only; the section after gets the regular template', () => {
    const { read, prepare } = docWith([ANA_BEN_TITLE]);
    const first = prepare('2026-11-23', 'first');
    expect(first.template).toBe('first');
    const afterFirst = parse(read());
    expect(agendaLines(sectionOn(afterFirst, '2026-11-23'))).toEqual(TEMPLATES.first.questions);

    // A trigger still working from a copy of the settings that says "First 1:1".
    const second = prepare('2026-11-30', 'first');
    expect(second.template).toBe(REGULAR_TEMPLATE);
    const week2 = sectionOn(parse(read()), '2026-11-30');
    expect(agendaLines(week2)).toEqual([]);
    expect(week2.subsections.find((s) => s.kind === 'agenda')!.paragraphs.filter((x) => x.prompt)).toEqual([
      expect.objectContaining({ text: TEMPLATES[REGULAR_TEMPLATE].prompts[0] }),
    ]);
  });

  it('counts as used while any of its lines is left, even after its prompt was deleted', () => {
    const doc = (lines: BlockSpec[]) =>
      parse(buildDocument({ blocks: [ANA_BEN_TITLE, h2('2026-11-16'), h3('Agenda'), ...lines] }));
    const kept = doc([bullet(TEMPLATES.first.questions[2]!), bullet('Hiring plan')]);
    expect(chooseFormat(kept, 'first', '2026-11-23').template).toBe(REGULAR_TEMPLATE);
    const none = doc([bullet('Hiring plan')]);
    expect(chooseFormat(none, 'first', '2026-11-23')).toEqual({
      template: 'first',
      format: expect.objectContaining({ questions: TEMPLATES.first.questions }),
    });
  });

  it('goes back to the regular template in the settings once its section is written, and only then', () => {
    const { read, prepare } = docWith([ANA_BEN_TITLE]);
    const before = parse(read());
    expect(settledTemplate(before, 'first')).toBe('first');
    const plan = prepare('2026-11-23', 'first');
    // The write's own answer settles it, though the Doc was read before the write.
    expect(settledTemplate(before, 'first', plan.template)).toBe(REGULAR_TEMPLATE);
    // So does reading the Doc afterwards, for the other person's copy of the settings.
    expect(settledTemplate(parse(read()), 'first')).toBe(REGULAR_TEMPLATE);
    // Templates for every section stay as chosen.
    for (const name of ['default', 'career', 'like-last'] as const)
      expect(settledTemplate(parse(read()), name, name)).toBe(name);
  });

  it('says why the setting went back by itself, and nothing when it did not', () => {
    expect(templateSettledNotice('first', REGULAR_TEMPLATE)).toEqual(
      said('notice.templateSettled', { used: { template: 'first' }, current: { template: REGULAR_TEMPLATE } }),
    );
    // Still set to it (the other person's copy of the settings), a template for every section, no template applied.
    expect(templateSettledNotice('first', 'first')).toBeUndefined();
    expect(templateSettledNotice('career', REGULAR_TEMPLATE)).toBeUndefined();
    expect(templateSettledNotice(undefined, REGULAR_TEMPLATE)).toBeUndefined();
  });
});

describe('suggested questions', () => {
  it('are told apart from the topics people added, and an edited question becomes a topic', () => {
    const { read, prepare } = docWith([ANA_BEN_TITLE]);
    prepare('2026-11-23', 'career', { agendaTopics: ['Hiring plan'] });
    const parts = agendaParts(agendaLines(sectionOn(parse(read()), '2026-11-23')));
    expect(parts).toEqual({ agenda: [{ text: 'Hiring plan' }], suggestedQuestions: TEMPLATES.career.questions });

    const edited = `${TEMPLATES.career.questions[0]} Mostly the migration.`;
    expect(isTemplateQuestion(edited)).toBe(false);
    expect(agendaParts([edited, TEMPLATES.career.questions[1]!])).toEqual({
      agenda: [{ text: edited }],
      suggestedQuestions: [TEMPLATES.career.questions[1]],
    });
  });

  it('are known with spaces around them', () => {
    expect(isTemplateQuestion(`  ${TEMPLATES.career.questions[0]} `)).toBe(true);
  });

  it('are none for a regular section', () => {
    expect(agendaParts(['Hiring plan'])).toEqual({ agenda: [{ text: 'Hiring plan' }] });
  });
});

/** A Doc with a format of its own: Wins and Blockers with greyed prompts, action items under "Next steps". */
const OWN_FORMAT: BlockSpec[] = [
  ANA_BEN_TITLE,
  h2('Nov 16, 2026'),
  h3('Wins'),
  grey('What went well since last time?'),
  bullet('Shipped the importer'),
  h3('Blockers'),
  grey('Anything in the way?'),
  h3('Next steps'),
  bullet('☐ Ana: draft the Q1 plan'),
  bullet('☑ Ben: send the retro notes'),
  h2('Nov 9, 2026'),
  h3('Agenda'),
  bullet('Old format topic'),
];

describe('"Like our last section"', () => {
  it('reuses the newest section’s subsection headings and greyed prompts, carried items under its action items', () => {
    const { read, prepare } = docWith(OWN_FORMAT);
    const before = bodyText(read());
    const plan = prepare('2026-11-23', 'like-last');
    expect(plan.template).toBe('like-last');
    const after = parse(read());
    const added = sectionOn(after, '2026-11-23');
    expect(outline(added)).toEqual([
      ['Wins', '', '(prompt) What went well since last time?'],
      ['Blockers', '', '(prompt) Anything in the way?'],
      ['Next steps', expect.stringMatching(/^☐ Ana: draft the Q1 plan/)],
    ]);
    expect(added.items.map((i) => [i.text, i.done, i.from])).toEqual([['draft the Q1 plan', false, '2026-11-16']]);
    // Nothing carried is lost, nothing written is deleted, and the prompt is greyed, not a topic.
    expect(keepsAllText(before, bodyText(read()))).toBe(true);
    expect(formatOfSection(added)).toEqual(formatOfSection(sectionOn(after, '2026-11-16')));
  });

  it('carries into the format’s own "Carried over", and adds an agenda for a topic queued in a format without one', () => {
    const { read, prepare } = docWith([
      ANA_BEN_TITLE,
      h2('2026-11-16'),
      h3('Carried over'),
      bullet('☐ Ana: draft the Q1 plan'),
      h3('Wins'),
      p(''),
      h3('Action items'),
      bullet('☐ Ben: intro to the platform team'),
    ]);
    prepare('2026-11-23', 'like-last', { agendaTopics: ['Hiring plan'] });
    const added = sectionOn(parse(read()), '2026-11-23');
    expect(added.subsections.map((s) => [s.title, s.kind])).toEqual([
      ['Carried over', 'carried'],
      ['Wins', 'other'],
      ['Action items', 'actions'],
      ['Agenda', 'agenda'],
    ]);
    expect(added.subsections[0]!.paragraphs.map((x) => x.text)).toEqual([
      expect.stringMatching(/^☐ Ana: draft the Q1 plan/),
      expect.stringMatching(/^☐ Ben: intro to the platform team/),
    ]);
    expect(added.subsections[2]!.paragraphs.map((x) => x.text)).toEqual(['☐']);
    expect(agendaLines(added)).toEqual(['Hiring plan']);
  });

  it('with no earlier section, writes the regular template', () => {
    const like = docWith([ANA_BEN_TITLE]);
    const regular = docWith([ANA_BEN_TITLE]);
    expect(like.prepare('2026-11-23', 'like-last').template).toBe(REGULAR_TEMPLATE);
    regular.prepare('2026-11-23', REGULAR_TEMPLATE);
    expect(bodyText(like.read())).toBe(bodyText(regular.read()));
    expect(outline(sectionOn(parse(like.read()), '2026-11-23'))).toEqual(
      outline(sectionOn(parse(regular.read()), '2026-11-23')),
    );
  });

  it('never repeats "First 1:1"’s one-off prompt or questions', () => {
    const { read, prepare } = docWith([ANA_BEN_TITLE]);
    prepare('2026-11-23', 'first');
    prepare('2026-11-30', 'like-last');
    const week2 = sectionOn(parse(read()), '2026-11-30');
    expect(outline(week2)).toEqual([
      ['Agenda', ''],
      ['Notes', ''],
      ['Action items', '☐'],
    ]);
  });

  it('adds only the subsections of the format that a section typed for the meeting lacks', () => {
    const { read, prepare } = docWith([
      ...OWN_FORMAT.slice(0, 1),
      h2('Nov 23, 2026'),
      h3('Wins'),
      p('Hired Priya'),
      ...OWN_FORMAT.slice(1),
    ]);
    const plan = prepare('2026-11-23', 'like-last');
    expect(plan.adopted).toBe('Nov 23, 2026');
    const adopted = sectionOn(parse(read()), '2026-11-23');
    expect(adopted.subsections.map((s) => s.title)).toEqual(['Wins', 'Blockers', 'Next steps']);
    expect(adopted.subsections[0]!.paragraphs.map((x) => x.text)).toEqual(['Hired Priya']);
  });

  it('copies a handful of subsections and prompts from a section that holds hundreds', () => {
    const blocks: BlockSpec[] = [ANA_BEN_TITLE, h2('2026-11-16')];
    for (let i = 0; i < 200; i++)
      blocks.push(h3(`Topic ${i}`), ...Array.from({ length: 20 }, (_, j) => grey(`Prompt ${j}`)));
    const format = formatOfSection(sectionOn(parse(buildDocument({ blocks })), '2026-11-16'));
    expect(format.subsections).toHaveLength(20);
    expect(format.subsections.map((s) => s.prompts.length)).toEqual(Array(20).fill(5));
  });

  it('copies the first 300 characters of a long title or prompt', () => {
    const long = (word: string) => `${word} ${'x'.repeat(400)}`;
    const doc = buildDocument({ blocks: [ANA_BEN_TITLE, h2('2026-11-16'), h3(long('Wins')), grey(long('What went'))] });
    const [wins] = formatOfSection(sectionOn(parse(doc), '2026-11-16')).subsections;
    expect(wins).toEqual({
      title: long('Wins').slice(0, 300),
      kind: 'other',
      prompts: [long('What went').slice(0, 300)],
    });
  });

  it('follows the newest earlier section with subsections, wherever the Doc keeps it, the first of two of one day', () => {
    const titles = (blocks: BlockSpec[]) =>
      chooseFormat(
        parse(buildDocument({ blocks: [ANA_BEN_TITLE, ...blocks] })),
        'like-last',
        '2026-11-23',
      ).format.subsections.map((s) => s.title);
    const oldestFirst = [h2('Nov 9, 2026'), h3('Old format'), h2('Nov 16, 2026'), h3('Wins'), h3('Next steps')];
    expect(titles(oldestFirst)).toEqual(['Wins', 'Next steps']);
    const sameDay = [h2('Nov 16, 2026'), h3('Wins'), h2('2026-11-16'), h3('Old format'), h2('Nov 9, 2026'), h3('Old')];
    expect(titles(sameDay)).toEqual(['Wins']);
    const bare = [h2('Nov 16, 2026'), p('Talked about the offsite.'), h2('Nov 9, 2026'), h3('Wins')];
    expect(titles(bare)).toEqual(['Wins']);
  });
});
