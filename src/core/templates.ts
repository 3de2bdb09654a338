// The section templates: which subsections a new 1:1 section has, its greyed prompts, and its suggested questions.
// Which templates there are, and their names in the sidebar, is shared/settings.ts's TEMPLATE_OPTIONS.

import { type Message, said } from '../shared/messages';
import { REGULAR_TEMPLATE, type TemplateName } from '../shared/settings';
import type { IsoDate, ParsedDoc, Section, SubsectionKind } from './model';

export interface Template {
  /** Greyed, italic lines under the agenda: suggestions, never topics. */
  prompts: string[];
  /**
   * Questions written as agenda bullets. Read back, a bullet that is exactly one of them is a suggested question
   * (shown in the sidebar apart from the topics); once someone edits it, it is their topic.
   */
  questions: string[];
  /** Used for one section only: once that section is in the Doc, the regular template returns. */
  once?: boolean;
  /**
   * New sections take the newest earlier section's subsection headings and greyed prompts; `prompts` and
   * `questions` are only the fallback, for a Doc with no such section yet.
   */
  likeLastSection?: boolean;
}

const REGULAR_PROMPTS = ['Wins · Blockers · Feedback both ways · Growth · Personal'];

export const TEMPLATES: Record<TemplateName, Template> = {
  default: {
    prompts: REGULAR_PROMPTS,
    questions: [],
  },
  first: {
    prompts: ['Getting to know each other: no status updates today'],
    questions: [
      'How do you like to receive feedback: written or in person, right away or saved for our 1:1?',
      'What motivates you at work, and what drains you?',
      'What should I know about working with you: hours, focus time, how you like to communicate?',
      'What do you want from our 1:1s, and how often should we meet?',
      'Where do you want to be in a year or two?',
    ],
    once: true,
  },
  career: {
    prompts: ['Looking back · Looking ahead · Skills to grow · Support needed'],
    questions: [
      'Which work in the last months gave you the most energy, and which the least?',
      'Where do you want to be in two to five years?',
      'Which skills or experiences would get you there?',
      'What could I do, or who could you meet, to help?',
    ],
  },
  'like-last': {
    prompts: REGULAR_PROMPTS,
    questions: [],
    likeLastSection: true,
  },
};

/** Subsection headings, in the order they appear in a new section. */
export const SUBSECTION_LABELS = {
  carried: 'Carried over',
  agenda: 'Agenda',
  notes: 'Notes',
  actions: 'Action items',
} as const;

/** Every prompt line of every template, so the parser never reads a prompt as an agenda topic. */
export const ALL_PROMPT_LINES: string[] = Object.values(TEMPLATES).flatMap((t) => t.prompts);

const ALL_QUESTIONS: ReadonlySet<string> = new Set(Object.values(TEMPLATES).flatMap((t) => t.questions));

/** An agenda line that is exactly one of the templates' questions, as the add-on wrote it: a suggestion, not a topic. */
export function isTemplateQuestion(text: string): boolean {
  return ALL_QUESTIONS.has(text.trim());
}

/** A subsection of a new section: its heading, its kind (where topics, items and carried lines go), its prompts. */
export interface SubsectionFormat {
  title: string;
  kind: SubsectionKind;
  /** Greyed, italic lines written under it. */
  prompts: string[];
}

/** What a new section is made of, apart from its heading and the lines queued or carried into it. */
export interface SectionFormat {
  /**
   * In order. A `carried` subsection is written only when something is carried; with none in the format, carried
   * lines go first under the `actions` subsection, and with neither, under a "Carried over" of their own on top.
   */
  subsections: SubsectionFormat[];
  /** Written as agenda bullets after the queued topics. */
  questions: string[];
}

function fixedFormat(template: Template): SectionFormat {
  return {
    subsections: [
      { title: SUBSECTION_LABELS.carried, kind: 'carried', prompts: [] },
      { title: SUBSECTION_LABELS.agenda, kind: 'agenda', prompts: template.prompts },
      { title: SUBSECTION_LABELS.notes, kind: 'notes', prompts: [] },
      { title: SUBSECTION_LABELS.actions, kind: 'actions', prompts: [] },
    ],
    questions: template.questions,
  };
}

/** A Doc's format is a handful of headings: a section of hundreds is read as far as a format can sensibly go. */
const MAX_COPIED_SUBSECTIONS = 20;
const MAX_COPIED_PROMPTS = 5;
const MAX_COPIED_LINE = 300;

