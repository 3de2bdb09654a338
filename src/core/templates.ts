// The section templates: which subsections a new 1:1 section has, its greyed prompts, and its suggested questions, in
// the notes' language (core/languages). Which templates there are, and their names in the sidebar, is
// shared/settings.ts's TEMPLATE_OPTIONS.
import { type Message, said } from '../shared/messages';
import { type NotesLanguageTag, REGULAR_TEMPLATE, type TemplateName } from '../shared/settings';
import { LANGUAGES, languageOf, type WrittenWords } from './languages';
import type { IsoDate, ParsedDoc, Section, SubsectionKind } from './model';

export interface Template {
  /** Greyed, italic lines under the agenda: suggestions, never topics. */
  prompts: string[];
  /**
   * Questions written as agenda bullets. Read back, a bullet that is exactly one of them is a suggested question
   * (shown in the sidebar apart from the topics); once someone edits it, it is their topic.
   */
  questions: string[];
}

/** What each template is made of; its words are each language's (core/languages, WrittenWords). */
interface Shape {
  /** Which of the language's prompts: the regular one, the first 1:1's, the career conversation's. */
  prompt: 0 | 1 | 2;
  questions?: 'first' | 'career';
  /** Used for one section only: once that section is in the Doc, the regular template returns. */
  once?: true;
  /**
   * New sections take the newest earlier section's subsection headings and greyed prompts; the prompt and questions
   * are only the fallback, for a Doc with no such section yet.
   */
  likeLastSection?: true;
}

const SHAPES: Record<TemplateName, Shape> = {
  default: { prompt: 0 },
  first: { prompt: 1, questions: 'first', once: true },
  career: { prompt: 2, questions: 'career' },
  'like-last': { prompt: 0, likeLastSection: true },
};

function templateOf(shape: Shape, words: WrittenWords): Template {
  const questions = shape.questions ? [...words[shape.questions]] : [];
  return { prompts: [words.prompts[shape.prompt]], questions };
}

/** A template in the notes' language. */
export function templateIn(name: TemplateName, tag?: NotesLanguageTag): Template {
  return templateOf(SHAPES[name], languageOf(tag).write);
}

const NAMES = Object.keys(SHAPES) as TemplateName[];

/** The templates in English, the add-on's first language. */
export const TEMPLATES: Record<TemplateName, Template> = Object.fromEntries(
  NAMES.map((name) => [name, templateIn(name, 'en')]),
) as Record<TemplateName, Template>;

/** Every language's words for a template: a section written in any of them is that template's. */
const IN_EVERY_LANGUAGE = (name: TemplateName): Template[] => LANGUAGES.map((l) => templateOf(SHAPES[name], l.write));

/** A new section's subsection titles in a language. */
export function subsectionTitles(tag?: NotesLanguageTag): Record<'carried' | 'agenda' | 'notes' | 'actions', string> {
  const [carried, agenda, notes, actions] = languageOf(tag).write.titles;
  return { carried, agenda, notes, actions };
}

/** Every prompt line of every template in every language, so the parser never reads a prompt as an agenda topic. */
export const ALL_PROMPT_LINES: string[] = [...new Set(LANGUAGES.flatMap((l) => l.write.prompts))];

const ALL_QUESTIONS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.write.first, ...l.write.career]));

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

function fixedFormat(name: TemplateName, tag: NotesLanguageTag | undefined): SectionFormat {
  const template = templateIn(name, tag);
  const titles = subsectionTitles(tag);
  return {
    subsections: [
      { title: titles.carried, kind: 'carried', prompts: [] },
      { title: titles.agenda, kind: 'agenda', prompts: template.prompts },
      { title: titles.notes, kind: 'notes', prompts: [] },
      { title: titles.actions, kind: 'actions', prompts: [] },
    ],
    questions: template.questions,
  };
}

/** A Doc's format is a handful of headings: a section of hundreds is read as far as a format can sensibly go. */
const MAX_COPIED_SUBSECTIONS = 20;
const MAX_COPIED_PROMPTS = 5;
const MAX_COPIED_LINE = 300;

/** Prompts of one-off templates, in any language, are not a Doc's format: a section "like our last" never repeats them. */
const ONE_OFF_PROMPTS: ReadonlySet<string> = new Set(
  NAMES.flatMap((name) => (SHAPES[name].once ? IN_EVERY_LANGUAGE(name).flatMap((t) => t.prompts) : [])),
);

/**
 * The subsection headings and greyed prompts of `section`, as a format for the next one. Its titles and lines are as
 * parse.ts reads them: trimmed, and a heading without text is no subsection.
 */
export function formatOfSection(section: Section): SectionFormat {
  const subsections = section.subsections.slice(0, MAX_COPIED_SUBSECTIONS).map((sub) => ({
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
    if (s.date < date && s.subsections.length > 0 && (!best || s.date > best.date)) best = s;
  return best;
}

/**
 * The section in the Doc a one-off template was written into, found by its own lines: its prompt, or one of its
 * questions as written (parse.ts reads every line trimmed). Read from the Doc rather than from the settings, because each person's trigger may work from
 * their own copy of the settings (src/server/properties.ts, sharedCopy), which can still name the template after the
 * other person's trigger used it.
 */
export function sectionWrittenWith(parsed: ParsedDoc, name: TemplateName): Section | undefined {
  const lines = new Set(IN_EVERY_LANGUAGE(name).flatMap((t) => [...t.prompts, ...t.questions]));
  return parsed.sections.find((s) => s.subsections.some((sub) => sub.paragraphs.some((p) => lines.has(p.text))));
}

/** Whether a template meant for one section has had its section: then it gives way to the regular template. */
export function templateSpent(parsed: ParsedDoc, name: TemplateName): boolean {
  return Boolean(SHAPES[name].once && sectionWrittenWith(parsed, name));
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
export function chooseFormat(
  parsed: ParsedDoc,
  chosen: TemplateName,
  date: IsoDate,
  tag?: NotesLanguageTag,
): ChosenFormat {
  const name = templateSpent(parsed, chosen) ? REGULAR_TEMPLATE : chosen;
  if (SHAPES[name].likeLastSection) {
    const model = newestFormattedBefore(parsed, date);
    if (model) return { template: name, format: formatOfSection(model) };
    return { template: REGULAR_TEMPLATE, format: fixedFormat(REGULAR_TEMPLATE, tag) };
  }
  return { template: name, format: fixedFormat(name, tag) };
}

/** The format of a template that does not depend on the Doc (tests, and callers with no Doc at hand). */
export function templateFormat(name: TemplateName, tag?: NotesLanguageTag): SectionFormat {
  return fixedFormat(name, tag);
}

/**
 * What the Doc's template setting should read now: a one-off template becomes the regular one once its section is
 * in the Doc (`used`: the template a write just applied, for a Doc read before that write).
 */
export function settledTemplate(parsed: ParsedDoc, chosen: TemplateName, used?: TemplateName): TemplateName {
  if (!SHAPES[chosen].once) return chosen;
  return used === chosen || templateSpent(parsed, chosen) ? REGULAR_TEMPLATE : chosen;
}

/**
 * Said once in the sidebar, by the call that wrote a one-off template's section or found it written: why the template
 * setting changed by itself. Nothing when `used` is no one-off, or the setting still names it.
 */
export function templateSettledNotice(used: TemplateName | undefined, current: TemplateName): Message | undefined {
  if (!used || !SHAPES[used].once || current === used) return undefined;
  return said('notice.templateSettled', { used: { template: used }, current: { template: current } });
}
