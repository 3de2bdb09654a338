// The section templates: which subsections a new 1:1 section has, and the greyed prompts under its agenda.
// Which templates there are, and their names in the sidebar, is shared/settings.ts's TEMPLATE_OPTIONS.
import type { TemplateName } from '../shared/settings';

export interface Template {
  /** Greyed, italic lines under the agenda: suggestions, never topics. */
  prompts: string[];
  /** Questions to talk through, written as agenda bullets (the first 1:1 and career conversations have their own). */
  questions: string[];
}

export const TEMPLATES: Record<TemplateName, Template> = {
  default: {
    prompts: ['Wins · Blockers · Feedback both ways · Growth · Personal'],
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