/** Prompts of one-off templates are not a Doc's format: a section "like our last" never repeats them. */
const ONE_OFF_PROMPTS: ReadonlySet<string> = new Set(
  Object.values(TEMPLATES).flatMap((t) => (t.once ? t.prompts : [])),
);

/** The subsection headings and greyed prompts of `section`, as a format for the next one. */
export function formatOfSection(section: Section): SectionFormat {
  const named = section.subsections.filter((sub) => sub.title.trim() !== '');
  const subsections = named.slice(0, MAX_COPIED_SUBSECTIONS).map((sub) => ({
    title: sub.title.slice(0, MAX_COPIED_LINE),
    kind: sub.kind,
    prompts: sub.paragraphs
      .filter((p) => p.prompt && !ONE_OFF_PROMPTS.has(p.text))
      .slice(0, MAX_COPIED_PROMPTS)
      .map((p) => p.text.slice(0, MAX_COPIED_LINE)),
  }));
  return { subsections, questions: [] };
}

/** The newest section dated before `date` that has subsections of its own, whatever its place in the Doc. */
function newestFormattedBefore(parsed: ParsedDoc, date: IsoDate): Section | undefined {
  let best: Section | undefined;
  for (const s of parsed.sections)
    if (s.date < date && s.subsections.some((sub) => sub.title.trim() !== '') && (!best || s.date > best.date))
      best = s;
  return best;
}

/**
 * The section in the Doc a one-off template was written into, found by its own lines: its prompt, or one of its
 * questions as written. Read from the Doc rather than from the settings, because each person's trigger may work from
 * their own copy of the settings (src/server/properties.ts, sharedCopy), which can still name the template after the
 * other person's trigger used it.
 */
export function sectionWrittenWith(parsed: ParsedDoc, name: TemplateName): Section | undefined {
  const { prompts, questions } = TEMPLATES[name];
  const lines = new Set([...prompts, ...questions]);
  if (lines.size === 0) return undefined;
  return parsed.sections.find((s) => s.subsections.some((sub) => sub.paragraphs.some((p) => lines.has(p.text.trim()))));
}

/** Whether a template meant for one section has had its section: then it gives way to the regular template. */
export function templateSpent(parsed: ParsedDoc, name: TemplateName): boolean {
  return Boolean(TEMPLATES[name].once && sectionWrittenWith(parsed, name));
}

/** The template a new section is actually written with, and its format. */
export interface ChosenFormat {
  /** The template applied: the chosen one, or the regular one when a one-off was spent or "like our last" has no model. */
  template: TemplateName;
  format: SectionFormat;
}

/**
 * The format of a new section dated `date` under the chosen template. A one-off template already used in this Doc
 * gives the regular template; "Like our last section" copies the newest earlier section with subsections, and with
 * none falls back to the regular template.
 */
export function chooseFormat(parsed: ParsedDoc, chosen: TemplateName, date: IsoDate): ChosenFormat {
  const name = templateSpent(parsed, chosen) ? REGULAR_TEMPLATE : chosen;
  if (TEMPLATES[name].likeLastSection) {
    const model = newestFormattedBefore(parsed, date);
    if (model) return { template: name, format: formatOfSection(model) };
    return { template: REGULAR_TEMPLATE, format: fixedFormat(TEMPLATES[REGULAR_TEMPLATE]) };
  }
  return { template: name, format: fixedFormat(TEMPLATES[name]) };
}

/** The format of a template that does not depend on the Doc (tests, and callers with no Doc at hand). */
export function templateFormat(name: TemplateName): SectionFormat {
  return fixedFormat(TEMPLATES[name]);
}

/**
 * What the Doc's template setting should read now: a one-off template becomes the regular one once its section is
 * in the Doc (`used`: the template a write just applied, for a Doc read before that write).
 */
export function settledTemplate(parsed: ParsedDoc, chosen: TemplateName, used?: TemplateName): TemplateName {
  if (!TEMPLATES[chosen].once) return chosen;
  return used === chosen || templateSpent(parsed, chosen) ? REGULAR_TEMPLATE : chosen;
}

/**
 * Said once in the sidebar, by the call that wrote a one-off template's section or found it written: why the template
 * setting changed by itself. Nothing when `used` is no one-off, or the setting still names it.
 */
export function templateSettledNotice(used: TemplateName | undefined, current: TemplateName): Message | undefined {
  if (!used || !TEMPLATES[used].once || current === used) return undefined;
  return said('notice.templateSettled', { used: { template: used }, current: { template: current } });
}
